// The appeal's markup, as a client component so that it travels once: React renders it into the
// page's HTML, and the RSC payload carries only these props (the words and the offer) instead of
// a second copy of the whole element tree. The plain appeal is the busiest page; its bytes are
// its throughput. Rendered on the server for readers without JavaScript, like any client component.
"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { AppealForm, type AppealFormProps } from "@/app/_appeal/appeal-form";
import { PaymentMethods } from "@/app/_appeal/payment-methods";
import type { AppealPrefill } from "@/lib/donations/read-appeal-prefill";
import type { DonationOptions } from "@/lib/donations/donation-options";
import type { AppealCopy } from "@/lib/donations/load-appeal-copy";
import type { PaymentBadges } from "@/lib/payment-methods/payment-badges-schema";
import { readerFormats } from "@/lib/i18n/reader-formats";

export type AppealBodyProps = {
  options: DonationOptions;
  copy: AppealCopy;
  prefill: AppealPrefill;
  attemptKey: string | null;
  steppedBackUntil?: Date;
  newsroomName: string;
  captcha: AppealFormProps["captcha"];
  badges: PaymentBadges;
  /** The campaign's goal meter, rendered on the server (goal-meter.tsx), or nothing. */
  goalMeter?: ReactNode;
};

/** steppedBackUntil: the reader snoozed the appeal; the letter (the ask) steps back, the form stays for whoever came to give. */
export function AppealBody({ options, copy, prefill, attemptKey, steppedBackUntil, newsroomName, captcha, badges, goalMeter }: AppealBodyProps) {
  const t = useTranslations("appeal");
  const locale = useLocale();
  return (
    <main className="appeal">
      <header className="masthead">
        <p className="newsroom">{newsroomName}</p>
      </header>
      <div className="appeal-grid">
        {steppedBackUntil ? (
          <article className="letter stepped-back">
            <h1>{t("steppedBackHeading")}</h1>
            <p role="status">{t("steppedBackStatus", { until: readerFormats(locale).dayMonth(steppedBackUntil) })}</p>
            <p>{t("steppedBackBody")}</p>
          </article>
        ) : (
          <article className="letter">
            <p className="kicker">{t("kicker")}</p>
            {/* Staff's English words, when they have not translated them yet. */}
            <div lang={copy.letterLocale === locale ? undefined : copy.letterLocale}>
              <h1>{copy.headline}</h1>
              {copy.letter.map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </div>
            <p className="sign-off">{t("signOff")}</p>
          </article>
        )}
        <section className="give" id="give" aria-labelledby="give-heading">
          <h2 id="give-heading">{t("formHeading")}</h2>
          {goalMeter}
          {prefill.cancelled ? (
            <p className="notice" role="status">
              {t("cancelledNotice")}
            </p>
          ) : null}
          <AppealForm options={options} initial={prefill.initial} message={prefill.message} attemptKey={attemptKey} source={prefill.source} captcha={captcha} />
          <PaymentMethods badges={badges} />
          <p className="remind">
            {t("remindPrompt")} <Link href="/remind">{t("remindLink")}</Link>.
          </p>
          <aside className="safety" aria-labelledby="safety-heading">
            <h3 id="safety-heading">{t("safetyHeading")}</h3>
            <p>{copy.safetyNote}</p>
          </aside>
          <p className="fineprint">
            {t("privacyNote")} <Link href="/privacy">{t("privacyLink")}</Link>
          </p>
        </section>
      </div>
      {captcha ? <script src={captcha.provider === "turnstile" ? "https://challenges.cloudflare.com/turnstile/v0/api.js" : "https://js.hcaptcha.com/1/api.js"} async defer /> : null}
    </main>
  );
}
