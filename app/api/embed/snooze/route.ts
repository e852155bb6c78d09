// POST /api/embed/snooze: "Not now" inside the embedded appeal's "Remind me later"; answers inside the frame (lib/embed/embed-snooze-form.ts).
import { handlePublicForm } from "@/lib/http/handle-public-form";
import { embedSnoozeForm } from "@/lib/embed/embed-snooze-form";

export function POST(request: Request): Promise<Response> {
  return handlePublicForm(request, embedSnoozeForm);
}
