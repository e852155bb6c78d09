// POST /api/reminders/confirm: the Confirm button on /remind/confirm (double opt-in). A GET of
// the emailed link only shows that button, so a mail scanner opening links confirms nothing.
import { handlePublicForm } from "@/lib/http/handle-public-form";
import { confirmReminderForm } from "@/lib/reminders/confirm-reminder-form";

export function POST(request: Request): Promise<Response> {
  return handlePublicForm(request, confirmReminderForm);
}
