// The root layout of the cached appeal: its language is in its path (proxy.ts rewrites / and
// /appeal/<currency> here), so <html lang> is right without reading a cookie or a header, and the
// page stays static, one copy per currency and language.
import type { Metadata, Viewport } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LanguageSwitch } from "@/app/_i18n/language-switch";
import { knownLocale } from "@/lib/i18n/locales";
import "@/app/globals.css";

type Params = Promise<{ currency: string; lang: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const t = await getTranslations({ locale: knownLocale((await params).lang), namespace: "meta" });
  return { title: t("title"), description: t("description") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function CachedAppealLayout({ children, params }: { children: React.ReactNode; params: Params }) {
  const locale = knownLocale((await params).lang);
  setRequestLocale(locale);
  return (
    <html lang={locale}>
      <body>
        {/* The switch leads back to the plain appeal, which proxy.ts serves in the new language. */}
        <LanguageSwitch locale={locale} back="/" />
        {children}
      </body>
    </html>
  );
}
