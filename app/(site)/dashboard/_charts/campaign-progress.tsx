// The overview's campaign panel: how far the campaign has come, and its progress day by day as a
// chart and, for screen readers and exact figures, a table.
import type { CampaignProgress } from "@/lib/campaign/get-campaign-progress";
import { formatMoney } from "@/lib/money/format-money";
import { StackedBarChart } from "./stacked-bar-chart";

const dayLabel = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString("en", { day: "numeric", month: "short", timeZone: "UTC" });

export function CampaignProgressPanel({ progress }: { progress: CampaignProgress }) {
  const { campaign, reached, days } = progress;
  const money = campaign.goalKind === "money";
  const figure = (value: number) => (money ? formatMoney(value, campaign.currency) : value.toLocaleString("en"));
  const axis = (value: number) => (money ? formatMoney(value, campaign.currency, { compact: true }) : value.toLocaleString("en"));
  const share = new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 1 }).format(reached / campaign.goal);
  const what = money ? `raised in ${campaign.currency.toUpperCase()} as Stripe settled it` : "new supporters";
  return (
    <section className="panel" aria-labelledby="campaign-title">
      <h2 id="campaign-title">
        Campaign, {dayLabel(campaign.startsOn)} to {dayLabel(campaign.endsOn)}
      </h2>
      <p>
        <meter className="campaign-meter" min={0} max={campaign.goal} value={Math.min(reached, campaign.goal)} aria-label="Campaign progress" /> {figure(reached)} of {figure(campaign.goal)} {what} ({share}).
      </p>
      <StackedBarChart
        caption={`Campaign progress per day, ${what}`}
        emptyText="Nothing counted towards the campaign yet."
        formatValue={axis}
        series={[{ key: "reached", label: money ? "Raised" : "New supporters", color: "#0b5cad" }]}
        bars={days.map((d) => ({ label: dayLabel(d.day), title: `${dayLabel(d.day)}: ${figure(d.reached)}, ${figure(d.cumulative)} so far`, values: { reached: d.reached } }))}
      />
      {days.length > 0 ? (
        <details>
          <summary>Day by day</summary>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Day (UTC)</th>
                <th scope="col">That day</th>
                <th scope="col">So far</th>
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr key={d.day}>
                  <td>{d.day}</td>
                  <td>{figure(d.reached)}</td>
                  <td>{figure(d.cumulative)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </section>
  );
}
