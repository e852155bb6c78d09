// The two emails of "remind me later": the confirmation (double opt-in) and the reminder itself,
// in the language the reader signed up in. Plain words, plain text first; the HTML part says the
// same thing. Discreet (the default): a neutral sender name and subjects without the newsroom's name.
import { getConfig } from "@/lib/config/env";
import type { OutgoingEmail } from "@/lib/email/send-email";
import { readerFormats } from "@/lib/i18n/reader-formats";
import { knownLocale } from "@/lib/i18n/locales";
import { readerTranslator } from "@/lib/i18n/reader-translator";
import { remindOnDate } from "./compute-remind-month";
import type { DonationChoice } from "./parse-donation-choice";
import { signReminderLink } from "./sign-reminder-link";
import { escapeHtml } from "@/lib/http/escape-html";

/** How the email is written: the reader's language, and whether it keeps the newsroom's name out of sender and subject. */
export type EmailVoice = { locale: string | null | undefined; discreet: boolean };

function htmlOf(lang: string, paragraphs: string[], links: { text: string; href: string }[]): string {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("");
  const anchors = links.map((l) => `<p><a href="${escapeHtml(l.href)}">${escapeHtml(l.text)}</a></p>`).join("");
  return `<!doctype html><html lang="${escapeHtml(lang)}"><body style="font-family:Georgia,serif;line-height:1.5;max-width:36rem">${body}${anchors}</body></html>`;
}

export function cancelUrl(reminderId: string): string {
  return `${getConfig().APP_URL}/remind/cancel?token=${encodeURIComponent(signReminderLink("cancel", reminderId))}`;
}

export function unsubscribeUrl(reminderId: string): string {
  return `${getConfig().APP_URL}/api/reminders/unsubscribe?token=${encodeURIComponent(signReminderLink("cancel", reminderId))}`;
}

// RFC 8058 one-click unsubscribe: mail providers POST "List-Unsubscribe=One-Click" to the URL.
function unsubscribeHeaders(reminderId: string): Record<string, string> {
  return { "List-Unsubscribe": `<${unsubscribeUrl(reminderId)}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

export function composeConfirmationEmail(input: { to: string; reminderId: string; confirmToken: string; remindMonth: string } & EmailVoice): OutgoingEmail {
  const { APP_URL, NEWSROOM_NAME: newsroom } = getConfig();
  const locale = knownLocale(input.locale);
  const t = readerTranslator(locale);
  const confirm = `${APP_URL}/remind/confirm?token=${encodeURIComponent(input.confirmToken)}`;
  const month = readerFormats(locale).monthYear(remindOnDate(input.remindMonth));
  const paragraphs = [t("emails.reminderConfirmation.asked", { newsroom, month }), t("emails.reminderConfirmation.confirmFirst", { days: 7 })];
  const text = [
    ...paragraphs,
    `${t("emails.linkIntro", { text: t("emails.reminderConfirmation.confirmLink") })}\n${confirm}`,
    `${t("emails.linkIntro", { text: t("emails.reminderConfirmation.cancelText") })}\n${cancelUrl(input.reminderId)}`,
    newsroom,
  ].join("\n\n");
  return {
    to: input.to,
    subject: t("emails.reminderConfirmation.subject", { discreet: String(input.discreet), newsroom }),
    senderName: input.discreet ? t("emails.senderName") : undefined,
    text,
    html: htmlOf(locale, paragraphs, [
      { text: t("emails.reminderConfirmation.confirmLink"), href: confirm },
      { text: t("emails.reminderConfirmation.cancelLink"), href: cancelUrl(input.reminderId) },
    ]),
    headers: unsubscribeHeaders(input.reminderId),
    kind: "reminder-confirmation",
  };
}

export function composeReminderEmail(input: { to: string; reminderId: string; choice: DonationChoice } & EmailVoice): OutgoingEmail {
  const { APP_URL, NEWSROOM_NAME: newsroom } = getConfig();
  const locale = knownLocale(input.locale);
  const t = readerTranslator(locale);
  const give = `${APP_URL}/r/${encodeURIComponent(signReminderLink("click", input.reminderId))}`;
  const { amount, currency, frequency } = input.choice;
  const choice = amount !== undefined && currency ? t(`emails.choice.${frequency ?? "ONCE"}`, { amount: readerFormats(locale).money(amount, currency) }) : undefined;
  const paragraphs = [t("emails.reminder.asked", { newsroom }), t("emails.reminder.why"), ...(choice ? [t("emails.reminder.choice", { choice })] : [])];
  const text = [
    ...paragraphs,
    `${t("emails.linkIntro", { text: t("emails.reminder.giveLink") })}\n${give}`,
    `${t("emails.linkIntro", { text: t("emails.reminder.cancelText") })}\n${cancelUrl(input.reminderId)}`,
    `${t("emails.reminder.signOff")}\n${newsroom}`,
  ].join("\n\n");
  return {
    to: input.to,
    subject: t("emails.reminder.subject", { discreet: String(input.discreet), newsroom }),
    senderName: input.discreet ? t("emails.senderName") : undefined,
    text,
    html: htmlOf(locale, paragraphs, [
      { text: t("emails.reminder.giveLink"), href: give },
      { text: t("emails.reminder.cancelLink"), href: cancelUrl(input.reminderId) },
    ]),
    headers: unsubscribeHeaders(input.reminderId),
    kind: "reminder",
  };
}
