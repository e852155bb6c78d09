// The "supporter-notice" job: emails a webhook asked for, sent by the worker so the webhook
// answers Stripe at once. The job carries Stripe ids only; each notice is sent once (SentNotice),
// so a job queued twice (a Stripe retry, a duplicate event) sends nothing twice. Change jobs carry
// the gift as the event's own subscription object showed it (gift-at-event.ts), so each email
// describes the state that change left, even when later changes reached the ledger first.
import { z } from "zod";
import type { PrismaClient } from "../db/generated/client";
import { askPaymentConfirmation } from "./ask-payment-confirmation";
import { confirmCardUpdated } from "./confirm-card-updated";
import { confirmScheduledSwitch } from "./confirm-scheduled-switch";
import { confirmSubscriptionChanges } from "./confirm-subscription-changes";
import { giftAtEventFields } from "./gift-at-event";

export const supporterNoticeJob = z.discriminatedUnion("notice", [
  z.object({ notice: z.literal("subscription-changes"), stripeEventId: z.string().min(1), ...giftAtEventFields }),
  z.object({ notice: z.literal("card-updated"), stripeSubscriptionId: z.string().min(1), paymentMethodId: z.string().min(1), occurredAt: z.number().int(), ...giftAtEventFields }),
  z.object({ notice: z.literal("payment-action-required"), invoiceId: z.string().min(1) }),
  z.object({ notice: z.literal("switch-scheduled"), scheduleId: z.string().min(1) }),
]);

export type SupporterNoticeJob = z.infer<typeof supporterNoticeJob>;

export async function sendSupporterNotice(prisma: PrismaClient, data: unknown, now = new Date()): Promise<string> {
  const parsed = supporterNoticeJob.safeParse(data);
  if (!parsed.success) return "skipped: not a supporter notice";
  const job = parsed.data;
  switch (job.notice) {
    case "subscription-changes":
      return confirmSubscriptionChanges(prisma, job, now);
    case "card-updated":
      return confirmCardUpdated(prisma, job, now);
    case "payment-action-required":
      return askPaymentConfirmation(prisma, job.invoiceId, now);
    case "switch-scheduled":
      return confirmScheduledSwitch(prisma, job.scheduleId, now);
  }
}
