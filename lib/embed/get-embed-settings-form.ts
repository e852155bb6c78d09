// What the Settings page shows for embedding: the origins from EMBED_ALLOWED_ORIGINS (read only
// there), those admins saved, and the reader's respect, read fresh (not through the minute's cache).
import { getConfig } from "@/lib/config/env";
import type { ReaderRespect } from "./embed-settings-schema";
import { readEmbedSettings } from "./load-embed-settings";

export type EmbedSettingsForm = { environmentOrigins: string[]; storedOrigins: string[]; readerRespect: ReaderRespect };

export async function getEmbedSettingsForm(): Promise<EmbedSettingsForm> {
  const { storedOrigins, readerRespect } = await readEmbedSettings();
  return { environmentOrigins: getConfig().embedAllowedOrigins, storedOrigins, readerRespect };
}
