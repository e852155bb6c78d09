import { ManageLinkPurpose } from "../db/generated/enums";
import { getConfig } from "../config/env";
import { sendEmail } from "../email/send-email";

type ManageLinkEmail = { to: string; url: string; expiresAt: Date; purpose: ManageLinkPurpose };

export async function sendManageLinkEmail({ to, url, expiresAt, purpose }: ManageLinkEmail) {
  const { NEWSROOM_NAME } = getConfig();
  const minutes = Math.max(1, Math.round((expiresAt.getTime() - Date.now()) / 60_000));
  const lines =
    purpose === ManageLinkPurpose.UPDATE_PAYMENT_METHOD
      ? [`Use this link to update the card for your recurring gift to ${NEWSROOM_NAME}:`]
      : [`Someone (we hope you) asked for a link to manage your support for ${NEWSROOM_NAME}.`, "", "Open it to change or cancel a recurring gift, update your card, or see past payments:"];
  await sendEmail({
    to,
    kind: purpose === ManageLinkPurpose.UPDATE_PAYMENT_METHOD ? "update-card-link" : "manage-link",
    subject: purpose === ManageLinkPurpose.UPDATE_PAYMENT_METHOD ? "Update the card for your gift" : "Your link to manage your support",
    text: [...lines, "", url, "", `The link works once and for the next ${minutes} minutes. If you did not ask for it, you can ignore this email: nothing changes.`, "", `— ${NEWSROOM_NAME}`].join("\n"),
  });
}
