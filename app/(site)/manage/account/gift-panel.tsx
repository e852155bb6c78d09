// One recurring gift on /manage/account: what Stripe says of it, and a plain form per action.
// The cancel form appears only after "Cancel this gift" (?cancel=<id>, a GET that changes
// nothing), with the save offer (a pause, a smaller amount) above it.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { GiftView } from "@/lib/account/read-account-page";
import { CANCELLATION_FEEDBACK, MAX_COMMENT_LENGTH, PAUSE_MONTHS } from "@/lib/account/gift-choices";
import { formatMoney } from "@/lib/money/format-money";
import styles from "../manage.module.css";

function Hidden({ action, gift, requestId }: { action: string; gift: GiftView; requestId: string }) {
  return (
    <>
      <input type="hidden" name="action" value={action} />
      <input type="hidden" name="subscription" value={gift.id} />
      <input type="hidden" name="request" value={requestId} />
    </>
  );
}

export async function GiftPanel({ gift, requestId, cancelling }: { gift: GiftView; requestId: string; cancelling: boolean }) {
  const t = await getTranslations("account");
  const locale = await getLocale();
  const money = (minor: number) => formatMoney(minor, gift.currency, { locale, trimZeroDecimals: true });
  const date = (value: Date) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(value);
  const other = gift.frequency === "monthly" ? "annual" : "monthly";
  const currency = gift.currency.toUpperCase();
  const brand = gift.card ? gift.card.brand.charAt(0).toUpperCase() + gift.card.brand.slice(1) : "";
  const headingId = `gift-heading-${gift.id}`;
  // What Stripe already holds for later: a pause, an end, a switch of frequency.
  const ahead = [
    gift.paused ? (gift.pausedUntil ? t("pausedUntil", { date: date(gift.pausedUntil) }) : t("pausedOpenEnded")) : null,
    gift.cancelsAt ? t("cancelsOn", { date: date(gift.cancelsAt) }) : null,
    gift.pendingSwitch ? t("switchPending", { date: date(gift.pendingSwitch.at), amount: money(gift.pendingSwitch.amount), frequency: gift.pendingSwitch.frequency }) : null,
  ].filter((line): line is string => line !== null);
  const status = gift.status === "active" ? t("statusActive") : gift.status === "past_due" ? t("statusPastDue") : t("statusOther");
  return (
    <section className={styles.panel} id={`gift-${gift.id}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{t("giftHeading", { amount: money(gift.amount), frequency: gift.frequency })}</h2>
      <dl className={styles.facts}>
        <dt>{t("status")}</dt>
        <dd>{status}</dd>
        {ahead.length > 0 && (
          <>
            <dt>{t("ahead")}</dt>
            <dd>
              {ahead.map((line) => (
                <p className={styles.fact} key={line}>
                  {line}
                </p>
              ))}
            </dd>
          </>
        )}
        <dt>{t("nextPayment")}</dt>
        <dd>{gift.nextPaymentAt && !gift.paused ? date(gift.nextPaymentAt) : t("noNextPayment")}</dd>
        <dt>{t("card")}</dt>
        <dd>{gift.card ? t("cardOnFile", { brand, last4: gift.card.last4 }) : t("cardUnknown")}</dd>
      </dl>

      {gift.cancelsAt ? (
        <form method="post" action="/manage/account/gift">
          <Hidden action="keep" gift={gift} requestId={requestId} />
          <button className={styles.button} type="submit">
            {t("keepButton")}
          </button>
        </form>
      ) : (
        <>
          {gift.bounds ? (
            <form className={styles.action} method="post" action="/manage/account/gift">
              <Hidden action="amount" gift={gift} requestId={requestId} />
              <label className={styles.label} htmlFor={`amount-${gift.id}`}>
                {t("amountLabel", { currency })}
              </label>
              <input className={styles.input} id={`amount-${gift.id}`} name="amount" inputMode="decimal" defaultValue={gift.amountText} aria-describedby={`amount-hint-${gift.id}`} />
              <p className={styles.muted} id={`amount-hint-${gift.id}`}>
                {t("amountHint", { min: money(gift.bounds.min), max: money(gift.bounds.max) })}
              </p>
              <button className={styles.button} type="submit">
                {t("amountButton")}
              </button>
            </form>
          ) : (
            <p>{t("amountUnavailable")}</p>
          )}

          {gift.pendingSwitch ? (
            <form className={styles.action} method="post" action="/manage/account/gift">
              <Hidden action="keep-frequency" gift={gift} requestId={requestId} />
              <button className={styles.button} type="submit">
                {t("keepFrequencyButton", { frequency: gift.frequency })}
              </button>
            </form>
          ) : (
            gift.bounds && (
              <form className={styles.action} method="post" action="/manage/account/gift">
                <Hidden action="switch" gift={gift} requestId={requestId} />
                <input type="hidden" name="frequency" value={other} />
                <label className={styles.label} htmlFor={`switch-${gift.id}`}>
                  {t("switchLabel", { frequency: other, currency })}
                </label>
                <input className={styles.input} id={`switch-${gift.id}`} name="amount" inputMode="decimal" defaultValue={gift.switchAmountText} aria-describedby={`switch-hint-${gift.id}`} />
                {gift.nextPaymentAt && (
                  <p className={styles.muted} id={`switch-hint-${gift.id}`}>
                    {t("switchHint", { date: date(gift.nextPaymentAt) })}
                  </p>
                )}
                <button className={styles.button} type="submit">
                  {t("switchButton", { frequency: other })}
                </button>
              </form>
            )
          )}

          {gift.paused ? (
            <form className={styles.action} method="post" action="/manage/account/gift">
              <Hidden action="resume" gift={gift} requestId={requestId} />
              <button className={styles.button} type="submit">
                {t("resumeButton")}
              </button>
            </form>
          ) : (
            <form className={styles.action} method="post" action="/manage/account/gift">
              <Hidden action="pause" gift={gift} requestId={requestId} />
              <fieldset className={styles.choices}>
                <legend className={styles.label}>{t("pauseLegend")}</legend>
                {PAUSE_MONTHS.map((months) => (
                  <label key={months} className={styles.choice}>
                    <input type="radio" name="months" value={months} defaultChecked={months === 1} /> {t("pauseMonths", { months })}
                  </label>
                ))}
              </fieldset>
              <p className={styles.muted}>{t("pauseHint")}</p>
              <button className={styles.button} type="submit">
                {t("pauseButton")}
              </button>
            </form>
          )}
        </>
      )}

      <form className={styles.action} id={gift.status === "past_due" ? "card" : undefined} method="post" action="/manage/account/gift">
        <Hidden action="card" gift={gift} requestId={requestId} />
        <button className={styles.button} type="submit">
          {t("cardButton")}
        </button>
        <p className={styles.muted}>{t("cardHint")}</p>
      </form>

      {!gift.cancelsAt && !cancelling && (
        <p>
          <Link href={`/manage/account?cancel=${gift.id}#cancel-${gift.id}`}>{t("cancelLink")}</Link>
        </p>
      )}
      {!gift.cancelsAt && cancelling && (
        <div className={styles.cancel} id={`cancel-${gift.id}`}>
          <h3>{t("cancelHeading")}</h3>
          <p>{t("saveOffer")}</p>
          {!gift.paused && (
            <form className={styles.offer} method="post" action="/manage/account/gift">
              <Hidden action="pause" gift={gift} requestId={requestId} />
              <input type="hidden" name="months" value="3" />
              <button className={styles.button} type="submit">
                {t("savePause")}
              </button>
            </form>
          )}
          {gift.lowerAmountText !== null && gift.lowerAmount !== null && (
            <form className={styles.offer} method="post" action="/manage/account/gift">
              <Hidden action="amount" gift={gift} requestId={requestId} />
              <input type="hidden" name="amount" value={gift.lowerAmountText} />
              <button className={styles.button} type="submit">
                {t("saveLower", { amount: money(gift.lowerAmount ?? 0) })}
              </button>
            </form>
          )}
          <form className={styles.action} method="post" action="/manage/account/gift">
            <Hidden action="cancel" gift={gift} requestId={requestId} />
            <fieldset className={styles.choices}>
              <legend className={styles.label}>{t("reasonLegend")}</legend>
              <label className={styles.choice}>
                <input type="radio" name="feedback" value="" defaultChecked /> {t("reasonNone")}
              </label>
              {CANCELLATION_FEEDBACK.map((feedback) => (
                <label key={feedback} className={styles.choice}>
                  <input type="radio" name="feedback" value={feedback} /> {t(`reasons.${feedback}`)}
                </label>
              ))}
            </fieldset>
            <label className={styles.label} htmlFor={`comment-${gift.id}`}>
              {t("commentLabel")}
            </label>
            <textarea className={styles.input} id={`comment-${gift.id}`} name="comment" maxLength={MAX_COMMENT_LENGTH} rows={3} />
            <button className={styles.button} type="submit">
              {t("cancelButton")}
            </button>
          </form>
          <p>
            <Link href={`/manage/account#gift-${gift.id}`}>{t("cancelBack")}</Link>
          </p>
        </div>
      )}
    </section>
  );
}
