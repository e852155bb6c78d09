// The security headers of every page. The Content-Security-Policy allows the app's own origin
// and what Stripe Checkout needs (the appeal's form posts and redirects to Checkout and the
// billing portal) and nothing else. Pages are framed nowhere, except the embeddable routes
// (/embed/*), which the origins in EMBED_ALLOWED_ORIGINS may frame. With a CAPTCHA on, the
// appeal pages also allow that one provider's script and frame: it is the only third party a
// reader page may load, and only where the checkout form shows its widget.
export type CaptchaProvider = "none" | "turnstile" | "hcaptcha";

export type SecurityHeaderOptions = {
  pathname: string;
  isProduction: boolean;
  embedAllowedOrigins: string[];
  /** Origins the appeal may post or redirect to: Stripe's, or the emulator's (STRIPE_API_BASE). */
  checkoutOrigins: string[];
  captchaProvider: CaptchaProvider;
};

export const STRIPE_CHECKOUT_ORIGINS = ["https://checkout.stripe.com", "https://billing.stripe.com"];

/**
 * What each provider's widget loads, from its documentation: Turnstile a script and a frame
 * (developers.cloudflare.com/turnstile/reference/content-security-policy); hCaptcha a script, a
 * frame, styles and connections on hcaptcha.com and any of its subdomains, which change over
 * time and by region (docs.hcaptcha.com, "Content-Security-Policy Settings").
 */
export const CAPTCHA_SOURCES = {
  turnstile: { script: ["https://challenges.cloudflare.com"], frame: ["https://challenges.cloudflare.com"], style: [], connect: [] },
  hcaptcha: {
    script: ["https://hcaptcha.com", "https://*.hcaptcha.com"],
    frame: ["https://hcaptcha.com", "https://*.hcaptcha.com"],
    style: ["https://hcaptcha.com", "https://*.hcaptcha.com"],
    connect: ["https://hcaptcha.com", "https://*.hcaptcha.com"],
  },
} as const satisfies Record<Exclude<CaptchaProvider, "none">, Record<"script" | "frame" | "style" | "connect", readonly string[]>>;

/** The pages that show the checkout form, and so the CAPTCHA widget: `/` and its cached `/appeal/<currency>`. */
export function showsCaptcha(pathname: string): boolean {
  return pathname === "/" || pathname.startsWith("/appeal/");
}

export function isEmbeddable(pathname: string): boolean {
  return pathname === "/embed" || pathname.startsWith("/embed/");
}

export function securityHeaders({ pathname, isProduction, embedAllowedOrigins, checkoutOrigins, captchaProvider }: SecurityHeaderOptions): Record<string, string> {
  const embeddable = isEmbeddable(pathname) && embedAllowedOrigins.length > 0;
  const captcha = captchaProvider !== "none" && showsCaptcha(pathname) ? CAPTCHA_SOURCES[captchaProvider] : undefined;
  const also = (sources: readonly string[] | undefined) => (sources?.length ? ` ${sources.join(" ")}` : "");
  const directives = [
    "default-src 'self'",
    // Next.js inlines its bootstrap scripts in statically rendered pages (nonces would make every page dynamic).
    `script-src 'self' 'unsafe-inline'${isProduction ? "" : " 'unsafe-eval'"}${also(captcha?.script)}`,
    `style-src 'self' 'unsafe-inline'${also(captcha?.style)}`,
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${isProduction ? "" : " ws: wss:"}${also(captcha?.connect)}`,
    `form-action 'self' ${checkoutOrigins.join(" ")}`.trim(),
    captcha ? `frame-src ${captcha.frame.join(" ")}` : "frame-src 'none'",
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
