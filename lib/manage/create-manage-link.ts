import type { PrismaClient } from "../db/generated/client";
import type { ManageLinkPurpose } from "../db/generated/enums";
import { getConfig } from "../config/env";
import { newManageLinkToken } from "./manage-link-token";

export type ManageLinkRequest = {
  supporterId: string;
  purpose: ManageLinkPurpose;
  /** Blind index of the address the link is emailed to: only customers with that email at Stripe open. */
  sentToIndex: string;
  /** The supporter's language: the billing portal opens in it. */
  locale?: string | null;
};

/** Stores a new single-use link for the supporter and returns the token to put in the email. */
export async function createManageLink(prisma: PrismaClient, request: ManageLinkRequest, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const { token, tokenHash } = newManageLinkToken();
  const expiresAt = new Date(now.getTime() + getConfig().MANAGE_LINK_MINUTES * 60_000);
  await prisma.manageLink.create({
    data: { tokenHash, supporterId: request.supporterId, purpose: request.purpose, emailIndex: request.sentToIndex, locale: request.locale ?? null, expiresAt, createdAt: now },
  });
  return { token, expiresAt };
}
