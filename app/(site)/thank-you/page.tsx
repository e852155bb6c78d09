// GET /thank-you?session_id=...: Checkout's success_url. What it says is read from Stripe on the
// server; the query string is only an id. It also records the result through the webhooks' own
// sync code, so the ledger is right before the webhook arrives.
import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import Link from "next/link";
import "@/app/_appeal/appeal.css";
import { GiveAgainOffer } from "@/app/(site)/remind/give-again-offer";
import { getConfig } from "@/lib/config/env";
import { readBackUrl } from "@/lib/embed/article-address";
import { BACK_COOKIE } from "@/lib/embed/reader-state";
import { readThankYouPage, type ThankYouPageContent } from "@/lib/donations/read-thank-you-page";
import { formatMoney } from "@/lib/money/format-money";
import { MonthlyInvite } from "./monthly-invite";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Thank you", robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const howOften = { once: "", monthly: " every month", annual: " every year" } as const;

function Body({ result, monthlyInvitation }: Omit<ThankYouPageContent, "newsroomName">) {
  switch (result.kind) {
    case "paid":
    case "pending": {
      const gift = `${formatMoney(result.amountMinor, result.currency, { trimZeroDecimals: true })}${howOften[result.frequency]}`;
      return (
        <>
          <h1>{result.kind === "paid" ? "Thank you for your support" : "Thank you: your payment is on its way"}</h1>
          <p className="gift" data-testid="gift-summary">
            {result.kind === "paid" ? "You are giving" : "You chose to give"} <strong>{gift}</strong>.
          </p>
          {result.kind === "pending" ? (
            <p>Your bank has not confirmed the payment yet. This can take a few working days. We will email you when it arrives, and nothing more is needed from you.</p>
          ) : (
            <p>Your gift keeps our reporting free for everyone to read, and it lets us plan the work ahead.</p>
          )}
          <h2>What happens next</h2>
          <ul>
            <li>{result.receiptEmailSent ? "A receipt is on its way to your email address." : "You will receive a receipt by email."}</li>
            {result.frequency === "once" ? (
              <li>This was a one-time gift: nothing more will be taken.</li>
            ) : (
              <li>
                Your gift renews{howOften[result.frequency]} until you stop it. You can change the amount, update your card or cancel at any time, without having to explain, from{" "}
                <Link href="/manage">Manage your support</Link>.
              </li>
            )}
            <li>If something is not right, reply to the receipt and a person in the newsroom will help.</li>
          </ul>
          {result.kind === "paid" && result.frequency === "once" ? (
            <>
              {monthlyInvitation ? (
                <MonthlyInvite
                  monthlyAmountMinor={monthlyInvitation.amountMinor}
                  currency={result.currency}
                  formattedAmount={formatMoney(monthlyInvitation.amountMinor, result.currency, { trimZeroDecimals: true })}
                  attemptKey={monthlyInvitation.attemptKey}
                />
              ) : null}
              <GiveAgainOffer amount={result.amountMinor} currency={result.currency} />
            </>
          ) : null}
        </>
      );
    }
    case "open":
      return (
        <>
          <h1>Your payment is not finished</h1>
          <p>Nothing has been taken yet. You can go back to the appeal and try again.</p>
        </>
      );
    case "expired":
      return (
        <>
          <h1>This payment page has expired</h1>
          <p>Nothing was taken. If you would still like to give, please start again from the appeal.</p>
        </>
      );
    case "unavailable":
      return (
        <>
          <h1>We could not check your payment just now</h1>
          <p>Our payment provider did not answer. If you completed the payment, a receipt will reach your email. Please reload this page in a minute.</p>
        </>
      );
    case "busy":
      return (
        <>
          <h1>Just a moment</h1>
          <p>We are checking a lot of payments right now. Please reload this page in a minute to see yours. If you completed the payment, it is safe: a receipt will reach your email.</p>
        </>
      );
    case "not_found":
      return (
        <>
          <h1>We could not find this payment</h1>
          <p>This link does not match a payment made through our appeal. If you have given, your receipt email is the record of it.</p>
        </>
      );
  }
}

export default async function ThankYouPage({ searchParams }: { searchParams: SearchParams }) {
  const query = await searchParams;
  const sessionId = typeof query.session_id === "string" ? query.session_id : undefined;
  const { newsroomName, result, monthlyInvitation } = await readThankYouPage(sessionId, await headers());
  // From an embedded appeal: the article the reader gave from (lib/embed/embed-checkout.ts).
  const backUrl = readBackUrl((await cookies()).get(BACK_COOKIE)?.value, getConfig().embedAllowedOrigins);
  return (
    <main className="thank-you">
      <p className="newsroom">{newsroomName}</p>
      <Body result={result} monthlyInvitation={monthlyInvitation} />
      {backUrl ? (
        <p>
          <a href={backUrl}>Back to the article</a>
        </p>
      ) : null}
      <p>
        <Link href="/">Back to the appeal</Link> · <Link href="/privacy">How we handle your data</Link>
      </p>
    </main>
  );
}
