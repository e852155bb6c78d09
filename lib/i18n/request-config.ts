// next-intl's request configuration, without i18n routing: the locale is the one proxy.ts resolved
// (lib/i18n/resolve-locale.ts) and handed on in next-intl's request header, or the one a cached
// page set with setRequestLocale (the appeal's /appeal/[currency]/[lang]). Nothing here reads
// cookies, so a page that sets its locale stays static.
import { getRequestConfig } from "next-intl/server";
import { catalogues } from "./catalogues";
import { defaultLocale, isLocale } from "./locales";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : defaultLocale;
  return { locale, messages: catalogues[locale], timeZone: "UTC" };
});
