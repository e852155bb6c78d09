// The newsletter's consent checkbox, never pre-ticked, with the words its version is taken from
// (lib/newsletter/consent-wording.ts). Used in the newsletter form and inside the reminder form.
import type { Locale } from "@/lib/i18n/locales";
import { readerTranslator } from "@/lib/i18n/reader-translator";
import styles from "../remind/remind.module.css";

export function NewsletterConsentBox({ id, name, locale }: { id: string; name: string; locale: Locale }) {
  const t = readerTranslator(locale);
  return (
    <div className={styles.field}>
      <div className={styles.choice}>
        <input type="checkbox" id={id} name={name} aria-describedby={`${id}-note`} />
        <label htmlFor={id}>{t("newsletter.consentLabel")}</label>
      </div>
      <p className={styles.note} id={`${id}-note`}>
        {t("newsletter.consentNote")}
      </p>
    </div>
  );
}
