// GET /dashboard/supporters: search, filter and page through supporters (staff).
import Link from "next/link";
import { requireStaff } from "@/lib/auth/require-staff";
import { getPgPool } from "@/lib/db/pg-pool";
import { getPrisma } from "@/lib/db/prisma";
import { formatMoney } from "@/lib/money/format-money";
import { searchSupporters, supporterFilters, type SupporterFilter } from "@/lib/supporters/search-supporters";

export const dynamic = "force-dynamic";

const filterLabels: Record<SupporterFilter, string> = {
  all: "All supporters",
  "active-recurring": "Active recurring",
  lapsed: "Lapsed recurring",
  "one-time": "One-time only",
  "refunded-disputed": "Refunded or disputed",
};

type Params = { q?: string; filter?: string; sort?: string; after?: string };

export default async function SupportersPage({ searchParams }: { searchParams: Promise<Params> }) {
  await requireStaff(undefined, "/dashboard/supporters");
  const params = await searchParams;
  const filter = supporterFilters.find((f) => f === params.filter) ?? "all";
  const sort = params.sort === "oldest" ? "oldest" : "newest";
  const { supporters, nextCursor } = await searchSupporters(getPrisma(), getPgPool(), { query: params.q, filter, sort, cursor: params.after });
  const keep = new URLSearchParams({ ...(params.q ? { q: params.q } : {}), filter, sort });
  const exportQuery = new URLSearchParams({ filter, sort, ...(params.q ? { q: params.q } : {}) });

  return (
    <>
      <div className="dash-head">
        <div>
          <h1>Supporters</h1>
          <p className="muted">Search by exact email address, Stripe customer or subscription id (cus_…, sub_…), supporter id, or exact full name.</p>
        </div>
        <a className="button secondary" href={`/api/dashboard/exports/supporters?${exportQuery}`}>Export CSV</a>
      </div>
      <form className="filters panel" method="get" role="search">
        <label>
          Search
          <input type="search" name="q" defaultValue={params.q ?? ""} placeholder="reader@example.org or cus_…" size={32} />
        </label>
        <label>
          Show
          <select name="filter" defaultValue={filter}>
            {supporterFilters.map((f) => (
              <option key={f} value={f}>{filterLabels[f]}</option>
            ))}
          </select>
        </label>
        <label>
          Order
          <select name="sort" defaultValue={sort}>
            <option value="newest">Newest first</option>
            <option value="oldest">Oldest first</option>
          </select>
        </label>
        <button type="submit">Search</button>
      </form>
      <section className="panel">
        {supporters.length === 0 ? (
          <p className="empty">{params.q ? "No supporter matches that search. Emails and names must match exactly." : "No supporters match these filters."}</p>
        ) : (
          <table className="data">
            <thead>
              <tr><th>Supporter</th><th>First gift</th><th>Country</th><th>Recurring</th><th className="num">Gifts</th><th className="num">Given</th></tr>
            </thead>
            <tbody>
              {supporters.map((s) => (
                <tr key={s.id}>
                  <td><Link href={`/dashboard/supporters/${s.id}`}>{s.id.slice(-10)}</Link></td>
                  <td>{s.firstGiftAt ? s.firstGiftAt.toISOString().slice(0, 10) : "—"}</td>
                  <td>{s.country ?? "—"}</td>
                  <td>{s.recurring === "active" ? <span className="pill good">Active</span> : s.recurring === "lapsed" ? <span className="pill warn">Lapsed</span> : <span className="pill">One-time</span>}</td>
                  <td className="num">{s.gifts}</td>
                  <td className="num">{s.given.length ? s.given.map((g) => formatMoney(g.amount, g.currency)).join(" · ") : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <nav className="pager" aria-label="Pages">
          <Link href={`/dashboard/supporters?${keep}`}>First page</Link>
          {nextCursor ? <Link href={`/dashboard/supporters?${keep}&after=${nextCursor}`}>Next page</Link> : <span />}
        </nav>
      </section>
    </>
  );
}
