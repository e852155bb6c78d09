// The Confirm button on /remind/confirm (POST /api/reminders/confirm, double opt-in) as a public
// form (lib/http/handle-public-form.ts). A GET of the emailed link only shows that button, so a
// mail scanner opening links confirms nothing.
import "server-only";
import { z } from "zod";
import { getPrisma } from "@/lib/db/prisma";
import { formField } from "@/lib/http/form-fields";
import type { PublicForm } from "@/lib/http/handle-public-form";
import { confirmReminder } from "./confirm-reminder";

const schema = z.object({ token: formField });

export const confirmReminderForm: PublicForm<z.infer<typeof schema>> = {
  schema,
  invalid: () => ({ status: 400, json: { error: { code: "invalid_token", message: "This link is not valid.", field: "token" } }, redirectTo: "/remind/confirm?error=invalid_token" }),
  async submit({ token }, { now }) {
    const result = await confirmReminder(getPrisma(), token, now);
    if (!result.ok) return { status: 400, json: { error: { code: "invalid_token", message: result.message, field: "token" } }, redirectTo: "/remind/confirm?error=invalid_token" };
    return { status: 200, json: { remindMonth: result.remindMonth }, redirectTo: `/remind/confirm?confirmed=${result.remindMonth}` };
  },
};
