// /manage: a supporter asks for a link to change or cancel their gift, or update their card. In the
// reader's language; the form carries it, so the link's email and the billing portal use it too.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { getConfig } from "@/lib/config/env";
import { readManagePage } from "@/lib/manage/read-manage-page";
import styles from "./manage.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("manage"))("title") };
}

export default async function ManagePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { returned, sent, error } = readManagePage(await searchParams);
  const t = await getTranslations("manage");
  return (
    <main>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {returned && (
        <p className={styles.notice} role="status">
          {t("returned")}
        </p>
      )}
      {sent && (
        <p className={styles.notice} role="status">
          {t("sent", { minutes: getConfig().MANAGE_LINK_MINUTES })}
        </p>
      )}
      {error && (
        <p className={styles.error} role="alert">
          {t(`errors.${error}`)}
        </p>
      )}
      <form className={styles.panel} method="post" action="/api/manage/link">
        <input type="hidden" name="lang" value={await getLocale()} />
        <label className={styles.label} htmlFor="manage-email">
          {t("emailLabel")}
        </label>
        <input className={styles.input} id="manage-email" name="email" type="email" autoComplete="email" required maxLength={254} />
        <button className={styles.button} type="submit">
          {t("button")}
        </button>
        <p className={styles.muted}>{t("muted")}</p>
      </form>
    </main>
  );
}
