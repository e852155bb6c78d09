// When a reminder goes out. Months are "YYYY-MM" in UTC; a reminder is sent on the 1st of its month.
export const remindWhenOptions = ["next-month", "in-3-months", "in-6-months", "in-12-months", "chosen-month"] as const;
export type RemindWhen = (typeof remindWhenOptions)[number];

export const MAX_MONTHS_AHEAD = 12;
// "Next month" asked for late in a month would arrive within days: it means the month after.
const NEXT_MONTH_CUTOFF_DAY = 20;

export type RemindMonthResult = { ok: true; month: string } | { ok: false; message: string };

function monthNumber(year: number, monthIndex: number): number {
  return year * 12 + monthIndex;
}

export function formatMonth(n: number): string {
  const year = Math.floor(n / 12);
  const month = (n % 12) + 1;
  return `${year}-${String(month).padStart(2, "0")}`;
}

function parseMonth(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  return monthNumber(Number(match[1]), month - 1);
}

/** The months a reader may choose from: next month up to MAX_MONTHS_AHEAD months ahead. */
export function selectableMonths(now: Date): string[] {
  const current = monthNumber(now.getUTCFullYear(), now.getUTCMonth());
  return Array.from({ length: MAX_MONTHS_AHEAD }, (_, i) => formatMonth(current + i + 1));
}

export function computeRemindMonth(when: RemindWhen, now: Date, chosenMonth?: string): RemindMonthResult {
  const current = monthNumber(now.getUTCFullYear(), now.getUTCMonth());
  switch (when) {
    case "next-month":
      return { ok: true, month: formatMonth(current + (now.getUTCDate() < NEXT_MONTH_CUTOFF_DAY ? 1 : 2)) };
    case "in-3-months":
      return { ok: true, month: formatMonth(current + 3) };
    case "in-6-months":
      return { ok: true, month: formatMonth(current + 6) };
    case "in-12-months":
      return { ok: true, month: formatMonth(current + 12) };
    case "chosen-month": {
      const chosen = chosenMonth ? parseMonth(chosenMonth) : undefined;
      if (chosen === undefined) return { ok: false, message: "Choose the month you would like to hear from us." };
      if (chosen <= current) return { ok: false, message: "That month has already started. Choose a month from next month on." };
      if (chosen > current + MAX_MONTHS_AHEAD) return { ok: false, message: `Choose a month within the next ${MAX_MONTHS_AHEAD} months.` };
      return { ok: true, month: formatMonth(chosen) };
    }
  }
}

/** The date (midnight UTC on the 1st) a reminder for month is due. */
export function remindOnDate(month: string): Date {
  return new Date(`${month}-01T00:00:00.000Z`);
}

/** "March 2027", for emails and pages. */
export function describeMonth(month: string): string {
  return new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(remindOnDate(month));
}
