// The Confirm button on /newsletter/confirm (POST /api/newsletter/confirm). A GET of the emailed
// link only shows the button, so a mail scanner opening links confirms nothing.
import "server-only";
import { z } from "zod";
import { getPrisma } from "@/lib/db/prisma";
import { formField } from "@/lib/http/form-fields";
import type { FormReply, PublicForm } from "@/lib/http/handle-public-form";
import { readRequestLocale } from "@/lib/i18n/read-request-locale";
import { readerTranslator } from "@/lib/i18n/reader-translator";
import { NEWSLETTER_CONFIRMATION_DAYS } from "./compose-newsletter-confirmation";
import { confirmNewsletterConsent } from "./confirm-newsletter-consent";

const schema = z.object({ token: formField, lang: z.unknown().optional() });

function refuse(headers: Headers, lang: unknown): FormReply {
  const message = readerTranslator(readRequestLocale(headers, lang))("newsletter.confirm.brokenBody", { days: NEWSLETTER_CONFIRMATION_DAYS });
  return { status: 400, json: { error: { code: "invalid_token", message, field: "token" } }, redirectTo: "/newsletter/confirm?error=invalid_token" };
}

export const confirmNewsletterForm: PublicForm<z.infer<typeof schema>> = {
  schema,
  invalid: (_error, fields, headers) => refuse(headers, fields.lang),
  async submit({ token, lang }, { now, headers }) {
    const result = await confirmNewsletterConsent(getPrisma(), token, now);
    return result.ok ? { status: 200, json: { confirmed: true }, redirectTo: "/newsletter/confirm?confirmed=1" } : refuse(headers, lang);
  },
};
