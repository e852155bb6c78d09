// What the Settings page's copy variants form starts from: the saved variants as fields, read fresh,
// and the appeal's currencies (a variant's amounts are per currency the appeal offers).
import "server-only";
import { getPrisma } from "../db/prisma";
import { getAppealSettings } from "../settings/get-appeal-settings";
import { EMBED_VARIANTS_KEY, embedVariantsSchema } from "./embed-variants-schema";
import { fieldsOfEmbedVariants, type EmbedVariantsFields } from "./read-embed-variants-form";

export async function getEmbedVariantsForm(): Promise<{ fields: EmbedVariantsFields; currencies: string[] }> {
  const prisma = getPrisma();
  const [row, appeal] = await Promise.all([prisma.setting.findUnique({ where: { key: EMBED_VARIANTS_KEY }, select: { value: true } }), getAppealSettings(prisma)]);
  const parsed = embedVariantsSchema.safeParse(row?.value ?? {});
  return { fields: fieldsOfEmbedVariants(parsed.success ? parsed.data : embedVariantsSchema.parse({})), currencies: Object.keys(appeal.currencies) };
}
