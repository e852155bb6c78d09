import { composeReceiptEmail, type ReceiptDetails } from "./compose-receipt-email";
import { defaultReceiptSettings, receiptSettingsSchema } from "./receipt-settings-schema";

const receipt: ReceiptDetails = { reference: "cmdonation123", amount: 1250, currency: "eur", frequency: "MONTHLY", paidAt: new Date("2026-03-02T10:00:00Z") };
const options = { newsroom: "The Independent Ledger", manageUrl: "https://give.example.org/manage", settings: defaultReceiptSettings };

describe("the receipt email", () => {
  it("gives the amount, date, purpose and reference in English, under a subject that names no one", () => {
    const email = composeReceiptEmail(receipt, { ...options, locale: "en" });
    expect(email.subject).toBe("Your receipt");
    expect(email.text).toContain("Amount: €12.50");
    expect(email.text).toContain("Date: 2 March 2026");
    expect(email.text).toContain("For: Monthly support");
    expect(email.text).toContain("Reference: cmdonation123");
    expect(email.text).toContain("This is not a tax receipt.");
    expect(email.text).toContain("https://give.example.org/manage");
  });

  it("is in Russian for a supporter who gave in Russian, with the Russian legal text", () => {
    const settings = receiptSettingsSchema.parse({ legalText: { en: "Ledger Media Ltd.", ru: "ООО «Леджер Медиа»." }, taxReceipts: false });
    const email = composeReceiptEmail({ ...receipt, frequency: "ANNUAL" }, { ...options, settings, locale: "ru" });
    expect(email.subject).toBe("Ваша квитанция");
    expect(email.text).toContain("Сумма: 12,50\u00a0€");
    expect(email.text).toContain("Дата: 2 марта 2026 г.");
    expect(email.text).toContain("Назначение: Ежегодная поддержка");
    expect(email.text).toContain("ООО «Леджер Медиа».");
    expect(email.text).not.toContain("Ledger Media Ltd.");
    expect(email.text).toContain("Этот документ не является налоговой квитанцией.");
  });

  it("falls back to the English legal text, and drops the tax line when staff say these are tax receipts", () => {
    const settings = receiptSettingsSchema.parse({ legalText: { en: "  Ledger Media Ltd, charity no. 123.\r\n\r\nGifts are tax deductible.  ", ru: "" }, taxReceipts: true });
    const email = composeReceiptEmail(receipt, { ...options, settings, locale: "ru" });
    expect(email.text).toContain("Ledger Media Ltd, charity no. 123.\n\nGifts are tax deductible.");
    expect(email.text).not.toContain("налоговой");
  });

  it("says when it is a copy sent again", () => {
    expect(composeReceiptEmail(receipt, { ...options, locale: "en", copy: true }).text).toMatch(/^This is a copy of a receipt we sent earlier\./);
  });
});

describe("the receipt settings", () => {
  it("refuse a legal text over 2,000 characters", () => {
    expect(receiptSettingsSchema.safeParse({ legalText: { en: "x".repeat(2001), ru: "" }, taxReceipts: false }).success).toBe(false);
  });
});
