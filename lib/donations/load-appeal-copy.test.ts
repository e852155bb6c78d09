import { catalogues } from "@/lib/i18n/catalogues";
import { appealCopyFor, splitParagraphs } from "./load-appeal-copy";

describe("splitting a saved appeal letter into paragraphs", () => {
  it("starts a paragraph at each blank line and keeps single line breaks inside one", () => {
    expect(splitParagraphs("First line\nstill first.\n\n  Second.  \r\n\r\nThird.\n\n\n")).toEqual(["First line\nstill first.", "Second.", "Third."]);
  });
});

describe("the appeal's words in a language", () => {
  const stored = {
    currencies: {},
    defaultCurrency: "usd",
    defaultFrequency: "monthly" as const,
    snoozeDays: 7,
    appealHeading: "Our heading",
    appealText: "One.\n\nTwo.",
    appealTranslations: {},
    safetyNote: "",
    discreetEmail: true,
  };

  it("are the catalogue's before staff save any", () => {
    expect(appealCopyFor(null, "ru")).toMatchObject({ headline: catalogues.ru.appeal.defaultHeadline, letterLocale: "ru", safetyNote: catalogues.ru.appeal.defaultSafetyNote });
  });

  it("fall back to staff's English heading and letter, marked English, when they have not translated them", () => {
    expect(appealCopyFor(stored, "ru")).toEqual({ headline: "Our heading", letter: ["One.", "Two."], letterLocale: "en", safetyNote: catalogues.ru.appeal.defaultSafetyNote });
  });

  it("use staff's translation once both heading and letter are there", () => {
    const translated = { ...stored, appealTranslations: { ru: { heading: "Наш заголовок", letter: "Раз.", safetyNote: "Осторожно." } } };
    expect(appealCopyFor(translated, "ru")).toEqual({ headline: "Наш заголовок", letter: ["Раз."], letterLocale: "ru", safetyNote: "Осторожно." });
    expect(appealCopyFor(translated, "en")).toMatchObject({ headline: "Our heading", letterLocale: "en" });
  });
});
