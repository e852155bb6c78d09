// "Snooze" on /remind (POST /api/reminders/snooze) as a public form (lib/http/handle-public-form.ts):
// sets the cookie the appeal respects and counts an anonymous snooze. It has no fields.
import "server-only";
import { getConfig } from "@/lib/config/env";
import { getPrisma } from "@/lib/db/prisma";
import { anyFields } from "@/lib/http/form-fields";
import type { PublicForm } from "@/lib/http/handle-public-form";
import { snoozeAppeal } from "./snooze-appeal";

export const snoozeAppealForm: PublicForm<Record<string, unknown>> = {
  schema: anyFields,
  invalid: () => ({ status: 400, json: { error: { code: "invalid_body", message: "Send a form or a JSON object.", field: null } }, redirectTo: "/remind" }),
  async submit(_fields, { now }) {
    const { cookie, days } = await snoozeAppeal(getPrisma(), now);
    const secure = getConfig().APP_URL.startsWith("https:") ? "; Secure" : "";
    const setCookie = `${cookie.name}=${encodeURIComponent(cookie.value)}; Max-Age=${cookie.maxAgeSeconds}; Path=/; SameSite=Lax; HttpOnly${secure}`;
    return { status: 200, json: { snoozedUntil: cookie.value, days }, redirectTo: `/remind?snoozed=${days}`, headers: { "Set-Cookie": setCookie } };
  },
};
