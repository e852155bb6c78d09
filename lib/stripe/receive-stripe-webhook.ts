// The webhook intake as a Next.js route handler (app/api/stripe/webhook): the web Request's body
// read up to the limit, answered by answerStripeWebhook.
import { readLimitedBody } from "../http/read-limited-body";
import { answerStripeWebhook, MAX_WEBHOOK_BYTES } from "./answer-stripe-webhook";

export async function receiveStripeWebhook(request: Request): Promise<Response> {
  const body = await readLimitedBody(request, MAX_WEBHOOK_BYTES);
  const answer = await answerStripeWebhook(body, request.headers.get("stripe-signature"));
  return Response.json(answer.body, { status: answer.status, headers: { "Cache-Control": "no-store" } });
}
