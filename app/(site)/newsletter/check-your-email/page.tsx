// /newsletter/check-your-email: after "Sign me up", the same for every address.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NEWSLETTER_CONFIRMATION_DAYS } from "@/lib/newsletter/compose-newsletter-confirmation";
import styles from "../../remind/remind.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("newsletter.checkEmail"))("title") };
}

export default async function NewsletterCheckEmailPage() {
  const t = await getTranslations("newsletter.checkEmail");
  return (
    <main>
      <h1>{t("title")}</h1>
      <p className={styles.lede}>{t("body", { days: NEWSLETTER_CONFIRMATION_DAYS })}</p>
      <p>
        <Link href="/">{(await getTranslations("common"))("backToAppeal")}</Link>
      </p>
    </main>
  );
}
