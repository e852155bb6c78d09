import { revalidatePath } from "next/cache";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";
import { EMBED_VARIANTS_KEY } from "./embed-variants-schema";
import { fieldsOfEmbedVariants } from "./read-embed-variants-form";
import { updateEmbedVariants } from "./update-embed-variants";

// revalidatePath needs a Next request; here it is enough to see that saving asks for it.
jest.mock("next/cache", () => ({ revalidatePath: jest.fn() }));

const valid = {
  "footer.a.en.heading": "Keep this reporting free",
  "footer.a.en.letter": "Our journalists answer to readers only.",
  "footer.b.en.heading": "A minute of your time",
  "footer.b.en.letter": "Independent news costs money; here is how you can help.",
  "footer.b.ru.heading": "Минута вашего времени",
  "footer.b.amounts.usd.once": "7, 15",
  "footer.b.amounts.usd.monthly": "3",
  "footer.b.amounts.usd.annual": "40, 80.50",
};

describe("copy variants in Settings", () => {
  let db: TestDatabase;
  let adminId: string;
  const stored = async () => (await db.prisma.setting.findUnique({ where: { key: EMBED_VARIANTS_KEY } }))?.value ?? null;

  beforeAll(async () => {
    db = await createTestDatabase();
    process.env.DATABASE_URL = db.url;
    adminId = (await db.prisma.user.create({ data: { email: "variants-admin@newsroom.test", role: "ADMIN" } })).id;
  });
  afterAll(async () => db.drop());

  describe("when an admin saves two footer variants", () => {
    let result: Awaited<ReturnType<typeof updateEmbedVariants>>;
    beforeAll(async () => {
      result = await updateEmbedVariants(valid, adminId, db.prisma);
    });

    it("stores them with amounts in minor units and the untouched banner empty", async () => {
      expect(result.ok).toBe(true);
      expect(await stored()).toEqual({
        footer: [
          { id: "a", en: { heading: "Keep this reporting free", letter: "Our journalists answer to readers only." }, translations: {}, amounts: {} },
          {
            id: "b",
            en: { heading: "A minute of your time", letter: "Independent news costs money; here is how you can help." },
            translations: { ru: { heading: "Минута вашего времени", letter: "" } },
            amounts: { usd: { once: [700, 1500], monthly: [300], annual: [4000, 8050] } },
          },
        ],
        banner: [],
      });
    });

    it("writes the change to the audit log", async () => {
      expect(await db.prisma.auditLog.findFirst({ where: { action: "settings.updated", targetId: EMBED_VARIANTS_KEY }, select: { actorUserId: true } })).toEqual({ actorUserId: adminId });
    });

    it("asks Next to regenerate every cached embed page", () => {
      expect(revalidatePath).toHaveBeenCalledWith("/embed", "layout");
    });

    it("shows the saved variants again in the form", () => {
      expect(result.ok && fieldsOfEmbedVariants(result.variants)).toMatchObject({ "footer.b.amounts.usd.annual": "40.00, 80.50", "footer.b.ru.heading": "Минута вашего времени" });
    });
  });

  describe("when the input is wrong", () => {
    let before: unknown;
    beforeAll(async () => {
      before = await stored();
    });

    it.each([
      [{ ...valid, "footer.b.en.heading": "" }, "Footer variant b: the English heading is required."],
      [{ ...valid, "footer.b.amounts.usd.once": "5, ten" }, "Footer variant b: the USD once amounts must be amounts such as 5, 10, 25."],
      [{ ...valid, "footer.b.amounts.usd.monthly": "" }, "Footer variant b: the USD monthly amounts need at least one amount (or leave all three frequencies empty to use the appeal's)."],
      [{ ...valid, "footer.b.ru.letter": "x".repeat(2001) }, "Footer variant b: the Russian letter must be at most 2,000 characters."],
      [{ "banner.c.en.heading": "Support us", "banner.c.en.letter": "Please." }, "Banner: fill in variant a before b, c or d (the others are compared with it)."],
      [{ ...valid, "footer.b.amounts.usd.once": "1" }, "Footer variant b: USD amounts must be between the appeal's minimum 2.00 and maximum 10000.00."],
    ])("refuses it with a clear message and saves nothing (%#)", async (fields, message) => {
      const result = await updateEmbedVariants(fields, adminId, db.prisma);
      expect(result).toEqual({ ok: false, errors: [message] });
      expect(await stored()).toEqual(before);
    });
  });
});
