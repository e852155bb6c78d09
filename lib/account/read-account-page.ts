// What /manage/account shows: nothing without a live session (signed-out), else the supporter's
// recurring gifts as Stripe has them right now (re-read on every visit: the page never shows a
// state Stripe has not confirmed) and their one-time gifts of the last three years from the
// ledger the webhooks keep. ?notice= and ?error= are the last form's answer.
import "server-only";
import type Stripe from "stripe";
import { getPrisma } from "@/lib/db/prisma";
import { loadDonationOptions } from "@/lib/donations/load-donation-options";
import { findCurrencyOptions, type CurrencyOptions } from "@/lib/donations/donation-options";
import { fromMinorUnits } from "@/lib/money/to-minor-units";
import { getStripe } from "@/lib/stripe/stripe";
import { randomBytes } from "node:crypto";
import { accountErrors, accountNotices, giftFrequencyOf, type AccountError, type AccountNotice, type GiftFrequency } from "./account-context";
import { findOwnSubscriptions } from "./find-own-subscriptions";
import { pendingPriceIds, pendingSwitchOf, type PendingSwitch } from "./gift-schedule";
import { readManageSession } from "./manage-session";

export type GiftView = {
  id: string;
  amount: number;
  currency: string;
  frequency: GiftFrequency;
  status: "active" | "past_due" | "other";
  nextPaymentAt: Date | null;
  card: { brand: string; last4: string } | null;
  pausedUntil: Date | null;
  paused: boolean;
  cancelsAt: Date | null;
  pendingSwitch: (Omit<PendingSwitch, "at"> & { at: Date }) | null;
  /** Within the appeal's bounds for this currency; null when the appeal no longer offers it. */
  bounds: { min: number; max: number; decimals: number } | null;
  amountText: string;
  /** A suggestion for the other frequency: twelve months' worth, or a twelfth, within bounds. */
  switchAmountText: string;
  /** The save offer's smaller amount: the appeal's next preset below this one; null when none is smaller. */
  lowerAmountText: string | null;
  lowerAmount: number | null;
};

export type OneTimeGiftView = { id: string; amount: number; currency: string; paidAt: Date };

export type AccountPage =
  | { kind: "signed-out"; notice?: AccountNotice; error?: AccountError }
  | { kind: "open"; gifts: GiftView[]; oneTimeGifts: OneTimeGiftView[]; requestId: string; expiresAt: Date; notice?: AccountNotice; error?: AccountError; cancelling?: string };

const ONE_TIME_YEARS = 3;
const at = (seconds: number | null | undefined) => (seconds ? new Date(seconds * 1000) : null);

function cardOf(subscription: Stripe.Subscription): GiftView["card"] {
  const method = subscription.default_payment_method;
  if (!method || typeof method === "string" || !method.card) return null;
  return { brand: method.card.brand, last4: method.card.last4 };
}

async function priceLookup(stripe: Stripe, subscriptions: Stripe.Subscription[]): Promise<Map<string, Stripe.Price>> {
  const prices = new Map<string, Stripe.Price>();
  for (const id of new Set(subscriptions.flatMap(pendingPriceIds))) prices.set(id, await stripe.prices.retrieve(id));
  return prices;
}

function suggestions(amount: number, frequency: GiftFrequency, offer: CurrencyOptions | undefined): Pick<GiftView, "switchAmountText" | "lowerAmountText" | "lowerAmount"> {
  const decimals = offer?.decimals ?? 2;
  const unit = 10 ** decimals;
  const clamp = (minor: number) => (offer ? Math.min(offer.maxMinor, Math.max(offer.minMinor, minor)) : minor);
  const other = frequency === "monthly" ? amount * 12 : Math.max(unit, Math.round(amount / 12 / unit) * unit);
  const lower = offer?.presets[frequency].filter((preset) => preset < amount).at(-1) ?? (offer && offer.minMinor < amount ? offer.minMinor : undefined);
  return { switchAmountText: fromMinorUnits(clamp(other), decimals), lowerAmountText: lower === undefined ? null : fromMinorUnits(lower, decimals), lowerAmount: lower ?? null };
}

export async function readAccountPage(token: string | undefined, params: Record<string, string | string[] | undefined>, now = new Date()): Promise<AccountPage> {
  const notice = accountNotices.find((value) => value === params.notice);
  const error = accountErrors.find((value) => value === params.error);
  const prisma = getPrisma();
  const session = await readManageSession(prisma, token, now);
  if (!session) return { kind: "signed-out", notice, error: error ?? (token ? "session" : undefined) };
  const stripe = getStripe();
  const [subscriptions, options, donations] = await Promise.all([
    findOwnSubscriptions(prisma, stripe, session),
    loadDonationOptions(),
    prisma.donation.findMany({
      where: { supporterId: session.supporterId, frequency: "ONCE", status: { in: ["SUCCEEDED", "PARTIALLY_REFUNDED"] }, paidAt: { gte: new Date(Date.UTC(now.getUTCFullYear() - ONE_TIME_YEARS, 0, 1)) } },
      orderBy: { paidAt: "desc" },
      take: 50,
      select: { id: true, amount: true, amountRefunded: true, currency: true, paidAt: true },
    }),
  ]);
  const prices = await priceLookup(stripe, subscriptions);
  const gifts = subscriptions.map((subscription): GiftView => {
    const item = subscription.items.data[0];
    const amount = (item?.price.unit_amount ?? 0) * (item?.quantity ?? 1);
    const offer = findCurrencyOptions(options, subscription.currency);
    const pending = pendingSwitchOf(subscription, prices);
    return {
      id: subscription.id,
      amount,
      currency: subscription.currency,
      frequency: giftFrequencyOf(subscription),
      status: subscription.status === "active" ? "active" : subscription.status === "past_due" ? "past_due" : "other",
      nextPaymentAt: subscription.cancel_at_period_end ? null : at(item?.current_period_end),
      card: cardOf(subscription),
      paused: subscription.pause_collection !== null,
      pausedUntil: at(subscription.pause_collection?.resumes_at),
      cancelsAt: subscription.cancel_at_period_end ? at(subscription.cancel_at ?? item?.current_period_end) : null,
      pendingSwitch: pending ? { ...pending, at: new Date(pending.at * 1000) } : null,
      bounds: offer ? { min: offer.minMinor, max: offer.maxMinor, decimals: offer.decimals } : null,
      amountText: fromMinorUnits(amount, offer?.decimals ?? 2),
      ...suggestions(amount, giftFrequencyOf(subscription), offer),
    };
  });
  // The amount a refused form sent, back in its field (only digits and separators are echoed).
  const typed = typeof params.typed === "string" && /^[0-9.,]{1,20}$/.test(params.typed) ? params.typed : undefined;
  const typedGift = gifts.find((gift) => gift.id === params.gift);
  if (typed && typedGift && params.typedFor === "amount") typedGift.amountText = typed;
  if (typed && typedGift && params.typedFor === "switch") typedGift.switchAmountText = typed;
  const oneTimeGifts = donations.flatMap((gift) => (gift.paidAt ? [{ id: gift.id, amount: gift.amount - gift.amountRefunded, currency: gift.currency, paidAt: gift.paidAt }] : []));
  const cancelling = typeof params.cancel === "string" && gifts.some((gift) => gift.id === params.cancel) ? params.cancel : undefined;
  return { kind: "open", gifts, oneTimeGifts, requestId: randomBytes(16).toString("base64url"), expiresAt: session.expiresAt, notice, error, cancelling };
}
