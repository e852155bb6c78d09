// POST /api/embed/reminder: "Email me" inside the embedded appeal's "Remind me later"; answers inside the frame (lib/embed/embed-reminder-sign-up-form.ts).
import { handlePublicForm } from "@/lib/http/handle-public-form";
import { embedReminderSignUpForm } from "@/lib/embed/embed-reminder-sign-up-form";

export function POST(request: Request): Promise<Response> {
  return handlePublicForm(request, embedReminderSignUpForm);
}
