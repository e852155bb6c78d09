// The Cancel button on /remind/cancel (POST /api/reminders/cancel; the link in every email leads
// there) as a public form (lib/http/handle-public-form.ts).
import "server-only";
import { z } from "zod";
import { getPrisma } from "@/lib/db/prisma";
import { formField } from "@/lib/http/form-fields";
import type { PublicForm } from "@/lib/http/handle-public-form";
import { cancelReminder } from "./cancel-reminder";

const schema = z.object({ token: formField });

export const cancelReminderForm: PublicForm<z.infer<typeof schema>> = {
  schema,
  invalid: () => ({ status: 400, json: { error: { code: "invalid_token", message: "This link is not valid.", field: "token" } }, redirectTo: "/remind/cancel?error=invalid_token" }),
  async submit({ token }, { now }) {
    const result = await cancelReminder(getPrisma(), token, now);
    if (!result.ok) return { status: 400, json: { error: { code: "invalid_token", message: result.message, field: "token" } }, redirectTo: "/remind/cancel?error=invalid_token" };
    return { status: 200, json: { cancelled: true }, redirectTo: "/remind/cancel?cancelled=1" };
  },
};
