// The root layout of every page but the cached appeal (which has its own, app/appeal/[currency]/
// [lang]/layout.tsx, so that it can stay static). The language is the one proxy.ts resolved for a
// reader page; the staff's pages are English and carry no switch.
import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/app/_i18n/language-switch";
import { knownLocale } from "@/lib/i18n/locales";
import { READER_PATH_HEADER } from "@/lib/i18n/reader-request";
import "@/app/globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return { title: t("title"), description: t("description") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = knownLocale(await getLocale());
  const readerPath = (await headers()).get(READER_PATH_HEADER);
  return (
    <html lang={locale}>
      <body>
        {readerPath ? <LanguageSwitch locale={locale} back={readerPath} /> : null}
        {children}
      </body>
    </html>
  );
}
