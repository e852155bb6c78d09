// The email that carries a manage link (or a card-update link after a failed renewal), in the
// supporter's language; discreet by default (sender and subject without the newsroom's name).
import { ManageLinkPurpose } from "../db/generated/enums";
import { getConfig } from "../config/env";
import { sendEmail } from "../email/send-email";
import { readerTranslator } from "../i18n/reader-translator";

type ManageLinkEmail = { to: string; url: string; expiresAt: Date; purpose: ManageLinkPurpose; locale: string | null | undefined; discreet: boolean };

export async function sendManageLinkEmail({ to, url, expiresAt, purpose, locale, discreet }: ManageLinkEmail) {
  const { NEWSROOM_NAME: newsroom } = getConfig();
  const t = readerTranslator(locale);
  const minutes = Math.max(1, Math.round((expiresAt.getTime() - Date.now()) / 60_000));
  const updateCard = purpose === ManageLinkPurpose.UPDATE_PAYMENT_METHOD;
  const lines = updateCard ? [t("emails.updateCardLink.intro", { newsroom })] : [t("emails.manageLink.asked", { newsroom }), "", t("emails.manageLink.what")];
  await sendEmail({
    to,
    kind: updateCard ? "update-card-link" : "manage-link",
    subject: updateCard ? t("emails.updateCardLink.subject") : t("emails.manageLink.subject"),
    senderName: discreet ? t("emails.senderName") : undefined,
    text: [...lines, "", url, "", t("emails.manageLink.expiry", { minutes }), "", `— ${newsroom}`].join("\n"),
  });
}
