"use client";
// The copy variants form: per placement, four slots (a to d); an empty slot is not run. The answer
// (saved, or every reason it was not) shows in place, and refused input stays in the fields.
import { useActionState } from "react";
import { translatedLocales } from "@/lib/i18n/locales";

type Fields = Record<string, string>;
export type EmbedVariantsFormState = { kind: "idle" | "saved"; fields: Fields; version: number } | { kind: "refused"; errors: string[]; fields: Fields; version: number };

type Props = { action: (previous: EmbedVariantsFormState, form: FormData) => Promise<EmbedVariantsFormState>; initial: EmbedVariantsFormState; currencies: string[] };

const placements = [
  { id: "footer", name: "Footer appeal" },
  { id: "banner", name: "Banner" },
] as const;
const variantIds = ["a", "b", "c", "d"] as const;
const frequencies = [
  { id: "once", name: "once" },
  { id: "monthly", name: "monthly" },
  { id: "annual", name: "annual" },
] as const;
const languageName = (locale: string) => new Intl.DisplayNames("en", { type: "language" }).of(locale) ?? locale;

export function EmbedVariantsForm({ action, initial, currencies }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  const value = (name: string) => state.fields[name] ?? "";
  return (
    <form action={formAction} aria-labelledby="variants-heading" key={state.version}>
      <section className="panel form-stack" id="variants">
        <h2 id="variants-heading">Copy variants of the embedded appeal</h2>
        <p className="muted">
          Up to four variants per placement. Readers are assigned one at random and keep it; the Sources page compares each with variant a. A variant left empty is not shown. Empty amounts use the appeal&apos;s; other
          languages fall back to English.
        </p>
        {state.kind === "saved" ? (
          <p className="notice" role="status">
            Saved. The embedded appeal shows the new variants now.
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
        {placements.map((placement) => (
          <fieldset key={placement.id}>
            <legend>{placement.name}</legend>
            {variantIds.map((id) => {
              const prefix = `${placement.id}.${id}`;
              const label = `${placement.name}, variant ${id}`;
              const used = Object.keys(state.fields).some((name) => name.startsWith(`${prefix}.`) && state.fields[name] !== "");
              return (
                <details key={id} open={used || id === "a"}>
                  <summary>
                    Variant {id}
                    {used ? "" : " (not shown)"}
                  </summary>
                  <label htmlFor={`${prefix}.en.heading`}>Heading (English)</label>
                  <input id={`${prefix}.en.heading`} name={`${prefix}.en.heading`} defaultValue={value(`${prefix}.en.heading`)} maxLength={120} aria-describedby={`${prefix}.hint`} />
                  <label htmlFor={`${prefix}.en.letter`}>Letter (English)</label>
                  <textarea id={`${prefix}.en.letter`} name={`${prefix}.en.letter`} defaultValue={value(`${prefix}.en.letter`)} rows={4} maxLength={2000} />
                  {translatedLocales.map((locale) => (
                    <div key={locale} className="form-stack" lang={locale}>
                      <label htmlFor={`${prefix}.${locale}.heading`} lang="en">
                        Heading ({languageName(locale)})
                      </label>
                      <input id={`${prefix}.${locale}.heading`} name={`${prefix}.${locale}.heading`} defaultValue={value(`${prefix}.${locale}.heading`)} maxLength={120} />
                      <label htmlFor={`${prefix}.${locale}.letter`} lang="en">
                        Letter ({languageName(locale)})
                      </label>
                      <textarea id={`${prefix}.${locale}.letter`} name={`${prefix}.${locale}.letter`} defaultValue={value(`${prefix}.${locale}.letter`)} rows={4} maxLength={2000} />
                    </div>
                  ))}
                  <p className="muted" id={`${prefix}.hint`}>
                    Default amounts, in each currency&apos;s usual units (&ldquo;5, 10, 25&rdquo;); leave a currency empty to use the appeal&apos;s.
                  </p>
                  <table className="data">
                    <caption className="table-caption">Default amounts of {label}</caption>
                    <thead>
                      <tr>
                        <th scope="col">Currency</th>
                        {frequencies.map((frequency) => (
                          <th key={frequency.id} scope="col">
                            {frequency.name}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {currencies.map((currency) => (
                        <tr key={currency}>
                          <th scope="row">{currency.toUpperCase()}</th>
                          {frequencies.map((frequency) => {
                            const name = `${prefix}.amounts.${currency}.${frequency.id}`;
                            return (
                              <td key={frequency.id}>
                                <input name={name} defaultValue={value(name)} aria-label={`${label}: ${currency.toUpperCase()} ${frequency.name} amounts`} size={12} />
                              </td>
                            );
                          })}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </details>
              );
            })}
          </fieldset>
        ))}
        <button type="submit" disabled={pending}>
          Save variants
        </button>
      </section>
    </form>
  );
}
