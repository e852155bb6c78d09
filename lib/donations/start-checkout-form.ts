// The appeal's Continue (POST /api/checkout) as a public form (lib/http/handle-public-form.ts). A
// browser's post answers 303 to Stripe Checkout, or back to the appeal with the message and the
// reader's choice; JSON answers {url} or {error}. Every attempt spends from the checkout budget,
// valid or not: bots probing the form are what it is for. Refusals, and Stripe Checkout, are in the
// reader's language: the switch's cookie, the page's `lang` field, then Accept-Language.
import "server-only";
import { getConfig } from "@/lib/config/env";
import { anyFields } from "@/lib/http/form-fields";
import type { FormContext, FormReply, PublicForm } from "@/lib/http/handle-public-form";
import { knownLocale, type Locale } from "@/lib/i18n/locales";
import { readRequestLocale } from "@/lib/i18n/read-request-locale";
import { carryEmbedCheckoutCookie, dropCarriedCookie, readCarriedEmbedCheckout } from "@/lib/embed/carry-embed-checkout";
import { countEmbedClick, embedCheckoutCookies, readEmbedCheckout } from "@/lib/embed/embed-checkout";
import { isCaptchaAnswerMissing } from "@/lib/security/verify-captcha";
import { getStripe } from "@/lib/stripe/stripe";
import { buildAppealUrl } from "./build-appeal-url";
import { refusalMessage, type RefusalCode } from "./refusal-messages";
import { renderCheckoutWaitPage } from "./render-checkout-wait-page";
import { startCheckout } from "./start-checkout";

type Fields = Record<string, unknown>;
type ErrorBody = { code: string; message: string; field: string | null };

function text(fields: Fields, key: string): string | undefined {
  const value = fields[key];
  return typeof value === "string" ? value : undefined;
}

/** The reader's choice as the appeal's address keeps it (a typed amount wins over a preset). */
function choiceOf(fields: Fields) {
  return { frequency: text(fields, "frequency"), amount: text(fields, "other_amount") || text(fields, "amount"), currency: text(fields, "currency") };
}

function refuse(fields: Fields, status: number, error: ErrorBody): FormReply {
  return { status, json: { error }, redirectTo: buildAppealUrl(getConfig().APP_URL, { ...choiceOf(fields), source: text(fields, "source"), error: error.code }) };
}

const refusal = (code: RefusalCode, locale: Locale): ErrorBody => ({ code, message: refusalMessage(code, locale), field: null });

const localeOf = (fields: Fields, context: Pick<FormContext, "headers">): Locale => readRequestLocale(context.headers, fields.lang);

export const startCheckoutForm: PublicForm<Fields> = {
  // The fields are checked against the offer by parseCheckoutRequest, after the rate limit.
  schema: anyFields,
  // Without the request's headers here, the page's own `lang` field says the language (an unreadable body has none: English).
  invalid: (_error, fields) => refuse({}, 400, refusal("invalid_body", knownLocale(fields.lang))),
  unreadable: (code) => refuse({}, 400, { code, message: refusalMessage("invalid_body", "en"), field: null }),
  rateLimit: {
    spends: (_fields, { clientAddressHash }) => [{ name: "checkout", key: clientAddressHash }],
    refused: (_seconds, fields, context) =>
      context.asJson ? refuse(fields, 429, refusal("rate_limited", localeOf(fields, context))) : renderCheckoutWaitPage(buildAppealUrl(getConfig().APP_URL, choiceOf(fields)), localeOf(fields, context)),
    unavailable: (fields) => refuse(fields, 503, refusal("checkout_unavailable", knownLocale(fields.lang))),
  },
  async submit(fields, context) {
    const locale = localeOf(fields, context);
    const embed = await readEmbedCheckout(fields, context.headers);
    if (embed.attribution.placement && !context.asJson && isCaptchaAnswerMissing(fields)) {
      // The embedded appeal runs no script, so it cannot show the CAPTCHA: its Continue takes the
      // whole window to the appeal page, the reader's choice kept, where the CAPTCHA is, and
      // where the appeal was goes with it (carry-embed-checkout.ts). Nothing is created without
      // a passing CAPTCHA.
      await countEmbedClick(embed.attribution);
      const appeal = new URL(buildAppealUrl(getConfig().APP_URL, choiceOf(fields)));
      appeal.searchParams.set("lang", locale);
      return { status: 303, json: null, redirectTo: appeal.toString(), headers: { "Set-Cookie": carryEmbedCheckoutCookie(embed) } };
    }
    const carried = embed.attribution.placement ? null : await readCarriedEmbedCheckout(context.headers);
    const from = carried ?? embed;
    const outcome = await startCheckout(fields, { clientAddressHash: context.clientAddressHash, locale, attribution: from.attribution }, getStripe);
    switch (outcome.kind) {
      case "created": {
        // A checkout the banner led to had its click counted when its button was pressed.
        if (embed.attribution.placement && !embed.fromBanner) await countEmbedClick(embed.attribution);
        if (context.asJson) return { status: 200, json: { url: outcome.url }, redirectTo: outcome.url, ...(carried ? { headers: { "Set-Cookie": dropCarriedCookie() } } : {}) };
        // Two cookies go with the browser to Stripe (lib/embed/embed-checkout.ts): one header each.
        const headers = new Headers({ "Cache-Control": "no-store", Location: outcome.url });
        for (const cookie of embedCheckoutCookies(fields.frequency, from.backUrl, from.fromBanner)) headers.append("Set-Cookie", cookie);
        if (carried) headers.append("Set-Cookie", dropCarriedCookie());
        return new Response(null, { status: 303, headers });
      }
      case "invalid":
        return refuse(fields, 400, outcome.error);
      case "unavailable":
        return refuse(fields, 503, refusal("checkout_unavailable", locale));
      case "refused":
        return refuse(fields, 400, refusal(outcome.code, locale));
    }
  },
};
