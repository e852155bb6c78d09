// npm run stripe:reconcile -- --since 2026-11-28 [--database-url ...]
// Applies every handled Stripe event since the date that the ledger has not applied yet
// (missed or failed webhooks), then fills the balance transactions paid donations lack.
// Idempotent; safe to run while webhooks flow.
import "dotenv/config";
import { SingleBar, Presets } from "cli-progress";
import { fillSettlements } from "../../lib/stripe/fill-settlements";
import { reconcileEvents } from "../../lib/stripe/reconcile-events";

function sinceFromArgs(argv: string[]): Date {
  const at = argv.indexOf("--since");
  const value = at >= 0 ? argv[at + 1] : undefined;
  const since = value ? new Date(value) : new Date(Date.now() - 3 * 86_400_000);
  if (Number.isNaN(since.getTime())) throw new Error(`--since ${value}: not a date (use YYYY-MM-DD or an ISO time)`);
  return since;
}

async function main() {
  const since = sinceFromArgs(process.argv.slice(2));
  const bar = new SingleBar({ format: "reconcile [{bar}] {value}/{total} events | applied {applied} | already {alreadyApplied} | failed {failed}" }, Presets.shades_classic);
  let started = false;
  const result = await reconcileEvents({
    since,
    onProgress(progress) {
      if (!started) {
        bar.start(progress.total, 0, { applied: 0, alreadyApplied: 0, failed: 0 });
        started = true;
      }
      bar.update(progress.seen, progress);
    },
  });
  bar.stop();
  console.log(`[reconcile] since ${since.toISOString()}: ${result.seen} events, ${result.applied} applied, ${result.alreadyApplied} already applied, ${result.failed} failed`);
  const settlements = await fillSettlements();
  console.log(`[reconcile] settlements: ${settlements.checked} paid donations without one, ${settlements.filled} filled from Stripe, ${settlements.failed} failed`);
  process.exitCode = result.failed > 0 || settlements.failed > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(`[reconcile] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
