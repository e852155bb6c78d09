// What POST /api/auth/signin/email must pass before next-auth sends a magic link: a readable
// body, one plain email address (next-auth would cut "a@x.org,b@y.org" down to its first address,
// which would dodge the per-address count), and the sign-in limits. Answers like next-auth's own:
// a redirect to /signin with an error code, or {url} to next-auth's client (json=true).
import "server-only";
import { z } from "zod";
import { getConfig } from "../config/env";
import { readFormFields } from "../http/read-form-fields";
import { readClientAddress } from "../security/read-client-address";
import { limitStaffSignInRequests } from "./limit-staff-sign-in-requests";

const fieldsSchema = z.object({ email: z.string().trim().toLowerCase().max(254).pipe(z.email()), json: z.string().optional() });

function answer(error: string, json: boolean, status: number, headers: Record<string, string> = {}): Response {
  const url = `/signin?error=${error}`;
  const common = { "Cache-Control": "no-store", ...headers };
  return json ? Response.json({ url }, { status, headers: common }) : new Response(null, { status: 303, headers: { ...common, Location: url } });
}

/** A response refusing the request, or undefined to let next-auth handle it. */
export async function screenStaffSignIn(request: Request): Promise<Response | undefined> {
  if (request.method !== "POST" || !new URL(request.url).pathname.endsWith("/signin/email")) return undefined;
  const body = await readFormFields(request.clone());
  if (!body.ok) return body.response;
  const json = body.fields.json === "true";
  const parsed = fieldsSchema.safeParse(body.fields);
  if (!parsed.success) return answer("EmailInvalid", json, 400);
  const wait = await limitStaffSignInRequests(readClientAddress(request.headers, getConfig().TRUSTED_PROXY_HOPS), parsed.data.email);
  return wait ? answer("TooManyRequests", json, 429, { "Retry-After": String(wait) }) : undefined;
}
