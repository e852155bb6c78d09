// The two buttons that spend a token from a reminder email (Confirm on /remind/confirm, Cancel on
// /remind/cancel) as public forms (lib/http/handle-public-form.ts): one field, the token; a
// refused token answers 400 invalid_token (its message in the reader's language), or back to the
// page with ?error=invalid_token.
import "server-only";
import { z } from "zod";
import { formField } from "@/lib/http/form-fields";
import type { FormReply, PublicForm } from "@/lib/http/handle-public-form";
import type { Locale } from "@/lib/i18n/locales";
import { readRequestLocale } from "@/lib/i18n/read-request-locale";
import { readerTranslator } from "@/lib/i18n/reader-translator";
import { CONFIRMATION_DAYS } from "./confirm-reminder";

type TokenOutcome = { ok: true; json: unknown; query: string } | { ok: false; message: string };

// lang: the page's language, for a refusal's words (anything unknown is skipped).
const schema = z.object({ token: formField, lang: z.unknown().optional() });

export function reminderTokenForm(page: "/remind/confirm" | "/remind/cancel", spend: (token: string | undefined, now: Date) => Promise<TokenOutcome>): PublicForm<z.infer<typeof schema>> {
  const refuse = (locale: Locale): FormReply => {
    const t = readerTranslator(locale);
    const message = page === "/remind/confirm" ? t("remind.confirm.brokenBody", { days: CONFIRMATION_DAYS }) : t("remind.cancel.brokenBody");
    return { status: 400, json: { error: { code: "invalid_token", message, field: "token" } }, redirectTo: `${page}?error=invalid_token` };
  };
  return {
    schema,
    invalid: (_error, fields, headers) => refuse(readRequestLocale(headers, fields.lang)),
    async submit({ token, lang }, { now, headers }) {
      const outcome = await spend(token, now);
      return outcome.ok ? { status: 200, json: outcome.json, redirectTo: `${page}?${outcome.query}` } : refuse(readRequestLocale(headers, lang));
    },
  };
}
