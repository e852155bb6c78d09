// Retention by month of first gift as a shaded table: darker cells kept more supporters.
// Shading is by class (ten steps), not inline styles, so a strict style CSP holds.
import type { RetentionCohort } from "@/lib/dashboard/get-retention-cohorts";

export function RetentionTable({ cohorts }: { cohorts: RetentionCohort[] }) {
  if (cohorts.length === 0) return <p className="empty">No first gifts in the last twelve months yet.</p>;
  const columns = Math.max(0, ...cohorts.map((c) => c.gaveAgain.length));
  const percentFormat = new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 0 });
  return (
    <table className="data retention">
      <caption className="table-caption">Share of each month&apos;s new supporters who gave again 1, 2, … months later (UTC months, any currency).</caption>
      <thead>
        <tr>
          <th scope="col">First gift</th>
          <th scope="col" className="num">
            Supporters
          </th>
          {Array.from({ length: columns }, (_, i) => (
            <th scope="col" key={i} className="num">
              +{i + 1}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {cohorts.map((cohort) => (
          <tr key={cohort.month}>
            <th scope="row">{monthLabel(cohort.month)}</th>
            <td className="num">{cohort.supporters.toLocaleString("en")}</td>
            {Array.from({ length: columns }, (_, i) => {
              const count = cohort.gaveAgain[i];
              if (count === undefined) return <td key={i} className="cell" />;
              const share = cohort.supporters === 0 ? 0 : count / cohort.supporters;
              return (
                <td key={i} className={`cell heat-${Math.min(9, Math.floor(share * 10))}`} title={`${count} of ${cohort.supporters}`}>
                  {percentFormat.format(share)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function monthLabel(month: string): string {
  return new Date(`${month}-01T00:00:00Z`).toLocaleDateString("en", { month: "short", year: "numeric", timeZone: "UTC" });
}
