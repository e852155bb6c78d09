// The donations that get a receipt and appear on a yearly statement: payments that were kept,
// in full or after a partial refund. Not pending, failed, refunded in full or disputed.
import type { DonationStatus } from "../db/generated/enums";

export const RECEIPTED_STATUSES: DonationStatus[] = ["SUCCEEDED", "PARTIALLY_REFUNDED"];
