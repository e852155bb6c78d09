// One catalogue of messages per language (messages/<locale>.json, ICU MessageFormat). Typed by the
// English one, so a catalogue missing a key does not compile (and catalogues.test.ts says which).
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";
import type { Locale } from "./locales";

export type Messages = typeof en;

export const catalogues: Record<Locale, Messages> = { en, ru };
