// /newsletter/unsubscribe?token=...: where a GET of the List-Unsubscribe URL leads. A button
// posts the one-click body to the same endpoint (with from=page, to come back here); ?done= and
// ?error= show the outcome.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import styles from "../../remind/remind.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("newsletter.unsubscribe"))("title") };
}

export default async function UnsubscribeNewsletterPage({ searchParams }: { searchParams: Promise<{ token?: string; done?: string; error?: string }> }) {
  const { token, done, error } = await searchParams;
  const t = await getTranslations("newsletter.unsubscribe");
  const back = (await getTranslations("common"))("backToAppeal");
  if (done) {
    return (
      <main>
        <h1>{t("doneHeading")}</h1>
        <p className={styles.lede}>{t("doneBody")}</p>
        <p>
          <Link href="/">{back}</Link>
        </p>
      </main>
    );
  }
  if (error || !token) {
    return (
      <main>
        <h1>{t("brokenHeading")}</h1>
        <p className={styles.error} role="alert">
          {t("brokenBody")}
        </p>
      </main>
    );
  }
  return (
    <main>
      <h1>{t("title")}</h1>
      <p className={styles.lede}>{t("body")}</p>
      <form method="post" action={`/api/newsletter/unsubscribe?token=${encodeURIComponent(token)}`}>
        <input type="hidden" name="List-Unsubscribe" value="One-Click" />
        <input type="hidden" name="from" value="page" />
        <button className={styles.button} type="submit">
          {t("button")}
        </button>
      </form>
    </main>
  );
}
