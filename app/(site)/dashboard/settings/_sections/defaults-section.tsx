// Settings section: what the appeal starts on (currency, frequency) and how long a snooze lasts.
import type { AppealSettingsForm } from "@/lib/settings/get-appeal-settings-form";

export function DefaultsSection({ settings }: { settings: AppealSettingsForm }) {
  return (
    <section className="panel filters">
      <label>
        Default currency
        <select name="defaultCurrency" defaultValue={settings.defaultCurrency}>
          {settings.currencies.map(({ code }) => (
            <option key={code} value={code}>
              {code.toUpperCase()}
            </option>
          ))}
        </select>
      </label>
      <label>
        Default frequency
        <select name="defaultFrequency" defaultValue={settings.defaultFrequency}>
          <option value="once">Once</option>
          <option value="monthly">Monthly</option>
          <option value="annual">Annual</option>
        </select>
      </label>
      <label>
        Snooze the appeal for (days)
        <input name="snoozeDays" type="number" min={1} max={90} defaultValue={settings.snoozeDays} />
      </label>
    </section>
  );
}
