// "Sign me up" (POST /api/newsletter/sign-up, from /newsletter and the thank-you page) as a public
// form (lib/http/handle-public-form.ts). Without the consent box ticked, or with a bad address,
// nothing is queued: JSON answers 400 {"error": {code, message, field}} in the reader's language,
// a browser goes back to the form with ?newsletter_error=. Otherwise 200 {"queued": true} or 303 to
// "check your inbox", the same for every address. Only a valid sign-up spends from the budget.
import "server-only";
import { z } from "zod";
import { anyFields, textFields } from "@/lib/http/form-fields";
import type { FormReply, PublicForm } from "@/lib/http/handle-public-form";
import { readRequestLocale } from "@/lib/i18n/read-request-locale";
import { readerTranslator } from "@/lib/i18n/reader-translator";
import { newsletterErrorCodes, parseNewsletterSignUp, type NewsletterErrorCode, type NewsletterSignUp } from "./parse-newsletter-sign-up";
import { signUpForNewsletter } from "./sign-up-for-newsletter";

type SignUpInput = { signUp: NewsletterSignUp; fields: Record<string, string> };

const isErrorCode = (code: unknown): code is NewsletterErrorCode => typeof code === "string" && (newsletterErrorCodes as readonly string[]).includes(code);

const schema = anyFields.transform((raw, context): SignUpInput => {
  const fields = textFields(raw);
  const parsed = parseNewsletterSignUp(fields);
  if (parsed.ok) return { signUp: parsed.signUp, fields };
  context.addIssue({ code: "custom", message: parsed.code, path: [parsed.field], params: { code: parsed.code } });
  return z.NEVER;
});

/** Back where the box was: the thank-you page (its session id kept) or /newsletter; never the address. */
function backTo(fields: Record<string, string>, query: URLSearchParams): string {
  if (fields.source === "thank-you" && /^cs_[A-Za-z0-9_]+$/.test(fields.session_id ?? "")) return `/thank-you?session_id=${fields.session_id}&${query.toString()}#newsletter`;
  return `/newsletter?${query.toString()}#newsletter`;
}

function refuse(status: number, code: NewsletterErrorCode, field: string, fields: Record<string, string>, headers: Headers, minutes?: number): FormReply {
  const t = readerTranslator(readRequestLocale(headers, fields.lang));
  const message = minutes === undefined ? t(`newsletter.errors.${code}`) : t("newsletter.errors.rateLimitedMinutes", { minutes });
  return { status, json: { error: { code, message, field } }, redirectTo: backTo(fields, new URLSearchParams({ newsletter_error: code })) };
}

export const signUpNewsletterForm: PublicForm<SignUpInput> = {
  schema,
  invalid(error, raw, headers) {
    const issue = error.issues[0];
    const code = issue?.code === "custom" && isErrorCode(issue.params?.code) ? issue.params.code : "invalid_email";
    return refuse(400, code, String(issue?.path[0] ?? "email"), textFields(raw), headers);
  },
  rateLimit: {
    spends: (_input, { clientAddressHash }) => [{ name: "newsletter-sign-up", key: clientAddressHash }],
    refused: (retryAfterSeconds, { fields }, { headers }) => refuse(429, "rate_limited", "email", fields, headers, Math.max(1, Math.ceil(retryAfterSeconds / 60))),
  },
  async submit({ signUp, fields }, { headers, now }) {
    const locale = readRequestLocale(headers, fields.lang);
    const result = await signUpForNewsletter(signUp, { locale, now });
    if (!result.ok) return refuse(503, "queue_failed", "email", fields, headers);
    return { status: 200, json: { queued: true }, redirectTo: "/newsletter/check-your-email" };
  },
};
