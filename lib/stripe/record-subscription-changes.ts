// Writes the changes a customer.subscription.* event confirms into the SubscriptionChange ledger,
// once per event: the rows of one event are written together, and an event that already has rows
// adds nothing (a replay, or a retry after a later failure). Runs after syncSubscription, which
// made sure the Subscription row exists.
//
// A start is a reactivation when the same supporter had already ended another recurring donation
// before it (a supporter who comes back), which is what "reactivated" means in MRR movements.
// The reader's comment is stored encrypted, and not at all for an erased supporter.
import type { Prisma } from "../db/generated/client";
import { getPrisma } from "../db/prisma";
import { encryptPii } from "../privacy/encrypt-pii";
import { describeSubscriptionChanges, type SubscriptionChangeFacts, type SubscriptionEvent } from "./describe-subscription-changes";

const COMMENT_LIMIT = 2000;

async function isComeback(supporterId: string | null, subscriptionId: string, startedAt: Date): Promise<boolean> {
  if (!supporterId) return false;
  const earlier = await getPrisma().subscriptionChange.count({
    where: { kind: "CANCELLED", occurredAt: { lte: startedAt }, subscriptionId: { not: subscriptionId }, subscription: { supporterId } },
  });
  return earlier > 0;
}

function rowOf(facts: SubscriptionChangeFacts, subscriptionId: string, eventId: string, keepComment: boolean): Prisma.SubscriptionChangeCreateManyInput {
  const comment = keepComment ? facts.reason?.comment?.slice(0, COMMENT_LIMIT) : null;
  return {
    subscriptionId,
    kind: facts.kind,
    currency: facts.currency,
    fromAmount: facts.from?.amount ?? null,
    fromFrequency: facts.from?.frequency ?? null,
    toAmount: facts.to?.amount ?? null,
    toFrequency: facts.to?.frequency ?? null,
    reasonFeedback: facts.reason?.feedback ?? null,
    reasonCommentEncrypted: comment ? encryptPii(comment) : null,
    resumesAt: facts.resumesAt,
    stripeEventId: eventId,
    occurredAt: facts.occurredAt,
  };
}

/** Records what the event changed on the recurring donation `subscriptionId` (our row id); returns the rows written. */
export async function recordSubscriptionChanges(event: SubscriptionEvent, subscriptionId: string): Promise<number> {
  const changes = describeSubscriptionChanges(event);
  if (changes.length === 0) return 0;
  const prisma = getPrisma();
  if ((await prisma.subscriptionChange.count({ where: { stripeEventId: event.id } })) > 0) return 0;
  const subscription = await prisma.subscription.findUnique({ where: { id: subscriptionId }, select: { supporterId: true, supporter: { select: { erasedAt: true } } } });
  const keepComment = !subscription?.supporter?.erasedAt;
  const rows: Prisma.SubscriptionChangeCreateManyInput[] = [];
  for (const change of changes) {
    const comeback = change.kind === "STARTED" && (await isComeback(subscription?.supporterId ?? null, subscriptionId, change.occurredAt));
    rows.push(rowOf(comeback ? { ...change, kind: "REACTIVATED" } : change, subscriptionId, event.id, keepComment));
  }
  // skipDuplicates: a concurrent delivery of the same event (the claim makes it rare) writes nothing twice.
  const { count } = await prisma.subscriptionChange.createMany({ data: rows, skipDuplicates: true });
  return count;
}
