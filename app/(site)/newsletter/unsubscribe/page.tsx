// /newsletter/unsubscribe?token=...: where a GET of the List-Unsubscribe URL leads. A button
// posts the one-click body to the same endpoint (with from=page, to come back here); ?done= and
// ?error= show the outcome.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmailLinkPage } from "@/app/(site)/remind/email-link-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("newsletter.unsubscribe"))("title") };
}

export default async function UnsubscribeNewsletterPage({ searchParams }: { searchParams: Promise<{ token?: string; done?: string; error?: string }> }) {
  const { token, done, error } = await searchParams;
  const t = await getTranslations("newsletter.unsubscribe");
  if (done) return <EmailLinkPage state="done" heading={t("doneHeading")} body={t("doneBody")} back={{ href: "/", text: (await getTranslations("common"))("backToAppeal") }} />;
  if (error || !token) return <EmailLinkPage state="broken" heading={t("brokenHeading")} body={t("brokenBody")} />;
  const action = `/api/newsletter/unsubscribe?token=${encodeURIComponent(token)}`;
  return <EmailLinkPage state="ask" heading={t("title")} body={t("body")} action={action} fields={{ "List-Unsubscribe": "One-Click", from: "page" }} button={t("button")} />;
}
