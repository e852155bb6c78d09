import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";
import { closeAppDatabase } from "@/tests/helpers/app-database";
import { getReceiptSettings } from "./get-receipt-settings";
import { defaultReceiptSettings } from "./receipt-settings-schema";
import { updateReceiptSettings } from "./update-receipt-settings";

describe("saving the receipt settings", () => {
  let db: TestDatabase;
  let adminId: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    adminId = (await db.prisma.user.create({ data: { email: "admin@newsroom.example", role: "ADMIN" } })).id;
  });
  afterAll(async () => {
    await closeAppDatabase();
    await db.drop();
  });

  it("says 'not a tax receipt' with no legal text until staff save otherwise", async () => {
    expect(await getReceiptSettings(db.prisma)).toEqual(defaultReceiptSettings);
  });

  it("saves the legal text per language and the tax switch, and records who did it", async () => {
    const saved = await updateReceiptSettings({ legalText: { en: " Ledger Media Ltd.\r\n", ru: "ООО «Леджер Медиа»." }, taxReceipts: true }, adminId, db.prisma);
    expect(saved).toEqual({ ok: true, settings: { legalText: { en: "Ledger Media Ltd.", ru: "ООО «Леджер Медиа»." }, taxReceipts: true } });
    expect(await getReceiptSettings(db.prisma)).toEqual({ legalText: { en: "Ledger Media Ltd.", ru: "ООО «Леджер Медиа»." }, taxReceipts: true });
    expect(await db.prisma.auditLog.findMany({ where: { action: "settings.updated", targetId: "receipts" }, select: { actorUserId: true } })).toEqual([{ actorUserId: adminId }]);
  });

  it("refuses a legal text that is too long, says which, and changes nothing", async () => {
    const refused = await updateReceiptSettings({ legalText: { en: "", ru: "я".repeat(2001) }, taxReceipts: false }, adminId, db.prisma);
    expect(refused).toEqual({ ok: false, errors: ["The Russian legal text must be at most 2000 characters."] });
    expect((await getReceiptSettings(db.prisma)).taxReceipts).toBe(true);
    expect(await db.prisma.auditLog.count({ where: { action: "settings.updated", targetId: "receipts" } })).toBe(1);
  });
});
