// GET /: the appeal. Accepts ?frequency=&amount=&currency=&source= to prefill (reminder emails and
// Checkout's cancel_url come back this way) and ?error= after a refused form post.
import { randomBytes } from "node:crypto";
import { headers } from "next/headers";
import Link from "next/link";
import { AppealForm, type AppealFormProps } from "@/app/_appeal/appeal-form";
import { PaymentMethods } from "@/app/_appeal/payment-methods";
import "@/app/_appeal/appeal.css";
import { getConfig } from "@/lib/config/env";
import { appealCopy } from "@/lib/donations/appeal-copy";
import { readAppealPrefill } from "@/lib/donations/read-appeal-prefill";
import { readDonationOptions } from "@/lib/donations/read-donation-options";
import { readReaderPreferences } from "@/lib/donations/read-reader-preferences";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AppealPage({ searchParams }: { searchParams: SearchParams }) {
  const config = getConfig();
  const options = readDonationOptions();
  const preferences = readReaderPreferences(await headers(), config.CHECKOUT_CURRENCIES);
  const prefill = readAppealPrefill(await searchParams, options, preferences.currency);
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
          <AppealForm options={options} initial={prefill.initial} message={prefill.message} attemptKey={randomBytes(12).toString("hex")} source={prefill.source} captcha={captcha} />
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
