// The receipt email's words, in the supporter's language: amount, date, what the payment was
// for, a reference (our donation's id: no Stripe secret), the newsroom's legal text, and "this is
// not a tax receipt" unless staff say otherwise. The subject is neutral: it never names the newsroom.
import type { Frequency } from "../db/generated/enums";
import { readerFormats } from "../i18n/reader-formats";
import { readerTranslator } from "../i18n/reader-translator";
import { legalTextFor } from "./legal-text-for";
import type { ReceiptSettings } from "./receipt-settings-schema";

export type ReceiptDetails = { reference: string; amount: number; currency: string; frequency: Frequency; paidAt: Date };

type ComposeOptions = { locale: string | null | undefined; newsroom: string; manageUrl: string; settings: ReceiptSettings; copy?: boolean };

export function composeReceiptEmail(receipt: ReceiptDetails, options: ComposeOptions): { subject: string; text: string } {
  const t = readerTranslator(options.locale);
  const formats = readerFormats(options.locale);
  const legal = legalTextFor(options.settings, options.locale);
  const lines = [
    ...(options.copy ? [t("receipts.email.copy"), ""] : []),
    t("receipts.email.thanks", { newsroom: options.newsroom }),
    "",
    t("receipts.email.amount", { amount: formats.money(receipt.amount, receipt.currency) }),
    t("receipts.email.date", { date: formats.fullDate(receipt.paidAt) }),
    t("receipts.email.purpose", { purpose: t(`receipts.purpose.${receipt.frequency}`) }),
    t("receipts.email.reference", { reference: receipt.reference }),
    "",
    ...legal.map((paragraph) => [paragraph, ""]).flat(),
    t("receipts.email.keep", { url: options.manageUrl }),
    "",
    t("receipts.email.signOff"),
    options.newsroom,
  ];
  return { subject: t("receipts.email.subject"), text: lines.join("\n") };
}
