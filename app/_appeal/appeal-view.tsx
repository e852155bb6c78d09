// The appeal as readers see it, shared by the cached plain appeal (/appeal/[currency]/[lang],
// reached from / through proxy.ts) and the dynamic prefilled one (/ with a query string).
// The offer and the words come in from the page (load-donation-options.ts, load-appeal-copy.ts);
// the client components get only the messages they use (lib/i18n/appeal-client-messages.ts).
import { NextIntlClientProvider } from "next-intl";
import { AppealBody } from "@/app/_appeal/appeal-body";
import type { AppealFormProps } from "@/app/_appeal/appeal-form";
import "@/app/_appeal/appeal.css";
import { GoalMeter } from "@/app/_appeal/goal-meter";
import type { GoalMeter as GoalMeterData } from "@/lib/campaign/load-goal-meter";
import { getConfig } from "@/lib/config/env";
import type { AppealPrefill } from "@/lib/donations/read-appeal-prefill";
import type { DonationOptions } from "@/lib/donations/donation-options";
import type { AppealCopy } from "@/lib/donations/load-appeal-copy";
import { appealClientMessages } from "@/lib/i18n/appeal-client-messages";
import type { PaymentBadges } from "@/lib/payment-methods/payment-badges-schema";
import type { Locale } from "@/lib/i18n/locales";

type AppealViewProps = { locale: Locale; options: DonationOptions; copy: AppealCopy; prefill: AppealPrefill; attemptKey: string | null; steppedBackUntil?: Date; badges: PaymentBadges; goalMeter: GoalMeterData | null };

/** The server half: settings the browser may see (the newsroom's name, the CAPTCHA site key) are read here; the payment badges and the goal meter come from the page. */
export function AppealView({ locale, goalMeter, ...props }: AppealViewProps) {
  const config = getConfig();
  const captcha: AppealFormProps["captcha"] = config.CAPTCHA_PROVIDER !== "none" && config.CAPTCHA_SITE_KEY ? { provider: config.CAPTCHA_PROVIDER, siteKey: config.CAPTCHA_SITE_KEY } : null;
  return (
    <NextIntlClientProvider locale={locale} messages={appealClientMessages(locale)} timeZone="UTC" formats={{}}>
      <AppealBody {...props} newsroomName={config.NEWSROOM_NAME} captcha={captcha} goalMeter={goalMeter ? <GoalMeter meter={goalMeter} locale={locale} /> : null} />
    </NextIntlClientProvider>
  );
}
