// /newsletter: the weekly newsletter's own sign-up page (the article's sign-up box links here).
// An address and the consent box, never pre-ticked; confirmed by email first. No JavaScript.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { knownLocale } from "@/lib/i18n/locales";
import styles from "../remind/remind.module.css";
import { NewsletterSignUpForm } from "./newsletter-sign-up-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("newsletter"))("title") };
}

export default async function NewsletterPage({ searchParams }: { searchParams: Promise<{ newsletter_error?: string }> }) {
  const { newsletter_error: errorCode } = await searchParams;
  const locale = knownLocale(await getLocale());
  const t = await getTranslations("newsletter");
  return (
    <main>
      <h1>{t("title")}</h1>
      <p className={styles.lede}>{t("lede")}</p>
      <section className={styles.panel}>
        <NewsletterSignUpForm source="newsletter-page" locale={locale} errorCode={errorCode} />
      </section>
    </main>
  );
}
