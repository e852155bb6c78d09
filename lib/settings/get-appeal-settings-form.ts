// The settings page's form, filled in: the appeal's settings as staff last saved them (or the
// defaults), with amounts in each currency's usual units as an admin types them ("5, 10, 25").
// read-appeal-settings-form.ts reads the same fields back.
import "server-only";
import { getPrisma } from "../db/prisma";
import { basisPointsToPercent, defaultFeeCoverRule } from "../donations/fee-cover";
import { minorToDecimal } from "../money/minor-to-decimal";
import type { AppealSettings } from "./appeal-settings-schema";
import { getAppealSettings } from "./get-appeal-settings";

export type CurrencyRowForm = { code: string; once: string; monthly: string; annual: string; minimum: string; maximum: string; feePercent: string; feeFixed: string };

export type AppealSettingsForm = Omit<AppealSettings, "currencies"> & { currencies: CurrencyRowForm[] };

export async function getAppealSettingsForm(): Promise<AppealSettingsForm> {
  const { currencies, ...rest } = await getAppealSettings(getPrisma());
  const list = (amounts: number[], code: string) => amounts.map((amount) => minorToDecimal(amount, code)).join(", ");
  return {
    ...rest,
    currencies: Object.entries(currencies).map(([code, c]) => {
      const fee = c.feeCover === undefined ? defaultFeeCoverRule(code) : c.feeCover;
      return {
        code,
        once: list(c.once, code),
        monthly: list(c.monthly, code),
        annual: list(c.annual, code),
        minimum: minorToDecimal(c.minimum, code),
        maximum: minorToDecimal(c.maximum, code),
        feePercent: fee ? basisPointsToPercent(fee.basisPoints) : "",
        feeFixed: fee ? minorToDecimal(fee.fixed, code) : "",
      };
    }),
  };
}
