// The appeal as readers see it, shared by the cached plain appeal (/appeal/[currency], reached
// through proxy.ts) and the dynamic prefilled one (/ with a query string).
import Link from "next/link";
import { AppealForm, type AppealFormProps } from "@/app/_appeal/appeal-form";
import { PaymentMethods } from "@/app/_appeal/payment-methods";
import "@/app/_appeal/appeal.css";
import { getConfig } from "@/lib/config/env";
import { appealCopy } from "@/lib/donations/appeal-copy";
import type { AppealPrefill } from "@/lib/donations/read-appeal-prefill";
import { readDonationOptions } from "@/lib/donations/read-donation-options";

export function AppealView({ prefill, attemptKey }: { prefill: AppealPrefill; attemptKey: string | null }) {
  const config = getConfig();
  const captcha: AppealFormProps["captcha"] =
    config.CAPTCHA_PROVIDER !== "none" && config.CAPTCHA_SITE_KEY ? { provider: config.CAPTCHA_PROVIDER, siteKey: config.CAPTCHA_SITE_KEY } : null;
  return (
    <main className="appeal">
      <header className="masthead">
        <p className="newsroom">{config.NEWSROOM_NAME}</p>
      </header>
      <div className="appeal-grid">
        <article className="letter">
          <p className="kicker">{appealCopy.kicker}</p>
          <h1>{appealCopy.headline}</h1>
          {appealCopy.letter.map((paragraph) => (
            <p key={paragraph.slice(0, 24)}>{paragraph}</p>
          ))}
          <p className="sign-off">{appealCopy.signOff}</p>
        </article>
        <section className="give" id="give" aria-labelledby="give-heading">
          <h2 id="give-heading">{appealCopy.formHeading}</h2>
          {prefill.cancelled ? (
            <p className="notice" role="status">
              {appealCopy.cancelledNotice}
            </p>
          ) : null}
          <AppealForm options={readDonationOptions()} initial={prefill.initial} message={prefill.message} attemptKey={attemptKey} source={prefill.source} captcha={captcha} />
          <PaymentMethods />
          <p className="remind">
            Not ready to support today? <Link href="/remind">Remind me later</Link>.
          </p>
          <p className="fineprint">
            {appealCopy.privacyNote} <Link href="/privacy">How we handle your data</Link>
          </p>
        </section>
      </div>
      {captcha ? <script src={captcha.provider === "turnstile" ? "https://challenges.cloudflare.com/turnstile/v0/api.js" : "https://js.hcaptcha.com/1/api.js"} async defer /> : null}
    </main>
  );
}
