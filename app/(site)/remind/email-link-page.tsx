// The page behind a link in an email (confirm a reminder or a newsletter sign-up, cancel a
// reminder, stop the newsletter): a GET only shows a button that POSTs, since mail scanners open
// links; after the POST, the outcome, or why the link does not work.
import Link from "next/link";
import styles from "./remind.module.css";

type Back = { href: string; text: string };

export type EmailLinkPageProps = { state: "ask"; heading: string; body: string; action: string; fields: Record<string, string>; button: string } | { state: "done" | "broken"; heading: string; body: string; back?: Back };

export function EmailLinkPage(props: EmailLinkPageProps) {
  return (
    <main>
      <h1>{props.heading}</h1>
      {props.state === "broken" ? (
        <p className={styles.error} role="alert">
          {props.body}
        </p>
      ) : (
        <p className={styles.lede}>{props.body}</p>
      )}
      {props.state === "ask" ? (
        <form method="post" action={props.action}>
          {Object.entries(props.fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <button className={styles.button} type="submit">
            {props.button}
          </button>
        </form>
      ) : props.back ? (
        <p>
          <Link href={props.back.href}>{props.back.text}</Link>
        </p>
      ) : null}
    </main>
  );
}
