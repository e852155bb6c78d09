// The security headers of every page. The Content-Security-Policy allows the app's own origin
// and what Stripe Checkout needs (the appeal's form posts and redirects to Checkout and the
// billing portal) and nothing else. Pages are framed nowhere, except the embeddable routes
// (/embed/*), which the origins in EMBED_ALLOWED_ORIGINS may frame.
export type SecurityHeaderOptions = {
  pathname: string;
  isProduction: boolean;
  embedAllowedOrigins: string[];
  /** Origins the appeal may post or redirect to: Stripe's, or the emulator's (STRIPE_API_BASE). */
  checkoutOrigins: string[];
};

export const STRIPE_CHECKOUT_ORIGINS = ["https://checkout.stripe.com", "https://billing.stripe.com"];

export function isEmbeddable(pathname: string): boolean {
  return pathname === "/embed" || pathname.startsWith("/embed/");
}

export function securityHeaders({ pathname, isProduction, embedAllowedOrigins, checkoutOrigins }: SecurityHeaderOptions): Record<string, string> {
  const embeddable = isEmbeddable(pathname) && embedAllowedOrigins.length > 0;
  const directives = [
    "default-src 'self'",
    // Next.js inlines its bootstrap scripts in statically rendered pages (nonces would make every page dynamic).
    `script-src 'self' 'unsafe-inline'${isProduction ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${isProduction ? "" : " ws: wss:"}`,
    `form-action 'self' ${checkoutOrigins.join(" ")}`.trim(),
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "manifest-src 'self'",
    `frame-ancestors ${embeddable ? embedAllowedOrigins.join(" ") : "'none'"}`,
    ...(isProduction ? ["upgrade-insecure-requests"] : []),
  ];
  const headers: Record<string, string> = {
    "Content-Security-Policy": directives.join("; "),
    "X-Content-Type-Options": "nosniff",
    // same-origin keeps the Origin header on the app's own form posts (checked by checkOrigin)
    // and sends nothing about the reader's page to any other site.
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  if (!embeddable) headers["X-Frame-Options"] = "DENY";
  if (isProduction) headers["Strict-Transport-Security"] = "max-age=63072000; includeSubDomains";
  return headers;
}
