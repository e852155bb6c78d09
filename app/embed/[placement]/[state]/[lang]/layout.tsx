// The root layout of the embedded appeal (its own, as the cached appeal has): the language is in the
// path (proxy.ts rewrites /embed/<placement> here, lib/embed/embed-proxy.ts), so the page stays
// static, one copy per placement, state and language, with no language switch inside the frame.
import type { Viewport } from "next";
import { setRequestLocale } from "next-intl/server";
import { knownLocale } from "@/lib/i18n/locales";
import "@/app/globals.css";
import "./embed.css";

type Params = Promise<{ placement: string; state: string; lang: string }>;

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function EmbedLayout({ children, params }: { children: React.ReactNode; params: Params }) {
  const locale = knownLocale((await params).lang);
  setRequestLocale(locale);
  return (
    <html lang={locale} className="embed">
      <body>{children}</body>
    </html>
  );
}
