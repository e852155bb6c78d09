// One request to the emulated API (/v1/...): authentication, form decoding, idempotency,
// routing, expansion, and Stripe's error shape for anything that goes wrong.
import type { IncomingHttpHeaders } from "node:http";
import type { EmulatorContext } from "../emulator-context";
import { API_VERSION } from "../emulator-context";
import { newId } from "../state/new-id";
import { expandObject } from "./expand-object";
import type { IdempotencyCache } from "./idempotency-cache";
import { parseForm } from "./parse-form";
import { knownParamsFor } from "./known-params";
import { readExpand } from "./read-params";
import { refuseUnknownParams } from "./refuse-unknown-params";
import { matchRoute, type Route } from "./route";
import { StripeApiError } from "./stripe-api-error";

export type ApiResponse = { status: number; headers: Record<string, string>; body: string };

const header = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

function authenticate(headers: IncomingHttpHeaders): void {
  const authorization = header(headers, "authorization") ?? "";
  const basic = /^Basic\s+(\S+)$/i.exec(authorization)?.[1];
  // Bearer as the SDK sends it, or Basic with the key as user name (`curl -u sk_test_...:`).
  const key = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1] ?? (basic ? Buffer.from(basic, "base64").toString("utf8").split(":")[0] : undefined);
  if (!key) {
    throw new StripeApiError(401, {
      type: "invalid_request_error",
      message:
        "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.",
    });
  }
  if (!/^(sk|rk)_test_/.test(key)) {
    throw new StripeApiError(401, {
      type: "invalid_request_error",
      code: "api_key_expired",
      message: `Invalid API Key provided: ${key.slice(0, 8)}****${key.slice(-4)}. The emulator accepts test keys only (sk_test_...).`,
    });
  }
}

export function handleApiRequest(emulator: EmulatorContext, routes: Route[], idempotency: IdempotencyCache, request: { method: string; url: string; headers: IncomingHttpHeaders; body: string }): ApiResponse {
  const requestId = newId("req", 14);
  const headers: Record<string, string> = { "content-type": "application/json", "request-id": requestId, "stripe-version": header(request.headers, "stripe-version") ?? API_VERSION };
  const respond = (status: number, payload: object): ApiResponse => ({ status, headers, body: JSON.stringify(payload) });
  const url = new URL(request.url, "http://emulator");
  const idempotencyKey = request.method === "POST" ? header(request.headers, "idempotency-key") : undefined;
  const fingerprint = `${request.method} ${url.pathname} ${request.body}`;
  try {
    authenticate(request.headers);
    if (idempotencyKey) {
      headers["idempotency-key"] = idempotencyKey;
      const replay = idempotency.lookup(idempotencyKey, fingerprint);
      if (replay) return { status: replay.status, headers: { ...headers, "idempotent-replayed": "true" }, body: replay.body };
    }
    const match = matchRoute(routes, request.method, url.pathname);
    if (!match) {
      throw new StripeApiError(404, {
        type: "invalid_request_error",
        message: `Unrecognized request URL (${request.method}: ${url.pathname}). The Stripe emulator does not implement this endpoint; see emulator/README.md for what it covers.`,
      });
    }
    const params = request.method === "GET" || request.method === "DELETE" ? parseForm(url.search.slice(1)) : parseForm(request.body);
    refuseUnknownParams(params, knownParamsFor(match.route.method, match.route.path) ?? {});
    emulator.request = { id: requestId, idempotency_key: idempotencyKey ?? null };
    const result = match.route.handler(emulator, { method: request.method, path: url.pathname, params, pathParams: match.pathParams });
    const response = respond(200, expandObject(emulator.state, result, readExpand(params)));
    if (idempotencyKey) idempotency.store(idempotencyKey, fingerprint, { status: response.status, body: response.body });
    emulator.changed();
    return response;
  } catch (error) {
    if (error instanceof StripeApiError) {
      const response = respond(error.status, error.toJSON());
      // Stripe saves results once an endpoint started executing; card errors are such results.
      if (idempotencyKey && error.body.type === "card_error") idempotency.store(idempotencyKey, fingerprint, { status: response.status, body: response.body });
      emulator.changed();
      return response;
    }
    console.error(`[stripe-emulator] ${request.method} ${url.pathname} failed (${requestId}):`, error);
    return respond(500, { error: { type: "api_error", message: `The emulator failed on this request (${requestId}); see its log.` } });
  } finally {
    emulator.request = null;
  }
}
