// The appeal's words: appeal-copy.ts, with the heading and letter staff saved in the settings
// when there are any. The saved letter is one text; a blank line starts a new paragraph.
import "server-only";
import { loadStoredAppealSettings } from "@/lib/settings/load-stored-appeal-settings";
import { appealCopy } from "./appeal-copy";

export type AppealCopy = Omit<typeof appealCopy, "headline" | "letter"> & { headline: string; letter: readonly string[] };

export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

export async function loadAppealCopy(): Promise<AppealCopy> {
  const stored = await loadStoredAppealSettings();
  if (!stored) return appealCopy;
  return { ...appealCopy, headline: stored.appealHeading, letter: splitParagraphs(stored.appealText) };
}
