// The invitation shown to one-time donors on the thank-you page: turn today's gift into a modest
// monthly one. It posts the ordinary checkout form, so it works without JavaScript.
import { readerTranslator } from "@/lib/i18n/reader-translator";
import type { Locale } from "@/lib/i18n/locales";
import { minorToDecimal } from "@/lib/money/minor-to-decimal";
import { MONTHLY_INVITE_SOURCE } from "@/lib/upgrades/monthly-invite-source";

type MonthlyInviteProps = { monthlyAmountMinor: number; currency: string; formattedAmount: string; attemptKey: string; locale: Locale };

export function MonthlyInvite({ monthlyAmountMinor, currency, formattedAmount, attemptKey, locale }: MonthlyInviteProps) {
  const t = readerTranslator(locale);
  const amount = minorToDecimal(monthlyAmountMinor, currency);
  return (
    <section aria-labelledby="monthly-invite-heading" className="monthly-invite">
      <h2 id="monthly-invite-heading">{t("monthlyInvite.heading")}</h2>
      <p>{t("monthlyInvite.body", { amount: formattedAmount })}</p>
      <form method="post" action="/api/checkout">
        <input type="hidden" name="frequency" value="monthly" />
        <input type="hidden" name="amount" value={amount} />
        <input type="hidden" name="currency" value={currency} />
        <input type="hidden" name="source" value={MONTHLY_INVITE_SOURCE} />
        <input type="hidden" name="lang" value={locale} />
        {/* The same key on a double click or refresh, so one Checkout Session is made. */}
        <input type="hidden" name="attempt_key" value={attemptKey} />
        <button className="continue" type="submit">
          {t("monthlyInvite.button", { amount: formattedAmount })}
        </button>
      </form>
    </section>
  );
}
