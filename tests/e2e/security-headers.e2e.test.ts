// Every page of the production server carries the security headers: the appeal, the
// thank-you page and the dashboard (whatever each answers on this build, the headers are there).
import { baseUrl } from "@/tests/helpers/browser";

describe.each(["/", "/thank-you?session_id=cs_test_unknown", "/dashboard", "/privacy"])("GET %s", (path) => {
  let headers: Headers;
  beforeAll(async () => {
    headers = (await fetch(`${baseUrl()}${path}`, { redirect: "manual" })).headers;
  });

  it("forbids framing and limits where the page may load from and post to", () => {
    const csp = headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self' https://checkout.stripe.com");
    expect(csp).toContain("object-src 'none'");
    expect(headers.get("x-frame-options")).toBe("DENY");
  });

  it("sets nosniff, the referrer policy, the permissions policy and HSTS", () => {
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("referrer-policy")).toBe("same-origin");
    expect(headers.get("permissions-policy")).toContain("camera=()");
    expect(headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
  });
});
