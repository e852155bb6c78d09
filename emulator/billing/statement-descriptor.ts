// Statement descriptors as Stripe checks and combines them: Latin characters only, at least one
// letter, none of < > \ ' " *, and at most 22 characters once the account's prefix, "* " and a
// suffix are joined. The emulated account's prefix (its shortened descriptor) is EMULATOR.
import { invalidParam } from "../wire/stripe-api-error";

export const ACCOUNT_PREFIX = "EMULATOR";
const MAX_LENGTH = 22;

function problemWith(value: string, min: number, max: number): string | null {
  if (value.length < min || value.length > max) return `must be between ${min} and ${max} characters long`;
  if (!/^[\x20-\x7e]+$/.test(value)) return "may contain only Latin characters";
  if (!/[A-Za-z]/.test(value)) return "must contain at least one letter";
  if (/[<>\\'"*]/.test(value)) return "cannot contain any of these characters: < > \\ ' \" *";
  return null;
}

/** A product's `statement_descriptor`: 5 to 22 characters. */
export function readStatementDescriptor(value: string, param: string): string {
  const problem = problemWith(value, 5, MAX_LENGTH);
  if (problem) throw invalidParam(param, `The statement descriptor ${problem}.`);
  return value;
}

/** A payment's `statement_descriptor_suffix`: joined to the prefix with "* ", 22 characters in all. */
export function readStatementDescriptorSuffix(value: string, param: string): string {
  const problem = problemWith(value, 1, MAX_LENGTH - ACCOUNT_PREFIX.length - 2);
  if (problem) throw invalidParam(param, `The statement descriptor suffix ${problem} (it follows the account's prefix "${ACCOUNT_PREFIX}* ", 22 characters in all).`);
  return value;
}

/** What the card statement shows: the prefix alone, or the prefix and a suffix. */
export function calculateStatementDescriptor(suffix: string | null | undefined): string {
  return suffix ? `${ACCOUNT_PREFIX}* ${suffix}`.slice(0, MAX_LENGTH).toUpperCase() : ACCOUNT_PREFIX;
}
