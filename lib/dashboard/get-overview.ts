// Everything the dashboard overview shows for the period and currency asked for in its query
// string: headline figures (with every currency added up in the settlement currency), the
// campaign's progress by day, charts, funnels, failed renewals and those awaiting 3-D Secure, gifts
// pending at the bank, retention, churn, MRR movements and cancellation reasons (their comments for admins only, never cached). On a large ledger these
// aggregates take seconds, so each is kept per server for a while (remember.ts).
import "server-only";
import { getCampaign } from "../campaign/get-campaign";
import { getCampaignProgress } from "../campaign/get-campaign-progress";
import { getConfig } from "../config/env";
import { getPrisma } from "../db/prisma";
import { countCancellationReasons } from "./count-cancellation-reasons";
import { countReminderFunnel } from "../reminders/count-reminder-funnel";
import { countMonthlyInviteFunnel } from "../upgrades/count-monthly-invite-funnel";
import { dashboardPeriod } from "./dashboard-period";
import { getDailyRaised } from "./get-daily-raised";
import { getMonthlyChurn } from "./get-monthly-churn";
import { getMonthlyRecurringRevenue } from "./get-monthly-recurring-revenue";
import { getMrrMovements } from "./get-mrr-movements";
import { getOverviewTotals } from "./get-overview-totals";
import { getRetentionCohorts } from "./get-retention-cohorts";
import { getSettledTotals } from "./get-settled-totals";
import { listCancellationComments } from "./list-cancellation-comments";
import { listCurrencies } from "./list-currencies";
import { listFailedRenewals } from "./list-failed-renewals";
import { listPendingDonations } from "./list-pending-donations";
import { remember } from "./remember";

const ONE_MINUTE = 60_000;
const TEN_MINUTES = 600_000;

export type OverviewRequest = { period?: string; currency?: string };
/** Who is looking: cancellation comments are readers' own words, shown to admins only. */
export type OverviewAudience = { readsComments: boolean };

export async function getOverview(request: OverviewRequest, audience: OverviewAudience = { readsComments: false }, now = new Date()) {
  const prisma = getPrisma();
  const currencies = await remember("currencies", TEN_MINUTES, () => listCurrencies(prisma));
  const period = dashboardPeriod(request, now, currencies.includes("usd") ? "usd" : (currencies[0] ?? "usd"));
  const key = `${period.key}:${period.from.toISOString()}:${period.currency}`;
  const month = now.toISOString().slice(0, 7);
  const settlementCurrency = getConfig().SETTLEMENT_CURRENCY;
  const periodKey = `${period.key}:${period.from.toISOString()}`;
  const [totals, daily, monthly, cohorts, funnel, invite, failed, awaitingConfirmation, movements, churn, reasons, comments, pending, settled, campaign] = await Promise.all([
    remember(`totals:${key}`, ONE_MINUTE, () => getOverviewTotals(prisma, period)),
    remember(`daily:${key}`, ONE_MINUTE, () => getDailyRaised(prisma, period)),
    remember(`mrr:${month}:${period.currency}`, TEN_MINUTES, () => getMonthlyRecurringRevenue(prisma, period.currency)),
    remember(`retention:${month}`, TEN_MINUTES, () => getRetentionCohorts(prisma)),
    remember(`funnel:${key}`, ONE_MINUTE, () => countReminderFunnel(prisma, period)),
    remember(`invite:${key}`, ONE_MINUTE, () => countMonthlyInviteFunnel(prisma, period)),
    remember(`failed:${period.currency}`, ONE_MINUTE, () => listFailedRenewals(prisma, period.currency)),
    // Not remembered: a short indexed list, and a renewal that just asked its supporter to confirm shows at once.
    listFailedRenewals(prisma, period.currency, 10, true),
    remember(`movements:${month}:${period.currency}`, TEN_MINUTES, () => getMrrMovements(prisma, period.currency, now)),
    remember(`churn:${month}:${period.currency}`, TEN_MINUTES, () => getMonthlyChurn(prisma, period.currency, now)),
    remember(`reasons:${key}`, ONE_MINUTE, () => countCancellationReasons(prisma, period)),
    audience.readsComments ? listCancellationComments(prisma, period) : Promise.resolve([]),
    remember(`pending:${period.currency}`, ONE_MINUTE, () => listPendingDonations(prisma, period.currency, 10)),
    remember(`settled:${periodKey}:${settlementCurrency}`, ONE_MINUTE, () => getSettledTotals(prisma, period, settlementCurrency)),
    // Not remembered: staff who just set a campaign see it at once.
    getCampaign(prisma).then((current) => (current ? getCampaignProgress(prisma, current, now) : null)),
  ]);
  // The picker offers the currency shown even before the ledger holds any gift in it.
  const currencyChoices = currencies.includes(period.currency) ? currencies : [...currencies, period.currency];
  return { period, currencyChoices, totals, daily, monthly, cohorts, funnel, invite, failed, awaitingConfirmation, movements, churn, cancellations: { reasons, comments }, pending, settled, campaign };
}
