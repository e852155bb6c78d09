// "Email me a link" on /manage (POST /api/manage/link) as a public form
// (lib/http/handle-public-form.ts). The answer, and the work done before it (a queued job), are
// the same whether or not the address is known, so it cannot be used to find out who supports us.
import "server-only";
import { z } from "zod";
import type { PublicForm } from "@/lib/http/handle-public-form";
import { readRequestLocale } from "@/lib/i18n/read-request-locale";
import { readerTranslator } from "@/lib/i18n/reader-translator";
import { logger } from "@/lib/log/logger";
import { emailIndex } from "@/lib/privacy/email-index";
import { requestManageLink } from "./request-manage-link";

// lang: the page's language, which the link's email and the billing portal then use.
const schema = z.object({ email: z.string().trim().max(254).email(), lang: z.unknown().optional() });

export const requestManageLinkForm: PublicForm<z.infer<typeof schema>> = {
  schema,
  invalid: (_error, fields, headers) => ({
    status: 400,
    json: { error: { code: "invalid_email", message: readerTranslator(readRequestLocale(headers, fields.lang))("manage.refusals.invalid_email"), field: "email" } },
    redirectTo: "/manage?error=invalid_email",
  }),
  rateLimit: {
    // Per connection and per address: no one can have us mail-bomb an inbox.
    spends: ({ email }, { clientAddressHash }) => [
      { name: "manage-link-address", key: clientAddressHash },
      { name: "manage-link-email", key: emailIndex(email) },
    ],
    refused: (retryAfterSeconds, { lang }, { headers }) => ({
      status: 429,
      json: { error: { code: "rate_limited", message: readerTranslator(readRequestLocale(headers, lang))("manage.refusals.rate_limited", { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) }), field: "email" } },
      redirectTo: "/manage?error=rate_limited",
    }),
  },
  async submit({ email, lang }, { headers }) {
    try {
      // The link's email and the billing portal in the reader's language.
      await requestManageLink(email, readRequestLocale(headers, lang));
    } catch (error) {
      // The reader still sees the same answer; staff see the failure in the logs.
      logger.error("manage link request failed", { error });
    }
    return { status: 202, json: { status: "sent_if_known" }, redirectTo: "/manage?sent=1" };
  },
};
