// Following a manage link: the token is checked, spent exactly once, and exchanged for the
// supporter's short account session (lib/account/manage-session.ts), provided one of their
// customers still has, at Stripe, the address the link was sent to (choose-portal-customer.ts).
// The Stripe calls happen after the database claim, outside any transaction.
import type Stripe from "stripe";
import type { PrismaClient } from "../db/generated/client";
import type { ManageLinkPurpose } from "../db/generated/enums";
import { startManageSession } from "../account/manage-session";
import { isLocale } from "../i18n/locales";
import { logger } from "../log/logger";
import { choosePortalCustomer } from "./choose-portal-customer";
import { hashManageLinkToken, isWellFormedManageLinkToken } from "./manage-link-token";

export type ManageLinkRefusal = "invalid" | "expired" | "used" | "no-customer";
export type OpenManageLinkResult = { ok: true; sessionToken: string; purpose: ManageLinkPurpose } | { ok: false; reason: ManageLinkRefusal };

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
  // Spend the token first: two clicks racing each other open at most one session.
  const claimed = await prisma.manageLink.updateMany({ where: { id: link.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  if (claimed.count === 0) return { ok: false, reason: "used" };
  // Links made before they remembered their address were sent to the supporter's address then.
  const sentToIndex = link.emailIndex ?? (await prisma.supporter.findUnique({ where: { id: link.supporterId }, select: { emailIndex: true } }))?.emailIndex;
  const customer = sentToIndex ? await choosePortalCustomer(prisma, stripe, link.supporterId, sentToIndex) : undefined;
  if (!customer || !sentToIndex) return { ok: false, reason: "no-customer" };
  // The session remembers the link's address: each action re-checks the customer's email at Stripe.
  const session = await startManageSession(prisma, { supporterId: link.supporterId, emailIndex: sentToIndex, locale: isLocale(link.locale) ? link.locale : null }, now);
  logger.info("supporter account opened from a manage link", { supporterId: link.supporterId, manageLinkId: link.id });
  return { ok: true, sessionToken: session.token, purpose: link.purpose };
}
