// GET /dashboard: the overview for a period and currency (staff: viewers and admins).
import Link from "next/link";
import { hasRole, requireStaff } from "@/lib/auth/require-staff";
import { periodKeys, periodLabels } from "@/lib/dashboard/dashboard-period";
import { getOverview } from "@/lib/dashboard/get-overview";
import { StaffRole } from "@/lib/db/generated/enums";
import { formatMoney } from "@/lib/money/format-money";
import { CampaignProgressPanel } from "./_charts/campaign-progress";
import { FunnelBars } from "./_charts/funnel-bars";
import { MrrMovementsTable } from "./_charts/mrr-movements-table";
import { feedbackLabel } from "./feedback-label";
import { RetentionTable } from "./_charts/retention-table";
import { StackedBarChart } from "./_charts/stacked-bar-chart";

export const dynamic = "force-dynamic";

type SearchParams = Promise<{ period?: string; currency?: string }>;

const percent = (part: number, whole: number) => (whole === 0 ? "—" : new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 1 }).format(part / whole));
const count = (n: number) => n.toLocaleString("en");
const dayLabel = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString("en", { day: "numeric", month: "short", timeZone: "UTC" });
const monthLabel = (month: string) => new Date(`${month}-01T00:00:00Z`).toLocaleDateString("en", { month: "short", timeZone: "UTC" });

export default async function OverviewPage({ searchParams }: { searchParams: SearchParams }) {
  const staff = await requireStaff();
  const overview = await getOverview(await searchParams, { readsComments: hasRole(staff, StaffRole.ADMIN) });
  const { period, currencyChoices: choices, totals, daily, monthly, cohorts, funnel, invite, failed, awaitingConfirmation, movements, churn, cancellations, pending, settled, campaign } = overview;
  const settledMoney = (minor: number) => formatMoney(minor, settled.settlementCurrency);
  const money = (minor: number) => formatMoney(minor, period.currency);
  const axisMoney = (minor: number) => formatMoney(minor, period.currency, { compact: true });

  return (
    <>
      <div className="dash-head">
        <div>
          <h1>Overview</h1>
          <p className="muted">
            {periodLabels[period.key]} in {period.currency.toUpperCase()}. Days are UTC. Figures refresh every minute; monthly charts and retention every ten.
          </p>
        </div>
        <form className="filters" method="get">
          <label>
            Period
            <select name="period" defaultValue={period.key}>
              {periodKeys.map((key) => (
                <option key={key} value={key}>
                  {periodLabels[key]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Currency
            <select name="currency" defaultValue={period.currency}>
              {choices.map((c) => (
                <option key={c} value={c}>
                  {c.toUpperCase()}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">Show</button>
        </form>
      </div>

      <section className="cards" aria-label="Key figures">
        <Card label="Raised" figure={money(totals.raised)} detail={`${count(totals.gifts)} gifts, net of refunds`} />
        <Card
          label={`Raised, all currencies in ${settled.settlementCurrency.toUpperCase()}`}
          figure={settledMoney(settled.settled)}
          detail={`As Stripe settled it: ${settled.byCurrency.map((c) => `${formatMoney(c.raised, c.currency)} → ${settledMoney(c.settled)}`).join(" · ") || "no gifts yet"}${settled.awaitingSettlement > 0 ? ` (${count(settled.awaitingSettlement)} not settled yet)` : ""}`}
        />
        <Card label="Average gift" figure={money(totals.averageGift)} detail={`One-time ${money(totals.once.raised)} · recurring ${money(totals.recurring.raised)}`} />
        <Card label="Monthly recurring revenue" figure={money(totals.monthlyRecurringRevenue)} detail="Monthly plus a twelfth of annual, now" />
        <Card
          label="Recurring supporters"
          figure={count(totals.activeRecurring.monthly + totals.activeRecurring.annual)}
          detail={`${count(totals.activeRecurring.monthly)} monthly · ${count(totals.activeRecurring.annual)} annual, now`}
        />
        <Card label="New supporters" figure={count(totals.newSupporters)} detail="First gift in the period, any currency" />
        <Card
          label="Recurring started / cancelled"
          figure={`${count(totals.recurringStarted)} / ${count(totals.recurringCancelled)}`}
          detail={`Net ${totals.recurringStarted - totals.recurringCancelled >= 0 ? "+" : ""}${count(totals.recurringStarted - totals.recurringCancelled)}`}
        />
        <Card label="One-time vs recurring gifts" figure={`${count(totals.once.gifts)} / ${count(totals.recurring.gifts)}`} detail={`${percent(totals.recurring.gifts, totals.gifts)} of gifts are recurring`} />
        <Card label="Checkout conversion" figure={percent(totals.checkout.completed, totals.checkout.attempts)} detail={`${count(totals.checkout.completed)} of ${count(totals.checkout.attempts)} checkouts completed`} />
        <Card label="Fees covered" figure={money(totals.feesCovered.amount)} detail={`Added by readers to ${count(totals.feesCovered.gifts)} of ${count(totals.gifts)} gifts, on top of them`} />
      </section>

      {campaign ? <CampaignProgressPanel progress={campaign} /> : null}

      <section className="panel" aria-labelledby="daily-title">
        <h2 id="daily-title">Money raised per day</h2>
        <StackedBarChart
          caption={`Money raised per day, ${periodLabels[period.key].toLowerCase()}, ${period.currency.toUpperCase()}`}
          emptyText="No gifts in this period and currency yet."
          formatValue={axisMoney}
          series={[
            { key: "once", label: "One-time", color: "#c9a227" },
            { key: "recurring", label: "Recurring", color: "#0b5cad" },
          ]}
          bars={daily.map((d) => ({ label: dayLabel(d.day), title: `${dayLabel(d.day)}: one-time ${money(d.once)}, recurring ${money(d.recurring)}`, values: { once: d.once, recurring: d.recurring } }))}
        />
      </section>

      <div className="panel-grid">
        <section className="panel" aria-labelledby="mrr-title">
          <h2 id="mrr-title">Recurring revenue per month</h2>
          <StackedBarChart
            caption={`Recurring revenue received per month over the last twelve months, ${period.currency.toUpperCase()}`}
            emptyText="No recurring gifts in the last twelve months yet."
            width={440}
            height={250}
            formatValue={axisMoney}
            series={[
              { key: "monthly", label: "Monthly", color: "#0b5cad" },
              { key: "annual", label: "Annual", color: "#7ea6cf" },
            ]}
            bars={monthly.map((m) => ({ label: monthLabel(m.month), title: `${m.month}: monthly ${money(m.monthly)}, annual ${money(m.annual)}`, values: { monthly: m.monthly, annual: m.annual } }))}
          />
        </section>
        <section className="panel" aria-labelledby="funnel-title">
          <h2 id="funnel-title">Remind me later</h2>
          <FunnelBars
            steps={[
              { label: "Snoozed the appeal", count: funnel.snoozes },
              { label: "Asked for a reminder", count: funnel.signUps },
              { label: "Confirmed by email", count: funnel.confirmations },
              { label: "Reminder sent", count: funnel.sends },
              { label: "Reminder clicked", count: funnel.clicks },
              { label: "Gave within 30 days", count: funnel.donations },
            ]}
          />
          <h3 className="panel-subhead">Monthly invitation after a one-time gift</h3>
          <FunnelBars
            steps={[
              { label: "Invitation shown", count: invite.shown },
              { label: "Went to checkout", count: invite.accepted },
              { label: "Became monthly", count: invite.subscribed },
            ]}
          />
        </section>
      </div>

      <section className="panel" aria-labelledby="failed-title">
        <h2 id="failed-title">Failed renewals needing attention ({count(failed.total)})</h2>
        {failed.renewals.length === 0 ? (
          <p className="empty">No recurring donation in {period.currency.toUpperCase()} is failing. Nothing to do.</p>
        ) : (
          <table className="data">
            <thead>
              <tr>
                <th>Last failure</th>
                <th>Recurring donation</th>
                <th>Decline reason</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {failed.renewals.map((r) => (
                <tr key={r.subscriptionId}>
                  <td>{r.lastFailureAt ? r.lastFailureAt.toISOString().slice(0, 10) : "—"}</td>
                  <td>
                    {money(r.amount)} {r.frequency === "ANNUAL" ? "a year" : "a month"}
                  </td>
                  <td>{r.lastFailureReason ?? "No reason given"}</td>
                  <td>{r.supporterId ? <Link href={`/dashboard/supporters/${r.supporterId}`}>Supporter</Link> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="panel" aria-labelledby="pending-title">
        <h2 id="pending-title">
          Pending bank payments ({count(pending.total)}, {money(pending.amount)})
        </h2>
        <p className="muted">Bank debits readers confirmed that their bank has not settled yet (a few working days). They count as money raised once they settle.</p>
        {pending.donations.length === 0 ? (
          <p className="empty">No gift in {period.currency.toUpperCase()} is waiting for a bank.</p>
        ) : (
          <table className="data">
            <thead>
              <tr>
                <th>Confirmed</th>
                <th className="num">Amount</th>
                <th>Frequency</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {pending.donations.map((d) => (
                <tr key={d.id}>
                  <td>{d.createdAt.toISOString().slice(0, 16).replace("T", " ")}</td>
                  <td className="num">{money(d.amount)}</td>
                  <td>{d.frequency === "ONCE" ? "One-time" : d.frequency === "ANNUAL" ? "Annual" : "Monthly"}</td>
                  <td>{d.supporterId ? <Link href={`/dashboard/supporters/${d.supporterId}`}>Supporter</Link> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="panel" aria-labelledby="awaiting-title">
        <h2 id="awaiting-title">Renewals waiting for the supporter to confirm ({count(awaitingConfirmation.total)})</h2>
        <p className="muted">Their bank asked for 3-D Secure. Each supporter was emailed a link to confirm the payment; nothing is taken until they do.</p>
        {awaitingConfirmation.renewals.length === 0 ? (
          <p className="empty">No renewal in {period.currency.toUpperCase()} is waiting for a confirmation.</p>
        ) : (
          <table className="data">
            <thead>
              <tr>
                <th>Asked on</th>
                <th>Recurring donation</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {awaitingConfirmation.renewals.map((r) => (
                <tr key={r.subscriptionId}>
                  <td>{r.lastFailureAt ? r.lastFailureAt.toISOString().slice(0, 10) : "—"}</td>
                  <td>
                    {money(r.amount)} {r.frequency === "ANNUAL" ? "a year" : "a month"}
                  </td>
                  <td>{r.supporterId ? <Link href={`/dashboard/supporters/${r.supporterId}`}>Supporter</Link> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="panel" aria-labelledby="movements-title">
        <h2 id="movements-title">Recurring revenue movements and churn</h2>
        <MrrMovementsTable movements={movements} churn={churn} currency={period.currency} />
      </section>

      <section className="panel" aria-labelledby="reasons-title">
        <h2 id="reasons-title">Why supporters cancel</h2>
        {cancellations.reasons.length === 0 ? (
          <p className="empty">No recurring donation in {period.currency.toUpperCase()} was cancelled in this period.</p>
        ) : (
          <FunnelBars steps={cancellations.reasons.map((r) => ({ label: feedbackLabel(r.feedback), count: r.count }))} />
        )}
        {cancellations.comments.length > 0 ? (
          <>
            <h3 className="panel-subhead">In their own words (admins only)</h3>
            <ul className="comments">
              {cancellations.comments.map((c) => (
                <li key={`${c.at.toISOString()}-${c.comment.slice(0, 20)}`}>
                  <blockquote>{c.comment}</blockquote>
                  <p className="muted">
                    <time dateTime={c.at.toISOString()}>{c.at.toISOString().slice(0, 10)}</time> · {feedbackLabel(c.feedback)}
                  </p>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section className="panel" aria-labelledby="retention-title">
        <h2 id="retention-title">Retention by month of first gift</h2>
        <RetentionTable cohorts={cohorts} />
      </section>
    </>
  );
}

function Card({ label, figure, detail }: { label: string; figure: string; detail: string }) {
  return (
    <div className="card">
      <p className="label">{label}</p>
      <p className="figure">{figure}</p>
      <p className="detail">{detail}</p>
    </div>
  );
}
