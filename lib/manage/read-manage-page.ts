// What /manage shows around its form: the outcome of the last request for a link (?sent=,
// ?error=) and whether the supporter is back from the billing portal (?returned=).
export type ManagePageError = "invalid_email" | "rate_limited";

export type ManagePage = { returned: boolean; sent: boolean; error?: ManagePageError };

const errors: readonly ManagePageError[] = ["invalid_email", "rate_limited"];

export function readManagePage(params: Record<string, string | string[] | undefined>): ManagePage {
  // Only the errors we write: "__proto__" or "toString" in the address is none of them.
  const error = errors.find((code) => code === params.error);
  return { returned: params.returned === "1", sent: params.sent === "1", error };
}
