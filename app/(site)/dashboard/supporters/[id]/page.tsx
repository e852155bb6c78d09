// GET /dashboard/supporters/:id: one supporter, identity decrypted; every view is audit-logged.
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { hasRole, requireStaff } from "@/lib/auth/require-staff";
import { StaffRole } from "@/lib/db/generated/enums";
import { formatMoney } from "@/lib/money/format-money";
import { eraseSupporterByAdmin } from "@/lib/privacy/erase-supporter-by-admin";
import { resendReceipt } from "@/lib/receipts/resend-receipt";
import type { TimelineEntry } from "@/lib/supporters/get-supporter-profile";
import { viewSupporterProfile } from "@/lib/supporters/view-supporter-profile";
import { feedbackLabel } from "../../feedback-label";
import { EraseChoices } from "./erase-choices";
import { StatementLinks } from "./statement-links";

// Erasure (admins): identity removed, gifts kept anonymised; what happens at Stripe is chosen.
async function erase(form: FormData) {
  "use server";
  const id = String(form.get("supporterId") ?? "");
  const staff = await requireStaff(StaffRole.ADMIN, `/dashboard/supporters/${id}`);
  const erased = await eraseSupporterByAdmin(staff.id, id, { atStripe: form.get("atStripe"), confirm: form.get("confirm") });
  redirect(erased.ok ? `/dashboard/supporters/${id}?erased=1` : `/dashboard/supporters/${id}?error=${erased.error}`);
}

// A copy of one donation's receipt to the supporter's address on record (any staff; audited, limited).
async function resend(form: FormData) {
  "use server";
  const id = String(form.get("supporterId") ?? "");
  const staff = await requireStaff(undefined, `/dashboard/supporters/${id}`);
  const outcome = await resendReceipt(staff.id, id, String(form.get("donationId") ?? ""));
  redirect(`/dashboard/supporters/${id}?receipt=${outcome}#timeline-title`);
}

const receiptNotices: Record<string, { text: string; role: "status" | "alert" }> = {
  sent: { text: "Receipt sent again to the supporter's address on record.", role: "status" },
  "too-many": { text: "Not sent: this receipt, or receipts by you, were sent again too often in the last hour. Try later.", role: "alert" },
  "no-address": { text: "Not sent: we hold no email address for this supporter.", role: "alert" },
  "not-paid": { text: "Not sent: only payments that were kept have a receipt.", role: "alert" },
  "not-found": { text: "Not sent: that donation is not this supporter's.", role: "alert" },
};

export const dynamic = "force-dynamic";

const every = { ONCE: "once", MONTHLY: "a month", ANNUAL: "a year" } as const;

export default async function SupporterPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ erased?: string; error?: string; receipt?: string }> }) {
  const { id } = await params;
  const notice = await searchParams;
  const staff = await requireStaff(undefined, `/dashboard/supporters/${id}`);
  const profile = await viewSupporterProfile(staff.id, id);
  if (!profile) notFound();

  return (
    <>
      <div className="dash-head">
        <div>
          <p className="muted">
            <Link href="/dashboard/supporters">Supporters</Link> /
          </p>
          <h1>{profile.name ?? (profile.erased ? "Erased supporter" : "Supporter")}</h1>
          <p className="muted">Your view of this page is recorded in the audit log.</p>
        </div>
      </div>
      {notice.erased === "1" ? (
        <p className="notice" role="status">
          This supporter&apos;s identity is erased. Their gifts stay in the accounts, anonymised.
        </p>
      ) : null}
      {notice.receipt && receiptNotices[notice.receipt] ? (
        <p className="notice" role={receiptNotices[notice.receipt]!.role}>
          {receiptNotices[notice.receipt]!.text}
        </p>
      ) : null}
      {notice.error === "confirm" ? (
        <p className="notice" role="alert">
          Type <strong>erase</strong> in the box to confirm.
        </p>
      ) : null}
      {notice.error === "stripe-choice" ? (
        <p className="notice" role="alert">
          Choose what happens at Stripe before erasing.
        </p>
      ) : null}
      <div className="panel-grid">
        <section className="panel" aria-labelledby="who-title">
          <h2 id="who-title">Details</h2>
          <dl className="facts">
            <dt>Email</dt>
            <dd>{profile.email ?? "Not kept"}</dd>
            <dt>Name</dt>
            <dd>{profile.name ?? "Not kept"}</dd>
            <dt>First gift</dt>
            <dd>{profile.firstGiftAt ? profile.firstGiftAt.toISOString().slice(0, 10) : "—"}</dd>
            <dt>Given in total</dt>
            <dd>{profile.given.length ? profile.given.map((g) => `${formatMoney(g.amount, g.currency)} (${g.gifts} ${g.gifts === 1 ? "gift" : "gifts"})`).join(" · ") : "Nothing yet"}</dd>
            <dt>Supporter id</dt>
            <dd>
              <code>{profile.id}</code>
            </dd>
            <dt>In Stripe</dt>
            <dd>
              {profile.customers.length === 0
                ? "No Stripe customer"
                : profile.customers.map((c) => (
                    <div key={c.id}>
                      <a href={c.stripeUrl} target="_blank" rel="noreferrer noopener">
                        {c.id}
                      </a>
                    </div>
                  ))}
            </dd>
          </dl>
        </section>
        <section className="panel" aria-labelledby="recurring-title">
          <h2 id="recurring-title">Recurring donations</h2>
          {profile.subscriptions.length === 0 ? (
            <p className="empty">None: this supporter gives one time at a time.</p>
          ) : (
            <table className="data">
              <thead>
                <tr>
                  <th>Amount</th>
                  <th>Status</th>
                  <th>Next payment</th>
                </tr>
              </thead>
              <tbody>
                {profile.subscriptions.map((s) => (
                  <tr key={s.id}>
                    <td>
                      {formatMoney(s.amount, s.currency)} {every[s.frequency]}
                    </td>
                    <td>
                      <StatusPill status={s.status} />
                      {s.lastFailureReason && s.status === "PAST_DUE" ? <div className="muted">{s.lastFailureReason}</div> : null}
                    </td>
                    <td>{s.currentPeriodEnd && s.status !== "CANCELED" ? s.currentPeriodEnd.toISOString().slice(0, 10) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
      <section className="panel" aria-labelledby="timeline-title">
        <h2 id="timeline-title">Timeline</h2>
        {profile.timeline.length === 0 ? (
          <p className="empty">Nothing has happened yet.</p>
        ) : (
          <ol className="timeline">
            {profile.timeline.map((entry) => (
              <li key={`${entry.kind}-${entry.id}`}>
                <time dateTime={entry.at.toISOString()}>{entry.at.toISOString().slice(0, 10)}</time>
                <span>{describe(entry)}</span>
                <span>{badge(entry)}</span>
                {entry.kind === "donation" && !profile.erased && profile.email && (entry.status === "SUCCEEDED" || entry.status === "PARTIALLY_REFUNDED") ? (
                  <form action={resend} className="inline-form">
                    <input type="hidden" name="supporterId" value={profile.id} />
                    <input type="hidden" name="donationId" value={entry.id} />
                    <button type="submit" className="secondary" aria-label={`Resend receipt for the gift of ${entry.at.toISOString().slice(0, 10)}`}>
                      Resend receipt
                    </button>
                  </form>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>
      <StatementLinks supporterId={profile.id} />
      {hasRole(staff, StaffRole.ADMIN) && !profile.erased ? (
        <section className="panel" aria-labelledby="privacy-title">
          <h2 id="privacy-title">Their data</h2>
          <p>
            <a href={`/api/dashboard/supporters/${profile.id}/export`}>Download everything we hold on this supporter (JSON)</a>. Both the download and an erasure are recorded in the audit log.
          </p>
          <form action={erase} className="erase-form">
            <input type="hidden" name="supporterId" value={profile.id} />
            <p>
              Erasing removes their email and name here, and what they wrote when cancelling, and deletes their reminders and manage links. Their gifts stay in the accounts without a name, and later payments from their
              Stripe customers are recorded the same way, never with a name or email. This cannot be undone.
            </p>
            <EraseChoices customers={profile.customers.length} recurring={profile.subscriptions.filter((s) => s.status !== "CANCELED" && s.status !== "INCOMPLETE_EXPIRED").length} />
            <label>
              Type <strong>erase</strong> to confirm <input name="confirm" autoComplete="off" required />
            </label>
            <button type="submit" className="danger">
              Erase this supporter
            </button>
          </form>
        </section>
      ) : null}
    </>
  );
}

function describe(entry: TimelineEntry): string {
  switch (entry.kind) {
    case "donation": {
      const refund = entry.amountRefunded > 0 ? `, ${formatMoney(entry.amountRefunded, entry.currency)} refunded` : "";
      const what = entry.frequency === "ONCE" ? "One-time gift" : entry.frequency === "MONTHLY" ? "Monthly gift" : "Annual gift";
      return `${what} of ${formatMoney(entry.amount, entry.currency)}${refund}${entry.failureReason ? `: ${entry.failureReason}` : ""}`;
    }
    case "subscription-change":
      return describeChange(entry);
    case "reminder":
      return `Asked for a reminder on ${entry.remindOn.toISOString().slice(0, 10)}`;
  }
}

type ChangeEntry = Extract<TimelineEntry, { kind: "subscription-change" }>;

function describeChange(entry: ChangeEntry): string {
  const gift = (charge: ChangeEntry["from"]) => (charge ? `${formatMoney(charge.amount, entry.currency)} ${every[charge.frequency]}` : "their recurring gift");
  switch (entry.change) {
    case "STARTED":
      return `Started giving ${gift(entry.to)}`;
    case "REACTIVATED":
      return `Came back, giving ${gift(entry.to)}`;
    case "AMOUNT_CHANGED":
    case "FREQUENCY_CHANGED":
      return `Changed from ${gift(entry.from)} to ${gift(entry.to)}`;
    case "PAUSED":
      return `Paused ${gift(entry.from)}${entry.resumesAt ? ` until ${entry.resumesAt.toISOString().slice(0, 10)}` : ""}`;
    case "RESUMED":
      return `Resumed ${gift(entry.from)}`;
    case "CANCEL_SCHEDULED":
      return `Asked to stop ${gift(entry.from)} at the end of the period (${feedbackLabel(entry.feedback).toLowerCase()})`;
    case "CANCEL_UNSCHEDULED":
      return `Kept ${gift(entry.from)} after all`;
    case "CANCELLED":
      return `Stopped giving ${gift(entry.from)}${entry.feedback ? ` (${feedbackLabel(entry.feedback).toLowerCase()})` : ""}`;
  }
}

function badge(entry: TimelineEntry) {
  if (entry.kind === "donation") return <StatusPill status={entry.status} />;
  if (entry.kind === "reminder") return <span className="pill">{entry.status.toLowerCase().replace(/_/g, " ")}</span>;
  return null;
}

const tone: Record<string, string> = {
  SUCCEEDED: "good",
  ACTIVE: "good",
  TRIALING: "good",
  PARTIALLY_REFUNDED: "warn",
  PAST_DUE: "warn",
  PENDING: "warn",
  INCOMPLETE: "warn",
  REFUNDED: "bad",
  DISPUTED: "bad",
  FAILED: "bad",
  UNPAID: "bad",
};

function StatusPill({ status }: { status: string }) {
  const label = status.charAt(0) + status.slice(1).toLowerCase().replace(/_/g, " ");
  return <span className={`pill ${tone[status] ?? ""}`}>{label}</span>;
}
