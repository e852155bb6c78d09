// Any address that is no page, in the reader's language (proxy.ts resolved it): a plain page with
// a way back to the appeal. Next serves it without a layout (there are two root layouts), so it
// is a whole document of its own. notFound() inside a page renders that tree's not-found instead.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { knownLocale } from "@/lib/i18n/locales";
import "@/app/globals.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notFound"))("title") };
}

export default async function GlobalNotFound() {
  const locale = knownLocale(await getLocale());
  const t = await getTranslations("notFound");
  return (
    <html lang={locale}>
      <body>
        <main>
          <h1>{t("title")}</h1>
          <p>
            {t("body")} {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load: / is the cached appeal (proxy.ts) */}
            <a href="/">{t("back")}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
