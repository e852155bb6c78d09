// notFound() in a page: a plain page in the reader's language, with a way back to the appeal.
// Small on purpose: Next embeds it in every page's RSC payload, and a plain link rather than
// next/link, which would add its code to every page's first load. An address that is no page at
// all gets app/global-not-found.tsx.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notFound"))("title") };
}

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main>
      <h1>{t("title")}</h1>
      <p>
        {t("body")} {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load on purpose (see above) */}
        <a href="/">{t("back")}</a>
      </p>
    </main>
  );
}
