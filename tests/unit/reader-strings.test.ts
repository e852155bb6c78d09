// Reader-facing words live in the catalogues (messages/<locale>.json), nowhere else: this test
// reads the reader's code and fails on words written into it, in JSX text, in the attributes a
// person reads (aria-label, title, alt, placeholder), or in a string or template literal that reads
// as a sentence. Add a folder (or a file) to READER_FOLDERS when it becomes reader-facing.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const root = path.join(__dirname, "../..");

export const READER_FOLDERS = [
  "app/_appeal",
  "app/appeal",
  "app/_i18n",
  "app/language",
  "app/(site)/privacy",
  "app/(site)/thank-you",
  "app/(site)/remind",
  "app/(site)/manage",
  "app/(site)/not-found.tsx",
  "app/global-not-found.tsx",
  "app/api/checkout",
  "app/embed/[placement]",
  "app/embed/remind",
  "lib/embed/read-embed-remind-page.ts",
  "lib/embed/build-snippet.ts",
  "lib/donations/parse-checkout-request.ts",
  "lib/donations/refusal-messages.ts",
  "lib/donations/render-checkout-wait-page.ts",
  "lib/donations/start-checkout-form.ts",
  "lib/reminders/compose-reminder-emails.ts",
  "lib/reminders/read-remind-page.ts",
  "lib/reminders/describe-month-param.ts",
  "lib/reminders/sign-up-reminder-form.ts",
  "lib/reminders/reminder-token-form.ts",
  "lib/manage/request-manage-link-form.ts",
  "lib/manage/send-manage-link-email.ts",
  "lib/manage/notify-renewal-failed.ts",
  "lib/manage/compose-change-confirmation.ts",
  "lib/manage/ask-payment-confirmation.ts",
  "lib/manage/send-annual-renewal-notices.ts",
  "lib/manage/confirm-scheduled-switch.ts",
  "lib/receipts/compose-receipt-email.ts",
  "lib/receipts/deliver-receipt.ts",
  "lib/receipts/legal-text-for.ts",
  "lib/receipts/render-statement-pdf.ts",
  "lib/bank-debits",
];

/** Names that are the same in every language: the payment methods' own marks. */
const BRAND_NAMES = new Set([
  "Visa",
  "VISA",
  "Mastercard",
  "American Express",
  "AMEX",
  "Apple Pay",
  "Pay",
  "Google Pay",
  "G Pay",
  "SEPA Direct Debit",
  "SEPA",
  "PayPal",
  "iDEAL",
  "Bancontact",
  "BC",
  "Bacs Direct Debit",
  "Bacs",
  "ACH Direct Debit",
  "ACH",
]);
const READ_ATTRIBUTES = new Set(["aria-label", "aria-description", "aria-roledescription", "title", "alt", "placeholder", "label"]);
const hasWords = (text: string) => /\p{L}{2,}/u.test(text) && !BRAND_NAMES.has(text.trim());
/** A capital letter, then two more words: "Choose an amount", not "form-error" or "emails.reminder.subject". */
const readsAsSentence = (text: string) => /^\s*\p{Lu}[\p{L}'’]*(?:[\s,]+[\p{L}'’.,:;!?()-]+){2,}/u.test(text) && !BRAND_NAMES.has(text.trim());

type Finding = { line: number; text: string };

export function findReaderStrings(fileName: string, source: string): Finding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const findings: Finding[] = [];
  const report = (node: ts.Node, text: string) => findings.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim().slice(0, 80) });
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isJsxText(node) && hasWords(node.text)) report(node, node.text);
    else if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer) && READ_ATTRIBUTES.has(node.name.getText()) && hasWords(node.initializer.text)) report(node, node.initializer.text);
    else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && !ts.isJsxAttribute(node.parent) && readsAsSentence(node.text)) report(node, node.text);
    else if (ts.isTemplateExpression(node)) {
      for (const part of [node.head, ...node.templateSpans.map((span) => span.literal)]) if (readsAsSentence(part.text.replace(/<[^>]*>/g, " "))) report(part, part.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return findings;
}

function sourceFiles(entry: string): string[] {
  const full = path.join(root, entry);
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full).flatMap((name) => (statSync(path.join(full, name)).isDirectory() ? sourceFiles(path.join(entry, name)) : /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path.join(entry, name)] : []));
}

describe("reader-facing words", () => {
  it.each(READER_FOLDERS)("in %s come from the catalogues", (entry) => {
    const files = sourceFiles(entry);
    expect(files.length).toBeGreaterThan(0);
    const found = files.flatMap((file) => findReaderStrings(file, readFileSync(path.join(root, file), "utf8")).map((finding) => `${file}:${finding.line}: ${finding.text}`));
    expect(found).toEqual([]);
  });

  describe("the check itself", () => {
    it("finds words in JSX text, read attributes and sentence literals", () => {
      const source = `export const A = () => <p title="Read me">Hello there</p>;\nconst message = "Choose an amount, please.";\nconst page = \`<h1>Please wait a moment</h1>\${x}\`;`;
      expect(findReaderStrings("a.tsx", source).map((finding) => finding.text)).toEqual(["Read me", "Hello there", "Choose an amount, please.", "<h1>Please wait a moment</h1>"]);
    });

    it("leaves keys, class names, module names and brand marks alone", () => {
      const source = `import x from "server-only";\n"use client";\nconst a = t("emails.reminder.subject");\nexport const B = () => <svg aria-label="Visa"><text className="form-error">VISA</text></svg>;`;
      expect(findReaderStrings("b.tsx", source)).toEqual([]);
    });
  });
});
