// What every receipt and yearly statement says about the law (issue 20): the newsroom's legal
// text in each reader language, and whether these are tax receipts. Until staff say they are,
// each receipt states that it is not a tax receipt.
import { z } from "zod";

export const LEGAL_TEXT_MAX = 2000;

const legalText = z
  .string()
  .max(LEGAL_TEXT_MAX, `must be at most ${LEGAL_TEXT_MAX} characters`)
  .transform((text) => text.replace(/\r\n?/g, "\n").trim());

export const receiptSettingsSchema = z.object({
  legalText: z.object({ en: legalText, ru: legalText }),
  taxReceipts: z.boolean(),
});

export type ReceiptSettings = z.infer<typeof receiptSettingsSchema>;

export const RECEIPT_SETTINGS_KEY = "receipts";

export const defaultReceiptSettings: ReceiptSettings = { legalText: { en: "", ru: "" }, taxReceipts: false };
