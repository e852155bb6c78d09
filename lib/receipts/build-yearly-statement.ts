// A supporter's yearly statement as PDF bytes (issue 20): the gifts they made in that calendar
// year (UTC), in their language, with the newsroom's name and legal text. The supporter's page
// offers it for each year listStatementYears (list-statement-years.ts) returns.
import { getConfig } from "../config/env";
import type { PrismaClient } from "../db/generated/client";
import { getReceiptSettings } from "./get-receipt-settings";
import { listStatementGifts } from "./list-statement-gifts";
import { renderStatementPdf } from "./render-statement-pdf";
import { statementFonts } from "./statement-fonts";

export async function buildYearlyStatement(prisma: PrismaClient, supporterId: string, year: number, locale: string | null | undefined, now = new Date()): Promise<Uint8Array> {
  const [gifts, settings, fonts] = await Promise.all([listStatementGifts(prisma, supporterId, year), getReceiptSettings(prisma), statementFonts()]);
  return renderStatementPdf({ gifts, year, locale, newsroom: getConfig().NEWSROOM_NAME, settings, fonts, now });
}
