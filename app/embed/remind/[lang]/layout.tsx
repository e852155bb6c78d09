// The root layout of the embedded "Remind me later" (its own, as the embedded appeal has): the
// language is in the path, and the page fills the frame the snippet reserved.
import type { Viewport } from "next";
import { setRequestLocale } from "next-intl/server";
import { knownLocale } from "@/lib/i18n/locales";
import "@/app/globals.css";
import "./embed-remind.css";

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function EmbedRemindLayout({ children, params }: { children: React.ReactNode; params: Promise<{ lang: string }> }) {
  const locale = knownLocale((await params).lang);
  setRequestLocale(locale);
  return (
    <html lang={locale} className="embed">
      <body>{children}</body>
    </html>
  );
}
