// /remind/check-your-email: after "Email me a reminder", in the reader's language.
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { describeMonthParam } from "@/lib/reminders/describe-month-param";
import styles from "../remind.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("remind.checkEmail"))("title") };
}

export default async function CheckYourEmailPage({ searchParams }: { searchParams: Promise<{ month?: string }> }) {
  const { month } = await searchParams;
  const readable = describeMonthParam(month, await getLocale());
  const t = await getTranslations("remind.checkEmail");
  return (
    <main>
      <h1>{t("title")}</h1>
      <p className={styles.lede}>{readable ? t("ledeMonth", { month: readable }) : t("lede")}</p>
      <p>{t("body")}</p>
      <p>
        <Link href="/">{(await getTranslations("common"))("backToAppeal")}</Link>
      </p>
    </main>
  );
}
