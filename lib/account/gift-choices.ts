// The fixed choices the account page offers and its forms accept.

/** A pause lasts one, two or three months (five is refused: a longer break is a cancellation). */
export const PAUSE_MONTHS = [1, 2, 3] as const;

/** Stripe's cancellation_details.feedback values, the one optional question on cancelling. */
export const CANCELLATION_FEEDBACK = ["too_expensive", "unused", "switched_service", "missing_features", "low_quality", "customer_service", "too_complex", "other"] as const;

export const MAX_COMMENT_LENGTH = 500;
