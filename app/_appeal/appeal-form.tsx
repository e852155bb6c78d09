"use client";
// The appeal's form. Server-rendered as a plain form that posts to /api/checkout (it works without
// JavaScript: every frequency's presets are in the page and CSS shows the chosen one); once hydrated
// it follows the currency at once and checks the amount before sending, with the server's rules.
import { useLocale, useTranslations } from "next-intl";
import { useLayoutEffect, useRef, useState, type FormEvent } from "react";
import { readFormChoice } from "@/app/_appeal/read-form-choice";
import type { DonationOptions } from "@/lib/donations/donation-options";
import { feeCoverAmount } from "@/lib/donations/fee-cover";
import { readerFormats } from "@/lib/i18n/reader-formats";
import { frequencies, type DonationFrequency } from "@/lib/donations/frequencies";
import { fromMinorUnits, toMinorUnits } from "@/lib/money/to-minor-units";

export type AppealFormProps = {
  options: DonationOptions;
  initial: { frequency: DonationFrequency; currency: string; selected: Partial<Record<DonationFrequency, number>>; otherAmount: string };
  message: { text: string; field: "frequency" | "amount" | "currency" | null } | null;
  /** Null on the cached appeal: the browser makes one when the form is first sent. */
  attemptKey: string | null;
  source: string | null;
  captcha: { provider: "turnstile" | "hcaptcha"; siteKey: string } | null;
  /** In the embedded appeal: Continue takes the whole window (Stripe Checkout refuses frames) and says where it was shown. */
  embed?: { placement: string; variant: string };
};

export function AppealForm({ options, initial, message, attemptKey, source, captcha, embed }: AppealFormProps) {
  const t = useTranslations("appealForm");
  const errors = useTranslations("checkoutErrors");
  const locale = useLocale();
  const [frequency, setFrequency] = useState(initial.frequency);
  const [currencyCode, setCurrencyCode] = useState(initial.currency);
  const [selected, setSelected] = useState(initial.selected);
  const [otherAmount, setOtherAmount] = useState(initial.otherAmount);
  const [error, setError] = useState(message);
  const [sending, setSending] = useState(false);
  const attemptKeyInput = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const tookOverForm = useRef(false);
  const currency = options.currencies.find((c) => c.code === currencyCode) ?? options.currencies[0]!;
  const money = (minor: number) => readerFormats(locale).money(minor, currency.code);
  const typedMinor = otherAmount.trim() ? toMinorUnits(otherAmount.trim(), currency.decimals) : null;
  // The fee for a typed amount, once the scripts run (without them the label names the rule instead).
  const typedFee = currency.feeCover && typedMinor?.ok && typedMinor.minor >= currency.minMinor && typedMinor.minor <= currency.maxMinor ? feeCoverAmount(typedMinor.minor, currency.feeCover) : null;

  // Before the first paint after hydration: whatever the reader chose while the scripts were on their
  // way is still in the form (React does not overwrite it when hydrating) but not in this state, and
  // the next render would put the defaults back. Take the form's values over once; later renders own it.
  useLayoutEffect(() => {
    if (tookOverForm.current || !formRef.current) return;
    tookOverForm.current = true;
    const choice = readFormChoice(formRef.current, options, initial);
    setFrequency(choice.frequency);
    setCurrencyCode(choice.currency);
    setSelected(choice.selected);
    setOtherAmount(choice.otherAmount);
  }, [options, initial]);

  function chooseCurrency(code: string) {
    setCurrencyCode(code);
    setSelected({});
    setError(null);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (sending) return event.preventDefault();
    const typed = otherAmount.trim();
    const chosen = selected[frequency] ?? currency.preselected[frequency];
    const minor = typed ? toMinorUnits(typed, currency.decimals) : { ok: true as const, minor: chosen };
    let text: string | null = null;
    if (!minor.ok)
      text =
        minor.reason === "too_many_decimals"
          ? currency.decimals === 0
            ? errors("wholeNumbers", { code: currency.code.toUpperCase() })
            : errors("decimalPlaces", { count: currency.decimals })
          : errors("inFiguresFrom", { min: money(currency.minMinor) });
    else if (minor.minor < currency.minMinor) text = errors("belowMinimum", { min: money(currency.minMinor) });
    else if (minor.minor > currency.maxMinor) text = errors("aboveMaximum", { max: money(currency.maxMinor) });
    if (text) {
      event.preventDefault();
      setError({ text, field: "amount" });
      document.getElementById("other-amount")?.focus();
      return;
    }
    // The form data is collected after this handler, so the key set here is sent; a resubmit of
    // this page reuses it, and the server makes one Checkout Session for it.
    if (attemptKeyInput.current && !attemptKeyInput.current.value) {
      attemptKeyInput.current.value = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, "0")).join("");
    }
    setSending(true);
    // Coming back with the browser's Back button restores this page from memory: let it send again.
    window.addEventListener("pageshow", () => setSending(false), { once: true });
  }

  const amountInvalid = error?.field === "amount";
  return (
    <form ref={formRef} className="give-form" method="post" action="/api/checkout" target={embed ? "_top" : undefined} onSubmit={onSubmit} noValidate>
      {error ? (
        <p className="form-error" id="give-error" role="alert">
          {error.text}
        </p>
      ) : null}
      <fieldset className="frequency">
        <legend>{t("howOften")}</legend>
        <div className="segmented">
          {frequencies.map((f) => (
            <label key={f}>
              <input type="radio" name="frequency" value={f} checked={frequency === f} onChange={() => setFrequency(f)} />
              <span>{t(`frequency.${f}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      {frequencies.map((f) => (
        <fieldset key={f} className="amounts" data-frequency={f} aria-describedby={amountInvalid ? "give-error" : undefined}>
          <legend>{t(`amountLegend.${f}`)}</legend>
          <div className="amount-grid">
            {currency.presets[f].map((minor) => (
              <label key={minor}>
                <input
                  type="radio"
                  name={`amount_${f}`}
                  value={fromMinorUnits(minor, currency.decimals)}
                  checked={!otherAmount.trim() && (selected[f] ?? currency.preselected[f]) === minor}
                  onChange={() => {
                    setSelected({ ...selected, [f]: minor });
                    setOtherAmount("");
                    setError(null);
                  }}
                />
                <span>{money(minor)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}

      <div className="field-row">
        <div className="field">
          <label htmlFor="other-amount">{t("otherAmount")}</label>
          <input
            id="other-amount"
            name="other_amount"
            inputMode="decimal"
            autoComplete="off"
            placeholder=" "
            value={otherAmount}
            aria-invalid={amountInvalid || undefined}
            aria-describedby={amountInvalid ? "give-error amount-hint" : "amount-hint"}
            onChange={(event) => {
              setOtherAmount(event.target.value);
              if (amountInvalid) setError(null);
            }}
          />
          <p className="hint" id="amount-hint">
            {t("startingFrom", { min: money(currency.minMinor) })}
          </p>
        </div>
        <div className="field">
          <label htmlFor="currency">{t("currency")}</label>
          <select id="currency" name="currency" value={currency.code} onChange={(event) => chooseCurrency(event.target.value)} aria-invalid={error?.field === "currency" || undefined}>
            {options.currencies.map((c) => (
              <option key={c.code} value={c.code}>
                {c.code.toUpperCase()}
              </option>
            ))}
          </select>
        </div>
      </div>

      {currency.feeCover ? (
        <div className="fee-cover">
          {/* Unticked, and uncontrolled: a tick given before the scripts arrive survives hydration. */}
          <input type="checkbox" id="cover-fees" name="cover_fees" value="on" defaultChecked={false} />
          {/* One text per preset, shown by CSS (appeal.css, "fee cover") for the preset chosen, with or without scripts. */}
          <label htmlFor="cover-fees" className="fee-label">
            {frequencies.map((f) =>
              currency.presets[f].map((minor, index) => (
                <span key={`${f}-${minor}`} className="fee-text" data-frequency={f} data-index={index + 1}>
                  {t("coverFees", { amount: money(feeCoverAmount(minor, currency.feeCover!)) })}
                </span>
              )),
            )}
            {typedFee !== null ? <span className="fee-typed">{t("coverFees", { amount: money(typedFee) })}</span> : null}
            <span className="fee-other">{t("coverFeesOther", { percent: readerFormats(locale).number(currency.feeCover.basisPoints / 100), fixed: money(currency.feeCover.fixed) })}</span>
          </label>
          <p className="hint">{t("coverFeesHint")}</p>
        </div>
      ) : null}

      <input type="hidden" name="attempt_key" defaultValue={attemptKey ?? ""} ref={attemptKeyInput} />
      {/* The page's language: refusals and Stripe Checkout follow it. */}
      <input type="hidden" name="lang" value={locale} />
      {source ? <input type="hidden" name="source" value={source} /> : null}
      {embed ? <input type="hidden" name="placement" value={embed.placement} /> : null}
      {embed ? <input type="hidden" name="variant" value={embed.variant} /> : null}
      <div className="hp" aria-hidden="true">
        <label>
          {t("honeypot")}
          <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
      {captcha ? <div className={captcha.provider === "turnstile" ? "cf-turnstile" : "h-captcha"} data-sitekey={captcha.siteKey} /> : null}

      <button type="submit" className="continue" aria-disabled={sending || undefined}>
        {t("continue")}
      </button>
    </form>
  );
}
