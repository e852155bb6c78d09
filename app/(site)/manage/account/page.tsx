// /manage/account: the supporter's own page, behind the session a manage link opens. Each
// recurring gift as Stripe has it now, with plain forms (no JavaScript needed) that POST to
// /manage/account/gift; one-time gifts of the last three years from the ledger.
import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { MANAGE_SESSION_COOKIE, MANAGE_SESSION_MINUTES } from "@/lib/account/manage-session";
import { readAccountPage } from "@/lib/account/read-account-page";
import { formatMoney } from "@/lib/money/format-money";
import styles from "../manage.module.css";
import { GiftPanel } from "./gift-panel";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title"), robots: { index: false } };
}

export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const page = await readAccountPage((await cookies()).get(MANAGE_SESSION_COOKIE)?.value, await searchParams);
  const t = await getTranslations("account");
  const locale = await getLocale();
  const notice = page.notice && (
    <p className={styles.notice} role="status">
      {t(`notices.${page.notice}`)}
    </p>
  );
  const error = page.error && (
    <p className={styles.error} role="alert">
      {t(`errors.${page.error}`)}
    </p>
  );
  if (page.kind === "signed-out") {
    return (
      <main>
        <h1>{page.notice === "signed-out" ? t("signedOutHeading") : t("endedHeading")}</h1>
        {notice}
        {error}
        <p>{t.rich("askNew", { link: (chunks) => <Link href="/manage">{chunks}</Link> })}</p>
      </main>
    );
  }
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  return (
    <main>
      <h1>{t("title")}</h1>
      {notice}
      {error}
      <p>{t("intro")}</p>
      <p className={styles.muted}>{t("sessionEnds", { minutes: MANAGE_SESSION_MINUTES })}</p>
      {page.gifts.length === 0 && <p>{t("noGifts")}</p>}
      {page.gifts.map((gift) => (
        <GiftPanel key={gift.id} gift={gift} requestId={page.requestId} cancelling={page.cancelling === gift.id} />
      ))}
      <section className={styles.panel} aria-labelledby="one-time-heading">
        <h2 id="one-time-heading">{t("oneTimeHeading")}</h2>
        {page.oneTimeGifts.length === 0 ? (
          <p>{t("oneTimeEmpty")}</p>
        ) : (
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t("oneTimeDate")}</th>
                <th scope="col">{t("oneTimeAmount")}</th>
              </tr>
            </thead>
            <tbody>
              {page.oneTimeGifts.map((gift) => (
                <tr key={gift.id}>
                  <td>{date.format(gift.paidAt)}</td>
                  <td>{formatMoney(gift.amount, gift.currency, { locale, trimZeroDecimals: true })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <form method="post" action="/manage/account/gift">
        <input type="hidden" name="action" value="sign-out" />
        <button className={styles.secondary} type="submit">
          {t("signOut")}
        </button>
      </form>
    </main>
  );
}
