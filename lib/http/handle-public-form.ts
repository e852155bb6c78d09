// The one way a public form post (checkout, reminders, manage links) is taken in, in this order:
// where it was posted from (refuse-cross-site-form.ts), the body within 8 kB, the form's zod
// schema, the rate limits it spends, then the form's own work. Each answer is given once, as
// JSON to a JSON caller (wants-json.ts) and as a 303 to a browser's form post, so a route is the
// form's lib/<domain>/<verb>-form.ts plus this.
import "server-only";
import type { z } from "zod";
import { getConfig } from "@/lib/config/env";
import { logger } from "@/lib/log/logger";
import { hashClientAddress } from "@/lib/security/hash-client-address";
import { readClientAddress } from "@/lib/security/read-client-address";
import { refuseCrossSiteForm } from "@/lib/security/refuse-cross-site-form";
import { spendRateLimits, type RateLimitSpend } from "@/lib/security/spend-rate-limit";
import { answerUnreadableBody, readRequestFields, type UnreadableBodyCode } from "./read-request-fields";

/**
 * "own-pages": only our own pages may post it (the cross-site check; JSON callers pass, as a JSON
 * post needs a CORS preflight no other site passes). "anywhere": no origin check, for a form that
 * must be posted from elsewhere, such as an appeal embedded in a sandboxed frame (it sends
 * `Origin: null`); such a form must act on nothing the browser carries (no cookie, no session).
 */
export type PostedFrom = "own-pages" | "anywhere";

/** One answer, in both shapes: `json` with `status` to a JSON caller, a 303 to `redirectTo` to a browser. */
export type FormReply = {
  status: number;
  json: unknown;
  /** A path on our site (made absolute against APP_URL) or an absolute URL elsewhere (Stripe Checkout). */
  redirectTo: string;
  headers?: Record<string, string>;
};

export type FormContext = { headers: Headers; now: Date; clientAddressHash: string; asJson: boolean };

export type PublicForm<Input> = {
  postedFrom?: PostedFrom;
  /** Over the body's fields: strings from a form, any JSON value from JSON. */
  schema: z.ZodType<Input>;
  /** headers: the request's, for the reader's language (lib/i18n/read-request-locale.ts). */
  invalid: (error: z.ZodError, fields: Record<string, unknown>, headers: Headers) => FormReply | Response;
  /** Where a browser goes when its body cannot be read (JSON callers get the error); plain words when absent. */
  unreadable?: (code: Exclude<UnreadableBodyCode, "payload_too_large">) => FormReply;
  rateLimit?: {
    /** The budgets a post spends once it parses, in order (valid or not, what follows is the form's work). */
    spends: (input: Input, context: FormContext) => RateLimitSpend[];
    /** The answer once one is spent; a Retry-After header is added to it. */
    refused: (retryAfterSeconds: number, input: Input, context: FormContext) => FormReply | Response;
    /** The answer when the budgets cannot be counted (their database is down); a 500 when absent. */
    unavailable?: (input: Input) => FormReply;
  };
  submit: (input: Input, context: FormContext) => Promise<FormReply | Response>;
};

const noStore = { "Cache-Control": "no-store" };

export function answerForm(reply: FormReply | Response, asJson: boolean): Response {
  if (reply instanceof Response) return reply;
  const headers = { ...noStore, ...reply.headers };
  if (asJson) return Response.json(reply.json, { status: reply.status, headers });
  const location = reply.redirectTo.startsWith("/") ? `${getConfig().APP_URL}${reply.redirectTo}` : reply.redirectTo;
  return new Response(null, { status: 303, headers: { ...headers, Location: location } });
}

export async function handlePublicForm<Input>(request: Request, form: PublicForm<Input>): Promise<Response> {
  if ((form.postedFrom ?? "own-pages") === "own-pages") {
    const refused = refuseCrossSiteForm(request);
    if (refused) return refused;
  }
  const body = await readRequestFields(request);
  if (!body.ok) {
    if (body.isJson || body.code === "payload_too_large" || !form.unreadable) return answerUnreadableBody(body);
    return answerForm(form.unreadable(body.code), false);
  }
  const asJson = body.isJson;
  const parsed = form.schema.safeParse(body.fields);
  if (!parsed.success) return answerForm(form.invalid(parsed.error, body.fields, request.headers), asJson);
  const input = parsed.data;
  const context: FormContext = {
    headers: request.headers,
    now: new Date(),
    clientAddressHash: hashClientAddress(readClientAddress(request.headers, getConfig().TRUSTED_PROXY_HOPS)),
    asJson,
  };
  const refusal = form.rateLimit && (await spendFormRateLimits(form.rateLimit, input, context));
  if (refusal) return answerForm(refusal, asJson);
  return answerForm(await form.submit(input, context), asJson);
}

/** The answer refusing this post for its rate limits, or undefined when it may go on. */
async function spendFormRateLimits<Input>(rateLimit: NonNullable<PublicForm<Input>["rateLimit"]>, input: Input, context: FormContext): Promise<FormReply | Response | undefined> {
  const spends = rateLimit.spends(input, context);
  const names = spends.map((spend) => spend.name).join(", ");
  let decision;
  try {
    decision = await spendRateLimits(spends);
  } catch (error) {
    if (!rateLimit.unavailable) throw error;
    // Without the shared count we cannot tell a reader from a bot: refuse for now, clearly.
    logger.error("rate limit unavailable", { limits: names, error: error instanceof Error ? error.name : "unknown" });
    return rateLimit.unavailable(input);
  }
  if (decision.allowed) return undefined;
  logger.warn("rate limited", { limits: names, clientAddressHash: context.clientAddressHash });
  const retryAfter = String(decision.retryAfterSeconds);
  const reply = rateLimit.refused(decision.retryAfterSeconds, input, context);
  if (!(reply instanceof Response)) return { ...reply, headers: { "Retry-After": retryAfter, ...reply.headers } };
  reply.headers.set("Retry-After", retryAfter);
  return reply;
}
