// Settings: the appeal's heading, letter and "Your safety" note in each language other than
// English. An empty heading or letter means the English ones show (lib/donations/load-appeal-copy.ts),
// and the page says so.
import { translatedLocales } from "@/lib/i18n/locales";
import type { AppealSettings } from "@/lib/settings/appeal-settings-schema";

const languageName = (locale: string) => new Intl.DisplayNames("en", { type: "language" }).of(locale) ?? locale;

export function AppealTranslationsSettings({ settings }: { settings: Pick<AppealSettings, "appealTranslations" | "safetyNote"> }) {
  return (
    <section className="panel form-stack">
      <h2>The appeal in other languages</h2>
      <label htmlFor="safetyNote">“Your safety” note (English)</label>
      <textarea id="safetyNote" name="safetyNote" defaultValue={settings.safetyNote} rows={3} maxLength={600} />
      <p className="muted">What a bank statement and an inbox will show, and how to ask for erasure. Empty: the built-in note.</p>
      {translatedLocales.map((locale) => {
        const translation = settings.appealTranslations[locale];
        const name = languageName(locale);
        const missing = !translation?.heading || !translation.letter;
        return (
          <fieldset key={locale} lang={locale}>
            <legend lang="en">{name}</legend>
            {missing ? (
              <p className="notice" role="status" lang="en">
                No {name} heading and letter yet: {name} readers see the English ones until both are filled in.
              </p>
            ) : null}
            <label htmlFor={`translation.${locale}.heading`} lang="en">
              Heading ({name})
            </label>
            <input id={`translation.${locale}.heading`} name={`translation.${locale}.heading`} defaultValue={translation?.heading ?? ""} maxLength={120} />
            <label htmlFor={`translation.${locale}.letter`} lang="en">
              Letter ({name})
            </label>
            <textarea id={`translation.${locale}.letter`} name={`translation.${locale}.letter`} defaultValue={translation?.letter ?? ""} rows={5} maxLength={2000} />
            <label htmlFor={`translation.${locale}.safetyNote`} lang="en">
              “Your safety” note ({name}; empty: the built-in note)
            </label>
            <textarea id={`translation.${locale}.safetyNote`} name={`translation.${locale}.safetyNote`} defaultValue={translation?.safetyNote ?? ""} rows={3} maxLength={600} />
          </fieldset>
        );
      })}
    </section>
  );
}
