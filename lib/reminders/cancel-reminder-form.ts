// The Cancel button on /remind/cancel (POST /api/reminders/cancel; the link in every email leads
// there).
import "server-only";
import { getPrisma } from "@/lib/db/prisma";
import { cancelReminder } from "./cancel-reminder";
import { reminderTokenForm } from "./reminder-token-form";

export const cancelReminderForm = reminderTokenForm("/remind/cancel", async (token, now) => {
  const result = await cancelReminder(getPrisma(), token, now);
  return result.ok ? { ok: true, json: { cancelled: true }, query: "cancelled=1" } : result;
});
