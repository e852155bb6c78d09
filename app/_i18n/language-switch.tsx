// The language switch on every reader page: plain links (no JavaScript needed) to GET /language,
// which keeps the choice in a cookie and sends the reader back to the page they were on. Each
// language is named in itself, so a reader finds theirs whatever the page is in.
import { catalogues } from "@/lib/i18n/catalogues";
import { locales, type Locale } from "@/lib/i18n/locales";
import "./language-switch.css";

export function LanguageSwitch({ locale, back }: { locale: Locale; back: string }) {
  return (
    <nav className="language-switch" aria-label={catalogues[locale].language.switchLabel}>
      <ul>
        {locales.map((option) => (
          <li key={option} lang={option}>
            {option === locale ? (
              <span aria-current="true">{catalogues[option].language.name}</span>
            ) : (
              <a href={`/language?${new URLSearchParams({ lang: option, back })}`} hrefLang={option}>
                {catalogues[option].language.name}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
