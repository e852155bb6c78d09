// The embedding settings as every reader request uses them: the origins that may embed the appeal
// (EMBED_ALLOWED_ORIGINS plus those admins add in Settings) and the reader's respect. proxy.ts reads
// them on /embed/* and /thank-you, so they are kept in process for EMBED_SETTINGS_TTL_MS, one query
// a minute at most: saving forgets the copy on this instance (the proxy shares it, globalThis), and
// other instances follow within the minute. A failed read keeps the last good value (else the
// environment's origins and the default respect) for that minute rather than failing every page.
import { createSharedRead } from "@/lib/cache/create-shared-read";
import { getConfig } from "@/lib/config/env";
import { getPrisma } from "@/lib/db/prisma";
import { logger } from "@/lib/log/logger";
import { defaultReaderRespect, EMBED_ORIGINS_KEY, READER_RESPECT_KEY, readerRespectSchema, storedOriginsSchema, type ReaderRespect } from "./embed-settings-schema";

export const EMBED_SETTINGS_TTL_MS = 60_000;

export type EmbedSettings = { storedOrigins: string[]; readerRespect: ReaderRespect };

const fallback: EmbedSettings = { storedOrigins: [], readerRespect: defaultReaderRespect };
const holder = globalThis as unknown as { lastEmbedSettings?: EmbedSettings };

/** The stored rows, straight from the database (Settings shows these); anything that no longer validates counts as unset. */
export async function readEmbedSettings(prisma = getPrisma()): Promise<EmbedSettings> {
  const rows = await prisma.setting.findMany({ where: { key: { in: [EMBED_ORIGINS_KEY, READER_RESPECT_KEY] } }, select: { key: true, value: true } });
  const origins = storedOriginsSchema.safeParse(rows.find((row) => row.key === EMBED_ORIGINS_KEY)?.value);
  const respect = readerRespectSchema.safeParse(rows.find((row) => row.key === READER_RESPECT_KEY)?.value);
  return { storedOrigins: origins.success ? origins.data.origins : [], readerRespect: respect.success ? respect.data : defaultReaderRespect };
}

const stored = createSharedRead("embedSettings", EMBED_SETTINGS_TTL_MS, async () => {
  try {
    holder.lastEmbedSettings = await readEmbedSettings();
    return holder.lastEmbedSettings;
  } catch (error) {
    logger.error("embedding settings not read: keeping the last known", { error: error instanceof Error ? error.name : "unknown" });
    return holder.lastEmbedSettings ?? fallback;
  }
});

export function loadEmbedSettings(now: number = Date.now()): Promise<EmbedSettings> {
  return stored.load(now);
}

export function forgetEmbedSettings(): void {
  stored.forget();
}

/** Every origin that may embed the appeal: the environment's, then those saved in Settings. */
export function mergeEmbedOrigins(fromEnvironment: readonly string[], fromSettings: readonly string[]): string[] {
  return [...new Set([...fromEnvironment, ...fromSettings])];
}

export async function loadEmbedAllowedOrigins(now: number = Date.now()): Promise<string[]> {
  return mergeEmbedOrigins(getConfig().embedAllowedOrigins, (await loadEmbedSettings(now)).storedOrigins);
}

/**
 * The same list without waiting: the environment's and the last saved ones this process read (the
 * proxy reads them on every /embed/* request). For callbacks that cannot wait, such as where a
 * form inside the frame sends the reader back to.
 */
export function knownEmbedAllowedOrigins(): string[] {
  return mergeEmbedOrigins(getConfig().embedAllowedOrigins, holder.lastEmbedSettings?.storedOrigins ?? []);
}
