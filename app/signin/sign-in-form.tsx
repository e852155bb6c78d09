"use client";
// The staff sign-in form: asks next-auth for a magic link (and offers OIDC when it is on).
import { signIn } from "next-auth/react";
import { useState } from "react";

export function SignInForm({ callbackUrl, oidcName }: { callbackUrl: string; oidcName: string | null }) {
  const [sending, setSending] = useState(false);
  return (
    <>
      <form
        className="signin-form"
        onSubmit={(event) => {
          event.preventDefault();
          const email = new FormData(event.currentTarget).get("email");
          if (typeof email !== "string" || !email) return;
          setSending(true);
          void signIn("email", { email, callbackUrl });
        }}
      >
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
