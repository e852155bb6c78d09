// Saves the discretion settings (admins only, checked by the caller) with an audit entry, then
// brings the catalogue products at Stripe in line. Invalid input changes nothing. When Stripe
// cannot be reached the settings are still saved: each instance's next gift checks the products
// and updates them (catalogue-product.ts), and the page says so.
import type Stripe from "stripe";
import { getConfig } from "@/lib/config/env";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { getPrisma } from "@/lib/db/prisma";
import { logger } from "@/lib/log/logger";
import { getStripe } from "@/lib/stripe/stripe";
import { updateCatalogueProducts } from "@/lib/stripe/update-catalogue-products";
import { DISCRETION_SETTINGS_KEY, discretionSettingsSchema, type DiscretionSettings } from "./discretion-settings-schema";
import { forgetDiscretionSettings } from "./load-discretion-settings";

export type DiscretionUpdate = { ok: true; settings: DiscretionSettings; stripeUpdated: boolean } | { ok: false; errors: string[] };

const labels: Record<string, string> = { statementWord: "The statement word", nameInStripe: "The name switch" };

export async function updateDiscretionSettings(input: unknown, actorUserId: string, prisma: PrismaClient = getPrisma(), stripe: () => Stripe = getStripe): Promise<DiscretionUpdate> {
  const parsed = discretionSettingsSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => `${labels[String(issue.path[0])] ?? "The setting"} ${issue.message}`) };
  }
  const settings = parsed.data;
  const value = settings as unknown as Prisma.InputJsonValue;
  await prisma.$transaction([
    prisma.setting.upsert({ where: { key: DISCRETION_SETTINGS_KEY }, update: { value, updatedBy: actorUserId }, create: { key: DISCRETION_SETTINGS_KEY, value, updatedBy: actorUserId } }),
    prisma.auditLog.create({ data: { actorUserId, action: "settings.updated", targetType: "setting", targetId: DISCRETION_SETTINGS_KEY, metadata: value } }),
  ]);
  forgetDiscretionSettings();
  try {
    await updateCatalogueProducts(stripe(), settings, getConfig().NEWSROOM_NAME);
    return { ok: true, settings, stripeUpdated: true };
  } catch (error) {
    logger.error("catalogue products not updated at Stripe", { error: error instanceof Error ? error.name : "unknown" });
    return { ok: true, settings, stripeUpdated: false };
  }
}
