// The fonts of the yearly statement: DejaVu Sans (regular and bold), which has Cyrillic glyphs
// that pdf-lib's built-in fonts lack. Read from the dejavu-fonts-ttf package at run time (its
// licence: node_modules/dejavu-fonts-ttf/LICENSE); next.config.js's outputFileTracingIncludes
// keeps the files in a traced build. Read once per process. Each path is written out whole so
// the build's file tracer takes these two files, not the package's whole folder of fonts.
import { readFile } from "node:fs/promises";
import path from "node:path";

export type StatementFonts = { regular: Uint8Array; bold: Uint8Array };

let fonts: Promise<StatementFonts> | undefined;

export function statementFonts(): Promise<StatementFonts> {
  fonts ??= Promise.all([
    readFile(path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", "DejaVuSans.ttf")),
    readFile(path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", "DejaVuSans-Bold.ttf")),
  ])
    .then(([regular, bold]) => ({ regular, bold }))
    .catch((error: unknown) => {
      fonts = undefined;
      throw error;
    });
  return fonts;
}
