// The yearly statement's pages (build-yearly-statement.ts gathers what goes on them): the year's
// gifts (date, what for, reference, amount), totals per currency, the newsroom's name and legal
// text, in the supporter's language. Made with pdf-lib; DejaVu Sans is embedded (subset) because
// the built-in PDF fonts have no Cyrillic. No name or address of the supporter is printed.
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { knownLocale } from "../i18n/locales";
import { readerFormats } from "../i18n/reader-formats";
import { readerTranslator } from "../i18n/reader-translator";
import { legalTextFor } from "./legal-text-for";
import type { StatementGift } from "./list-statement-gifts";
import type { ReceiptSettings } from "./receipt-settings-schema";
import type { StatementFonts } from "./statement-fonts";

const PAGE = { width: 595.28, height: 841.89, margin: 50 };
const SIZE = { body: 10, small: 8, heading: 18, newsroom: 12 };
const AMOUNT_RIGHT = PAGE.width - 2 * PAGE.margin;
const COLUMN_GAP = 14;
const GREY = rgb(0.35, 0.35, 0.35);

type Fonts = { regular: PDFFont; bold: PDFFont };

/** Lines of at most `width` points, broken at spaces (a word longer than a line stays whole). */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraphLine of text.split("\n")) {
    let line = "";
    for (const word of paragraphLine.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(candidate, size) > width) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    lines.push(line);
  }
  return lines;
}

/** Writes top to bottom, starting a new page when the next block does not fit. */
class StatementWriter {
  page: PDFPage;
  y: number;
  constructor(
    private readonly pdf: PDFDocument,
    readonly fonts: Fonts,
  ) {
    this.page = this.newPage();
    this.y = PAGE.height - PAGE.margin;
  }
  private newPage(): PDFPage {
    return this.pdf.addPage([PAGE.width, PAGE.height]);
  }
  ensureRoom(height: number) {
    if (this.y - height >= PAGE.margin + SIZE.small * 2) return;
    this.page = this.newPage();
    this.y = PAGE.height - PAGE.margin;
  }
  /** One line; a smaller size sits on the same baseline as the body text beside it. */
  text(text: string, options: { x?: number; size?: number; bold?: boolean; alignRight?: boolean; grey?: boolean } = {}) {
    const size = options.size ?? SIZE.body;
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    const offset = options.x ?? 0;
    const x = PAGE.margin + (options.alignRight ? offset - font.widthOfTextAtSize(text, size) : offset);
    this.page.drawText(text, { x, y: this.y - Math.max(size, SIZE.body), size, font, color: options.grey ? GREY : rgb(0, 0, 0) });
  }
  paragraph(text: string, options: { size?: number; bold?: boolean; grey?: boolean } = {}) {
    const size = options.size ?? SIZE.body;
    const lines = wrapText(text, options.bold ? this.fonts.bold : this.fonts.regular, size, PAGE.width - 2 * PAGE.margin);
    for (const line of lines) {
      this.ensureRoom(size * 1.4);
      this.text(line, options);
      this.y -= size * 1.4;
    }
  }
  gap(points: number) {
    this.y -= points;
  }
}

function totalsOf(gifts: StatementGift[]): { currency: string; amount: number; count: number }[] {
  const totals = new Map<string, { amount: number; count: number }>();
  for (const gift of gifts) {
    const total = totals.get(gift.currency) ?? { amount: 0, count: 0 };
    totals.set(gift.currency, { amount: total.amount + gift.amount, count: total.count + 1 });
  }
  return [...totals].sort(([a], [b]) => a.localeCompare(b)).map(([currency, total]) => ({ currency, ...total }));
}

export type StatementContent = { gifts: StatementGift[]; year: number; locale: string | null | undefined; newsroom: string; settings: ReceiptSettings; fonts: StatementFonts; now: Date };

export async function renderStatementPdf({ gifts, year, locale, newsroom, settings, fonts: fontBytes, now }: StatementContent): Promise<Uint8Array> {
  const known = knownLocale(locale);
  const t = readerTranslator(known);
  const formats = readerFormats(known);

  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const title = t("receipts.statement.title", { year: String(year) });
  pdf.setTitle(title);
  pdf.setLanguage(known);
  pdf.setCreationDate(now);
  pdf.setModificationDate(now);
  const fonts = { regular: await pdf.embedFont(fontBytes.regular, { subset: true }), bold: await pdf.embedFont(fontBytes.bold, { subset: true }) };
  const out = new StatementWriter(pdf, fonts);

  out.paragraph(newsroom, { size: SIZE.newsroom, bold: true });
  out.gap(6);
  out.paragraph(title, { size: SIZE.heading, bold: true });
  out.gap(4);
  out.paragraph(t("receipts.statement.intro", { newsroom, year: String(year) }));
  out.gap(10);

  if (gifts.length === 0) out.paragraph(t("receipts.statement.none", { year: String(year) }));
  else {
    const rows = gifts.map((gift) => ({ date: formats.fullDate(gift.paidAt), purpose: t(`receipts.purpose.${gift.frequency}`), reference: gift.id, amount: formats.exactMoney(gift.amount, gift.currency) }));
    const labels = { date: t("receipts.statement.date"), purpose: t("receipts.statement.purpose"), reference: t("receipts.statement.reference") };
    const widest = (texts: string[], font: PDFFont, size: number) => Math.max(...texts.map((text) => font.widthOfTextAtSize(text, size)));
    // Each column as wide as its widest entry: Russian purposes are half again as long as English ones.
    const COLUMNS = { date: 0, purpose: 0, reference: 0, amountRight: AMOUNT_RIGHT };
    COLUMNS.purpose =
      Math.max(
        widest(
          rows.map((row) => row.date),
          fonts.regular,
          SIZE.body,
        ),
        widest([labels.date], fonts.bold, SIZE.body),
      ) + COLUMN_GAP;
    COLUMNS.reference =
      COLUMNS.purpose +
      Math.max(
        widest(
          rows.map((row) => row.purpose),
          fonts.regular,
          SIZE.body,
        ),
        widest([labels.purpose], fonts.bold, SIZE.body),
      ) +
      COLUMN_GAP;
    const header = () => {
      out.ensureRoom(SIZE.body * 2);
      out.text(labels.date, { x: COLUMNS.date, bold: true });
      out.text(labels.purpose, { x: COLUMNS.purpose, bold: true });
      out.text(labels.reference, { x: COLUMNS.reference, bold: true });
      out.text(t("receipts.statement.amount"), { x: COLUMNS.amountRight, bold: true, alignRight: true });
      out.y -= SIZE.body * 1.8;
    };
    header();
    for (const row of rows) {
      const page = out.page;
      out.ensureRoom(SIZE.body * 1.6);
      if (out.page !== page) header();
      out.text(row.date, { x: COLUMNS.date });
      out.text(row.purpose, { x: COLUMNS.purpose });
      out.text(row.reference, { x: COLUMNS.reference, size: SIZE.small, grey: true });
      out.text(row.amount, { x: COLUMNS.amountRight, alignRight: true });
      out.y -= SIZE.body * 1.6;
    }
    out.gap(8);
    for (const total of totalsOf(gifts))
      out.paragraph(t("receipts.statement.total", { currency: total.currency.toUpperCase(), amount: formats.exactMoney(total.amount, total.currency), count: total.count }), { bold: true });
    if (gifts.some((gift) => gift.refunded)) out.paragraph(t("receipts.statement.refunded"), { grey: true });
  }

  out.gap(16);
  for (const paragraph of legalTextFor(settings, known)) {
    out.paragraph(paragraph);
    out.gap(4);
  }
  out.paragraph(t("receipts.statement.issued", { date: formats.fullDate(now) }), { grey: true });

  const pages = pdf.getPages();
  pages.forEach((page, index) => {
    const label = t("receipts.statement.page", { page: index + 1, pages: pages.length });
    page.drawText(label, { x: PAGE.width - PAGE.margin - fonts.regular.widthOfTextAtSize(label, SIZE.small), y: PAGE.margin / 2, size: SIZE.small, font: fonts.regular, color: GREY });
  });
  return pdf.save();
}
