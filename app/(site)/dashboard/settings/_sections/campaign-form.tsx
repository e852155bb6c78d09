"use client";
// The campaign form: what the goal counts, how much, and the days it runs. The answer (saved,
// ended, or why not) shows in place; refused values stay in the fields to be corrected.
import { useActionState } from "react";
import type { CampaignFormValues } from "@/lib/campaign/read-campaign-form";

export type CampaignFormState = { kind: "idle" | "saved" | "ended" | "refused"; values: CampaignFormValues; active: boolean; message?: string };

type Props = {
  action: (previous: CampaignFormState, form: FormData) => Promise<CampaignFormState>;
  settlementCurrency: string;
  initial: CampaignFormState;
};

export function CampaignForm({ action, settlementCurrency, initial }: Props) {
  const [state, formAction, pending] = useActionState(action, initial);
  const { values } = state;
  const currency = settlementCurrency.toUpperCase();
  const key = (name: string) => `${name}-${state.kind}-${state.message ?? ""}`;
  return (
    <section className="panel form-stack" id="campaign" aria-labelledby="campaign-heading">
      <h2 id="campaign-heading">Campaign goal</h2>
      <p className="muted">
        While a campaign runs, the appeal, the embedded appeal and the banner show a meter of how close it is to its goal, at most a minute old. A money goal is counted in {currency}, the currency your Stripe account
        settles in: gifts in other currencies count as Stripe converted them. A goal of new supporters counts people whose first gift falls in the campaign. Days are UTC, the last one included.
      </p>
      {state.kind === "saved" ? (
        <p className="notice" role="status">
          Saved. The appeal shows the campaign&apos;s meter within a minute.
        </p>
      ) : null}
      {state.kind === "ended" ? (
        <p className="notice" role="status">
          Campaign ended. The appeal no longer shows a goal.
        </p>
      ) : null}
      {state.kind === "refused" ? (
        <p className="notice danger" role="alert">
          Not saved: {state.message}. Correct it and save again.
        </p>
      ) : null}
      <form action={formAction} className="form-stack">
        <fieldset>
          <legend>The goal counts</legend>
          <label>
            <input key={key("money")} type="radio" name="goalKind" value="money" defaultChecked={values.goalKind !== "supporters"} /> Money raised ({currency})
          </label>
          <label>
            <input key={key("supporters")} type="radio" name="goalKind" value="supporters" defaultChecked={values.goalKind === "supporters"} /> New supporters
          </label>
        </fieldset>
        <label htmlFor="campaign-goal">Goal</label>
        <input key={key("goal")} id="campaign-goal" name="goalAmount" inputMode="decimal" defaultValue={values.goalAmount} aria-describedby="campaign-goal-hint" autoComplete="off" required />
        <p id="campaign-goal-hint" className="muted">
          An amount in {currency} such as 5000, or a number of new supporters such as 300.
        </p>
        <label htmlFor="campaign-currency">Currency of a money goal</label>
        <select id="campaign-currency" name="currency" defaultValue={settlementCurrency}>
          <option value={settlementCurrency}>{currency}</option>
        </select>
        <label htmlFor="campaign-starts">First day</label>
        <input key={key("starts")} id="campaign-starts" name="startsOn" type="date" defaultValue={values.startsOn} required />
        <label htmlFor="campaign-ends">Last day</label>
        <input key={key("ends")} id="campaign-ends" name="endsOn" type="date" defaultValue={values.endsOn} required />
        <button type="submit" name="intent" value="save" disabled={pending}>
          Save campaign
        </button>
        {state.active ? (
          <button type="submit" name="intent" value="end" className="secondary" formNoValidate disabled={pending}>
            End the campaign now
          </button>
        ) : null}
      </form>
    </section>
  );
}
