// What a test clock does on its way to a new time, earliest first: a bank debit settling, a paused
// collection resuming at resumes_at, a renewal at the end of a period, a schedule's phase ending mid-period, and
// invoice.upcoming before a renewal. Each step changes state so it is not due again.
import type Stripe from "stripe";
import type { EmulatorContext } from "../emulator-context";
import { updateSubscription } from "../resources/subscriptions";
import { announceUpcomingInvoice, upcomingDueAt } from "./announce-upcoming";
import { renewSubscription } from "./renew-subscription";
import { debitsDueOnClock } from "./settle-debits";
import { enterPhaseMidPeriod, scheduleOf } from "./schedule-phases";

export type DueWork = { at: number; run: () => void };

function workFor(emulator: EmulatorContext, subscription: Stripe.Subscription): (DueWork & { order: number })[] {
  const item = subscription.items.data[0];
  if (!item || subscription.status === "canceled" || subscription.status === "incomplete_expired") return [];
  const work: (DueWork & { order: number })[] = [];
  const resumesAt = subscription.pause_collection?.resumes_at;
  if (resumesAt) work.push({ at: resumesAt, order: 0, run: () => updateSubscription(emulator, subscription, { pause_collection: null }) });
  if (subscription.status === "active" || subscription.status === "trialing") {
    work.push({ at: item.current_period_end, order: 1, run: () => renewSubscription(emulator, subscription) });
  }
  const phaseEnd = scheduleOf(emulator, subscription)?.current_phase?.end_date;
  if (phaseEnd !== undefined && phaseEnd < item.current_period_end) work.push({ at: phaseEnd, order: 2, run: () => enterPhaseMidPeriod(emulator, subscription, phaseEnd) });
  const upcomingAt = upcomingDueAt(emulator, subscription);
  if (upcomingAt !== undefined) work.push({ at: upcomingAt, order: 3, run: () => announceUpcomingInvoice(emulator, subscription) });
  return work;
}

/** The earliest work due on this clock at or before `target`. */
export function nextDueWork(emulator: EmulatorContext, clockId: string, target: number): DueWork | undefined {
  // A bank debit settling at the same moment as a renewal settles first.
  const debits = debitsDueOnClock(emulator, clockId, target).map((work) => ({ ...work, order: -1 }));
  return Object.values(emulator.state.subscriptions)
    .filter((subscription) => subscription.test_clock === clockId)
    .flatMap((subscription) => workFor(emulator, subscription))
    .concat(debits)
    .filter((work) => work.at <= target)
    .sort((a, b) => a.at - b.at || a.order - b.order)[0];
}
