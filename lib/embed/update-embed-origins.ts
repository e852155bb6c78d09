// Saves the origins an admin allows to embed the appeal, beyond EMBED_ALLOWED_ORIGINS (admins only,
// checked by the caller), with an audit entry. Input is the Settings field: one origin a line (or
// comma-separated). Any bad origin refuses the whole save, with every reason, and changes nothing.
// Saving forgets the cached copy here; other instances follow within EMBED_SETTINGS_TTL_MS.
import { getConfig } from "@/lib/config/env";
import type { PrismaClient } from "@/lib/db/generated/client";
import { getPrisma } from "@/lib/db/prisma";
import { EMBED_ORIGINS_KEY, MAX_EMBED_ORIGINS, parseEmbedOrigin } from "./embed-settings-schema";
import { forgetEmbedSettings } from "./load-embed-settings";

export type EmbedOriginsUpdate = { ok: true; origins: string[] } | { ok: false; errors: string[] };

/** Production refuses plain http, except where the app itself runs on plain http on this machine (a local production build: the e2e and bench servers). */
function refusesLoopbackHttp(): boolean {
  const { isProduction, APP_URL } = getConfig();
  const app = new URL(APP_URL);
  return isProduction && !(app.protocol === "http:" && ["localhost", "127.0.0.1"].includes(app.hostname));
}

export async function updateEmbedOrigins(typed: string, actorUserId: string, prisma: PrismaClient = getPrisma(), isProduction = refusesLoopbackHttp()): Promise<EmbedOriginsUpdate> {
  const entries = typed.split(/[\s,]+/).filter(Boolean);
  const errors: string[] = [];
  const origins: string[] = [];
  for (const entry of entries) {
    const parsed = parseEmbedOrigin(entry, isProduction);
    if ("error" in parsed) errors.push(parsed.error);
    else if (!origins.includes(parsed.origin)) origins.push(parsed.origin);
  }
  if (origins.length > MAX_EMBED_ORIGINS) errors.push(`At most ${MAX_EMBED_ORIGINS} origins can be listed here; use EMBED_ALLOWED_ORIGINS for more`);
  if (errors.length > 0) return { ok: false, errors };
  const value = { origins };
  await prisma.$transaction([
    prisma.setting.upsert({ where: { key: EMBED_ORIGINS_KEY }, update: { value, updatedBy: actorUserId }, create: { key: EMBED_ORIGINS_KEY, value, updatedBy: actorUserId } }),
    prisma.auditLog.create({ data: { actorUserId, action: "settings.updated", targetType: "setting", targetId: EMBED_ORIGINS_KEY, metadata: value } }),
  ]);
  forgetEmbedSettings();
  return { ok: true, origins };
}
