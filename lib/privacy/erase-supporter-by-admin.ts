// The supporter page's erase form, as an admin posts it: the choice of what happens at Stripe
// must be one of the three offered, and the word "erase" typed to confirm; then eraseSupporter
// runs with the app's Stripe client. Refusals say which field to correct.
import "server-only";
import { z } from "zod";
import { getPrisma } from "../db/prisma";
import { getStripe } from "../stripe/stripe";
import { eraseSupporter } from "./erase-supporter";

const eraseForm = z.object({
  atStripe: z.enum(["keep", "cancel-recurring", "delete-customers"]),
  confirm: z.literal("erase"),
});

export type EraseRefusal = "stripe-choice" | "confirm";

export async function eraseSupporterByAdmin(actorUserId: string, supporterId: string, form: { atStripe: unknown; confirm: unknown }): Promise<{ ok: true } | { ok: false; error: EraseRefusal }> {
  const parsed = eraseForm.safeParse(form);
  if (!parsed.success) return { ok: false, error: parsed.error.issues.some((issue) => issue.path[0] === "atStripe") ? "stripe-choice" : "confirm" };
  await eraseSupporter(getPrisma(), supporterId, { actorUserId, atStripe: parsed.data.atStripe, stripe: getStripe() });
  return { ok: true };
}
