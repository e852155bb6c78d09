// Following a manage link: the token is checked, spent exactly once, and exchanged for a Stripe
// billing portal session for one of the supporter's customers whose current email at Stripe is
// the address the link was sent to (choose-portal-customer.ts). The Stripe calls happen after
// the database claim, outside any transaction.
import type Stripe from "stripe";
import type { PrismaClient } from "../db/generated/client";
import { ManageLinkPurpose } from "../db/generated/enums";
import { getConfig } from "../config/env";
import { isLocale } from "../i18n/locales";
import { logger } from "../log/logger";
import { choosePortalCustomer } from "./choose-portal-customer";
import { hashManageLinkToken, isWellFormedManageLinkToken } from "./manage-link-token";

export type ManageLinkRefusal = "invalid" | "expired" | "used" | "no-customer";
export type OpenManageLinkResult = { ok: true; portalUrl: string } | { ok: false; reason: ManageLinkRefusal };

/** Checks a token without spending it (the page a link opens shows this before the button). */
export async function checkManageLink(prisma: PrismaClient, token: unknown, now = new Date()): Promise<{ ok: true } | { ok: false; reason: ManageLinkRefusal }> {
  if (!isWellFormedManageLinkToken(token)) return { ok: false, reason: "invalid" };
  const link = await prisma.manageLink.findUnique({ where: { tokenHash: hashManageLinkToken(token) }, select: { usedAt: true, expiresAt: true } });
  if (!link) return { ok: false, reason: "invalid" };
  if (link.usedAt) return { ok: false, reason: "used" };
  if (link.expiresAt <= now) return { ok: false, reason: "expired" };
  return { ok: true };
}

export async function openManageLink(prisma: PrismaClient, stripe: Stripe, token: unknown, now = new Date()): Promise<OpenManageLinkResult> {
  const check = await checkManageLink(prisma, token, now);
  if (!check.ok) return check;
  const tokenHash = hashManageLinkToken(token as string);
  const link = await prisma.manageLink.findUniqueOrThrow({ where: { tokenHash }, select: { id: true, supporterId: true, purpose: true, emailIndex: true, locale: true } });
  // Spend the token first: two clicks racing each other open at most one portal.
  const claimed = await prisma.manageLink.updateMany({ where: { id: link.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  if (claimed.count === 0) return { ok: false, reason: "used" };
  // Links made before they remembered their address were sent to the supporter's address then.
  const sentToIndex = link.emailIndex ?? (await prisma.supporter.findUnique({ where: { id: link.supporterId }, select: { emailIndex: true } }))?.emailIndex;
  const customer = sentToIndex ? await choosePortalCustomer(prisma, stripe, link.supporterId, sentToIndex) : undefined;
  if (!customer) return { ok: false, reason: "no-customer" };
  const { APP_URL } = getConfig();
  const portal = await stripe.billingPortal.sessions.create({
    customer,
    return_url: `${APP_URL}/manage?returned=1`,
    // The portal in the supporter's language (Stripe's own locale codes include ours).
    ...(isLocale(link.locale) ? { locale: link.locale } : {}),
    ...(link.purpose === ManageLinkPurpose.UPDATE_PAYMENT_METHOD ? { flow_data: { type: "payment_method_update" as const } } : {}),
  });
  logger.info("billing portal opened from a manage link", { supporterId: link.supporterId, manageLinkId: link.id });
  return { ok: true, portalUrl: portal.url };
}
