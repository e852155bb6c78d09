// GET /signin/check-email: shown after a sign-in link was asked for (to staff and strangers alike).
import type { Metadata } from "next";
import Link from "next/link";
import { getConfig } from "@/lib/config/env";
import "../../dashboard/dashboard.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Check your email" };

export default function CheckEmailPage() {
  const { NEWSROOM_NAME } = getConfig();
  return (
    <div className="signin-shell">
      <section className="signin-card" aria-labelledby="check-title">
        <p className="brand">{NEWSROOM_NAME}</p>
        <h1 id="check-title">Check your email</h1>
        <p className="muted">If that address is on the staff list, a sign-in link is on its way. It works once, for 24 hours. You can close this tab.</p>
        <p>
          <Link href="/signin">Use a different address</Link>
        </p>
      </section>
    </div>
  );
}
