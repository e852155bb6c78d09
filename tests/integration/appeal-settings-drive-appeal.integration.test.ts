// Settings saved on the dashboard drive the appeal, checkout's validation, the thank-you page's
// offer and the snooze, in-process against a real database and the Stripe emulator.
import { renderToStaticMarkup } from "react-dom/server";
import { revalidatePath } from "next/cache";
import type { AppealSettings } from "@/lib/settings/appeal-settings-schema";
import { loadCheckoutApp, type CheckoutApp } from "@/tests/helpers/checkout-app";
import { startTestEmulator, type TestEmulator } from "@/tests/helpers/stripe-emulator";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";

// revalidatePath needs a Next request; here it is enough to see that saving asks for it.
jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));
// The thank-you page reads the client address (its Stripe reads are rate-limited per client).
// The cached appeal sets its language for next-intl, and the thank-you page reads it, which needs
// a Next request outside of this test: here the reader's language is English, with the real catalogue.
jest.mock("next-intl/server", () => jest.requireActual("@/tests/helpers/english-next-intl-server"));
// No cookies: the reader did not come from an embedded appeal.
jest.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "198.51.100.7" }), cookies: async () => new Map() }));

const saved: AppealSettings = {
  currencies: {
    usd: { once: [1500, 3000, 7500], monthly: [1500, 4000], annual: [20000], minimum: 1500, maximum: 100000 },
    gbp: { once: [2000, 5000], monthly: [1200, 3000, 6000], annual: [15000], minimum: 1200, maximum: 100000 },
  },
  defaultCurrency: "gbp",
  defaultFrequency: "once",
  snoozeDays: 21,
  appealHeading: "Help us finish the hospital investigation",
  appealText: "We have spent a year on this story.\n\nYour gift pays for the last months of it.",
  appealTranslations: {},
  safetyNote: "",
  discreetEmail: true,
};

describe("when staff save the appeal settings", () => {
  let db: TestDatabase;
  let emulator: TestEmulator;
  let app: CheckoutApp;
  let adminId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    emulator = await startTestEmulator();
    app = await loadCheckoutApp(db, emulator);
    adminId = (await db.prisma.user.create({ data: { email: "admin@newsroom.test", role: "ADMIN" } })).id;
  });
  afterAll(async () => {
    await emulator.close();
    await db.drop();
  });

  it("offers the environment's options until then, and the saved ones at once after saving", async () => {
    const { loadDonationOptions } = await import("@/lib/donations/load-donation-options");
    const { readDonationOptions } = await import("@/lib/donations/read-donation-options");
    const { updateAppealSettings } = await import("@/lib/settings/update-appeal-settings");
    expect(await loadDonationOptions()).toEqual(readDonationOptions());

    expect(await updateAppealSettings(db.prisma, saved, adminId)).toMatchObject({ ok: true });
    const options = await loadDonationOptions();
    expect(options.defaultFrequency).toBe("once");
    expect(options.currencies.map((currency) => currency.code)).toEqual(["gbp", "usd"]);
    expect(options.currencies[1]).toEqual({
      code: "usd",
      decimals: 2,
      minMinor: 1500,
      maxMinor: 100000,
      presets: { once: [1500, 3000, 7500], monthly: [1500, 4000], annual: [20000] },
      preselected: { once: 3000, monthly: 4000, annual: 20000 },
      // Saved before staff set a fee cover for the currency: the default rule.
      feeCover: { basisPoints: 290, fixed: 30 },
    });
    expect(revalidatePath).toHaveBeenCalledWith("/appeal/[currency]/[lang]", "page");
  });

  describe("checkout", () => {
    it("refuses an amount below the new minimum, naming it", async () => {
      const response = await app.postJson({ frequency: "monthly", amount: "10", currency: "usd" });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: { code: "amount_below_minimum", field: "amount", message: "The smallest gift we can take is $15." } });
    });

    it("refuses a currency no longer offered", async () => {
      const response = await app.postJson({ frequency: "once", amount: "20", currency: "eur" });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("invalid_currency");
    });

    it("accepts a new preset and asks Stripe for exactly that amount", async () => {
      const response = await app.postJson({ frequency: "monthly", amount: "40", currency: "usd" });
      expect(response.status).toBe(200);
      const attempt = await db.prisma.checkoutAttempt.findFirstOrThrow({ where: { amount: 4000 } });
      expect(attempt).toMatchObject({ frequency: "MONTHLY", currency: "usd" });
      const session = await emulator.stripe.checkout.sessions.retrieve(attempt.stripeCheckoutSessionId!, { expand: ["line_items"] });
      expect(session.line_items?.data[0]?.price?.unit_amount).toBe(4000);
    });
  });

  it("shows the saved heading and letter, one paragraph per blank-line break, on the cached appeal", async () => {
    const CachedAppealPage = (await import("@/app/appeal/[currency]/[lang]/page")).default;
    const html = renderToStaticMarkup(await CachedAppealPage({ params: Promise.resolve({ currency: "default", lang: "en" }) }));
    expect(html).toContain("<h1>Help us finish the hospital investigation</h1>");
    expect(html).toContain("<p>We have spent a year on this story.</p><p>Your gift pays for the last months of it.</p>");
    expect(html).not.toContain("Reporting that answers to readers");
    expect(html).toContain("£20");
  });

  it("invites a one-time giver to a monthly gift from the saved monthly presets", async () => {
    const response = await app.postJson({ frequency: "once", amount: "75", currency: "usd" });
    const { url } = (await response.json()) as { url: string };
    const session = (await emulator.stripe.checkout.sessions.list({ limit: 100 })).data.find((candidate) => candidate.url === url)!;
    expect((await emulator.control(`checkout/sessions/${session.id}/pay`, { card: "4242424242424242" })).status).toBe(200);
    const ThankYouPage = (await import("@/app/(site)/thank-you/page")).default;
    const html = renderToStaticMarkup(await ThankYouPage({ searchParams: Promise.resolve({ session_id: session.id }) }));
    // A sixth of $75 is below every saved monthly preset, so the smallest: $15 (from the environment it would be $10).
    expect(html).toContain("Give $15 a month");
  });

  it("snoozes the appeal for the saved number of days", async () => {
    const { POST } = await import("@/app/api/reminders/snooze/route");
    const before = Date.now();
    const response = await POST(new Request("https://give.example.org/api/reminders/snooze", { method: "POST", headers: { accept: "application/json", origin: "https://give.example.org" } }));
    const body = (await response.json()) as { snoozedUntil: string; days: number };
    expect(body.days).toBe(21);
    expect(response.headers.get("set-cookie")).toContain(`Max-Age=${21 * 86_400};`);
    expect(new Date(body.snoozedUntil).getTime() - before).toBeGreaterThanOrEqual(21 * 86_400_000 - 1000);
  });

  it("keeps what it read for a few seconds, so a change made elsewhere shows within that time", async () => {
    const { loadStoredAppealSettings, STORED_SETTINGS_TTL_MS } = await import("@/lib/settings/load-stored-appeal-settings");
    const now = Date.now();
    await loadStoredAppealSettings(now);
    await db.prisma.setting.update({ where: { key: "appeal" }, data: { value: { ...saved, snoozeDays: 30 } } });
    expect((await loadStoredAppealSettings(now + 1))?.snoozeDays).toBe(21);
    expect((await loadStoredAppealSettings(now + STORED_SETTINGS_TTL_MS + 1))?.snoozeDays).toBe(30);
  });
});
