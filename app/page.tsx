// GET / with a query string: the appeal with a choice to restore, rendered per request so it works
// without JavaScript (?frequency=&amount=&currency=&source= from reminder emails and Checkout's
// cancel_url; ?error= after a refused form post). The plain / is rewritten by proxy.ts to the
// cached /appeal/[currency]; this page also serves / should the proxy not run.
import { randomBytes } from "node:crypto";
import { headers } from "next/headers";
import { AppealView } from "@/app/_appeal/appeal-view";
import { getConfig } from "@/lib/config/env";
import { readAppealPrefill } from "@/lib/donations/read-appeal-prefill";
import { readDonationOptions } from "@/lib/donations/read-donation-options";
import { readReaderPreferences } from "@/lib/donations/read-reader-preferences";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AppealPage({ searchParams }: { searchParams: SearchParams }) {
  const preferences = readReaderPreferences(await headers(), getConfig().CHECKOUT_CURRENCIES);
  const prefill = readAppealPrefill(await searchParams, readDonationOptions(), preferences.currency);
  return <AppealView prefill={prefill} attemptKey={randomBytes(12).toString("hex")} />;
}
