// The two emails of "remind me later": the confirmation (double opt-in) and the reminder itself.
// Plain words, plain text first; the HTML part says the same thing.
import { getConfig } from "@/lib/config/env";
import type { OutgoingEmail } from "@/lib/email/send-email";
import { describeMonth } from "./compute-remind-month";
import { describeDonationChoice, type DonationChoice } from "./parse-donation-choice";
import { signReminderLink } from "./sign-reminder-link";
import { escapeHtml } from "@/lib/http/escape-html";

function htmlOf(paragraphs: string[], links: { text: string; href: string }[]): string {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("");
  const anchors = links.map((l) => `<p><a href="${escapeHtml(l.href)}">${escapeHtml(l.text)}</a></p>`).join("");
  return `<!doctype html><html><body style="font-family:Georgia,serif;line-height:1.5;max-width:36rem">${body}${anchors}</body></html>`;
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

export function composeConfirmationEmail(input: { to: string; reminderId: string; confirmToken: string; remindMonth: string }): OutgoingEmail {
  const { APP_URL, NEWSROOM_NAME } = getConfig();
  const confirm = `${APP_URL}/remind/confirm?token=${encodeURIComponent(input.confirmToken)}`;
  const month = describeMonth(input.remindMonth);
  const paragraphs = [
    `Someone, hopefully you, asked ${NEWSROOM_NAME} to send one reminder to this address in ${month} about supporting our reporting.`,
    "Please confirm that this was you. Until you do, we will not send anything else, and if you do nothing the request is deleted in 7 days.",
  ];
  const text = [...paragraphs, `Confirm the reminder:\n${confirm}`, `Not you, or changed your mind? Ignore this email, or cancel here:\n${cancelUrl(input.reminderId)}`, `${NEWSROOM_NAME}`].join("\n\n");
  return {
    to: input.to,
    subject: `Confirm your reminder from ${NEWSROOM_NAME}`,
    text,
    html: htmlOf(paragraphs, [
      { text: "Confirm the reminder", href: confirm },
      { text: "Not you? Cancel it", href: cancelUrl(input.reminderId) },
    ]),
    headers: unsubscribeHeaders(input.reminderId),
    kind: "reminder-confirmation",
  };
}

export function composeReminderEmail(input: { to: string; reminderId: string; choice: DonationChoice }): OutgoingEmail {
  const { APP_URL, NEWSROOM_NAME } = getConfig();
  const give = `${APP_URL}/r/${encodeURIComponent(signReminderLink("click", input.reminderId))}`;
  const choice = describeDonationChoice(input.choice);
  const paragraphs = [
    `A while ago you asked us to remind you about supporting ${NEWSROOM_NAME}. This is that reminder, and the only one we will send for it.`,
    "Our reporting is free to read because readers pay for it. If you are able to give now, it keeps our journalists working on the stories that matter to you.",
    ...(choice ? [`You were thinking of giving ${choice}. The link below opens the page with that choice ready; you can change it there.`] : []),
  ];
  const text = [...paragraphs, `Support our reporting:\n${give}`, `No more reminders? Cancel any still to come:\n${cancelUrl(input.reminderId)}`, `Thank you for reading,\n${NEWSROOM_NAME}`].join("\n\n");
  return {
    to: input.to,
    subject: `Your reminder to support ${NEWSROOM_NAME}`,
    text,
    html: htmlOf(paragraphs, [
      { text: "Support our reporting", href: give },
      { text: "No more reminders", href: cancelUrl(input.reminderId) },
    ]),
    headers: unsubscribeHeaders(input.reminderId),
    kind: "reminder",
  };
}
