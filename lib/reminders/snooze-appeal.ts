// "Snooze": the appeal steps back for the snooze days in the appeal settings (else
// REMINDER_SNOOZE_DAYS, see load-snooze-days.ts). Counted as an anonymous event; the cookie (see
// is-appeal-snoozed.ts) is the only thing the reader carries away.
import type { PrismaClient } from "@/lib/db/generated/client";
import { SNOOZE_COOKIE } from "./is-appeal-snoozed";
import { loadSnoozeDays } from "./load-snooze-days";

export type Snooze = { cookie: { name: string; value: string; maxAgeSeconds: number }; days: number };

export async function snoozeAppeal(prisma: PrismaClient, now: Date): Promise<Snooze> {
  const days = await loadSnoozeDays();
  const until = new Date(now.getTime() + days * 86_400_000);
  await prisma.funnelEvent.create({ data: { kind: "SNOOZE", createdAt: now } });
  return { cookie: { name: SNOOZE_COOKIE, value: until.toISOString(), maxAgeSeconds: days * 86_400 }, days };
}
