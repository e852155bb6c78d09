import { securityHeaders, STRIPE_CHECKOUT_ORIGINS, type CaptchaProvider } from "./security-headers";

const page = (pathname: string, isProduction = true, embedAllowedOrigins: string[] = [], captchaProvider: CaptchaProvider = "none") =>
  securityHeaders({ pathname, isProduction, embedAllowedOrigins, checkoutOrigins: STRIPE_CHECKOUT_ORIGINS, captchaProvider });
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

  describe("with a CAPTCHA provider", () => {
    const withCaptcha = (provider: CaptchaProvider, pathname = "/") => page(pathname, true, [], provider);

    it.each(["/", "/appeal/usd", "/appeal/default"])("lets the appeal at %s load Turnstile's script and frame, so a donation can pass the check", (pathname) => {
      const headers = withCaptcha("turnstile", pathname);
      expect(directive(headers, "script-src")).toBe("script-src 'self' 'unsafe-inline' https://challenges.cloudflare.com");
      expect(directive(headers, "frame-src")).toBe("frame-src https://challenges.cloudflare.com");
      expect(directive(headers, "style-src")).toBe("style-src 'self' 'unsafe-inline'");
      expect(directive(headers, "connect-src")).toBe("connect-src 'self'");
    });

    it("lets the appeal load hCaptcha's script, frame, styles and connections from hcaptcha.com and its subdomains only", () => {
      const headers = withCaptcha("hcaptcha");
      const hcaptcha = "https://hcaptcha.com https://*.hcaptcha.com";
      expect(directive(headers, "script-src")).toBe(`script-src 'self' 'unsafe-inline' ${hcaptcha}`);
      expect(directive(headers, "frame-src")).toBe(`frame-src ${hcaptcha}`);
      expect(directive(headers, "style-src")).toBe(`style-src 'self' 'unsafe-inline' ${hcaptcha}`);
      expect(directive(headers, "connect-src")).toBe(`connect-src 'self' ${hcaptcha}`);
    });

    it("never allows the other provider's origins", () => {
      expect(withCaptcha("turnstile")["Content-Security-Policy"]).not.toContain("hcaptcha");
      expect(withCaptcha("hcaptcha")["Content-Security-Policy"]).not.toContain("cloudflare");
    });

    it.each(["/privacy", "/thank-you", "/remind", "/manage", "/dashboard", "/signin", "/appealing"])("keeps %s, which shows no CAPTCHA, free of any third party", (pathname) => {
      expect(withCaptcha("turnstile", pathname)).toEqual(page(pathname));
      expect(withCaptcha("hcaptcha", pathname)).toEqual(page(pathname));
    });

    it("keeps the appeal free of any third party when no provider is on", () => {
      const headers = page("/");
      expect(directive(headers, "frame-src")).toBe("frame-src 'none'");
      expect(headers["Content-Security-Policy"]).not.toMatch(/https:\/\/(?!checkout\.stripe\.com|billing\.stripe\.com)/);
    });
  });
});
