"use client";
// The "Discretion" form: the statement word and the newsroom's name on Stripe's products. The
// answer (saved, or why not) shows in place; a refused word stays in the field to be corrected.
import { useActionState } from "react";

type Values = { statementWord: string; nameInStripe: boolean };
export type DiscretionFormState = { kind: "idle"; values: Values } | { kind: "saved"; stripeUpdated: boolean; values: Values } | { kind: "refused"; message: string; values: Values };

type Props = { action: (previous: DiscretionFormState, form: FormData) => Promise<DiscretionFormState>; initial: DiscretionFormState; newsroomName: string };

export function DiscretionForm({ action, initial, newsroomName }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  const { values } = state;
  return (
    <form action={formAction} aria-labelledby="discretion-heading">
      <section className="panel form-stack" id="discretion">
        <h2 id="discretion-heading">Discretion</h2>
        <p className="muted">
          Some readers give from places where supporting us is risky. By default nothing the app creates at Stripe names the newsroom or the article a reader came from: products are called &ldquo;One-time support&rdquo;,
          &ldquo;Monthly support&rdquo; and &ldquo;Annual support&rdquo;, and card statements show your Stripe account&apos;s short descriptor followed by the word below. The short descriptor itself is set in
          Stripe&apos;s dashboard, not here: make it neutral too.
        </p>
        {state.kind === "saved" ? (
          <p className="notice" role="status">
            {state.stripeUpdated
              ? "Saved. Stripe's products show the new settings now, for new and existing recurring gifts."
              : "Saved, but Stripe could not be reached to update its products. They are updated at the next gift; nothing else is needed."}
          </p>
        ) : null}
        {state.kind === "refused" ? (
          <p className="notice danger" role="alert">
            Not saved: {state.message}. Correct it and save again.
          </p>
        ) : null}
        <label htmlFor="statementWord">Word on card statements</label>
        <input key={`word-${state.kind}-${values.statementWord}`} id="statementWord" name="statementWord" defaultValue={values.statementWord} maxLength={22} aria-describedby="statementWord-hint" autoComplete="off" />
        <p id="statementWord-hint" className="muted">
          5 to 10 letters or digits, for example SERVICES. Shown after your account&apos;s short descriptor on one-time gifts and on every recurring charge.
        </p>
        <label>
          <input key={`name-${state.kind}-${values.nameInStripe}`} type="checkbox" name="nameInStripe" defaultChecked={values.nameInStripe} /> Show the newsroom&apos;s name on Stripe&apos;s products (&ldquo;
          {newsroomName}: Monthly support&rdquo;), on receipts and in the billing portal
        </label>
        <button type="submit" disabled={pending}>
          Save discretion settings
        </button>
      </section>
    </form>
  );
}
