// Every form on /manage/account (POST /manage/account/gift) as a public form
// (lib/http/handle-public-form.ts): our own pages only, 8 kB, zod, a rate limit per client,
// then the session cookie read again and the gift checked as the supporter's (act-on-gift.ts).
// Answers are 303s back to the page with a notice or a refusal, so it all works without JavaScript.
import "server-only";
import { z } from "zod";
import { getConfig } from "@/lib/config/env";
import { getPrisma } from "@/lib/db/prisma";
import { loadDonationOptions } from "@/lib/donations/load-donation-options";
import { formField } from "@/lib/http/form-fields";
import type { FormReply, PublicForm } from "@/lib/http/handle-public-form";
import { getStripe } from "@/lib/stripe/stripe";
import type { AccountError, AccountOutcome } from "./account-context";
import { actOnGift, giftActions } from "./act-on-gift";
import { findGiftPrice } from "./find-gift-price";
import { clearManageSessionCookie, endManageSession, readManageSession, readManageSessionCookie } from "./manage-session";

const schema = z.object({
  action: z.preprocess((value) => (typeof value === "string" ? value : undefined), z.enum([...giftActions, "sign-out"])),
  subscription: formField.pipe(
    z
      .string()
      .regex(/^sub_[A-Za-z0-9]{1,64}$/)
      .optional(),
  ),
  request: formField.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,64}$/)
      .optional(),
  ),
  amount: formField.pipe(z.string().max(20).optional()),
  frequency: formField,
  months: formField,
  feedback: formField.pipe(z.string().max(40).optional()),
  comment: formField.pipe(z.string().max(2000).optional()),
});

const statusOf: Record<AccountError, number> = {
  session: 401,
  "not-yours": 404,
  "rate-limited": 429,
  stripe: 502,
  "amount-bounds": 400,
  "currency-unavailable": 400,
  "same-frequency": 400,
  "switch-pending": 409,
  "pause-months": 400,
  "not-paused": 409,
  invalid: 400,
};

function refusal(error: AccountError, subscription?: string): FormReply {
  const anchor = subscription ? `#gift-${subscription}` : "";
  return { status: statusOf[error], json: { error: { code: error } }, redirectTo: `/manage/account?error=${error}${anchor}` };
}

/** A refused amount goes back into its field (?typed=), as the appeal keeps a reader's choice. */
function keptAmount(action: string, amount: string | undefined): string {
  if ((action !== "amount" && action !== "switch") || !amount || !/^[0-9.,]{1,20}$/.test(amount)) return "";
  return `&typed=${encodeURIComponent(amount)}&typedFor=${action}`;
}

function answer(outcome: AccountOutcome, subscription: string, input: { action: string; amount?: string }): FormReply {
  if (!outcome.ok && (outcome.error === "amount-bounds" || outcome.error === "currency-unavailable")) {
    const reply = refusal(outcome.error, subscription);
    return { ...reply, redirectTo: `/manage/account?error=${outcome.error}&gift=${subscription}${keptAmount(input.action, input.amount)}#gift-${subscription}` };
  }
  if (!outcome.ok) return refusal(outcome.error, subscription);
  if (outcome.redirectTo) return { status: 200, json: { url: outcome.redirectTo }, redirectTo: outcome.redirectTo };
  return { status: 200, json: { notice: outcome.notice }, redirectTo: `/manage/account?notice=${outcome.notice}#gift-${subscription}` };
}

export const giftActionForm: PublicForm<z.infer<typeof schema>> = {
  schema,
  invalid: () => refusal("invalid"),
  rateLimit: {
    spends: (_input, { clientAddressHash }) => [{ name: "manage-account", key: clientAddressHash }],
    refused: () => refusal("rate-limited"),
  },
  async submit(input, { headers, now }) {
    const prisma = getPrisma();
    const token = readManageSessionCookie(headers);
    const { APP_URL } = getConfig();
    if (input.action === "sign-out") {
      await endManageSession(prisma, token, now);
      return { status: 200, json: { notice: "signed-out" }, redirectTo: "/manage/account?notice=signed-out", headers: { "Set-Cookie": clearManageSessionCookie(APP_URL) } };
    }
    const session = await readManageSession(prisma, token, now);
    if (!session) return refusal("session");
    if (!input.subscription || !input.request) return refusal("invalid");
    const stripe = getStripe();
    const context = {
      prisma,
      stripe,
      session,
      options: await loadDonationOptions(),
      priceFor: (key: Parameters<typeof findGiftPrice>[1]) => findGiftPrice(stripe, key),
      appUrl: APP_URL,
      now,
      requestId: input.request,
    };
    return answer(await actOnGift(context, { ...input, action: input.action, subscription: input.subscription }), input.subscription, input);
  },
};
