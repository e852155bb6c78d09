import type { AppealSettings } from "@/lib/settings/appeal-settings-schema";
import { buildDonationOptionsFromSettings } from "./build-donation-options-from-settings";

const currency = (overrides: Partial<AppealSettings["currencies"][string]> = {}): AppealSettings["currencies"][string] => ({
  once: [1000, 2500],
  monthly: [500, 1000],
  annual: [5000],
  minimum: 200,
  maximum: 1000000,
  ...overrides,
});

const settings = (overrides: Partial<AppealSettings> = {}): AppealSettings => ({
  currencies: { usd: currency(), eur: currency() },
  defaultCurrency: "usd",
  defaultFrequency: "monthly",
  snoozeDays: 7,
  appealHeading: "Support us",
  appealText: "Thank you.",
  appealTranslations: {},
  safetyNote: "",
  discreetEmail: true,
  ...overrides,
});

describe("building the appeal's offer from saved settings", () => {
  it("puts the default currency first, so the appeal falls back to it", () => {
    const options = buildDonationOptionsFromSettings(settings({ defaultCurrency: "eur" }));
    expect(options?.currencies.map((c) => c.code)).toEqual(["eur", "usd"]);
  });

  it("raises a minimum below Stripe's minimum charge and drops presets under it", () => {
    const options = buildDonationOptionsFromSettings(settings({ currencies: { sek: currency({ once: [100, 5000], monthly: [100], minimum: 100 }) }, defaultCurrency: "sek" }));
    const sek = options?.currencies[0];
    expect(sek?.minMinor).toBe(300);
    expect(sek?.presets.once).toEqual([5000]);
    expect(sek?.presets.monthly).toEqual([300]);
  });

  it("preselects the second preset in ascending order, as the environment's offer does", () => {
    const options = buildDonationOptionsFromSettings(settings({ currencies: { usd: currency({ once: [5000, 1000, 2500] }) } }));
    expect(options?.currencies[0]?.presets.once).toEqual([1000, 2500, 5000]);
    expect(options?.currencies[0]?.preselected).toEqual({ once: 2500, monthly: 1000, annual: 5000 });
  });

  it("leaves out a currency the code cannot take, and gives nothing when none is left", () => {
    expect(buildDonationOptionsFromSettings(settings({ currencies: { usd: currency(), xts: currency() } }))?.currencies.map((c) => c.code)).toEqual(["usd"]);
    expect(buildDonationOptionsFromSettings(settings({ currencies: { xts: currency() }, defaultCurrency: "xts" }))).toBeNull();
  });
});
