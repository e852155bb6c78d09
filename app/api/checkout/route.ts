// POST /api/checkout: the appeal's Continue. A form post answers 303 to Stripe Checkout (or back to
// the appeal with the message and the reader's choice); JSON answers {url} or {error}.
import { startCheckoutForm } from "@/lib/donations/start-checkout-form";
import { handlePublicForm } from "@/lib/http/handle-public-form";

export const dynamic = "force-dynamic";

export function POST(request: Request): Promise<Response> {
  return handlePublicForm(request, startCheckoutForm);
}
