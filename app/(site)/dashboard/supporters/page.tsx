// GET /dashboard/supporters: search, filter and page through supporters (staff). The search form
// posts (a server action, a plain form post without JavaScript): the term is kept server-side and
// the results URL carries only its handle (?search=), so no email or name reaches a URL.
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/auth/require-staff";
import { formatMoney } from "@/lib/money/format-money";
import { browseSupporters } from "@/lib/supporters/browse-supporters";
import { MAX_SEARCH_TERM } from "@/lib/supporters/read-supporter-search-form";
import { SUPPORTER_SEARCH_MINUTES } from "@/lib/supporters/save-supporter-search";
import { supporterFilters, type SupporterFilter } from "@/lib/supporters/search-supporters";
import { startSupporterSearch } from "@/lib/supporters/start-supporter-search";

export const dynamic = "force-dynamic";

const filterLabels: Record<SupporterFilter, string> = {
  all: "All supporters",
  "active-recurring": "Active recurring",
  lapsed: "Lapsed recurring",
  "one-time": "One-time only",
  "refunded-disputed": "Refunded or disputed",
};

// A term in the URL (?q=, as this page once took) is ignored: it is never searched or shown.
type Params = { search?: string; filter?: string; sort?: string; after?: string; error?: string };

async function search(form: FormData) {
  "use server";
  const staff = await requireStaff(undefined, "/dashboard/supporters");
  const started = await startSupporterSearch(staff.id, form);
  redirect(started ? `/dashboard/supporters?search=${started.handle}` : "/dashboard/supporters?error=term");
}

export default async function SupportersPage({ searchParams }: { searchParams: Promise<Params> }) {
  const staff = await requireStaff(undefined, "/dashboard/supporters");
  const params = await searchParams;
  const { ended, filter, sort, query, supporters, nextCursor, keep } = await browseSupporters(staff.id, params);

  return (
    <>
      <div className="dash-head">
        <div>
          <h1>Supporters</h1>
          <p className="muted">Search by exact email address, Stripe customer or subscription id (cus_…, sub_…), supporter id, or exact full name.</p>
        </div>
        <a className="button secondary" href={`/api/dashboard/exports/supporters?${keep}`}>
          Export CSV
        </a>
      </div>
      {ended ? (
        <p className="notice" role="status">
          This search has ended: a search lasts {SUPPORTER_SEARCH_MINUTES} minutes and opens only for whoever made it. Search again.
        </p>
      ) : null}
      {params.error === "term" ? (
        <p className="notice danger" role="alert">
          Search for an email address, a Stripe id, a supporter id or a full name (at most {MAX_SEARCH_TERM} characters).
        </p>
      ) : null}
      <form className="filters panel" action={search} role="search">
        <label>
          Search
          <input type="search" name="q" defaultValue={query ?? ""} placeholder="reader@example.org or cus_…" size={32} />
        </label>
        <label>
          Show
          <select name="filter" defaultValue={filter}>
            {supporterFilters.map((f) => (
              <option key={f} value={f}>
                {filterLabels[f]}
              </option>
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
          <p className="empty">{query ? "No supporter matches that search. Emails and names must match exactly." : "No supporters match these filters."}</p>
        ) : (
          <table className="data">
            <thead>
              <tr>
                <th>Supporter</th>
                <th>First gift</th>
                <th>Recurring</th>
                <th className="num">Gifts</th>
                <th className="num">Given</th>
              </tr>
            </thead>
            <tbody>
              {supporters.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link href={`/dashboard/supporters/${s.id}`}>{s.id.slice(-10)}</Link>
                  </td>
                  <td>{s.firstGiftAt ? s.firstGiftAt.toISOString().slice(0, 10) : "—"}</td>
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
