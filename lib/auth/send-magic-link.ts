// The sign-in email. In the embedded default sendEmail prints it, so the link is in the console.
import "server-only";
import { getConfig } from "../config/env";
import { sendEmail } from "../email/send-email";
import { escapeHtml } from "../http/escape-html";

export async function sendMagicLink({ identifier, url }: { identifier: string; url: string }): Promise<void> {
  const { NEWSROOM_NAME } = getConfig();
  const text = [`Sign in to the ${NEWSROOM_NAME} supporter dashboard:`, "", url, "", "The link works once, for 24 hours. If you did not ask for it, you can ignore this email."].join("\n");
  const html = `<p>Sign in to the ${escapeHtml(NEWSROOM_NAME)} supporter dashboard:</p><p><a href="${escapeHtml(url)}">Sign in</a></p><p>The link works once, for 24 hours. If you did not ask for it, you can ignore this email.</p>`;
  await sendEmail({ to: identifier, subject: `Sign in to ${NEWSROOM_NAME}`, text, html, kind: "staff-sign-in" });
}
