// POST /api/newsletter/confirm: the Confirm button on /newsletter/confirm (double opt-in).
import { handlePublicForm } from "@/lib/http/handle-public-form";
import { confirmNewsletterForm } from "@/lib/newsletter/confirm-newsletter-form";

export function POST(request: Request): Promise<Response> {
  return handlePublicForm(request, confirmNewsletterForm);
}
