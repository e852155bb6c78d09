// For integration tests: POST /api/checkout and the thank-you page's reader, loaded fresh against
// one test database and one in-process Stripe emulator, with settings of the test's choosing.
import type { TestDatabase } from "@/tests/helpers/test-database";
import type { TestEmulator } from "@/tests/helpers/stripe-emulator";

type Singletons = { prisma?: unknown; appPool?: unknown; stripe?: unknown; rateLimiters?: unknown };

export type CheckoutApp = {
  post: (body: string, headers?: Record<string, string>) => Promise<Response>;
  postJson: (body: unknown, headers?: Record<string, string>) => Promise<Response>;
  postForm: (fields: Record<string, string>, headers?: Record<string, string>) => Promise<Response>;
};

export async function loadCheckoutApp(db: TestDatabase, emulator: TestEmulator, settings: Record<string, string> = {}): Promise<CheckoutApp> {
  const singletons = globalThis as Singletons;
  delete singletons.prisma;
  delete singletons.appPool;
  delete singletons.stripe;
  delete singletons.rateLimiters;
  Object.assign(process.env, {
    DATABASE_URL: db.url,
    APP_URL: "https://give.example.org",
    STRIPE_SECRET_KEY: "sk_test_emulator",
    STRIPE_API_BASE: emulator.emulator.url ?? "",
    CHECKOUT_RATE_LIMIT_POINTS: "100000",
    LOG_LEVEL: "error",
    ...settings,
  });
  // Not jest.isolateModules: a second copy of Prisma's wasm query compiler in one process
  // corrupts the first ("memory access out of bounds"). Config and clients are lazy, so the
  // settings above apply as long as this file's app is the first to use them.
  const { POST } = await import("@/app/api/checkout/route");
  const send = (body: string, headers: Record<string, string>) =>
    POST(new Request("https://give.example.org/api/checkout", { method: "POST", body, headers: { "x-forwarded-for": "203.0.113.7", origin: "https://give.example.org", ...headers } }));
  return {
    post: (body, headers = {}) => send(body, headers),
    postJson: (body, headers = {}) => send(JSON.stringify(body), { "content-type": "application/json", accept: "application/json", ...headers }),
    postForm: (fields, headers = {}) => send(new URLSearchParams(fields).toString(), { "content-type": "application/x-www-form-urlencoded", ...headers }),
  };
}
