// The period and currency an overview is for, read from the query string. Days are UTC days;
// `to` is exclusive (the start of the day after the last day shown).
export type DashboardPeriod = { from: Date; to: Date; currency: string; key: PeriodKey };

export const periodKeys = ["7d", "30d", "90d", "12m", "ytd"] as const;
export type PeriodKey = (typeof periodKeys)[number];

export const periodLabels: Record<PeriodKey, string> = {
  "7d": "Last 7 days",
  "30d": "Last 30 days",
  "90d": "Last 90 days",
  "12m": "Last 12 months",
  ytd: "This year",
};

const DAY = 86_400_000;

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function dashboardPeriod(params: { period?: string; currency?: string }, now = new Date(), fallbackCurrency = "usd"): DashboardPeriod {
  const key = periodKeys.find((k) => k === params.period) ?? "30d";
  const currency = /^[a-z]{3}$/i.test(params.currency ?? "") ? params.currency!.toLowerCase() : fallbackCurrency;
  const to = new Date(startOfUtcDay(now).getTime() + DAY);
  const days = { "7d": 7, "30d": 30, "90d": 90, "12m": 365 } as const;
  const from = key === "ytd" ? new Date(Date.UTC(now.getUTCFullYear(), 0, 1)) : new Date(to.getTime() - days[key] * DAY);
  return { from, to, currency, key };
}
