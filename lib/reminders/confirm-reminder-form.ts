// The Confirm button on /remind/confirm (POST /api/reminders/confirm, double opt-in). A GET of the
// emailed link only shows that button, so a mail scanner opening links confirms nothing.
import "server-only";
import { getPrisma } from "@/lib/db/prisma";
import { confirmReminder } from "./confirm-reminder";
import { reminderTokenForm } from "./reminder-token-form";

export const confirmReminderForm = reminderTokenForm("/remind/confirm", async (token, now) => {
  const result = await confirmReminder(getPrisma(), token, now);
  return result.ok ? { ok: true, json: { remindMonth: result.remindMonth }, query: `confirmed=${result.remindMonth}` } : result;
});
