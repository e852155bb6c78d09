// /newsletter/confirm?token=...: the link in the confirmation email. Shows a Confirm button (a
// GET changes nothing, so link scanners cannot confirm); ?confirmed= and ?error= show the outcome.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { EmailLinkPage } from "@/app/(site)/remind/email-link-page";
import { NEWSLETTER_CONFIRMATION_DAYS } from "@/lib/newsletter/compose-newsletter-confirmation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("newsletter.confirm"))("title") };
}

export default async function ConfirmNewsletterPage({ searchParams }: { searchParams: Promise<{ token?: string; confirmed?: string; error?: string }> }) {
  const { token, confirmed, error } = await searchParams;
  const t = await getTranslations("newsletter.confirm");
  if (confirmed) return <EmailLinkPage state="done" heading={t("doneHeading")} body={t("doneBody")} back={{ href: "/", text: (await getTranslations("common"))("backToAppeal") }} />;
  if (error || !token) {
    const back = { href: "/newsletter", text: (await getTranslations("newsletter"))("title") };
    return <EmailLinkPage state="broken" heading={t("brokenHeading")} body={t("brokenBody", { days: NEWSLETTER_CONFIRMATION_DAYS })} back={back} />;
  }
  return <EmailLinkPage state="ask" heading={t("title")} body={t("body")} action="/api/newsletter/confirm" fields={{ token, lang: await getLocale() }} button={t("button")} />;
}
