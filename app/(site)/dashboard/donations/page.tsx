// GET /dashboard/donations: every payment, filtered by currency, frequency and status, and apart
// the bank debits still settling (staff).
import Link from "next/link";
import { requireStaff } from "@/lib/auth/require-staff";
import { DonationStatus, Frequency } from "@/lib/db/generated/enums";
import { browseDonations } from "@/lib/dashboard/browse-donations";
import { formatMoney } from "@/lib/money/format-money";

export const dynamic = "force-dynamic";

type Params = { currency?: string; frequency?: string; status?: string; after?: string };

const label = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, " ");

export default async function DonationsPage({ searchParams }: { searchParams: Promise<Params> }) {
  await requireStaff(undefined, "/dashboard/donations");
  const { filters, currencies, donations, nextCursor, pending } = await browseDonations(await searchParams);
  const keep = new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => Boolean(e[1])));

  return (
    <>
      <div className="dash-head">
        <div>
          <h1>Donations</h1>
          <p className="muted">Every payment, newest first. Amounts are what the reader paid; refunds are shown beside them. Bank debits still settling are listed apart first.</p>
        </div>
        <a className="button secondary" href={`/api/dashboard/exports/donations?${keep}`}>
          Export CSV
        </a>
      </div>
      <form className="filters panel" method="get">
        <label>
          Currency
          <select name="currency" defaultValue={filters.currency ?? ""}>
            <option value="">All</option>
            {currencies.map((c) => (
              <option key={c} value={c}>
                {c.toUpperCase()}
              </option>
            ))}
          </select>
        </label>
        <label>
          Frequency
          <select name="frequency" defaultValue={filters.frequency ?? ""}>
            <option value="">All</option>
            {Object.values(Frequency).map((f) => (
              <option key={f} value={f}>
                {label(f)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select name="status" defaultValue={filters.status ?? ""}>
            <option value="">All</option>
            {Object.values(DonationStatus).map((s) => (
              <option key={s} value={s}>
                {label(s)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Filter</button>
      </form>
      <section className="panel" aria-labelledby="pending-title">
        <h2 id="pending-title">Pending at the bank ({pending.total.toLocaleString("en")})</h2>
        {pending.donations.length === 0 ? (
          <p className="empty">No bank debit is waiting to settle.</p>
        ) : (
          <table className="data">
            <thead>
              <tr>
                <th>Confirmed</th>
                <th className="num">Amount</th>
                <th>Frequency</th>
                <th>Supporter</th>
              </tr>
            </thead>
            <tbody>
              {pending.donations.map((d) => (
                <tr key={d.id}>
                  <td>{d.createdAt.toISOString().slice(0, 16).replace("T", " ")}</td>
                  <td className="num">{formatMoney(d.amount, d.currency)}</td>
                  <td>{label(d.frequency)}</td>
                  <td>{d.supporterId ? <Link href={`/dashboard/supporters/${d.supporterId}`}>{d.supporterId.slice(-10)}</Link> : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="panel">
        {donations.length === 0 ? (
          <p className="empty">No donations match these filters.</p>
        ) : (
          <table className="data">
            <thead>
              <tr>
                <th>Paid</th>
                <th className="num">Amount</th>
                <th>Frequency</th>
                <th>Status</th>
                <th className="num">Refunded</th>
                <th>Supporter</th>
              </tr>
            </thead>
            <tbody>
              {donations.map((d) => (
                <tr key={d.id}>
                  <td>{d.paidAt.toISOString().slice(0, 16).replace("T", " ")}</td>
                  <td className="num">{formatMoney(d.amount, d.currency)}</td>
                  <td>{label(d.frequency)}</td>
                  <td>{label(d.status)}</td>
                  <td className="num">{d.amountRefunded ? formatMoney(d.amountRefunded, d.currency) : "—"}</td>
                  <td>{d.supporterId ? <Link href={`/dashboard/supporters/${d.supporterId}`}>{d.supporterId.slice(-10)}</Link> : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <nav className="pager" aria-label="Pages">
          <Link href={`/dashboard/donations?${keep}`}>First page</Link>
          {nextCursor ? <Link href={`/dashboard/donations?${keep}${keep.size ? "&" : ""}after=${nextCursor}`}>Next page</Link> : <span />}
        </nav>
      </section>
    </>
  );
}
