// The proxy puts the CAPTCHA provider from the settings into the appeal's Content-Security-Policy:
// with the provider on, a policy that blocked its script would make every donation fail.
import { NextRequest } from "next/server";

type Proxy = typeof import("@/proxy").proxy;

async function proxyWith(settings: Record<string, string>): Promise<Proxy> {
  Object.assign(process.env, { DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/unused", CAPTCHA_PROVIDER: "none", CAPTCHA_SITE_KEY: "", CAPTCHA_SECRET_KEY: "", ...settings });
  let proxy: Proxy | undefined;
  await jest.isolateModulesAsync(async () => {
    proxy = (await import("@/proxy")).proxy;
  });
  return proxy!;
}

const policyOf = async (proxy: Proxy, path: string) => (await proxy(new NextRequest(`http://localhost:3000${path}`))).headers.get("content-security-policy") ?? "";

describe("the appeal's Content-Security-Policy from the settings", () => {
  afterEach(() => {
    for (const name of ["CAPTCHA_PROVIDER", "CAPTCHA_SITE_KEY", "CAPTCHA_SECRET_KEY"]) delete process.env[name];
  });

  it("lets the appeal load the Turnstile widget when CAPTCHA_PROVIDER=turnstile, and no other page", async () => {
    const proxy = await proxyWith({ CAPTCHA_PROVIDER: "turnstile", CAPTCHA_SITE_KEY: "1x00000000000000000000AA", CAPTCHA_SECRET_KEY: "1x0000000000000000000000000000000AA" });
    expect(await policyOf(proxy, "/")).toContain("frame-src https://challenges.cloudflare.com");
    expect(await policyOf(proxy, "/appeal/usd")).toMatch(/script-src [^;]*https:\/\/challenges\.cloudflare\.com/);
    expect(await policyOf(proxy, "/privacy")).not.toContain("cloudflare");
  });

  it("lets the appeal load the hCaptcha widget when CAPTCHA_PROVIDER=hcaptcha", async () => {
    const proxy = await proxyWith({ CAPTCHA_PROVIDER: "hcaptcha", CAPTCHA_SITE_KEY: "10000000-ffff-ffff-ffff-000000000001", CAPTCHA_SECRET_KEY: "0x0000000000000000000000000000000000000000" });
    expect(await policyOf(proxy, "/")).toContain("frame-src https://hcaptcha.com https://*.hcaptcha.com");
    expect(await policyOf(proxy, "/remind")).not.toContain("hcaptcha");
  });

  it("loads nothing from a third party on the appeal when no provider is set", async () => {
    const policy = await policyOf(await proxyWith({}), "/");
    expect(policy).toContain("frame-src 'none'");
    expect(policy).not.toMatch(/cloudflare|hcaptcha/);
  });
});
