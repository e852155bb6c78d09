// GET /dashboard/sources: which placements, copy variants and articles bring support (staff: viewers
// and admins). Aggregates only: counters per day, placement, variant and article, never readers.
import { requireStaff } from "@/lib/auth/require-staff";
import type { VariantVerdict } from "@/lib/dashboard/compare-variants";
import { periodKeys, periodLabels } from "@/lib/dashboard/dashboard-period";
import type { PlacementSources, SourceFigures } from "@/lib/dashboard/get-appeal-sources";
import { getSourcesReport } from "@/lib/dashboard/get-sources-report";
import { formatMoney } from "@/lib/money/format-money";

export const dynamic = "force-dynamic";

const placementNames: Record<string, string> = { footer: "Footer appeal", banner: "Banner" };
const verdictText: Record<VariantVerdict, string> = { baseline: "Baseline", better: "Better than a", worse: "Worse than a", "not yet clear": "Not yet clear" };

const percentFormat = new Intl.NumberFormat("en", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
const percent = (part: number, whole: number) => (whole === 0 ? "—" : percentFormat.format(part / whole));
const count = (n: number) => n.toLocaleString("en");
const raised = (byCurrency: Record<string, number>) => {
  const entries = Object.entries(byCurrency).sort(([a], [b]) => a.localeCompare(b));
  return entries.length === 0 ? "—" : entries.map(([currency, minor]) => formatMoney(minor, currency)).join(" · ");
};

function FigureCells({ figures }: { figures: SourceFigures }) {
  return (
    <>
      <td className="num">{count(figures.views)}</td>
      <td className="num">{count(figures.clicks)}</td>
      <td className="num">{count(figures.gifts)}</td>
      <td className="num">{raised(figures.raised)}</td>
      <td className="num">{count(figures.reminderSignUps)}</td>
      <td className="num">{percent(figures.gifts, figures.views)}</td>
      <td className="num">{percent(figures.clicks, figures.views)}</td>
    </>
  );
}

const figureHeadings = ["Views", "Continue clicks", "Gifts", "Raised", "Reminder sign-ups", "Gifts per view", "Clicks per view"];

function PlacementReport({ report }: { report: PlacementSources }) {
  const name = placementNames[report.placement] ?? report.placement;
  const id = `placement-${report.placement}`;
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{name}</h2>
      <table className="data">
        <caption className="table-caption">
          Copy variants. The interval is where each variant&apos;s gifts per view lie with 95% confidence; a difference from variant a counts once the intervals no longer overlap.
        </caption>
        <thead>
          <tr>
            <th scope="col">Variant</th>
            {figureHeadings.map((heading) => (
              <th key={heading} scope="col" className="num">
                {heading}
              </th>
            ))}
            <th scope="col">95% interval</th>
            <th scope="col">Against a</th>
          </tr>
        </thead>
        <tbody>
          {report.variants.map((variant) => (
            <tr key={variant.variant}>
              <th scope="row">{variant.variant}</th>
              <FigureCells figures={variant} />
              <td>{variant.comparison.interval ? `${percentFormat.format(variant.comparison.interval.low)} – ${percentFormat.format(variant.comparison.interval.high)}` : "—"}</td>
              <td>
                {verdictText[variant.comparison.verdict]}
                {variant.comparison.z === null ? null : <span className="muted"> (z = {variant.comparison.z.toFixed(2)})</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="data">
        <caption className="table-caption">Articles (path only), most viewed first.</caption>
        <thead>
          <tr>
            <th scope="col">Article</th>
            <th scope="col">Variant</th>
            {figureHeadings.map((heading) => (
              <th key={heading} scope="col" className="num">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.articles.map((article) => (
            <tr key={`${article.variant} ${article.articlePath}`}>
              <th scope="row">{article.articlePath || "(unknown article)"}</th>
              <td>{article.variant}</td>
              <FigureCells figures={article} />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export default async function SourcesPage({ searchParams }: { searchParams: Promise<{ period?: string }> }) {
  await requireStaff();
  const { period, placements } = await getSourcesReport(await searchParams);
  return (
    <>
      <div className="dash-head">
        <div>
          <h1>Sources</h1>
          <p className="muted">
            {periodLabels[period.key]}: where the embedded appeal was shown and what it brought. Days are UTC. Gifts are first gifts, net of refunds; views and clicks are counted as totals, never per reader.
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
          <button type="submit">Show</button>
        </form>
      </div>
      {placements.length === 0 ? <p className="empty">No embedded appeal was shown or led to a gift in this period.</p> : placements.map((report) => <PlacementReport key={report.placement} report={report} />)}
    </>
  );
}
