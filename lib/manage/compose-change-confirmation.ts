// The words of the email that confirms a change to a recurring gift, in the supporter's language:
// what changed, from when, what the next payment will be, and where to manage it (the /manage
// page, which mails a fresh link: these emails carry no link that opens the account itself).
// Pure: the caller reads the ledger and sends.
import type { Frequency } from "../db/generated/enums";
import { readerFormats } from "../i18n/reader-formats";
import { readerTranslator } from "../i18n/reader-translator";

export const CONFIRMED_KINDS = ["AMOUNT_CHANGED", "FREQUENCY_CHANGED", "PAUSED", "RESUMED", "CANCEL_SCHEDULED", "CANCEL_UNSCHEDULED", "CANCELLED"] as const;
export type ConfirmedChangeKind = (typeof CONFIRMED_KINDS)[number] | "FREQUENCY_SCHEDULED" | "CARD_UPDATED";

export type Charge = { amount: number; frequency: Frequency };
/** A payment to come, none (cancelled or ending), or none while paused with no end. */
export type NextPayment = { amount: number; at: Date } | "none" | "paused" | null;

export type ChangeConfirmation = {
  kind: ConfirmedChangeKind;
  currency: string;
  from: Charge | null;
  to: Charge | null;
  /** When the change took effect (or, for a scheduled one, takes effect). */
  effectiveAt: Date;
  resumesAt: Date | null;
  next: NextPayment;
};

export type EmailWords = { locale: string | null | undefined; appUrl: string; newsroom: string };

export function composeChangeConfirmation(change: ChangeConfirmation, words: EmailWords): { subject: string; text: string } {
  const t = readerTranslator(words.locale);
  const money = readerFormats(words.locale).money;
  const gift = (charge: Charge | null) => (charge ? t(`emails.choice.${charge.frequency}`, { amount: money(charge.amount, change.currency) }) : "");
  const facts = { newsroom: words.newsroom, from: gift(change.from ?? change.to), to: gift(change.to ?? change.from), date: change.effectiveAt, ends: change.effectiveAt };
  const lines = [t(`supporterEmails.change.${change.kind}`, facts)];
  if (change.kind === "PAUSED") lines.push(change.resumesAt ? t("supporterEmails.change.pausedUntil", { resumes: change.resumesAt }) : t("supporterEmails.change.pausedOpenEnded"));
  const ending = change.kind === "CANCELLED" || change.kind === "CANCEL_SCHEDULED";
  lines.push("");
  if (change.next === "paused") lines.push(t("supporterEmails.noPaymentWhilePaused"));
  else if (change.next && change.next !== "none" && !ending) lines.push(t("supporterEmails.nextPayment", { amount: money(change.next.amount, change.currency), date: change.next.at }));
  if (lines.at(-1) !== "") lines.push("");
  lines.push(t("supporterEmails.notYou"), t("supporterEmails.manage", { url: `${words.appUrl}/manage` }), "");
  lines.push(ending ? t("supporterEmails.thankYouForGiving") : t("supporterEmails.thanks", { newsroom: words.newsroom }));
  return { subject: t(`supporterEmails.subject.${change.kind}`), text: lines.join("\n") };
}

const addInterval = (date: Date, frequency: Frequency) => {
  const next = new Date(date);
  if (frequency === "ANNUAL") next.setUTCFullYear(next.getUTCFullYear() + 1);
  else next.setUTCMonth(next.getUTCMonth() + 1);
  return next;
};

export type RecurringState = {
  status: string;
  amount: number;
  frequency: Frequency;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  paused: boolean;
  pauseResumesAt: Date | null;
};

/** The next payment of a recurring gift as the ledger has it: while paused, the first renewal after collection resumes. */
export function nextPaymentOf(state: RecurringState): NextPayment {
  if (state.status === "CANCELED" || state.cancelAtPeriodEnd) return "none";
  if (!state.currentPeriodEnd) return null;
  if (state.paused && !state.pauseResumesAt) return "paused";
  let at = state.currentPeriodEnd;
  // Renewals while paused are voided: the first one charged is the first at or after resumes_at.
  while (state.paused && state.pauseResumesAt && at < state.pauseResumesAt) at = addInterval(at, state.frequency);
  return { amount: state.amount, at };
}
