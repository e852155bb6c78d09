// The payment methods Checkout offers, as small inline marks (no image requests). Part of the
// appeal's client markup (appeal-body.tsx), so it travels once, in the HTML. The marks are brand
// names, the same in every language.
import { useTranslations } from "next-intl";

const badge = { width: 46, height: 30, viewBox: "0 0 46 30" } as const;

export function PaymentMethods() {
  const t = useTranslations("appealForm");
  return (
    <ul className="payment-methods" aria-label={t("paymentMethods")}>
      <li>
        <svg {...badge} role="img" aria-label="Visa">
          <rect width="46" height="30" rx="4" fill="#1a1f71" />
          <text x="23" y="20" textAnchor="middle" fontFamily="Arial, sans-serif" fontSize="12" fontWeight="700" fontStyle="italic" fill="#fff">
            VISA
          </text>
        </svg>
      </li>
      <li>
        <svg {...badge} role="img" aria-label="Mastercard">
          <rect width="46" height="30" rx="4" fill="#fff" stroke="#d9d5cc" />
          <circle cx="19" cy="15" r="8" fill="#eb001b" />
          <circle cx="27" cy="15" r="8" fill="#f79e1b" fillOpacity="0.9" />
        </svg>
      </li>
      <li>
        <svg {...badge} role="img" aria-label="American Express">
          <rect width="46" height="30" rx="4" fill="#1f72cd" />
          <text x="23" y="19" textAnchor="middle" fontFamily="Arial, sans-serif" fontSize="9" fontWeight="700" fill="#fff">
            AMEX
          </text>
        </svg>
      </li>
      <li>
        <svg {...badge} role="img" aria-label="Apple Pay">
          <rect width="46" height="30" rx="4" fill="#000" />
          <text x="23" y="19" textAnchor="middle" fontFamily="-apple-system, Arial, sans-serif" fontSize="10" fontWeight="600" fill="#fff">
            Pay
          </text>
          <circle cx="11" cy="15" r="3" fill="#fff" />
        </svg>
      </li>
      <li>
        <svg {...badge} role="img" aria-label="Google Pay">
          <rect width="46" height="30" rx="4" fill="#fff" stroke="#d9d5cc" />
          <text x="23" y="19" textAnchor="middle" fontFamily="Arial, sans-serif" fontSize="10" fontWeight="600" fill="#3c4043">
            G Pay
          </text>
        </svg>
      </li>
      <li>
        <svg {...badge} role="img" aria-label="SEPA Direct Debit">
          <rect width="46" height="30" rx="4" fill="#fff" stroke="#d9d5cc" />
          <text x="23" y="19" textAnchor="middle" fontFamily="Arial, sans-serif" fontSize="9" fontWeight="700" fill="#10298e">
            SEPA
          </text>
        </svg>
      </li>
    </ul>
  );
}
