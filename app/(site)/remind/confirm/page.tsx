// /remind/confirm?token=...: the link in the confirmation email. Shows a Confirm button (a GET
// changes nothing, so link scanners cannot confirm); ?confirmed= and ?error= show the outcome.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CONFIRMATION_DAYS } from "@/lib/reminders/confirm-reminder";
import { describeMonthParam } from "@/lib/reminders/describe-month-param";
import { EmailLinkPage } from "../email-link-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("remind.confirm"))("title") };
}

export default async function ConfirmReminderPage({ searchParams }: { searchParams: Promise<{ token?: string; confirmed?: string; error?: string }> }) {
  const { token, confirmed, error } = await searchParams;
  const locale = await getLocale();
  const t = await getTranslations("remind.confirm");
  const confirmedMonth = describeMonthParam(confirmed, locale);
  if (confirmedMonth) {
    return <EmailLinkPage state="done" heading={t("setHeading")} body={t("setBody", { month: confirmedMonth })} back={{ href: "/", text: (await getTranslations("common"))("backToAppeal") }} />;
  }
  if (error || !token) return <EmailLinkPage state="broken" heading={t("brokenHeading")} body={t("brokenBody", { days: CONFIRMATION_DAYS })} back={{ href: "/remind", text: t("askAgain") }} />;
  return <EmailLinkPage state="ask" heading={t("title")} body={t("body")} action="/api/reminders/confirm" fields={{ token, lang: locale }} button={t("button")} />;
}
