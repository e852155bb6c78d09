import { baseUrl, launchBrowser, type BrowserSession } from "@/tests/helpers/browser";
import { waitFor } from "@/tests/helpers/wait-for";

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

  it("answers an unknown address with 404 and a way back to the appeal", async () => {
    const page = await session.context.newPage();
    const response = await page.goto(`${baseUrl()}/no-such-page`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Page not found");
    await expect(page.getByRole("link", { name: "Go to the appeal" }).getAttribute("href")).resolves.toBe("/");
  });

  it("answers /api/health with 200", async () => {
    const page = await session.context.newPage();
    const response = await page.goto(`${baseUrl()}/api/health`);
    expect(response?.status()).toBe(200);
    expect(await response?.json()).toMatchObject({ status: "ok" });
  });
});

describe("the cached appeal pages", () => {
  // Seen from outside, as a reader's browser sees it: a page the server keeps a copy of is answered
  // from that copy once it is made (x-nextjs-cache: HIT). Next's cache folder is not read.
  const cacheState = async (pathname: string) => {
    const response = await fetch(`${baseUrl()}${pathname}`);
    return { status: response.status, cache: response.headers.get("x-nextjs-cache") };
  };

  it("serve a supported currency's page", async () => {
    const response = await fetch(`${baseUrl()}/appeal/eur`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("€");
  });

  it("refuse a made-up currency with 404 and keep no copy of it", async () => {
    const key = `zz${Date.now().toString(36)}`;
    // A real currency's page is kept: asked again, it comes from the copy.
    await waitFor("a copy of /appeal/chf", async () => (await cacheState("/appeal/chf")).cache === "HIT");
    // A made-up one, asked twice, is refused both times and never answered from a copy.
    for (const candidate of [key, key.toUpperCase(), "EUR"]) {
      const first = await cacheState(`/appeal/${candidate}`);
      const again = await cacheState(`/appeal/${candidate}`);
      expect([first.status, again.status]).toEqual([404, 404]);
      expect(again.cache).not.toBe("HIT");
    }
  });
});

describe("the plain appeal at /", () => {
  const plain = (acceptLanguage: string, headers: Record<string, string> = {}) => fetch(`${baseUrl()}/`, { headers: { "accept-language": acceptLanguage, ...headers } });

  it("is the cached page of the reader's currency, which no shared cache keeps", async () => {
    await plain("de-DE,de;q=0.9");
    const german = await plain("de-DE,de;q=0.9");
    expect(german.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(german.headers.get("cache-control")).toBe("private, no-cache");
    expect(await german.text()).toContain("€5");
    const british = await plain("en-GB");
    expect(await british.text()).toContain("£5");
  });

  it("answers 304 to a browser asking again with the page's ETag, and the other page to another language", async () => {
    // The page re-renders every 30 s (the goal meter): the ETag is the one of the render just served.
    const first = await plain("en-GB");
    const etag = first.headers.get("etag")!;
    // As a browser revalidates (fetch would add "no-cache" to a conditional request of its own).
    const revalidate = { "if-none-match": etag, "cache-control": "max-age=0" };
    const again = await plain("en-GB", revalidate);
    // 304 unless a fresh render came out between the two requests, in which case it has a new ETag.
    if (again.status !== 304) expect(again.headers.get("etag")).not.toBe(etag);
    else expect(again.status).toBe(304);
    const settled = { "if-none-match": again.headers.get("etag") ?? etag, "cache-control": "max-age=0" };
    expect((await plain("en-GB", settled)).status).toBe(304);
    const irish = await plain("en-IE", revalidate);
    expect(irish.status).toBe(200);
    expect(await irish.text()).toContain("€5");
  });

  it("answers HEAD from the same cached page, and a client-side navigation from the page rendered per request", async () => {
    await plain("de-DE");
    const head = await fetch(`${baseUrl()}/`, { method: "HEAD", headers: { "accept-language": "de-DE" } });
    expect(head.status).toBe(200);
    expect(head.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(head.headers.get("cache-control")).toBe("private, no-cache");
    const navigation = await plain("de-DE", { rsc: "1" });
    expect(navigation.status).toBe(200);
    expect(navigation.headers.get("content-type")).toContain("text/x-component");
    expect(navigation.headers.get("x-nextjs-cache")).toBeNull();
  });

  it("leaves a choice to restore to the page rendered per request", async () => {
    const response = await fetch(`${baseUrl()}/?frequency=annual&amount=50&currency=gbp`);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-nextjs-cache")).toBeNull();
    expect(response.headers.get("cache-control")).toContain("no-store");
  });

  it("keeps the reader's address at / once the page is running in the browser", async () => {
    const session = await launchBrowser();
    try {
      const page = await session.context.newPage();
      await page.setExtraHTTPHeaders({ "accept-language": "fr-FR" });
      await page.goto(`${baseUrl()}/`);
      await page.waitForLoadState("networkidle");
      expect(new URL(page.url()).pathname).toBe("/");
      await expect(page.getByRole("radio", { name: "Once" }).count()).resolves.toBe(1);
      await page.getByRole("radio", { name: "Once" }).check();
      // The enhanced form follows the frequency: once-only amounts, no monthly ones.
      await expect(page.getByRole("radio", { name: "€50", exact: true }).count()).resolves.toBe(1);
      await expect(page.getByRole("radio", { name: "€2", exact: true }).count()).resolves.toBe(0);
    } finally {
      await session.close();
    }
  });
});
