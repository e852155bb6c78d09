"use client";
// The reader's respect form: the thank-you period per frequency and the banner's weekly cap. The
// answer shows in place, and refused input stays in the fields to be corrected.
import { useActionState } from "react";

type Fields = Record<string, string>;
export type ReaderRespectFormState = { kind: "idle" | "saved"; fields: Fields; version: number } | { kind: "refused"; errors: string[]; fields: Fields; version: number };

type Props = { action: (previous: ReaderRespectFormState, form: FormData) => Promise<ReaderRespectFormState>; initial: ReaderRespectFormState };

const periods = [
  { name: "thanksDays.once", label: "Days of thanks after a one-time gift" },
  { name: "thanksDays.monthly", label: "Days of thanks after a monthly gift" },
  { name: "thanksDays.annual", label: "Days of thanks after an annual gift" },
] as const;

export function ReaderRespectForm({ action, initial }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  return (
    <form action={formAction} aria-labelledby="reader-respect-heading" key={state.version}>
      <section className="panel form-stack" id="reader-respect">
        <h2 id="reader-respect-heading">Reader&apos;s respect in the embedded appeal</h2>
        <p className="muted">
          After a gift, the embedded appeal thanks the reader instead of asking, for the days below (a recurring supporter should not be asked while the gift runs: a little over a month, or a year). The banner stays
          quiet for the rest of the week once a reader has seen the appeal as many times as the cap. Both are kept in the reader&apos;s own browser; a change applies within a minute, and a thank-you period already
          started keeps its length.
        </p>
        {state.kind === "saved" ? (
          <p className="notice" role="status">
            Saved. Readers get the new periods and cap within a minute.
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
        {periods.map((period) => (
          <p key={period.name}>
            <label htmlFor={period.name}>{period.label}</label>
            <input id={period.name} name={period.name} inputMode="numeric" defaultValue={state.fields[period.name]} size={5} />
          </p>
        ))}
        <p>
          <label htmlFor="weeklyViewCap">Appeal views per reader per week before the banner stays quiet</label>
          <input id="weeklyViewCap" name="weeklyViewCap" inputMode="numeric" defaultValue={state.fields.weeklyViewCap} size={5} />
        </p>
        <button type="submit" disabled={pending}>
          Save reader&apos;s respect
        </button>
      </section>
    </form>
  );
}
