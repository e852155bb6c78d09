// Jobs a web request hands to the worker. Whether an address belongs to a supporter, or whether
// a confirmation email goes out, must not change what a request does or how long it takes: the
// request only queues a job, the same for everyone, and the worker decides. Payloads carry the
// address encrypted (lib/privacy/encrypt-pii.ts), never in plain text: pg-boss keeps job rows
// for days, and a copy of the database must still name no one. "supporter-notice" is queued by
// the Stripe webhook (the emails a change to a gift calls for) and carries Stripe ids only.
// A receipt is queued by the webhook that applied the payment (its data names the Stripe object, no address).
export const requestQueues = ["manage-link-request", "reminder-sign-up", "supporter-notice", "receipt-send", "newsletter-sign-up", "newsletter-webhook"] as const;

export type RequestQueue = (typeof requestQueues)[number];
