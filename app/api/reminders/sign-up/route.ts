// POST /api/reminders/sign-up: "Email me" from /remind and the thank-you page's give-again offer.
// Form posts answer 303 (to "check your inbox", or back to /remind with the error and the
// reader's choices); JSON answers 200 {"remindMonth"} or 4xx/503 {"error": {code, message, field}}.
import { handlePublicForm } from "@/lib/http/handle-public-form";
import { signUpReminderForm } from "@/lib/reminders/sign-up-reminder-form";

export function POST(request: Request): Promise<Response> {
  return handlePublicForm(request, signUpReminderForm);
}
