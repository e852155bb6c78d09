import { catalogues } from "./catalogues";
import { locales } from "./locales";
import { readerTranslator } from "./reader-translator";

/** Every key path to a message ("appeal.kicker"), walked from a catalogue. */
function keysOf(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) => (typeof value === "object" && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`]));
}

describe("the message catalogues", () => {
  it.each(locales.filter((locale) => locale !== "en"))("%s has exactly the keys English has", (locale) => {
    const english = keysOf(catalogues.en).sort();
    const other = keysOf(catalogues[locale]).sort();
    expect({ missing: english.filter((key) => !other.includes(key)), extra: other.filter((key) => !english.includes(key)) }).toEqual({ missing: [], extra: [] });
  });

  it.each(locales)("%s has no empty message", (locale) => {
    const empty = keysOf(catalogues[locale]).filter((key) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogues[locale]) === "");
    expect(empty).toEqual([]);
  });
});

describe("Russian plurals", () => {
  const t = readerTranslator("ru");

  it.each([
    [1, "1 месяц"],
    [2, "2 месяца"],
    [5, "5 месяцев"],
    [11, "11 месяцев"],
    [21, "21 месяц"],
    [22, "22 месяца"],
  ])("%i months read “%s”", (count, text) => {
    expect(t("common.months", { count })).toBe(text);
  });

  it("count days and minutes in emails the same way", () => {
    expect(t("emails.reminderConfirmation.confirmFirst", { days: 7 })).toContain("через 7 дней");
    expect(t("emails.manageLink.expiry", { minutes: 21 })).toContain("действует 21 минуту");
    expect(t("emails.manageLink.expiry", { minutes: 30 })).toContain("действует 30 минут");
  });

  it("English keeps its two forms", () => {
    expect(readerTranslator("en")("common.months", { count: 1 })).toBe("1 month");
    expect(readerTranslator("en")("common.months", { count: 21 })).toBe("21 months");
  });
});
