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
                <input type="checkbox" name={`remove.${c.code}`} aria-label={`Remove ${c.code}`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="filters">
        <label>
          Add a currency (copies the first row) <input name="addCurrency" placeholder="chf" size={5} maxLength={3} />
        </label>
      </p>
    </section>
  );
}
