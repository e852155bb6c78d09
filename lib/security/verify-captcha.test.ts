type VerifyCaptcha = typeof import("./verify-captcha").verifyCaptcha;

async function loadWithSettings(settings: Record<string, string>): Promise<VerifyCaptcha> {
  Object.assign(process.env, { DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/unused", CAPTCHA_PROVIDER: "none", CAPTCHA_SITE_KEY: "", CAPTCHA_SECRET_KEY: "", ...settings });
  let verify: VerifyCaptcha | undefined;
  await jest.isolateModulesAsync(async () => {
    verify = (await import("./verify-captcha")).verifyCaptcha;
  });
  return verify!;
}

const answering = (body: unknown) => jest.fn(async () => Response.json(body)) as unknown as typeof fetch & jest.Mock;

describe("verifyCaptcha", () => {
  afterEach(() => {
    delete process.env.CAPTCHA_PROVIDER;
    delete process.env.CAPTCHA_SITE_KEY;
    delete process.env.CAPTCHA_SECRET_KEY;
  });

  it("is not required unless a provider is configured", async () => {
    const fetchImpl = answering({ success: false });
    await expect((await loadWithSettings({}))({}, fetchImpl)).resolves.toBe("not_required");
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  describe("with Turnstile configured", () => {
    const settings = { CAPTCHA_PROVIDER: "turnstile", CAPTCHA_SITE_KEY: "site", CAPTCHA_SECRET_KEY: "secret" };

    it("sends the widget's token with the secret to Cloudflare and passes on success", async () => {
      const fetchImpl = answering({ success: true });
      await expect((await loadWithSettings(settings))({ "cf-turnstile-response": "token-1" }, fetchImpl)).resolves.toBe("passed");
      const [url, init] = fetchImpl.mock.calls[0] as [string, RequestInit];
      expect(url).toBe("https://challenges.cloudflare.com/turnstile/v0/siteverify");
      expect(String(init.body)).toBe("secret=secret&response=token-1");
    });

    it("fails without a token, on a refusal, and when the provider cannot be reached", async () => {
      const verify = await loadWithSettings(settings);
      await expect(verify({}, answering({ success: true }))).resolves.toBe("failed");
      await expect(verify({ "cf-turnstile-response": "t" }, answering({ success: false }))).resolves.toBe("failed");
      const unreachable = jest.fn(async () => { throw new Error("ECONNREFUSED"); }) as unknown as typeof fetch;
      await expect(verify({ "cf-turnstile-response": "t" }, unreachable)).resolves.toBe("failed");
    });
  });
});
