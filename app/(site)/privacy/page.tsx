// GET /privacy: what the service keeps about supporters and why, in the reader's language.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("privacy"))("title") };
}

export default async function PrivacyPage() {
  const t = await getTranslations("privacy");
  return (
    <main>
      <h1>{t("title")}</h1>
      <p>{t("payments")}</p>
      <p>{t("sharing")}</p>
      <p>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- the appeal at / is a full load (proxy.ts picks its cached page) */}
        <a href="/">{t("back")}</a>
      </p>
    </main>
  );
}
