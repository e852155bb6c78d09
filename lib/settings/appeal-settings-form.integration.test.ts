import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";
import { closeAppDatabase, pointAppAtDatabase } from "@/tests/helpers/app-database";
import { defaultAppealSettings } from "./default-appeal-settings";
import { getAppealSettings } from "./get-appeal-settings";
import { getAppealSettingsForm, type AppealSettingsForm } from "./get-appeal-settings-form";
import { saveAppealSettingsForm } from "./save-appeal-settings-form";
import { updateAppealSettings } from "./update-appeal-settings";

// revalidatePath needs a Next request; saving only has to ask for it.
jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));

/** The form as the settings page's sections post it (app/(site)/dashboard/settings): amounts, defaults, words per language, discreet email. */
function posted(form: AppealSettingsForm, change: Record<string, string> = {}): FormData {
  const data = new FormData();
  for (const c of form.currencies) {
    data.append("currency", c.code);
    for (const field of ["once", "monthly", "annual", "minimum", "maximum"] as const) data.append(`${field}.${c.code}`, c[field]);
  }
  for (const field of ["defaultCurrency", "defaultFrequency", "appealHeading", "appealText"] as const) data.append(field, form[field]);
  data.append("snoozeDays", String(form.snoozeDays));
  data.append("safetyNote", form.safetyNote);
  for (const [locale, words] of Object.entries(form.appealTranslations)) for (const field of ["heading", "letter", "safetyNote"] as const) data.append(`translation.${locale}.${field}`, words?.[field] ?? "");
  data.append("discreetEmail.shown", "1");
  if (form.discreetEmail) data.append("discreetEmail", "on");
  for (const [name, value] of Object.entries(change)) data.set(name, value);
  return data;
}

describe("the appeal settings form", () => {
  let db: TestDatabase;
  let adminId: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    process.env.DATABASE_URL = db.url;
    await pointAppAtDatabase(db.url, 2);
    adminId = (await db.prisma.user.create({ data: { email: "admin@newsroom.test", role: "ADMIN" } })).id;
  });
  afterAll(async () => {
    await closeAppDatabase();
    await db.drop();
  });

  it("shows saved amounts in each currency's usual units", async () => {
    const defaults = defaultAppealSettings();
    await updateAppealSettings(db.prisma, { ...defaults, currencies: { usd: { once: [500, 1250], monthly: [300], annual: [6000], minimum: 200, maximum: 1000000 } }, defaultCurrency: "usd" }, adminId);
    const form = await getAppealSettingsForm();
    expect(form.currencies).toEqual([{ code: "usd", once: "5.00, 12.50", monthly: "3.00", annual: "60.00", minimum: "2.00", maximum: "10000.00", feePercent: "2.9", feeFixed: "0.30" }]);
  });

  it("saves exactly the settings it showed when posted unchanged", async () => {
    const before = await getAppealSettings(db.prisma);
    expect(await saveAppealSettingsForm(adminId, posted(await getAppealSettingsForm()))).toEqual({ ok: true, settings: before });
    expect(await getAppealSettings(db.prisma)).toEqual(before);
  });

  it("refuses a changed amount outside the bounds with a message, keeping what was saved", async () => {
    const before = await getAppealSettings(db.prisma);
    const result = await saveAppealSettingsForm(adminId, posted(await getAppealSettingsForm(), { "once.usd": "1" }));
    expect(result.ok).toBe(false);
    expect(await getAppealSettings(db.prisma)).toEqual(before);
  });
});
