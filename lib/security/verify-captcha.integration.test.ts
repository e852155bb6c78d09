// The server-side CAPTCHA check against a real HTTP server standing in for the provider's
// siteverify endpoint (these machines cannot reach Cloudflare or hCaptcha). The stand-in answers
// as the providers' test keys do: the dummy token passes, anything else fails.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { text } from "node:stream/consumers";

type VerifyCaptcha = typeof import("./verify-captcha").verifyCaptcha;

const passingToken = "XXXX-DUMMY-TOKEN-XXXX";

async function loadWithSettings(settings: Record<string, string>): Promise<VerifyCaptcha> {
  Object.assign(process.env, { DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/unused", CAPTCHA_PROVIDER: "none", CAPTCHA_SITE_KEY: "", CAPTCHA_SECRET_KEY: "", ...settings });
  let verify: VerifyCaptcha | undefined;
  await jest.isolateModulesAsync(async () => {
    verify = (await import("./verify-captcha")).verifyCaptcha;
  });
  return verify!;
}

describe("the server-side CAPTCHA check", () => {
  let server: Server;
  let verifyUrl: string;
  const received: URLSearchParams[] = [];
  let answer: "verdict" | "error" | "not json" = "verdict";

  beforeAll(async () => {
    server = createServer(async (request, response) => {
      const form = new URLSearchParams(await text(request));
      received.push(form);
      if (answer === "error") return void response.writeHead(500).end("{}");
      if (answer === "not json") return void response.writeHead(200, { "content-type": "text/html" }).end("<html>maintenance</html>");
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ success: form.get("response") === passingToken, "error-codes": [] }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    verifyUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/siteverify`;
  });
  beforeEach(() => {
    received.length = 0;
    answer = "verdict";
  });
  afterEach(() => {
    for (const name of ["CAPTCHA_PROVIDER", "CAPTCHA_SITE_KEY", "CAPTCHA_SECRET_KEY"]) delete process.env[name];
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("is not asked for, and calls nobody, when no provider is set", async () => {
    await expect((await loadWithSettings({}))({}, { verifyUrl })).resolves.toBe("not_required");
    expect(received).toHaveLength(0);
  });

  describe.each([
    ["turnstile", "cf-turnstile-response", "1x0000000000000000000000000000000AA"],
    ["hcaptcha", "h-captcha-response", "0x0000000000000000000000000000000000000000"],
  ])("with %s", (provider, field, secret) => {
    const settings = { CAPTCHA_PROVIDER: provider, CAPTCHA_SITE_KEY: "site-key", CAPTCHA_SECRET_KEY: secret };

    it("passes a reader whose token the provider accepts, sending the secret and the token form-encoded", async () => {
      await expect((await loadWithSettings(settings))({ [field]: passingToken }, { verifyUrl })).resolves.toBe("passed");
      expect(received.map((form) => Object.fromEntries(form))).toEqual([{ secret, response: passingToken }]);
    });

    it("refuses a bot whose token the provider refuses, or that sends none", async () => {
      const verify = await loadWithSettings(settings);
      await expect(verify({ [field]: "forged-token" }, { verifyUrl })).resolves.toBe("failed");
      await expect(verify({}, { verifyUrl })).resolves.toBe("failed");
      await expect(verify({ [field]: "x".repeat(4097) }, { verifyUrl })).resolves.toBe("failed");
      expect(received).toHaveLength(1);
    });

    it("refuses rather than lets through when the provider errs, answers no verdict, or cannot be reached", async () => {
      const verify = await loadWithSettings(settings);
      answer = "error";
      await expect(verify({ [field]: passingToken }, { verifyUrl })).resolves.toBe("failed");
      answer = "not json";
      await expect(verify({ [field]: passingToken }, { verifyUrl })).resolves.toBe("failed");
      await expect(verify({ [field]: passingToken }, { verifyUrl: "http://127.0.0.1:1/siteverify" })).resolves.toBe("failed");
    });
  });
});
