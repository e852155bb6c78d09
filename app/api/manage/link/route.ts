// POST /api/manage/link: a supporter asks for a link to manage their giving. The answer, and the
// work done before it (a queued job), are the same whether or not the address is known, so it
// cannot be used to find out who supports us.
import { z } from "zod";
import { logger } from "@/lib/log/logger";
import { emailIndex } from "@/lib/privacy/email-index";
import { limitManageLinkRequests } from "@/lib/manage/limit-manage-link-requests";
import { requestManageLink } from "@/lib/manage/request-manage-link";
import { getConfig } from "@/lib/config/env";
import { readRequestLocale } from "@/lib/i18n/read-request-locale";
import { readFormFields, wantsJson as askedForJson } from "@/lib/http/read-form-fields";
import { readClientAddress } from "@/lib/security/read-client-address";
import { refuseCrossSiteForm } from "@/lib/security/refuse-cross-site-form";

const bodySchema = z.object({ email: z.string().trim().max(254).email() });

export async function POST(request: Request) {
  const refused = refuseCrossSiteForm(request);
  if (refused) return refused;
  const wantsJson = askedForJson(request);
  const body = await readFormFields(request);
  if (!body.ok) return body.response;
  const parsed = bodySchema.safeParse(body.fields);
  if (!parsed.success) {
    const error = { code: "invalid_email", message: "Enter the email address you used when you gave, like name@example.org.", field: "email" };
    return wantsJson ? Response.json({ error }, { status: 400 }) : new Response(null, { status: 303, headers: { Location: "/manage?error=invalid_email" } });
  }
  const wait = await limitManageLinkRequests(readClientAddress(request.headers, getConfig().TRUSTED_PROXY_HOPS), emailIndex(parsed.data.email));
  if (wait) {
    const error = { code: "rate_limited", message: `Too many requests. Please try again in ${Math.ceil(wait / 60)} minutes.`, field: "email" };
    return wantsJson
      ? Response.json({ error }, { status: 429, headers: { "Retry-After": String(wait) } })
      : new Response(null, { status: 303, headers: { Location: "/manage?error=rate_limited", "Retry-After": String(wait) } });
  }
  try {
    await requestManageLink(parsed.data.email, readRequestLocale(request.headers, body.fields.lang));
  } catch (error) {
    // The reader still sees the same answer; staff see the failure in the logs.
    logger.error("manage link request failed", { error });
  }
  return wantsJson ? Response.json({ status: "sent_if_known" }, { status: 202 }) : new Response(null, { status: 303, headers: { Location: "/manage?sent=1" } });
}
