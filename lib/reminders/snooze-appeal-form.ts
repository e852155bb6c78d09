// "Snooze" on /remind (POST /api/reminders/snooze) as a public form (lib/http/handle-public-form.ts):
// sets the cookie the appeal respects and counts an anonymous snooze. It has no fields. The
// embedded appeal's inline snooze (lib/embed/embed-snooze-form.ts) answers with its own page.
import "server-only";
import { getConfig } from "@/lib/config/env";
import { getPrisma } from "@/lib/db/prisma";
import { anyFields } from "@/lib/http/form-fields";
import type { FormReply, PublicForm } from "@/lib/http/handle-public-form";
import { snoozeAppeal } from "./snooze-appeal";

/** Snoozes the appeal: the reply carries the cookie, and a browser goes to redirectTo(days). */
export async function snoozeAppealReply(now: Date, redirectTo: (days: number) => string): Promise<FormReply> {
  const { cookie, days } = await snoozeAppeal(getPrisma(), now);
  const secure = getConfig().APP_URL.startsWith("https:") ? "; Secure" : "";
  const setCookie = `${cookie.name}=${encodeURIComponent(cookie.value)}; Max-Age=${cookie.maxAgeSeconds}; Path=/; SameSite=Lax; HttpOnly${secure}`;
  return { status: 200, json: { snoozedUntil: cookie.value, days }, redirectTo: redirectTo(days), headers: { "Set-Cookie": setCookie } };
}

export const snoozeAppealForm: PublicForm<Record<string, unknown>> = {
  schema: anyFields,
  invalid: () => ({ status: 400, json: { error: { code: "invalid_body", message: "Send a form or a JSON object.", field: null } }, redirectTo: "/remind" }),
  submit: (_fields, { now }) => snoozeAppealReply(now, (days) => `/remind?snoozed=${days}`),
};
