"use client";
// The "Receipts" form: the legal text per language and the tax receipt switch. The answer
// (saved, or why not) shows in place; refused text stays in the fields to be corrected.
import { useActionState } from "react";

type Values = { legalText: { en: string; ru: string }; taxReceipts: boolean };
export type ReceiptSettingsFormState = { kind: "idle"; values: Values } | { kind: "saved"; values: Values } | { kind: "refused"; message: string; values: Values };

type Props = { action: (previous: ReceiptSettingsFormState, form: FormData) => Promise<ReceiptSettingsFormState>; initial: ReceiptSettingsFormState };

export function ReceiptSettingsForm({ action, initial }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  const { values } = state;
  const version = `${state.kind}-${values.taxReceipts}-${values.legalText.en.length}-${values.legalText.ru.length}`;
  return (
    <form action={formAction} aria-labelledby="receipts-heading">
      <section className="panel form-stack" id="receipts">
        <h2 id="receipts-heading">Receipts</h2>
        <p className="muted">
          Every successful payment is followed by a receipt email, and supporters can download a yearly statement of their gifts. Both end with the legal text below, in the supporter&apos;s language (English when a
          language has none). The subject line is always neutral.
        </p>
        {state.kind === "saved" ? (
          <p className="notice" role="status">
            Saved. The next receipts and statements carry these words.
          </p>
        ) : null}
        {state.kind === "refused" ? (
          <p className="notice danger" role="alert">
            Not saved: {state.message} Correct it and save again.
          </p>
        ) : null}
        <label htmlFor="legalText.en">Legal text in English</label>
        <textarea key={`en-${version}`} id="legalText.en" name="legalText.en" defaultValue={values.legalText.en} rows={4} maxLength={2000} aria-describedby="legalText-hint" />
        <label htmlFor="legalText.ru">Legal text in Russian</label>
        <textarea key={`ru-${version}`} id="legalText.ru" name="legalText.ru" defaultValue={values.legalText.ru} rows={4} maxLength={2000} aria-describedby="legalText-hint" />
        <p id="legalText-hint" className="muted">
          For example the publisher&apos;s legal name, address and registration number. Up to 2,000 characters each.
        </p>
        <label>
          <input key={`tax-${version}`} type="checkbox" name="taxReceipts" defaultChecked={values.taxReceipts} /> These are tax receipts. Leave this off unless your accountant says they are: until then every receipt and
          statement says &ldquo;This is not a tax receipt&rdquo;.
        </label>
        <button type="submit" disabled={pending}>
          Save receipt settings
        </button>
      </section>
    </form>
  );
}
