// "Email me a link" on /manage (POST /api/manage/link) as a public form
// (lib/http/handle-public-form.ts). The answer, and the work done before it (a queued job), are
// the same whether or not the address is known, so it cannot be used to find out who supports us.
import "server-only";
import { z } from "zod";
import type { PublicForm } from "@/lib/http/handle-public-form";
import { readRequestLocale } from "@/lib/i18n/read-request-locale";
import { logger } from "@/lib/log/logger";
import { emailIndex } from "@/lib/privacy/email-index";
import { requestManageLink } from "./request-manage-link";

const schema = z.object({ email: z.string().trim().max(254).email() });

export const requestManageLinkForm: PublicForm<z.infer<typeof schema>> = {
  schema,
  invalid: () => ({
    status: 400,
    json: { error: { code: "invalid_email", message: "Enter the email address you used when you gave, like name@example.org.", field: "email" } },
    redirectTo: "/manage?error=invalid_email",
  }),
  rateLimit: {
    // Per connection and per address: no one can have us mail-bomb an inbox.
    spends: ({ email }, { clientAddressHash }) => [
      { name: "manage-link-address", key: clientAddressHash },
      { name: "manage-link-email", key: emailIndex(email) },
    ],
    refused: (retryAfterSeconds) => ({
      status: 429,
      json: { error: { code: "rate_limited", message: `Too many requests. Please try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`, field: "email" } },
      redirectTo: "/manage?error=rate_limited",
    }),
  },
  async submit({ email }, { headers }) {
    try {
      // The link's email and the billing portal in the reader's language.
      await requestManageLink(email, readRequestLocale(headers));
    } catch (error) {
      // The reader still sees the same answer; staff see the failure in the logs.
      logger.error("manage link request failed", { error });
    }
    return { status: 202, json: { status: "sent_if_known" }, redirectTo: "/manage?sent=1" };
  },
};
