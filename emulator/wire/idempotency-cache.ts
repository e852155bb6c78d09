// Idempotency-Key semantics: the same key with the same request replays the first response;
// the same key with another request is an idempotency_error. The SDK keys every POST
// (`stripe-node-retry-<uuid>`), so the cache is bounded, oldest entries dropped first.
import { StripeApiError } from "./stripe-api-error";

export type StoredResponse = { status: number; body: string };

const MAX_ENTRIES = 20_000;

export function createIdempotencyCache() {
  const entries = new Map<string, { fingerprint: string; response: StoredResponse }>();
  return {
    /** The stored response for a replay, undefined for a new key; throws for a reused key. */
    lookup(key: string, fingerprint: string): StoredResponse | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.fingerprint !== fingerprint) {
        throw new StripeApiError(400, {
          type: "idempotency_error",
          message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
        });
      }
      return entry.response;
    },
    store(key: string, fingerprint: string, response: StoredResponse) {
      entries.set(key, { fingerprint, response });
      if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
    },
    clear: () => entries.clear(),
  };
}

export type IdempotencyCache = ReturnType<typeof createIdempotencyCache>;
