// Saves the appeal's settings after validating them, and writes the change to the audit log.
// The change shows at once on this instance: the in-process copy is cleared and the cached plain
// appeal pages are revalidated. Other instances follow within STORED_SETTINGS_TTL_MS for checkout
// and the dynamic pages, and within the cached appeal's `revalidate` (30 s) for the plain appeal.
import { revalidatePath } from "next/cache";
import type { Prisma, PrismaClient } from "../db/generated/client";
import { APPEAL_SETTINGS_KEY, appealSettingsSchema, type AppealSettings } from "./appeal-settings-schema";
import { forgetStoredAppealSettings } from "./load-stored-appeal-settings";

export type UpdateResult = { ok: true; settings: AppealSettings } | { ok: false; errors: string[] };

export async function updateAppealSettings(prisma: PrismaClient, input: unknown, actorUserId: string): Promise<UpdateResult> {
  const parsed = appealSettingsSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => `${issue.path.join(" ") || "settings"} ${issue.message}`) };
  }
  const value = parsed.data as unknown as Prisma.InputJsonValue;
  await prisma.$transaction([
    prisma.setting.upsert({ where: { key: APPEAL_SETTINGS_KEY }, update: { value, updatedBy: actorUserId }, create: { key: APPEAL_SETTINGS_KEY, value, updatedBy: actorUserId } }),
    prisma.auditLog.create({ data: { actorUserId, action: "settings.updated", targetType: "setting", targetId: APPEAL_SETTINGS_KEY, metadata: value } }),
  ]);
  forgetStoredAppealSettings();
  revalidatePath("/appeal/[currency]/[lang]", "page");
  return { ok: true, settings: parsed.data };
}
