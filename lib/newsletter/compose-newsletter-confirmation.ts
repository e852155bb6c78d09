// The newsletter's double opt-in email, in the language the reader signed up in. Discreet by
// default (the Settings switch): a neutral sender name and a subject without the newsroom's name.
import { getConfig } from "@/lib/config/env";
import type { OutgoingEmail } from "@/lib/email/send-email";
import { escapeHtml } from "@/lib/http/escape-html";
import { knownLocale } from "@/lib/i18n/locales";
import { readerTranslator } from "@/lib/i18n/reader-translator";
import { newsletterConfirmUrl } from "./newsletter-links";

export const NEWSLETTER_CONFIRMATION_DAYS = 7;

export function composeNewsletterConfirmation(input: { to: string; confirmToken: string; locale: string | null; discreet: boolean }): OutgoingEmail {
  const { NEWSROOM_NAME: newsroom } = getConfig();
  const locale = knownLocale(input.locale);
  const t = readerTranslator(locale);
  const confirm = newsletterConfirmUrl(input.confirmToken);
  const paragraphs = [t("newsletter.email.asked", { newsroom }), t("newsletter.email.confirmFirst", { days: NEWSLETTER_CONFIRMATION_DAYS })];
  const text = [...paragraphs, `${t("emails.linkIntro", { text: t("newsletter.email.confirmLink") })}\n${confirm}`, t("newsletter.email.notYou"), newsroom].join("\n\n");
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:Georgia,serif;line-height:1.5;max-width:36rem">${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("")}<p><a href="${escapeHtml(confirm)}">${escapeHtml(t("newsletter.email.confirmLink"))}</a></p><p>${escapeHtml(t("newsletter.email.notYou"))}</p></body></html>`;
  return {
    to: input.to,
    subject: t("newsletter.email.subject", { discreet: String(input.discreet), newsroom }),
    senderName: input.discreet ? t("emails.senderName") : undefined,
    text,
    html,
    kind: "newsletter-confirmation",
  };
}
