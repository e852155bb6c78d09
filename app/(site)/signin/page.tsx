// GET /signin: the staff sign-in page (magic link by email, optional OIDC).
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getConfig } from "@/lib/config/env";
import { readStaffCsrfToken, staffCsrfCookieName } from "@/lib/auth/staff-csrf-token";
import { SignInForm } from "./sign-in-form";
import "../dashboard/dashboard.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Staff sign-in" };

const messages: Record<string, string> = {
  AccessDenied: "That account is not on the staff list. Ask an admin of the dashboard to invite you.",
  Verification: "That sign-in link has expired or was already used. Ask for a new one below.",
  EmailSignin: "We could not send the email just now. Try again in a minute.",
  EmailInvalid: "Enter one work email address, like you@newsroom.org.",
  TooManyRequests: "Too many sign-in links were asked for. Wait an hour, or use the newest link you were sent.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const config = getConfig();
  const error = typeof params.error === "string" ? (messages[params.error] ?? "Sign-in did not work. Try again.") : null;
  const requested = typeof params.callbackUrl === "string" ? params.callbackUrl : "/dashboard";
  // Only paths on this site: a sign-in link must not send staff elsewhere.
  const callbackUrl = requested.startsWith("/") && !requested.startsWith("//") ? requested : "/dashboard";
  // Set by proxy.ts when missing; the form posts it back to next-auth (double-submit CSRF token).
  const csrfToken = readStaffCsrfToken((await cookies()).get(staffCsrfCookieName(config.APP_URL))?.value, config.NEXTAUTH_SECRET) ?? "";
  const oidcName = config.STAFF_OIDC_ISSUER && config.STAFF_OIDC_CLIENT_ID && config.STAFF_OIDC_CLIENT_SECRET ? config.STAFF_OIDC_NAME : null;
  return (
    <div className="signin-shell">
      <section className="signin-card" aria-labelledby="signin-title">
        <p className="brand">{config.NEWSROOM_NAME}</p>
        <h1 id="signin-title">Supporter dashboard</h1>
        <p className="muted">For newsroom staff. Enter your work address and we will email you a link that signs you in.</p>
        {error ? (
          <p className="notice danger" role="alert">
            {error}
          </p>
        ) : null}
        <SignInForm callbackUrl={callbackUrl} csrfToken={csrfToken} oidcName={oidcName} />
      </section>
    </div>
  );
}
