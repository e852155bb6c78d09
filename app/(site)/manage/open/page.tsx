// /manage/open?token=...: the page a manage link opens. It checks the link without spending it
// and offers one button; the POST behind it spends the link and opens the billing portal (in the
// language stored with the link).
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { readManageLinkPage } from "@/lib/manage/read-manage-link-page";
import styles from "../manage.module.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("manage"))("title") };
}

export default async function OpenManageLinkPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const page = await readManageLinkPage(await searchParams);
  const t = await getTranslations("manage");
  if (page.kind === "refused") {
    return (
      <main>
        <h1>{t("open.refusedHeading")}</h1>
        <p className={styles.error} role="alert">
          {t(`open.${page.reason}`)}
        </p>
        <p>{t.rich("open.askNew", { link: (chunks) => <Link href="/manage">{chunks}</Link> })}</p>
      </main>
    );
  }
  return (
    <main>
      <h1>{t("title")}</h1>
      <p>{t("open.body")}</p>
      <form method="post" action="/api/manage/open">
        <input type="hidden" name="token" value={page.token} />
        <button className={styles.button} type="submit">
          {t("open.button")}
        </button>
      </form>
    </main>
  );
}
