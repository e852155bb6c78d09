// POST /api/reminders/snooze: "Snooze" on /remind. Sets the cookie the appeal respects and
// counts an anonymous snooze.
import { handlePublicForm } from "@/lib/http/handle-public-form";
import { snoozeAppealForm } from "@/lib/reminders/snooze-appeal-form";

export function POST(request: Request): Promise<Response> {
  return handlePublicForm(request, snoozeAppealForm);
}
