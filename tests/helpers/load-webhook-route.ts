// Loads the webhook route handler bound to one database and one set of Stripe settings. The
// config is read once per test file (set the settings before the first load); the Prisma and
// Stripe singletons live on globalThis, so a test can point the app at another database.
// (Loading the Prisma client twice in one process, e.g. with jest.isolateModules, breaks its wasm.)
import { pointAppAtDatabase } from "./app-database";

export { closeAppDatabase, pointAppAtDatabase } from "./app-database";

export type WebhookRoute = (request: Request) => Promise<Response>;

export type RouteSettings = { databaseUrl: string; webhookSecret: string; stripeSecretKey?: string; stripeApiBase?: string };

const app = globalThis as { stripe?: unknown };

export async function loadWebhookRoute(settings: RouteSettings): Promise<WebhookRoute> {
  process.env.DATABASE_URL = settings.databaseUrl;
  process.env.STRIPE_WEBHOOK_SECRET = settings.webhookSecret;
  process.env.STRIPE_SECRET_KEY = settings.stripeSecretKey ?? "sk_test_emulator";
  if (settings.stripeApiBase) process.env.STRIPE_API_BASE = settings.stripeApiBase;
  else delete process.env.STRIPE_API_BASE;
  process.env.LOG_LEVEL = "error";
  delete app.stripe;
  await pointAppAtDatabase(settings.databaseUrl);
  return (await import("@/app/api/stripe/webhook/route")).POST;
}
