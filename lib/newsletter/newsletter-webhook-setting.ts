// Where the webhook to the mailing tool goes: a URL staff set in Settings (stored in Setting,
// audited on save). Empty means no webhook. A URL is refused while NEWSLETTER_WEBHOOK_SECRET is
// unset, since deliveries could not be signed.
import { z } from "zod";
import { getConfig } from "@/lib/config/env";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";

export const NEWSLETTER_WEBHOOK_KEY = "newsletter-webhook";

const stored = z.object({ url: z.string() });

const urlRule = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => value === "" || /^https?:\/\/[^\s]+$/.test(value), "must be an http:// or https:// URL, or empty for no webhook");

export async function getNewsletterWebhookUrl(prisma: PrismaClient): Promise<string | null> {
  const row = await prisma.setting.findUnique({ where: { key: NEWSLETTER_WEBHOOK_KEY }, select: { value: true } });
  const parsed = stored.safeParse(row?.value);
  return parsed.success && parsed.data.url ? parsed.data.url : null;
}

export type WebhookSettingUpdate = { ok: true; url: string } | { ok: false; error: string };

export async function updateNewsletterWebhookUrl(prisma: PrismaClient, input: unknown, actorUserId: string): Promise<WebhookSettingUpdate> {
  const parsed = urlRule.safeParse(input);
  if (!parsed.success) return { ok: false, error: `The webhook URL ${parsed.error.issues[0]?.message ?? "is not valid"}` };
  const url = parsed.data;
  if (url && !getConfig().NEWSLETTER_WEBHOOK_SECRET) return { ok: false, error: "Set NEWSLETTER_WEBHOOK_SECRET on the server first: deliveries are signed with it" };
  const value: Prisma.InputJsonValue = { url };
  await prisma.$transaction([
    prisma.setting.upsert({ where: { key: NEWSLETTER_WEBHOOK_KEY }, update: { value, updatedBy: actorUserId }, create: { key: NEWSLETTER_WEBHOOK_KEY, value, updatedBy: actorUserId } }),
    prisma.auditLog.create({ data: { actorUserId, action: "settings.updated", targetType: "setting", targetId: NEWSLETTER_WEBHOOK_KEY, metadata: { webhookSet: url !== "" } } }),
  ]);
  return { ok: true, url };
}
