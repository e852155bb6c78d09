// What POST /api/auth/signin/email must pass before next-auth sends a magic link: a readable
// body, one plain email address (next-auth would cut "a@x.org,b@y.org" down to its first address,
// which would dodge the per-address count), and the sign-in limits. Answers like next-auth's own:
// a redirect to /signin with an error code, or {url} to next-auth's client (json=true).
import "server-only";
import { z } from "zod";
import { getConfig } from "../config/env";
import { textFields } from "../http/form-fields";
import { answerUnreadableBody, readRequestFields } from "../http/read-request-fields";
import { emailIndex } from "../privacy/email-index";
import { hashClientAddress } from "../security/hash-client-address";
import { readClientAddress } from "../security/read-client-address";
import { spendRateLimits } from "../security/spend-rate-limit";

const fieldsSchema = z.object({ email: z.string().trim().toLowerCase().max(254).pipe(z.email()), json: z.string().optional() });

function answer(error: string, json: boolean, status: number, headers: Record<string, string> = {}): Response {
  const url = `/signin?error=${error}`;
  const common = { "Cache-Control": "no-store", ...headers };
  return json ? Response.json({ url }, { status, headers: common }) : new Response(null, { status: 303, headers: { ...common, Location: url } });
}

/** A response refusing the request, or undefined to let next-auth handle it. */
export async function screenStaffSignIn(request: Request): Promise<Response | undefined> {
  if (request.method !== "POST" || !new URL(request.url).pathname.endsWith("/signin/email")) return undefined;
  const body = await readRequestFields(request.clone());
  if (!body.ok) return answerUnreadableBody(body);
  const fields = textFields(body.fields);
  const json = fields.json === "true";
  const parsed = fieldsSchema.safeParse(fields);
  if (!parsed.success) return answer("EmailInvalid", json, 400);
  // Per client address, then per email address: staff and strangers spend the same budgets.
  const clientAddressHash = hashClientAddress(readClientAddress(request.headers, getConfig().TRUSTED_PROXY_HOPS));
  const spent = await spendRateLimits([
    { name: "staff-sign-in-address", key: clientAddressHash },
    { name: "staff-sign-in-email", key: emailIndex(parsed.data.email) },
  ]);
  return spent.allowed ? undefined : answer("TooManyRequests", json, 429, { "Retry-After": String(spent.retryAfterSeconds) });
}
