// The copy variants a placement shows, read through a cache of a few seconds (the embed pages are
// static and regenerated on save; checkout and the proxy's variant choice read this). An empty list
// means one variant, "a", with the appeal's own words and amounts.
import "server-only";
import { createSharedRead } from "@/lib/cache/create-shared-read";
import { getPrisma } from "@/lib/db/prisma";
import { logger } from "@/lib/log/logger";
import type { Placement, VariantId } from "./attribution";
import { EMBED_VARIANTS_KEY, embedVariantsSchema, type EmbedVariant, type EmbedVariants } from "./embed-variants-schema";

export const EMBED_VARIANTS_TTL_MS = 5_000;

const stored = createSharedRead("embedVariants", EMBED_VARIANTS_TTL_MS, readEmbedVariants);

async function readEmbedVariants(): Promise<EmbedVariants> {
  const row = await getPrisma().setting.findUnique({ where: { key: EMBED_VARIANTS_KEY }, select: { value: true } });
  if (!row) return embedVariantsSchema.parse({});
  const parsed = embedVariantsSchema.safeParse(row.value);
  if (parsed.success) return parsed.data;
  logger.warn("stored embed variants are invalid: showing the appeal's own copy", { issues: parsed.error.issues.length });
  return embedVariantsSchema.parse({});
}

export function loadEmbedVariants(now: number = Date.now()): Promise<EmbedVariants> {
  return stored.load(now);
}

export function forgetEmbedVariants(): void {
  stored.forget();
}

/** The variant ids a placement runs: at least "a". */
export async function listVariantIds(placement: Placement): Promise<VariantId[]> {
  const variants = (await loadEmbedVariants())[placement];
  return variants.length > 0 ? variants.map((v) => v.id) : ["a"];
}

/** One variant's stored copy, or null for the appeal's own (variant "a" with none saved, or an unknown id). */
export async function findEmbedVariant(placement: Placement, id: VariantId): Promise<EmbedVariant | null> {
  return (await loadEmbedVariants())[placement].find((v) => v.id === id) ?? null;
}
