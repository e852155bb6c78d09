"use client";
// The allowed origins form: one origin a line. The answer (saved, or every reason it was not) shows
// in place, and refused input stays in the field to be corrected.
import { useActionState } from "react";

export type EmbedOriginsFormState = { kind: "idle" | "saved"; typed: string; version: number } | { kind: "refused"; errors: string[]; typed: string; version: number };

type Props = { action: (previous: EmbedOriginsFormState, form: FormData) => Promise<EmbedOriginsFormState>; initial: EmbedOriginsFormState; environmentOrigins: string[] };

export function EmbedOriginsForm({ action, initial, environmentOrigins }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  return (
    <form action={formAction} aria-labelledby="embed-origins-heading" key={state.version}>
      <section className="panel form-stack" id="embed-origins">
        <h2 id="embed-origins-heading">Pages that may embed the appeal</h2>
        <p className="muted">
          The news sites whose article pages may show the embedded appeal, one origin a line, such as https://news.example.org (the scheme, the site&apos;s name and, if needed, its port; no path). Any other page that
          tries to show it gets an empty frame. A change reaches every server within a minute.
        </p>
        {state.kind === "saved" ? (
          <p className="notice" role="status">
            Saved. These pages may embed the appeal within a minute.
          </p>
        ) : null}
        {state.kind === "refused" ? (
          <div className="notice danger" role="alert">
            <p>Not saved. Correct these and save again:</p>
            <ul>
              {state.errors.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <label htmlFor="embed-origins">Allowed origins</label>
        <textarea id="embed-origins" name="origins" rows={4} defaultValue={state.typed} aria-describedby="embed-origins-hint" autoComplete="off" spellCheck={false} />
        <p id="embed-origins-hint" className="muted">
          Also allowed, from the server&apos;s EMBED_ALLOWED_ORIGINS setting: {environmentOrigins.length ? environmentOrigins.join(", ") : "none"}.
        </p>
        <button type="submit" disabled={pending}>
          Save allowed origins
        </button>
      </section>
    </form>
  );
}
