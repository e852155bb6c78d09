// /manage/open?token=...: the page a manage link opens. It checks the link without spending it
// and offers one button; the POST behind it spends the link and opens the billing portal.
import Link from "next/link";
import type { ManageLinkRefusal } from "@/lib/manage/open-manage-link";
import { readManageLinkPage } from "@/lib/manage/read-manage-link-page";
import styles from "../manage.module.css";

export const metadata = { title: "Manage your support" };
export const dynamic = "force-dynamic";

const refusals: Record<ManageLinkRefusal, string> = {
  invalid: "This link is not one of ours, or it was copied only in part.",
  expired: "This link has expired: links work for a short time to keep your account safe.",
  used: "This link has already been used: each link works once.",
  "no-customer": "We could not find a payment record for this address.",
};

export default async function OpenManageLinkPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const page = await readManageLinkPage(await searchParams);
  if (page.kind === "refused") {
    return (
      <main>
        <h1>This link cannot be used</h1>
        <p className={styles.error} role="alert">
          {refusals[page.reason]}
        </p>
        <p>
          <Link href="/manage">Ask for a new link</Link>: it takes a minute, and nothing about your gift has changed.
        </p>
      </main>
    );
  }
  return (
    <main>
      <h1>Manage your support</h1>
      <p>Continue to your secure billing page, run by our payment provider Stripe. From there you can come back here.</p>
      <form method="post" action="/api/manage/open">
        <input type="hidden" name="token" value={page.token} />
        <button className={styles.button} type="submit">
          Open my billing page
        </button>
      </form>
    </main>
  );
}
