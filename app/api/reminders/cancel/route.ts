// POST /api/reminders/cancel: the Cancel button on /remind/cancel (the link in every email).
import { handlePublicForm } from "@/lib/http/handle-public-form";
import { cancelReminderForm } from "@/lib/reminders/cancel-reminder-form";

export function POST(request: Request): Promise<Response> {
  return handlePublicForm(request, cancelReminderForm);
}
