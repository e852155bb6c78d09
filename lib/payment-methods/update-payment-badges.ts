// Saves the badges staff chose (admins only, checked by the caller) with an audit entry. Invalid
// input (an unknown method, or one that cannot take the currency) changes nothing. The cached
// appeal pages are revalidated so the badges show at once on this instance.
import { revalidatePath } from "next/cache";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { getPrisma } from "@/lib/db/prisma";
import { forgetPaymentBadges } from "./load-payment-badges";
import { PAYMENT_BADGES_KEY, paymentBadgesSchema, type PaymentBadges } from "./payment-badges-schema";

export type PaymentBadgesUpdate = { ok: true; badges: PaymentBadges } | { ok: false; errors: string[] };

export async function updatePaymentBadges(input: unknown, actorUserId: string, prisma: PrismaClient = getPrisma()): Promise<PaymentBadgesUpdate> {
  const parsed = paymentBadgesSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => `${String(issue.path[0] ?? "The badges").toUpperCase()} ${issue.message}`) };
  }
  const value = parsed.data as unknown as Prisma.InputJsonValue;
  await prisma.$transaction([
    prisma.setting.upsert({ where: { key: PAYMENT_BADGES_KEY }, update: { value, updatedBy: actorUserId }, create: { key: PAYMENT_BADGES_KEY, value, updatedBy: actorUserId } }),
    prisma.auditLog.create({ data: { actorUserId, action: "settings.updated", targetType: "setting", targetId: PAYMENT_BADGES_KEY, metadata: value } }),
  ]);
  forgetPaymentBadges();
  revalidatePath("/appeal/[currency]/[lang]", "page");
  revalidatePath("/embed/[placement]/[state]/[lang]", "page");
  return { ok: true, badges: parsed.data };
}
