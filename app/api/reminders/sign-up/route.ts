// POST /api/reminders/sign-up: "Email me" from /remind and the thank-you page's give-again offer.
// Form posts answer 303 (to "check your inbox", or back to /remind with the error and the
// reader's choices); JSON answers 200 {"remindMonth"} or 4xx/503 {"error": {code, message, field}}.
import { readFormFields, wantsJson } from "@/lib/http/read-form-fields";
import { seeOther } from "@/lib/http/see-other";
import { getConfig } from "@/lib/config/env";
import { readRequestLocale } from "@/lib/i18n/read-request-locale";
import { hashClientAddress } from "@/lib/security/hash-client-address";
import { readClientAddress } from "@/lib/security/read-client-address";
import { signUpForReminder } from "@/lib/reminders/sign-up-for-reminder";
import { refuseCrossSiteForm } from "@/lib/security/refuse-cross-site-form";

const keptFields = ["when", "month", "frequency", "amount", "currency", "source"] as const;

export async function POST(request: Request) {
  const refused = refuseCrossSiteForm(request);
  if (refused) return refused;
  const body = await readFormFields(request);
  if (!body.ok) return body.response;
  const { fields } = body;
  const result = await signUpForReminder(fields, {
    now: new Date(),
    clientAddressHash: hashClientAddress(readClientAddress(request.headers, getConfig().TRUSTED_PROXY_HOPS)),
    locale: readRequestLocale(request.headers, fields.lang),
  });
  if (wantsJson(request)) {
    return result.ok ? Response.json({ remindMonth: result.remindMonth }) : Response.json({ error: result.error }, { status: result.status });
  }
  if (result.ok) return seeOther(`/remind/check-your-email?month=${result.remindMonth}`);
  // The address is not put in the URL; the reader's other choices are.
  const back = new URLSearchParams({ error: result.error.code });
  for (const key of keptFields) if (fields[key]) back.set(key, fields[key]);
  return seeOther(`/remind?${back.toString()}#email-me`);
}
