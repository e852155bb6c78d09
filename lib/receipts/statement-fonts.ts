// The fonts of the yearly statement: DejaVu Sans (regular and bold), which has Cyrillic glyphs
// that pdf-lib's built-in fonts lack. Read from the dejavu-fonts-ttf package at run time (its
// licence: node_modules/dejavu-fonts-ttf/LICENSE); next.config.js's outputFileTracingIncludes
// keeps the files in a traced build. Read once per process.
import { readFile } from "node:fs/promises";
import path from "node:path";

export type StatementFonts = { regular: Uint8Array; bold: Uint8Array };

export const STATEMENT_FONT_DIR = path.join("node_modules", "dejavu-fonts-ttf", "ttf");

let fonts: Promise<StatementFonts> | undefined;

export function statementFonts(): Promise<StatementFonts> {
  const dir = path.join(process.cwd(), STATEMENT_FONT_DIR);
  fonts ??= Promise.all([readFile(path.join(dir, "DejaVuSans.ttf")), readFile(path.join(dir, "DejaVuSans-Bold.ttf"))])
    .then(([regular, bold]) => ({ regular, bold }))
    .catch((error: unknown) => {
      fonts = undefined;
      throw error;
    });
  return fonts;
}
