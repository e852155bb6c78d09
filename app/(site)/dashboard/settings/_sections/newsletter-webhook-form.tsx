"use client";
// The newsletter webhook's URL: the answer (saved, or why not) shows in place; a refused URL
// stays in the field to be corrected.
import { useActionState } from "react";

export type NewsletterWebhookState = { kind: "idle" | "saved"; url: string } | { kind: "refused"; message: string; url: string };

type Props = { action: (previous: NewsletterWebhookState, form: FormData) => Promise<NewsletterWebhookState>; initial: NewsletterWebhookState; secretSet: boolean };

export function NewsletterWebhookForm({ action, initial, secretSet }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  return (
    <form action={formAction} className="form-stack">
      {state.kind === "saved" ? (
        <p className="notice" role="status">
          Saved. {state.url ? "Every change of consent is sent to this URL from now on." : "No webhook is sent."}
        </p>
      ) : null}
      {state.kind === "refused" ? (
        <p className="notice danger" role="alert">
          Not saved: {state.message}. Correct it and save again.
        </p>
      ) : null}
      <label htmlFor="webhookUrl">Webhook URL</label>
      <input key={`${state.kind}-${state.url}`} id="webhookUrl" name="webhookUrl" type="url" defaultValue={state.url} aria-describedby="webhookUrl-hint" autoComplete="off" />
      <p id="webhookUrl-hint" className="muted">
        Each sign-up, confirmation and withdrawal is POSTed here as JSON, signed with <code>NEWSLETTER_WEBHOOK_SECRET</code> in an <code>X-Signature: t=…,v1=…</code> header (see the README), and retried for about two
        hours until your tool answers 2xx. Empty: no webhook. {secretSet ? "The signing secret is set on the server." : "The signing secret is not set on the server yet, so a URL cannot be saved."}
      </p>
      <button type="submit" disabled={pending}>
        Save webhook
      </button>
    </form>
  );
}
