// The badges each offered currency shows: what staff saved for it, else the defaults
// (payment-method-rules.ts). A stored value that no longer validates counts as none.
import type { PrismaClient } from "@/lib/db/generated/client";
import { logger } from "@/lib/log/logger";
import { paymentMethods, defaultBadges, methodTakesCurrency } from "./payment-method-rules";
import { PAYMENT_BADGES_KEY, paymentBadgesSchema, type PaymentBadges } from "./payment-badges-schema";

export async function getStoredPaymentBadges(prisma: PrismaClient): Promise<PaymentBadges> {
  const row = await prisma.setting.findUnique({ where: { key: PAYMENT_BADGES_KEY }, select: { value: true } });
  if (!row) return {};
  const parsed = paymentBadgesSchema.safeParse(row.value);
  if (parsed.success) return parsed.data;
  logger.warn("stored payment badges are invalid: using the defaults", { issues: parsed.error.issues.length });
  return {};
}

/** For each currency: the stored list (in the rules' order) or the defaults. */
export function resolvePaymentBadges(stored: PaymentBadges, currencies: readonly string[]): PaymentBadges {
  return Object.fromEntries(
    currencies.map((currency) => {
      const chosen = stored[currency];
      const list = chosen ? paymentMethods.filter((method) => chosen.includes(method) && methodTakesCurrency(method, currency)) : defaultBadges(currency);
      return [currency, list];
    }),
  );
}

export async function getPaymentBadges(prisma: PrismaClient, currencies: readonly string[]): Promise<PaymentBadges> {
  return resolvePaymentBadges(await getStoredPaymentBadges(prisma), currencies);
}
