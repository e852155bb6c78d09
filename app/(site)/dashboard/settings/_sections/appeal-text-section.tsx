// Settings section: the appeal's heading and letter.
import type { AppealSettingsForm } from "@/lib/settings/get-appeal-settings-form";

export function AppealTextSection({ settings }: { settings: AppealSettingsForm }) {
  return (
    <section className="panel form-stack">
      <h2>Appeal text</h2>
      <label htmlFor="appealHeading">Heading</label>
      <input id="appealHeading" name="appealHeading" defaultValue={settings.appealHeading} maxLength={120} />
      <label htmlFor="appealText">Letter</label>
      <textarea id="appealText" name="appealText" defaultValue={settings.appealText} rows={5} maxLength={2000} />
    </section>
  );
}
