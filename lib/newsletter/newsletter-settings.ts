// The Settings page's "Newsletter" section (admins): the webhook URL staff set, whether the
// signing secret is configured, and saving a new URL (audited; refused without a secret).
import "server-only";
import { getConfig } from "@/lib/config/env";
import { getPrisma } from "@/lib/db/prisma";
import { getNewsletterWebhookUrl, updateNewsletterWebhookUrl, type WebhookSettingUpdate } from "./newsletter-webhook-setting";

export type NewsletterSettingsView = { webhookUrl: string; secretSet: boolean; exampleUnsubscribeUrl: string };

export async function readNewsletterSettings(): Promise<NewsletterSettingsView> {
  return {
    webhookUrl: (await getNewsletterWebhookUrl(getPrisma())) ?? "",
    secretSet: Boolean(getConfig().NEWSLETTER_WEBHOOK_SECRET),
    exampleUnsubscribeUrl: `${getConfig().APP_URL}/api/newsletter/unsubscribe?token=<token>`,
  };
}

export function saveNewsletterWebhookUrl(form: FormData, actorUserId: string): Promise<WebhookSettingUpdate> {
  return updateNewsletterWebhookUrl(getPrisma(), String(form.get("webhookUrl") ?? ""), actorUserId);
}
