// /newsletter/confirm?token=...: the link in the confirmation email. Shows a Confirm button (a
// GET changes nothing, so link scanners cannot confirm); ?confirmed= and ?error= show the outcome.
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { NEWSLETTER_CONFIRMATION_DAYS } from "@/lib/newsletter/compose-newsletter-confirmation";
import styles from "../../remind/remind.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("newsletter.confirm"))("title") };
}

export default async function ConfirmNewsletterPage({ searchParams }: { searchParams: Promise<{ token?: string; confirmed?: string; error?: string }> }) {
  const { token, confirmed, error } = await searchParams;
  const locale = await getLocale();
  const t = await getTranslations("newsletter.confirm");
  const back = (await getTranslations("common"))("backToAppeal");
  if (confirmed) {
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
          {t("brokenBody", { days: NEWSLETTER_CONFIRMATION_DAYS })}
        </p>
        <p>
          <Link href="/newsletter">{(await getTranslations("newsletter"))("title")}</Link>
        </p>
      </main>
    );
  }
  return (
    <main>
      <h1>{t("title")}</h1>
      <p className={styles.lede}>{t("body")}</p>
      <form method="post" action="/api/newsletter/confirm">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="lang" value={locale} />
        <button className={styles.button} type="submit">
          {t("button")}
        </button>
      </form>
    </main>
  );
}
