// A supporter asks for a link to manage their giving. The request does the same for every
// address: it queues one job carrying the address encrypted, and answers. Looking the address up
// and sending happen in the worker (send-requested-manage-link.ts), so neither the answer nor how
// long it takes tells a stranger whether the address belongs to a supporter.
import type { Locale } from "../i18n/locales";
import { enqueueJob } from "../jobs/enqueue-job";
import { normaliseEmail } from "../privacy/email-index";
import { encryptPii } from "../privacy/encrypt-pii";

/** locale: the language the link is asked for in; the email and the billing portal use it. */
export async function requestManageLink(email: string, locale?: Locale): Promise<void> {
  await enqueueJob("manage-link-request", { emailEncrypted: encryptPii(normaliseEmail(email)), ...(locale ? { locale } : {}) });
}
