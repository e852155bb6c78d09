// GET /dashboard/settings: the appeal's amounts, bounds, default frequency, snooze and words (admins).
import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/auth/require-staff";
import { getPrisma } from "@/lib/db/prisma";
import { StaffRole } from "@/lib/db/generated/enums";
import { minorToDecimal } from "@/lib/money/minor-to-decimal";
import { getAppealSettings } from "@/lib/settings/get-appeal-settings";
import { readAppealSettingsForm } from "@/lib/settings/read-appeal-settings-form";
import { updateAppealSettings } from "@/lib/settings/update-appeal-settings";
import { DiscretionSettings } from "./discretion-settings";

export const dynamic = "force-dynamic";

async function saveSettings(form: FormData) {
  "use server";
  const staff = await requireStaff(StaffRole.ADMIN, "/dashboard/settings");
  const result = await updateAppealSettings(getPrisma(), readAppealSettingsForm(form), staff.id);
  redirect(result.ok ? "/dashboard/settings?saved=1" : `/dashboard/settings?error=${encodeURIComponent(result.errors.join("; "))}`);
}

export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ saved?: string; error?: string }> }) {
  await requireStaff(StaffRole.ADMIN, "/dashboard/settings");
  const [settings, params] = await Promise.all([getAppealSettings(getPrisma()), searchParams]);
  const list = (values: number[], currency: string) => values.map((v) => minorToDecimal(v, currency)).join(", ");
  return (
    <>
      <div className="dash-head">
        <div>
          <h1>Appeal settings</h1>
          <p className="muted">What readers are offered on the appeal. Changes apply at once, without a redeploy. Amounts are in each currency&apos;s usual units.</p>
        </div>
      </div>
      {params.saved ? (
        <p className="notice" role="status">
          Saved. The appeal uses the new settings now.
        </p>
      ) : null}
      {params.error ? (
        <p className="notice danger" role="alert">
          Not saved: {params.error}. Correct it and save again.
        </p>
      ) : null}
      <form action={saveSettings}>
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
              {Object.entries(settings.currencies).map(([code, c]) => (
                <tr key={code}>
                  <td>
                    <input type="hidden" name="currency" value={code} />
                    <strong>{code.toUpperCase()}</strong>
                  </td>
                  <td>
                    <input name={`once.${code}`} defaultValue={list(c.once, code)} aria-label={`${code} one-time amounts`} size={16} />
                  </td>
                  <td>
                    <input name={`monthly.${code}`} defaultValue={list(c.monthly, code)} aria-label={`${code} monthly amounts`} size={14} />
                  </td>
                  <td>
                    <input name={`annual.${code}`} defaultValue={list(c.annual, code)} aria-label={`${code} annual amounts`} size={14} />
                  </td>
                  <td>
                    <input name={`minimum.${code}`} defaultValue={minorToDecimal(c.minimum, code)} aria-label={`${code} minimum`} size={6} />
                  </td>
                  <td>
                    <input name={`maximum.${code}`} defaultValue={minorToDecimal(c.maximum, code)} aria-label={`${code} maximum`} size={8} />
                  </td>
                  <td>
                    <input type="checkbox" name={`remove.${code}`} aria-label={`Remove ${code}`} />
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
        <section className="panel filters">
          <label>
            Default currency
            <select name="defaultCurrency" defaultValue={settings.defaultCurrency}>
              {Object.keys(settings.currencies).map((code) => (
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
        <section className="panel form-stack">
          <h2>Appeal text</h2>
          <label htmlFor="appealHeading">Heading</label>
          <input id="appealHeading" name="appealHeading" defaultValue={settings.appealHeading} maxLength={120} />
          <label htmlFor="appealText">Letter</label>
          <textarea id="appealText" name="appealText" defaultValue={settings.appealText} rows={5} maxLength={2000} />
        </section>
        <button type="submit">Save settings</button>
      </form>
      <DiscretionSettings />
    </>
  );
}
