"use client";
// Sign-out goes through next-auth's POST (with its CSRF token), so it needs this small client piece.
import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button type="button" onClick={() => void signOut({ callbackUrl: "/signin" })}>
      Sign out
    </button>
  );
}
