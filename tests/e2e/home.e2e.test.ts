import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { baseUrl, launchBrowser, type BrowserSession } from "@/tests/helpers/browser";

describe("the running service", () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await launchBrowser();
  });
  afterAll(async () => session.close());

  it("renders the appeal at /", async () => {
    const page = await session.context.newPage();
    const response = await page.goto(`${baseUrl()}/`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toMatch(/\w/);
  });

  it("answers /api/health with 200", async () => {
    const page = await session.context.newPage();
    const response = await page.goto(`${baseUrl()}/api/health`);
    expect(response?.status()).toBe(200);
    expect(await response?.json()).toMatchObject({ status: "ok" });
  });
});

describe("the cached appeal pages", () => {
  const cacheDir = path.join(process.cwd(), ".next/server/route-cache");
  const cachedNames = (): string[] => (existsSync(cacheDir) ? readdirSync(cacheDir, { recursive: true }).map(String) : []);

  it("serve a supported currency's page", async () => {
    const response = await fetch(`${baseUrl()}/appeal/eur`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("€");
  });

  it("refuse a made-up currency with 404 and keep no copy of it", async () => {
    const key = `zz${Date.now().toString(36)}`;
    for (const candidate of [key, key.toUpperCase(), "EUR"]) {
      const response = await fetch(`${baseUrl()}/appeal/${candidate}`);
      expect(response.status).toBe(404);
    }
    // The cache is written after the answer: a page asked for afterwards is the sign it has caught up.
    expect((await fetch(`${baseUrl()}/appeal/chf`)).status).toBe(200);
    for (let waited = 0; !cachedNames().some((name) => name.endsWith(path.join("appeal", "chf.html"))) && waited < 10_000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(cachedNames().some((name) => name.endsWith(path.join("appeal", "chf.html")))).toBe(true);
    expect(cachedNames().filter((name) => name.toLowerCase().includes(key))).toEqual([]);
    expect(cachedNames().filter((name) => name.includes("EUR"))).toEqual([]);
  });
});
