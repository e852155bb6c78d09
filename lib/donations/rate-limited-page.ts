// The small page a form post gets with its 429: the reason and the way back, in the reader's language.
import { readerTranslator } from "@/lib/i18n/reader-translator";
import type { Locale } from "@/lib/i18n/locales";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function rateLimitedPage(backUrl: string, locale: Locale): string {
  const t = readerTranslator(locale);
  const title = escapeHtml(t("refusals.waitTitle"));
  return `<!doctype html><html lang="${locale}"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title><main style="font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem"><h1>${title}</h1><p>${escapeHtml(t("refusals.rate_limited"))}</p><p><a href="${escapeHtml(backUrl)}">${escapeHtml(t("refusals.backToAppeal"))}</a></p></main></html>`;
}
