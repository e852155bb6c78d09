// Monthly recurring revenue movements and churn per month, as a table (figures read better than
// bars when some are negative, and a table is what a screen reader walks best).
import type { MonthlyChurn } from "@/lib/dashboard/get-monthly-churn";
import type { MrrMovement } from "@/lib/dashboard/get-mrr-movements";
import { formatMoney } from "@/lib/money/format-money";

const percent = new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 1 });

export function MrrMovementsTable({ movements, churn, currency }: { movements: MrrMovement[]; churn: MonthlyChurn[]; currency: string }) {
  const quiet = movements.every((m) => m.new + m.reactivated + m.expansion + m.contraction + m.churned === 0) && churn.every((c) => c.runningAtStart === 0);
  if (quiet) return <p className="empty">No recurring donation in {currency.toUpperCase()} started, changed or ended in the last twelve months.</p>;
  const money = (minor: number) => formatMoney(minor, currency);
  const churnOf = new Map(churn.map((c) => [c.month, c]));
  return (
    <table className="data">
      <caption className="table-caption">
        Change in monthly recurring revenue per month (UTC), {currency.toUpperCase()}: annual gifts count a twelfth. Churn is the recurring donations that ended in the month, of those running at its start.
      </caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          <th scope="col" className="num">
            New
          </th>
          <th scope="col" className="num">
            Reactivated
          </th>
          <th scope="col" className="num">
            Expansion
          </th>
          <th scope="col" className="num">
            Contraction
          </th>
          <th scope="col" className="num">
            Churned
          </th>
          <th scope="col" className="num">
            Net
          </th>
          <th scope="col" className="num">
            Churn
          </th>
        </tr>
      </thead>
      <tbody>
        {movements.map((m) => {
          const c = churnOf.get(m.month);
          return (
            <tr key={m.month}>
              <th scope="row">{monthLabel(m.month)}</th>
              <td className="num">{money(m.new)}</td>
              <td className="num">{money(m.reactivated)}</td>
              <td className="num">{money(m.expansion)}</td>
              <td className="num">{m.contraction ? `−${money(m.contraction)}` : money(0)}</td>
              <td className="num">{m.churned ? `−${money(m.churned)}` : money(0)}</td>
              <td className="num">{m.net < 0 ? `−${money(-m.net)}` : `+${money(m.net)}`}</td>
              <td className="num" title={c ? `${c.cancelled} of ${c.runningAtStart} ended` : undefined}>
                {c?.rate == null ? "—" : `${percent.format(c.rate)} (${c.cancelled} of ${c.runningAtStart})`}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function monthLabel(month: string): string {
  return new Date(`${month}-01T00:00:00Z`).toLocaleDateString("en", { month: "short", year: "numeric", timeZone: "UTC" });
}
