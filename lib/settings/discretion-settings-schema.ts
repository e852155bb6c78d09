// What Stripe objects and card statements show (issue 19, "Discretion by default"). By default no
// product, price, session, subscription or customer the app creates names the newsroom, and card
// statements carry a neutral word staff choose after the account's prefix: the one-time payment's
// statement_descriptor_suffix and the catalogue products' statement_descriptor.
import { z } from "zod";

// Card statements allow Latin letters and digits; with the account's prefix (up to 10 characters)
// and "* ", 10 characters is what always fits in Stripe's 22.
export const STATEMENT_WORD_RULE = "5 to 10 letters (A-Z) or digits, at least one of them a letter";

export const discretionSettingsSchema = z.object({
  statementWord: z
    .string()
    .trim()
    .transform((word) => word.toUpperCase())
    .refine((word) => /^[A-Z0-9]{5,10}$/.test(word) && /[A-Z]/.test(word), `must be ${STATEMENT_WORD_RULE}`),
  nameInStripe: z.boolean(),
});

export type DiscretionSettings = z.infer<typeof discretionSettingsSchema>;

export const DISCRETION_SETTINGS_KEY = "discretion";

export const defaultDiscretionSettings: DiscretionSettings = { statementWord: "SERVICES", nameInStripe: false };
