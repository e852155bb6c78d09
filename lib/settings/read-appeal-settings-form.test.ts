import { appealSettingsSchema } from "./appeal-settings-schema";
import { readAppealSettingsForm } from "./read-appeal-settings-form";

function form(fields: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of fields) data.append(key, value);
  return data;
}

const usdRow: [string, string][] = [
  ["currency", "usd"],
  ["once.usd", "10, 25.50, 50"],
  ["monthly.usd", "5,10"],
  ["annual.usd", "60"],
  ["minimum.usd", "2"],
  ["maximum.usd", "10000"],
];
const general: [string, string][] = [
  ["defaultCurrency", "usd"],
  ["defaultFrequency", "monthly"],
  ["snoozeDays", "7"],
  ["appealHeading", "Support us"],
  ["appealText", "Thank you."],
];

describe("reading the appeal settings form", () => {
  it("turns amounts typed in major units into minor units", () => {
    const settings = appealSettingsSchema.parse(readAppealSettingsForm(form([...usdRow, ...general])));
    expect(settings.currencies.usd).toEqual({ once: [1000, 2550, 5000], monthly: [500, 1000], annual: [6000], minimum: 200, maximum: 1000000 });
  });

  it("reads the fee cover as a percentage and a fixed part, both empty meaning not offered, and refuses nonsense", () => {
    const read = (percent: string, fixed: string) => readAppealSettingsForm(form([...usdRow, [`feePercent.usd`, percent], [`feeFixed.usd`, fixed], ...general]));
    expect(appealSettingsSchema.parse(read("2.9", "0.30")).currencies.usd!.feeCover).toEqual({ basisPoints: 290, fixed: 30 });
    expect(appealSettingsSchema.parse(read("", "")).currencies.usd!.feeCover).toBeNull();
    expect(appealSettingsSchema.parse(read("1.5", "")).currencies.usd!.feeCover).toEqual({ basisPoints: 150, fixed: 0 });
    for (const [percent, fixed] of [
      ["abc", "0.30"],
      ["25", "0.30"],
      ["2.9", "-1"],
      ["2.9", "0.301"],
    ]) {
      expect(appealSettingsSchema.safeParse(read(percent!, fixed!)).success).toBe(false);
    }
    // A form without the fee columns leaves the key out: the default rule applies.
    expect(appealSettingsSchema.parse(readAppealSettingsForm(form([...usdRow, ...general]))).currencies.usd).not.toHaveProperty("feeCover");
  });

  it("adds a currency as a copy of the first row, and removes a ticked one", () => {
    const added = appealSettingsSchema.parse(readAppealSettingsForm(form([...usdRow, ["addCurrency", "CHF"], ...general])));
    expect(Object.keys(added.currencies)).toEqual(["usd", "chf"]);
    const removed = readAppealSettingsForm(form([...usdRow, ["remove.usd", "on"], ...general]));
    expect(appealSettingsSchema.safeParse(removed).success).toBe(false);
  });

  it("makes an unreadable amount fail validation instead of dropping it", () => {
    const settings = readAppealSettingsForm(form([...usdRow.map(([k, v]): [string, string] => (k === "once.usd" ? [k, "10, ten"] : [k, v])), ...general]));
    expect(appealSettingsSchema.safeParse(settings).success).toBe(false);
  });
});

describe("reading the appeal's other languages and the discreet email setting", () => {
  it("reads each language's heading, letter and safety note", () => {
    const settings = appealSettingsSchema.parse(
      readAppealSettingsForm(form([...usdRow, ...general, ["translation.ru.heading", "Поддержите нас"], ["translation.ru.letter", "Спасибо."], ["translation.ru.safetyNote", ""], ["safetyNote", "Safe."]])),
    );
    expect(settings.appealTranslations.ru).toEqual({ heading: "Поддержите нас", letter: "Спасибо.", safetyNote: "" });
    expect(settings.safetyNote).toBe("Safe.");
  });

  it("turns discreet email off only when its box is shown and left unticked", () => {
    const read = (extra: [string, string][]) => appealSettingsSchema.parse(readAppealSettingsForm(form([...usdRow, ...general, ...extra]))).discreetEmail;
    expect(read([["discreetEmail.shown", "1"]])).toBe(false);
    expect(
      read([
        ["discreetEmail.shown", "1"],
        ["discreetEmail", "on"],
      ]),
    ).toBe(true);
    expect(read([])).toBe(true);
  });
});
