// The supporter's short session behind a spent manage link: a random token in an httpOnly cookie,
// only its SHA-256 in ManageSession (a database dump opens nothing). Starting one ends every other
// session of the same supporter, so a newer link (or a session fixed in someone's browser before)
// never shares the page with an older one. Every action reads it again (readManageSession).
import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "../db/generated/client";

/** As long as a manage link (MANAGE_LINK_MINUTES' default): a seized phone keeps it for half an hour at most. */
export const MANAGE_SESSION_MINUTES = 30;
/** The cookie is sent only to the account page and its forms. */
export const MANAGE_SESSION_PATH = "/manage/account";
export const MANAGE_SESSION_COOKIE = "manage_session";

export type ManageSession = { id: string; supporterId: string; emailIndex: string; locale: string | null; expiresAt: Date };

const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");
const isWellFormed = (token: unknown): token is string => typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);

export async function startManageSession(prisma: PrismaClient, owner: { supporterId: string; emailIndex: string; locale: string | null }, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + MANAGE_SESSION_MINUTES * 60_000);
  await prisma.$transaction([
    prisma.manageSession.updateMany({ where: { supporterId: owner.supporterId, endedAt: null }, data: { endedAt: now } }),
    prisma.manageSession.create({ data: { tokenHash: hashToken(token), ...owner, expiresAt, createdAt: now } }),
  ]);
  return { token, expiresAt };
}

/** The live session a cookie names, or undefined (unknown, ended or expired). */
export async function readManageSession(prisma: PrismaClient, token: unknown, now = new Date()): Promise<ManageSession | undefined> {
  if (!isWellFormed(token)) return undefined;
  const session = await prisma.manageSession.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, supporterId: true, emailIndex: true, locale: true, expiresAt: true, endedAt: true },
  });
  if (!session || session.endedAt || session.expiresAt <= now) return undefined;
  return { id: session.id, supporterId: session.supporterId, emailIndex: session.emailIndex, locale: session.locale, expiresAt: session.expiresAt };
}

export async function endManageSession(prisma: PrismaClient, token: unknown, now = new Date()): Promise<void> {
  if (!isWellFormed(token)) return;
  await prisma.manageSession.updateMany({ where: { tokenHash: hashToken(token), endedAt: null }, data: { endedAt: now } });
}

/** Set-Cookie for a new session: httpOnly, SameSite=Lax, the account path only, Secure over https. */
export function manageSessionCookie(token: string, appUrl: string): string {
  const secure = appUrl.startsWith("https:") ? "; Secure" : "";
  return `${MANAGE_SESSION_COOKIE}=${token}; Path=${MANAGE_SESSION_PATH}; Max-Age=${MANAGE_SESSION_MINUTES * 60}; HttpOnly; SameSite=Lax${secure}`;
}

export function clearManageSessionCookie(appUrl: string): string {
  const secure = appUrl.startsWith("https:") ? "; Secure" : "";
  return `${MANAGE_SESSION_COOKIE}=; Path=${MANAGE_SESSION_PATH}; Max-Age=0; HttpOnly; SameSite=Lax${secure}`;
}

/** The session token from a request's Cookie header (the last one wins, as Next's cookies() reads it). */
export function readManageSessionCookie(headers: Headers): string | undefined {
  let found: string | undefined;
  for (const part of (headers.get("cookie") ?? "").split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === MANAGE_SESSION_COOKIE) found = rest.join("=");
  }
  return found;
}

/** Sessions are kept a day past their end (for the audit's session ids to mean something), then deleted. */
export async function deleteEndedManageSessions(prisma: PrismaClient, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - 86_400_000);
  const { count } = await prisma.manageSession.deleteMany({ where: { OR: [{ expiresAt: { lt: cutoff } }, { endedAt: { lt: cutoff } }] } });
  return count;
}
