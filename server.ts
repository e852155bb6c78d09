// npm start: the production server. Next.js serves every page and route, except the Stripe
// webhook intake, which this server answers itself before Next.js routes the request
// (lib/http/serve-stripe-webhook.ts; the route handler in app/api/stripe/webhook stays for
// `next dev`). The plain appeal at / is sent to its currency's cached page first
// (lib/http/route-to-cached-appeal.ts; under `next dev`, / is always the dynamic page).
// PORT (default 3000); HOST (default: all interfaces).
import { createServer } from "node:http";
import next from "next";

async function main() {
  process.env = { ...process.env, NODE_ENV: process.env.NODE_ENV ?? "production" };
  // Settings first, as instrumentation.ts does inside Next: bad ones stop the server, named.
  await import("./lib/config/check-config-at-start");
  const { getConfig } = await import("./lib/config/env");
  const { PORT: port, HOST: host } = getConfig();
  const { isStripeWebhookRequest, serveStripeWebhook } = await import("./lib/http/serve-stripe-webhook");
  const { routeToCachedAppeal } = await import("./lib/http/route-to-cached-appeal");
  const app = next({ dev: false, dir: __dirname, hostname: host ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = createServer((request, response) => {
    if (isStripeWebhookRequest(request)) return void serveStripeWebhook(request, response);
    routeToCachedAppeal(request, response);
    void handle(request, response);
  });
  // As `next start` does: idle connections outlive a load balancer's usual 60 s.
  server.keepAliveTimeout = 65_000;
  server.listen(port, host, () => console.log(`[server] ready on ${host ?? "all interfaces"}, port ${port}`));

  const stop = () => {
    server.close(() => void app.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(`[server] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
