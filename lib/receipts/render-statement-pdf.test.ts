import fontkit from "@pdf-lib/fontkit";
import { readPdfText } from "@/tests/helpers/pdf-text";
import { readerTranslator } from "../i18n/reader-translator";
import type { StatementGift } from "./list-statement-gifts";
import { defaultReceiptSettings } from "./receipt-settings-schema";
import { renderStatementPdf } from "./render-statement-pdf";
import { statementFonts } from "./statement-fonts";

const gifts: StatementGift[] = [
  { id: "don_first", paidAt: new Date("2026-03-02T10:00:00Z"), frequency: "MONTHLY", amount: 500, currency: "eur", refunded: false },
  { id: "don_second", paidAt: new Date("2026-04-02T10:00:00Z"), frequency: "MONTHLY", amount: 500, currency: "eur", refunded: false },
  { id: "don_third", paidAt: new Date("2026-05-20T10:00:00Z"), frequency: "ONCE", amount: 2550, currency: "usd", refunded: false },
];
const settings = { legalText: { en: "Published by Ledger Media Ltd, 1 Example Street.", ru: "Издатель: ООО «Леджер Медиа», улица Примерная, 1." }, taxReceipts: false };
const now = new Date("2026-12-05T12:00:00Z");

// Subsetting and embedding two fonts takes a second or two; more on a loaded shared machine.
jest.setTimeout(30_000);

async function render(locale: string, overrides: Partial<Parameters<typeof renderStatementPdf>[0]> = {}) {
  return renderStatementPdf({ gifts, year: 2026, locale, newsroom: "The Independent Ledger", settings, fonts: await statementFonts(), now, ...overrides });
}

describe("the yearly statement PDF", () => {
  it("lists each gift with its date, purpose, reference and amount, and totals per currency", async () => {
    const { text, pageCount } = await readPdfText(await render("en"));
    expect(pageCount).toBe(1);
    expect(text).toContain("The Independent Ledger");
    expect(text).toContain("Statement of gifts, 2026");
    for (const line of ["2 March 2026", "2 April 2026", "20 May 2026", "Monthly support", "One-time support", "don_first", "don_second", "don_third", "€5.00", "$25.50"]) expect(text).toContain(line);
    expect(text).toContain("Total in EUR: €10.00 (2 gifts)");
    expect(text).toContain("Total in USD: $25.50 (1 gift)");
    expect(text).toContain("Published by Ledger Media Ltd, 1 Example Street.");
    expect(text).toContain("This is not a tax receipt.");
    expect(text).not.toContain("\uFFFD");
  });

  it("is written in Russian for a Russian supporter, every character drawn from a real glyph of the embedded font", async () => {
    const { text } = await readPdfText(await render("ru"));
    expect(text).toContain("Отчёт о пожертвованиях за 2026 год");
    expect(text).toContain("2 марта 2026 г.");
    expect(text).toContain("Ежемесячная поддержка");
    expect(text).toContain("Итого в EUR: 10,00 € (2 пожертвования)");
    expect(text).toContain("Издатель: ООО «Леджер Медиа», улица Примерная, 1.");
    expect(text).toContain(readerTranslator("ru")("receipts.notTaxReceipt"));
    expect(text).not.toContain("\uFFFD");

    const font = fontkit.create(Buffer.from((await statementFonts()).regular));
    const missing = [...new Set(text.replace(/\s/g, ""))].filter((char) => font.glyphForCodePoint(char.codePointAt(0)!).id === 0);
    expect(missing).toEqual([]);
  });

  it("says when no gift was made that year, and leaves out the tax line when staff say these are tax receipts", async () => {
    const { text } = await readPdfText(await render("en", { gifts: [], settings: { ...defaultReceiptSettings, taxReceipts: true } }));
    expect(text).toContain("No gifts were paid in 2026.");
    expect(text).not.toContain("This is not a tax receipt.");
  });

  it("continues on further pages, numbered, when the gifts do not fit on one", async () => {
    const many = Array.from({ length: 90 }, (_, i): StatementGift => ({ id: `don_${i}`, paidAt: new Date(Date.UTC(2026, 0, 1 + i)), frequency: "ONCE", amount: 100, currency: "gbp", refunded: false }));
    const { pageCount, pages, text } = await readPdfText(await render("en", { gifts: many }));
    expect(pageCount).toBeGreaterThan(1);
    expect(pages[1]).toContain("Reference");
    expect(text).toContain(`Page ${pageCount} of ${pageCount}`);
    expect(text).toContain("don_89");
    expect(text).toContain("Total in GBP: £90.00 (90 gifts)");
  });
});
