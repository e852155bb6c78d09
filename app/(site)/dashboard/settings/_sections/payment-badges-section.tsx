// Settings section, a form of its own: which payment-method badges the appeal shows per currency
// (lib/payment-methods). Checkout offers whatever is turned on at Stripe; this only chooses the
// marks under Continue. Admins only; saving is audited.
import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/auth/require-staff";
import { StaffRole } from "@/lib/db/generated/enums";
import { getPaymentBadgesForm } from "@/lib/payment-methods/get-payment-badges-form";
import { savePaymentBadgesForm } from "@/lib/payment-methods/save-payment-badges-form";

async function saveBadges(form: FormData) {
  "use server";
  const staff = await requireStaff(StaffRole.ADMIN, "/dashboard/settings");
  const result = await savePaymentBadgesForm(staff.id, form);
  redirect(result.ok ? "/dashboard/settings?saved=1" : `/dashboard/settings?error=${encodeURIComponent(result.errors.join("; "))}`);
}

export async function PaymentBadgesSection() {
  await requireStaff(StaffRole.ADMIN, "/dashboard/settings");
  const currencies = await getPaymentBadgesForm();
  return (
    <form action={saveBadges} aria-labelledby="payment-badges-heading">
      <section className="panel form-stack" id="payment-badges">
        <h2 id="payment-badges-heading">Payment methods on the appeal</h2>
        <p className="muted">
          Checkout offers the payment methods turned on in Stripe&apos;s dashboard; these are only the badges shown under Continue. Only methods that can take each currency are listed. Methods marked
          &ldquo;one-time&rdquo; are hidden while a reader chooses Monthly or Annual.
        </p>
        {currencies.map(({ code, choices }) => (
          <fieldset key={code} className="badge-choices">
            <legend>{code.toUpperCase()}</legend>
            {choices.map((choice) => (
              <label key={choice.method}>
                <input type="checkbox" name={`badges_${code}`} value={choice.method} defaultChecked={choice.shown} /> {choice.name}
                {choice.onceOnly ? " (one-time)" : ""}
              </label>
            ))}
          </fieldset>
        ))}
        <button type="submit">Save payment methods</button>
      </section>
    </form>
  );
}
