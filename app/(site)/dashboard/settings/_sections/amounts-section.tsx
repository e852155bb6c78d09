// Settings section: the preset amounts and bounds per currency, adding and removing a currency.
import type { AppealSettingsForm } from "@/lib/settings/get-appeal-settings-form";

export function AmountsSection({ settings }: { settings: AppealSettingsForm }) {
  return (
    <section className="panel">
      <h2>Amounts</h2>
      <table className="data">
        <thead>
          <tr>
            <th>Currency</th>
            <th>Once</th>
            <th>Monthly</th>
            <th>Annual</th>
            <th>Minimum</th>
            <th>Maximum</th>
            <th>
              Fee cover <span className="muted">% + fixed</span>
            </th>
            <th>Remove</th>
          </tr>
        </thead>
        <tbody>
          {settings.currencies.map((c) => (
            <tr key={c.code}>
              <td>
                <input type="hidden" name="currency" value={c.code} />
                <strong>{c.code.toUpperCase()}</strong>
              </td>
              <td>
                <input name={`once.${c.code}`} defaultValue={c.once} aria-label={`${c.code} one-time amounts`} size={16} />
              </td>
              <td>
                <input name={`monthly.${c.code}`} defaultValue={c.monthly} aria-label={`${c.code} monthly amounts`} size={14} />
              </td>
              <td>
                <input name={`annual.${c.code}`} defaultValue={c.annual} aria-label={`${c.code} annual amounts`} size={14} />
              </td>
              <td>
                <input name={`minimum.${c.code}`} defaultValue={c.minimum} aria-label={`${c.code} minimum`} size={6} />
              </td>
              <td>
                <input name={`maximum.${c.code}`} defaultValue={c.maximum} aria-label={`${c.code} maximum`} size={8} />
              </td>
              <td>
                <input name={`feePercent.${c.code}`} defaultValue={c.feePercent} aria-label={`${c.code} fee cover percentage`} size={4} /> % +{" "}
                <input name={`feeFixed.${c.code}`} defaultValue={c.feeFixed} aria-label={`${c.code} fee cover fixed part`} size={5} />
              </td>
              <td>
                <input type="checkbox" name={`remove.${c.code}`} aria-label={`Remove ${c.code}`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">Fee cover: the appeal offers readers to add this much to cover payment fees (a percentage of the gift plus a fixed part). Leave both empty to not offer it for a currency.</p>
      <p className="filters">
        <label>
          Add a currency (copies the first row) <input name="addCurrency" placeholder="chf" size={5} maxLength={3} />
        </label>
      </p>
    </section>
  );
}
