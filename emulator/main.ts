// npm run stripe:emulator — the Stripe emulator as a standalone server.
//   STRIPE_EMULATOR_PORT         port (default 12111)
//   STRIPE_EMULATOR_WEBHOOK_URL  where events go (default ${APP_URL}/api/stripe/webhook); "none" sends none
//   STRIPE_WEBHOOK_SECRET        signing secret, the first of a comma-separated list
//   STRIPE_EMULATOR_STATE_FILE   state kept across restarts (default .data/stripe-emulator.json; "none" keeps it in memory)
//   STRIPE_EMULATOR_CHAOS        e.g. duplicate=0.3,delay=500,reorder (or "on")
//   STRIPE_EMULATOR_UPCOMING_DAYS  days before a renewal that invoice.upcoming is sent (default 14)
//   STRIPE_EMULATOR_DEBIT_DELAY_MS  how long a SEPA debit without a test clock takes to settle (default 5000; "manual" waits for the control API)
//   STRIPE_EMULATOR_SETTLEMENT_CURRENCY  the account's settlement currency for balance transactions (default SETTLEMENT_CURRENCY, else usd)
import "dotenv/config";
import path from "node:path";
import { settlementCurrencies } from "./billing/exchange-rates";
import { createEmulatorServer } from "./create-emulator-server";
import { parseChaosSetting } from "./webhooks/delivery-chaos";

async function main() {
  const env = process.env;
  const port = Number(env.STRIPE_EMULATOR_PORT || 12111);
  const appUrl = (env.APP_URL || "http://localhost:3000").replace(/\/$/, "");
  const webhookUrl = env.STRIPE_EMULATOR_WEBHOOK_URL || `${appUrl}/api/stripe/webhook`;
  const secret = (env.STRIPE_WEBHOOK_SECRET || "whsec_emulator_development_secret").split(",")[0]?.trim() || "whsec_emulator_development_secret";
  const stateSetting = env.STRIPE_EMULATOR_STATE_FILE || ".data/stripe-emulator.json";
  const stateFile = stateSetting === "none" ? undefined : path.resolve(stateSetting);
  const chaos = parseChaosSetting(env.STRIPE_EMULATOR_CHAOS);
  const upcomingDays = Number(env.STRIPE_EMULATOR_UPCOMING_DAYS || 14);
  if (!Number.isInteger(upcomingDays) || upcomingDays < 1 || upcomingDays > 60) throw new Error(`STRIPE_EMULATOR_UPCOMING_DAYS must be a whole number of days from 1 to 60, not "${env.STRIPE_EMULATOR_UPCOMING_DAYS}".`);
  const debitSetting = env.STRIPE_EMULATOR_DEBIT_DELAY_MS || "5000";
  const debitDelayMs = debitSetting === "manual" ? null : Number(debitSetting);
  if (debitDelayMs !== null && (!Number.isInteger(debitDelayMs) || debitDelayMs < 0)) throw new Error(`STRIPE_EMULATOR_DEBIT_DELAY_MS must be a whole number of milliseconds or "manual", not "${debitSetting}".`);
  const settlementCurrency = (env.STRIPE_EMULATOR_SETTLEMENT_CURRENCY || env.SETTLEMENT_CURRENCY || "usd").toLowerCase();
  if (!settlementCurrencies.includes(settlementCurrency)) throw new Error(`STRIPE_EMULATOR_SETTLEMENT_CURRENCY must be one of ${settlementCurrencies.join(", ")}, not "${settlementCurrency}".`);
  const emulator = createEmulatorServer({
    webhookEndpoints: webhookUrl === "none" ? [] : [{ url: webhookUrl, secret }],
    stateFile,
    chaos,
    upcomingDays,
    debitDelayMs,
    settlementCurrency,
  });
  const { url } = await emulator.listen(port, env.STRIPE_EMULATOR_HOST || "127.0.0.1");
  console.log(`[stripe-emulator] listening on ${url} (STRIPE_API_BASE=${url})`);
  console.log(`[stripe-emulator] webhooks to ${webhookUrl === "none" ? "nowhere" : webhookUrl}${chaos ? ` with chaos ${JSON.stringify(chaos)}` : ""}; state ${stateFile ?? "in memory"}`);
  const stop = async () => {
    await emulator.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error: unknown) => {
  console.error(`[stripe-emulator] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
