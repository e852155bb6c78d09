// The appeal's address with a reader's choice in the query string: Checkout's cancel_url, the
// redirect after a refused form post, and reminder emails all bring the reader back this way.
export type AppealChoice = {
  frequency?: string;
  amount?: string;
  currency?: string;
  source?: string | null;
  error?: string;
  cancelled?: boolean;
};

export function buildAppealUrl(baseUrl: string, choice: AppealChoice): string {
  const url = new URL("/", baseUrl);
  const set = (key: string, value: string | null | undefined) => {
    if (value) url.searchParams.set(key, value.slice(0, 64));
  };
  set("frequency", choice.frequency);
  set("amount", choice.amount);
  set("currency", choice.currency);
  set("source", choice.source);
  set("error", choice.error);
  if (choice.cancelled) url.searchParams.set("cancelled", "1");
  url.hash = "give";
  return url.toString();
}
