// Turns the Settings page's campaign form into a campaign, or the reasons it cannot be one: a goal
// above zero (money as a decimal in the settlement currency's major units, or whole supporters), a
// known currency that is the settlement currency, and real days with the end not before the start.
import { decimalToMinor } from "../money/decimal-to-minor";
import { isSupportedCurrency } from "../money/supported-currencies";
import type { Campaign } from "./campaign";

export type CampaignFormValues = { goalKind: string; goalAmount: string; currency: string; startsOn: string; endsOn: string };
export type CampaignFormResult = { ok: true; campaign: Campaign } | { ok: false; errors: string[] };

const MAX_MINOR = 2_000_000_000;
const MAX_SUPPORTERS = 10_000_000;

export function campaignFormValues(form: FormData): CampaignFormValues {
  const text = (name: string) => String(form.get(name) ?? "").trim();
  return { goalKind: text("goalKind"), goalAmount: text("goalAmount"), currency: text("currency").toLowerCase(), startsOn: text("startsOn"), endsOn: text("endsOn") };
}

function isRealDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function readGoal(values: CampaignFormValues, settlementCurrency: string, errors: string[]): number | null {
  if (values.goalKind === "supporters") {
    if (!/^\d+$/.test(values.goalAmount) || Number(values.goalAmount) <= 0) errors.push("The goal must be a whole number of new supporters above zero, such as 500");
    else if (Number(values.goalAmount) > MAX_SUPPORTERS) errors.push(`The goal must be at most ${MAX_SUPPORTERS.toLocaleString("en")} new supporters`);
    else return Number(values.goalAmount);
    return null;
  }
  if (values.goalKind !== "money") {
    errors.push("Choose what the goal counts: money raised or new supporters");
    return null;
  }
  if (!isSupportedCurrency(values.currency)) {
    errors.push(`The currency "${values.currency.toUpperCase() || "(none)"}" is not one the app knows: a money goal is in the settlement currency, ${settlementCurrency.toUpperCase()}`);
    return null;
  }
  if (values.currency !== settlementCurrency) {
    errors.push(`A money goal is counted in the settlement currency, ${settlementCurrency.toUpperCase()}, not ${values.currency.toUpperCase()}`);
    return null;
  }
  const minor = decimalToMinor(values.goalAmount, values.currency);
  if (minor === null || minor <= 0) errors.push(`The goal must be an amount above zero in ${settlementCurrency.toUpperCase()}, such as 5000 or 5000.50`);
  else if (minor > MAX_MINOR) errors.push("The goal is larger than the app can count; choose a smaller one");
  else return minor;
  return null;
}

export function readCampaignForm(values: CampaignFormValues, settlementCurrency: string): CampaignFormResult {
  const errors: string[] = [];
  const goal = readGoal(values, settlementCurrency, errors);
  const startsOk = isRealDay(values.startsOn);
  const endsOk = isRealDay(values.endsOn);
  if (!startsOk) errors.push("The start must be a day, such as 2026-12-01");
  if (!endsOk) errors.push("The end must be a day, such as 2026-12-31");
  if (startsOk && endsOk && values.endsOn < values.startsOn) errors.push("The end must not be before the start");
  if (errors.length > 0 || goal === null) return { ok: false, errors };
  const campaign: Campaign = { goalKind: values.goalKind === "supporters" ? "supporters" : "money", goal, currency: settlementCurrency, startsOn: values.startsOn, endsOn: values.endsOn };
  return { ok: true, campaign };
}
