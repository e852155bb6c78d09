// The payment methods the appeal shows, as small inline marks (no image requests): per currency,
// the badges staff chose in Settings (lib/payment-methods), only those that can take that currency.
// Which list shows, and whether one-time-only methods (iDEAL) hide for Monthly and Annual, is CSS
// on the form's own fields (:has), so it follows the reader's choice with or without JavaScript,
// and inside the embedded appeal, which runs none. The marks are brand names, the same in every language.
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { methodRules, type PaymentMethod } from "@/lib/payment-methods/payment-method-rules";
import type { PaymentBadges } from "@/lib/payment-methods/payment-badges-schema";

const badge = { width: 46, height: 30, viewBox: "0 0 46 30" } as const;

function word(label: string, text: string, colours: { fill: string; ink: string }, size = 10): ReactNode {
  return (
    <svg {...badge} role="img" aria-label={label}>
      <rect width="46" height="30" rx="4" fill={colours.fill} stroke="#d9d5cc" />
      <text x="23" y="19" textAnchor="middle" fontFamily="Arial, sans-serif" fontSize={size} fontWeight="700" fill={colours.ink}>
        {text}
      </text>
    </svg>
  );
}

const cardMarks: ReactNode[] = [
  <svg key="visa" {...badge} role="img" aria-label="Visa">
    <rect width="46" height="30" rx="4" fill="#1a1f71" />
    <text x="23" y="20" textAnchor="middle" fontFamily="Arial, sans-serif" fontSize="12" fontWeight="700" fontStyle="italic" fill="#fff">
      VISA
    </text>
  </svg>,
  <svg key="mastercard" {...badge} role="img" aria-label="Mastercard">
    <rect width="46" height="30" rx="4" fill="#fff" stroke="#d9d5cc" />
    <circle cx="19" cy="15" r="8" fill="#eb001b" />
    <circle cx="27" cy="15" r="8" fill="#f79e1b" fillOpacity="0.9" />
  </svg>,
  <svg key="amex" {...badge} role="img" aria-label="American Express">
    <rect width="46" height="30" rx="4" fill="#1f72cd" />
    <text x="23" y="19" textAnchor="middle" fontFamily="Arial, sans-serif" fontSize="9" fontWeight="700" fill="#fff">
      AMEX
    </text>
  </svg>,
];

const marks: Record<Exclude<PaymentMethod, "card">, ReactNode> = {
  apple_pay: (
    <svg {...badge} role="img" aria-label="Apple Pay">
      <rect width="46" height="30" rx="4" fill="#000" />
      <text x="23" y="19" textAnchor="middle" fontFamily="-apple-system, Arial, sans-serif" fontSize="10" fontWeight="600" fill="#fff">
        Pay
      </text>
      <circle cx="11" cy="15" r="3" fill="#fff" />
    </svg>
  ),
  google_pay: word("Google Pay", "G Pay", { fill: "#fff", ink: "#3c4043" }),
  paypal: word("PayPal", "PayPal", { fill: "#fff", ink: "#003087" }, 9),
  sepa_debit: word("SEPA Direct Debit", "SEPA", { fill: "#fff", ink: "#10298e" }, 9),
  ideal: word("iDEAL", "iDEAL", { fill: "#fff", ink: "#cc0066" }, 9),
  bancontact: word("Bancontact", "BC", { fill: "#fff", ink: "#005498" }),
  bacs_debit: word("Bacs Direct Debit", "Bacs", { fill: "#fff", ink: "#1d3a6b" }),
  us_bank_account: word("ACH Direct Debit", "ACH", { fill: "#fff", ink: "#1d3a6b" }),
};

/** Shows the list of the currency chosen in the form; currency codes are [a-z]{3}, checked by the settings schema. */
function showChosenCurrency(codes: string[]): string {
  return codes.map((code) => `.appeal:has(select[name="currency"] option[value="${code}"]:checked) .payment-methods[data-currency="${code}"]{display:flex}`).join("\n");
}

export function PaymentMethods({ badges }: { badges: PaymentBadges }) {
  const t = useTranslations("appealForm");
  const currencies = Object.entries(badges).filter(([code, methods]) => /^[a-z]{3}$/.test(code) && methods.length > 0);
  if (currencies.length === 0) return null;
  return (
    <>
      <style>{showChosenCurrency(currencies.map(([code]) => code))}</style>
      {currencies.map(([code, methods]) => (
        <ul key={code} className="payment-methods" data-currency={code} aria-label={t("paymentMethods")}>
          {methods.flatMap((method) =>
            method === "card"
              ? cardMarks.map((mark, index) => <li key={`card-${index}`}>{mark}</li>)
              : [
                  <li key={method} data-once-only={methodRules[method].recurring ? undefined : ""}>
                    {marks[method]}
                  </li>,
                ],
          )}
        </ul>
      ))}
    </>
  );
}
