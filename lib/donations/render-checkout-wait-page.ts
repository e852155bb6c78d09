// The page a browser's checkout form post gets when its client has spent the checkout budget: a
// 429 in plain words with the way back to the appeal, not a silent redirect, in the reader's language.
import { escapeHtml } from "@/lib/http/escape-html";
import type { Locale } from "@/lib/i18n/locales";
import { readerTranslator } from "@/lib/i18n/reader-translator";

export function renderCheckoutWaitPage(backToAppealUrl: string, locale: Locale): Response {
  const t = readerTranslator(locale);
  const title = escapeHtml(t("refusals.waitTitle"));
  const html = `<!doctype html><html lang="${locale}"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title><main style="font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem"><h1>${title}</h1><p>${escapeHtml(t("refusals.rate_limited"))}</p><p><a href="${escapeHtml(backToAppealUrl)}">${escapeHtml(t("refusals.backToAppeal"))}</a></p></main></html>`;
  return new Response(html, { status: 429, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}
