// The text a PDF shows, read back without a PDF viewer: pdf-lib opens the file (so it parses),
// each page's content streams are inflated, and each `<hex> Tj` is mapped back to characters
// through its font's ToUnicode CMap. Enough for PDFs made with pdf-lib's drawText (one string
// per Tj); each drawn string becomes one line of the page's text.
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, type PDFObject } from "pdf-lib";

function streamText(stream: PDFObject | undefined): string {
  if (!(stream instanceof PDFRawStream)) throw new Error("expected a stream");
  return Buffer.from(decodePDFRawStream(stream).decode()).toString("latin1");
}

/** Glyph code (hex) -> characters, from `beginbfchar` lines such as `<0003> <0041>`. */
function toUnicodeMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const [, code, unicode] of cmap.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
    const units = unicode!.match(/.{4}/g)!.map((unit) => parseInt(unit, 16));
    map.set(code!.toLowerCase(), String.fromCharCode(...units));
  }
  return map;
}

export type PdfText = { pageCount: number; pages: string[]; text: string };

export async function readPdfText(bytes: Uint8Array): Promise<PdfText> {
  const pdf = await PDFDocument.load(bytes);
  const pages = pdf.getPages().map((page) => {
    const fonts = new Map<string, Map<string, string>>();
    const fontDict = page.node.Resources()?.lookupMaybe(PDFName.of("Font"), PDFDict);
    for (const [name, ref] of fontDict?.entries() ?? []) {
      const font = pdf.context.lookup(ref, PDFDict);
      fonts.set(name.decodeText(), toUnicodeMap(streamText(font.lookup(PDFName.of("ToUnicode")))));
    }
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref)) : [contents];
    const lines: string[] = [];
    let cmap: Map<string, string> | undefined;
    for (const content of streams.map(streamText)) {
      for (const [, fontName, hex] of content.matchAll(/\/([^\s/]+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>\s*Tj/g)) {
        if (fontName) cmap = fonts.get(fontName);
        else if (hex !== undefined) lines.push((hex.match(/.{4}/g) ?? []).map((code) => cmap?.get(code.toLowerCase()) ?? "\uFFFD").join(""));
      }
    }
    return lines.join("\n");
  });
  return { pageCount: pages.length, pages, text: pages.join("\n") };
}
