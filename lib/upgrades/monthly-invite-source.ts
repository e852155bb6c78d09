/** The checkout `source` of gifts started from the monthly invitation on the thank-you page. */
export const MONTHLY_INVITE_SOURCE = "monthly-invite";
