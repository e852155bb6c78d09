// The messages the appeal's client components use, and only those: they travel in the page's
// payload, so the rest of the catalogue (emails, the default letter staff can replace) stays on
// the server. The appeal is the busiest page; its bytes are its throughput.
import "server-only";
import { catalogues } from "./catalogues";
import type { Locale } from "./locales";

export function appealClientMessages(locale: Locale) {
  const { appeal, appealForm, checkoutErrors } = catalogues[locale];
  const { defaultHeadline: _headline, defaultLetter: _letter, defaultSafetyNote: _note, ...pageWords } = appeal;
  return { appeal: pageWords, appealForm, checkoutErrors };
}
