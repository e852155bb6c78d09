// next-auth options for the staff dashboard: magic links by email, an optional OIDC provider,
// database sessions through the Prisma adapter, and the staff allowlist in the signIn callback.
import "server-only";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import type { Adapter } from "next-auth/adapters";
import EmailProvider from "next-auth/providers/email";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { getConfig } from "../config/env";
import { getPrisma } from "../db/prisma";
import { logger } from "../log/logger";
import { recordAudit } from "../audit/record-audit";
import { isAllowedStaff } from "./is-allowed-staff";
import { sendMagicLink } from "./send-magic-link";

type OidcProfile = { sub: string; email?: string; email_verified?: boolean; name?: string };

function oidcProvider(): OAuthConfig<OidcProfile> | undefined {
  const { STAFF_OIDC_ISSUER, STAFF_OIDC_CLIENT_ID, STAFF_OIDC_CLIENT_SECRET, STAFF_OIDC_NAME } = getConfig();
  if (!STAFF_OIDC_ISSUER || !STAFF_OIDC_CLIENT_ID || !STAFF_OIDC_CLIENT_SECRET) return undefined;
  return {
    id: "oidc",
    name: STAFF_OIDC_NAME,
    type: "oauth",
    wellKnown: `${STAFF_OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    clientId: STAFF_OIDC_CLIENT_ID,
    clientSecret: STAFF_OIDC_CLIENT_SECRET,
    // The allowlist is by address and the provider is one staff chose, so a verified address
    // may sign in to the User row staff created for it.
    allowDangerousEmailAccountLinking: true,
    profile: (profile) => ({ id: profile.sub, email: profile.email?.toLowerCase() ?? null, name: profile.name ?? null }),
  };
}

/** The adapter, refusing to create users: accounts exist only when staff invite them. */
function staffOnlyAdapter(): Adapter {
  const adapter = PrismaAdapter(getPrisma()) as Adapter;
  return {
    ...adapter,
    createUser: async () => {
      throw new Error("staff accounts are created by invitation only");
    },
  };
}

/** Where next-auth sends a staff address after emailing its link (core/lib/email/signin.js). */
function verifyRequestUrl(): string {
  return `${(process.env.NEXTAUTH_URL ?? getConfig().APP_URL).replace(/\/$/, "")}/api/auth/verify-request?provider=email&type=email`;
}

let cached: NextAuthOptions | undefined;

export function getAuthOptions(): NextAuthOptions {
  if (cached) return cached;
  const config = getConfig();
  // next-auth reads its public URL from NEXTAUTH_URL; it follows APP_URL unless set on purpose.
  process.env.NEXTAUTH_URL ??= config.APP_URL;
  const oidc = oidcProvider();
  cached = {
    secret: config.NEXTAUTH_SECRET,
    adapter: staffOnlyAdapter(),
    session: { strategy: "database", maxAge: 7 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    // Secure cookies whenever the service is served over https; HttpOnly and SameSite=Lax always.
    useSecureCookies: config.APP_URL.startsWith("https://"),
    pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
    providers: [
      EmailProvider({
        server: config.SMTP_URL ?? "smtp://localhost:25",
        from: config.EMAIL_FROM,
        maxAge: 24 * 60 * 60,
        sendVerificationRequest: ({ identifier, url }) => sendMagicLink({ identifier, url }),
      }),
      ...(oidc ? [oidc] : []),
    ],
    callbacks: {
      async signIn({ user, account, profile, email }) {
        if (account?.provider === "oidc" && (profile as OidcProfile | undefined)?.email_verified !== true) return false;
        if (await isAllowedStaff(user.email)) return true;
        logger.info("staff sign-in refused: not on the staff list", { provider: account?.provider });
        // Unknown addresses get the very redirect staff get (next-auth's verify-request URL, then
        // the "check your email" page), and no email: the form does not reveal who is on the list.
        return email?.verificationRequest ? verifyRequestUrl() : "/signin?error=AccessDenied";
      },
      session({ session, user }) {
        return { ...session, user: { ...session.user, id: user.id, role: user.role } };
      },
    },
    events: {
      async signIn({ user, account }) {
        await recordAudit({ actorUserId: user.id, action: "staff.sign_in", targetType: "user", targetId: user.id, metadata: { provider: account?.provider ?? "unknown" } });
      },
      async signOut({ session }) {
        const userId = "userId" in session && typeof session.userId === "string" ? session.userId : undefined;
        if (userId) await recordAudit({ actorUserId: userId, action: "staff.sign_out", targetType: "user", targetId: userId });
      },
    },
  };
  return cached;
}
