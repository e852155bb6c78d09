"use client";
// The staff sign-in form: a plain POST to next-auth's email sign-in, with its CSRF token, so it
// works before hydration and never puts the address in a URL. OIDC is a button when it is on.
import { signIn } from "next-auth/react";
import { useState } from "react";

export function SignInForm({ callbackUrl, csrfToken, oidcName }: { callbackUrl: string; csrfToken: string; oidcName: string | null }) {
  const [sending, setSending] = useState(false);
  return (
    <>
      <form className="signin-form" method="post" action="/api/auth/signin/email" onSubmit={() => setSending(true)}>
        <input type="hidden" name="csrfToken" value={csrfToken} />
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <label htmlFor="email">Work email</label>
        <input id="email" name="email" type="email" autoComplete="email" required placeholder="you@newsroom.org" />
        <button type="submit" disabled={sending}>
          {sending ? "Sending…" : "Email me a sign-in link"}
        </button>
      </form>
      {oidcName ? (
        <button type="button" className="secondary" onClick={() => void signIn("oidc", { callbackUrl })}>
          Sign in with {oidcName}
        </button>
      ) : null}
    </>
  );
}
