// The appeal's markup, as a client component so that it travels once: React renders it into the
// page's HTML, and the RSC payload carries only these props (the words and the offer) instead of
// a second copy of the whole element tree. The plain appeal is the busiest page; its bytes are
// its throughput. Rendered on the server for readers without JavaScript, like any client component.
"use client";

import Link from "next/link";
import { AppealForm, type AppealFormProps } from "@/app/_appeal/appeal-form";
import { PaymentMethods } from "@/app/_appeal/payment-methods";
import type { AppealPrefill } from "@/lib/donations/read-appeal-prefill";
import type { DonationOptions } from "@/lib/donations/donation-options";
import type { AppealCopy } from "@/lib/donations/load-appeal-copy";

export type AppealBodyProps = {
  options: DonationOptions;
  copy: AppealCopy;
  prefill: AppealPrefill;
  attemptKey: string | null;
  steppedBackUntil?: Date;
  newsroomName: string;
  captcha: AppealFormProps["captcha"];
};

const dayMonth = (date: Date) => date.toLocaleDateString("en", { day: "numeric", month: "long", timeZone: "UTC" });

/** steppedBackUntil: the reader snoozed the appeal; the letter (the ask) steps back, the form stays for whoever came to give. */
export function AppealBody({ options, copy, prefill, attemptKey, steppedBackUntil, newsroomName, captcha }: AppealBodyProps) {
  return (
    <main className="appeal">
      <header className="masthead">
        <p className="newsroom">{newsroomName}</p>
      </header>
      <div className="appeal-grid">
        {steppedBackUntil ? (
          <article className="letter stepped-back">
            <h1>Thank you for reading</h1>
            <p role="status">You asked us to step back until {dayMonth(steppedBackUntil)}, so we will not ask you to give before then.</p>
            <p>If you came here to give anyway, the form is ready whenever you are.</p>
          </article>
        ) : (
          <article className="letter">
            <p className="kicker">{copy.kicker}</p>
            <h1>{copy.headline}</h1>
            {copy.letter.map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
            <p className="sign-off">{copy.signOff}</p>
          </article>
        )}
        <section className="give" id="give" aria-labelledby="give-heading">
          <h2 id="give-heading">{copy.formHeading}</h2>
          {prefill.cancelled ? (
            <p className="notice" role="status">
              {copy.cancelledNotice}
            </p>
          ) : null}
          <AppealForm options={options} initial={prefill.initial} message={prefill.message} attemptKey={attemptKey} source={prefill.source} captcha={captcha} />
          <PaymentMethods />
          <p className="remind">
            Not ready to support today? <Link href="/remind">Remind me later</Link>.
          </p>
          <p className="fineprint">
            {copy.privacyNote} <Link href="/privacy">How we handle your data</Link>
          </p>
        </section>
      </div>
      {captcha ? <script src={captcha.provider === "turnstile" ? "https://challenges.cloudflare.com/turnstile/v0/api.js" : "https://js.hcaptcha.com/1/api.js"} async defer /> : null}
    </main>
  );
}
