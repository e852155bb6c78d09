// POST /api/newsletter/sign-up: "Sign me up" from /newsletter and the thank-you page. Form posts
// answer 303 (to "check your inbox", or back to the form with ?newsletter_error=); JSON answers
// 200 {"queued": true} or 4xx/503 {"error": {code, message, field}}.
import { handlePublicForm } from "@/lib/http/handle-public-form";
import { signUpNewsletterForm } from "@/lib/newsletter/sign-up-newsletter-form";

export function POST(request: Request): Promise<Response> {
  return handlePublicForm(request, signUpNewsletterForm);
}
