// The appeal's own words in one language: the heading, the letter and the "Your safety" note.
// Staff's saved words when there are any (Settings), else the catalogue's (messages/<locale>.json).
// A language staff have not translated the heading and letter into shows the English ones, marked
// lang="en" on the page. The saved letter is one text; a blank line starts a new paragraph.
import "server-only";
import { catalogues } from "@/lib/i18n/catalogues";
import type { Locale } from "@/lib/i18n/locales";
import type { AppealSettings } from "@/lib/settings/appeal-settings-schema";
import { loadStoredAppealSettings } from "@/lib/settings/load-stored-appeal-settings";

export type AppealCopy = { headline: string; letter: readonly string[]; letterLocale: Locale; safetyNote: string };

export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

export function appealCopyFor(stored: AppealSettings | null, locale: Locale): AppealCopy {
  const own = catalogues[locale].appeal;
  if (!stored) return { headline: own.defaultHeadline, letter: splitParagraphs(own.defaultLetter), letterLocale: locale, safetyNote: own.defaultSafetyNote };
  const translation = locale === "en" ? { heading: stored.appealHeading, letter: stored.appealText, safetyNote: stored.safetyNote } : stored.appealTranslations[locale];
  const translated = Boolean(translation?.heading && translation.letter);
  return {
    headline: translated ? translation!.heading : stored.appealHeading,
    letter: splitParagraphs(translated ? translation!.letter : stored.appealText),
    letterLocale: translated ? locale : "en",
    safetyNote: translation?.safetyNote || own.defaultSafetyNote,
  };
}

export async function loadAppealCopy(locale: Locale): Promise<AppealCopy> {
  return appealCopyFor(await loadStoredAppealSettings(), locale);
}
