import { securityHeaders, STRIPE_CHECKOUT_ORIGINS } from "./security-headers";

const page = (pathname: string, isProduction = true, embedAllowedOrigins: string[] = []) =>
  securityHeaders({ pathname, isProduction, embedAllowedOrigins, checkoutOrigins: STRIPE_CHECKOUT_ORIGINS });
const directive = (headers: Record<string, string>, name: string) => headers["Content-Security-Policy"]!.split("; ").find((d) => d.startsWith(`${name} `));

describe("security headers", () => {
  it("forbid framing of ordinary pages", () => {
    const headers = page("/");
    expect(directive(headers, "frame-ancestors")).toBe("frame-ancestors 'none'");
    expect(headers["X-Frame-Options"]).toBe("DENY");
  });

  it("let only the configured origins frame the embeddable routes", () => {
    const headers = page("/embed/appeal", true, ["https://news.example.org"]);
    expect(directive(headers, "frame-ancestors")).toBe("frame-ancestors https://news.example.org");
    expect(headers["X-Frame-Options"]).toBeUndefined();
  });

  it("keep embeddable routes unframeable when no origin is configured", () => {
    expect(directive(page("/embed/appeal"), "frame-ancestors")).toBe("frame-ancestors 'none'");
  });

  it("allow form posts only to the app and Stripe Checkout", () => {
    expect(directive(page("/"), "form-action")).toBe("form-action 'self' https://checkout.stripe.com https://billing.stripe.com");
  });

  it("allow scripts, styles, images and connections from the app's own origin only", () => {
    const headers = page("/");
    expect(directive(headers, "default-src")).toBe("default-src 'self'");
    expect(directive(headers, "script-src")).toBe("script-src 'self' 'unsafe-inline'");
    expect(directive(headers, "connect-src")).toBe("connect-src 'self'");
    expect(directive(headers, "object-src")).toBe("object-src 'none'");
  });

  it("send HSTS in production only", () => {
    expect(page("/")["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
    expect(page("/", false)["Strict-Transport-Security"]).toBeUndefined();
  });

  it("set nosniff, a referrer policy and a permissions policy", () => {
    expect(page("/")).toMatchObject({ "X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin", "Permissions-Policy": expect.stringContaining("camera=()") });
  });
});
