// /remind/cancel?token=...: the cancel link in every reminder email (and where a GET of the
// List-Unsubscribe URL leads). The Cancel button posts; ?cancelled and ?error show the outcome.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { EmailLinkPage } from "../email-link-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("remind.cancel"))("title") };
}

export default async function CancelReminderPage({ searchParams }: { searchParams: Promise<{ token?: string; cancelled?: string; error?: string }> }) {
  const { token, cancelled, error } = await searchParams;
  const t = await getTranslations("remind.cancel");
  if (cancelled) return <EmailLinkPage state="done" heading={t("doneHeading")} body={t("doneBody")} />;
  if (error || !token) return <EmailLinkPage state="broken" heading={t("brokenHeading")} body={t("brokenBody")} />;
  return <EmailLinkPage state="ask" heading={t("heading")} body={t("body")} action="/api/reminders/cancel" fields={{ token, lang: await getLocale() }} button={t("button")} />;
}
