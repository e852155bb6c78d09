// `next dev` as a developer runs it: on a port other than 3000, with no APP_URL, opened at
// 127.0.0.1 as well as localhost; and restarted under an open page.
import type { Page } from "playwright-core";
import { freePort } from "@/tests/helpers/npm-script-process";
import { launchBrowser, type BrowserSession } from "@/tests/helpers/browser";
import { startDevServer, type DevServer } from "@/tests/helpers/dev-server";

/** A form post to the server at `host`, from a page at `origin` (fetch cannot set Host: the URL does). */
const snooze = (host: string, origin: string) =>
  fetch(`http://${host}/api/reminders/snooze`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin },
    body: "",
  });

/** React has taken over the appeal's form: its fiber is attached to the element. */
const isHydrated = (page: Page) =>
  page.evaluate(() => {
    const form = document.querySelector('form[action="/api/checkout"]');
    return form !== null && Object.keys(form).some((key) => key.startsWith("__reactFiber"));
  });

// A cold `next dev` compiles each page on first request: slow on shared cores.
jest.setTimeout(240_000);

describe("the development server", () => {
  let port: number;
  let dev: DevServer | undefined;
  let session: BrowserSession;
  const env = () => ({ DATABASE_URL: process.env.E2E_DATABASE_URL!, PII_ENCRYPTION_KEYS: process.env.E2E_PII_ENCRYPTION_KEYS!, PII_INDEX_KEY: process.env.E2E_PII_INDEX_KEY! });

  beforeAll(async () => {
    port = await freePort();
    dev = await startDevServer(port, env());
    session = await launchBrowser();
  });
  afterAll(async () => {
    await session?.close();
    await dev?.stop();
  });

  it.each(["127.0.0.1", "localhost"])("takes a form posted from http://%s:<port> with no APP_URL set", async (host) => {
    const response = await snooze(`${host}:${port}`, `http://${host}:${port}`);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toMatch(/\/remind\?snoozed=/);
  });

  it("still refuses a form posted from another site", async () => {
    expect((await snooze(`127.0.0.1:${port}`, "http://evil.example")).status).toBe(403);
  });

  it("hydrates the appeal's client component when opened at 127.0.0.1", async () => {
    const page = await session.context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`, { timeout: 120_000 });
    await page.waitForFunction(
      () => {
        const form = document.querySelector('form[action="/api/checkout"]');
        return form !== null && Object.keys(form).some((key) => key.startsWith("__reactFiber"));
      },
      undefined,
      { timeout: 60_000 },
    );
    await expect(isHydrated(page)).resolves.toBe(true);
    await page.close();
  });

  it("does not reload an open page in a loop after the server restarts", async () => {
    const page = await session.context.newPage();
    const navigations: number[] = [];
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) navigations.push(Date.now());
    });
    await page.goto(`http://localhost:${port}/`, { timeout: 120_000 });
    await page.waitForFunction(() => document.querySelector('form[action="/api/checkout"]') !== null, undefined, { timeout: 60_000 });
    await dev!.stop();
    dev = await startDevServer(port, env());
    const restartedAt = Date.now();
    // The page reconnects and reloads to pick up the new server's code (Next.js does so once or
    // twice here: on reconnecting, and once the first compile moves the version); then it must be
    // quiet for good. A loop never goes quiet.
    const quietFor = () => Date.now() - (navigations.at(-1) ?? 0);
    const deadline = restartedAt + 120_000;
    while (Date.now() < deadline && !(navigations.some((at) => at >= restartedAt) && quietFor() >= 8_000)) await new Promise((resolve) => setTimeout(resolve, 250));
    expect(navigations.filter((at) => at >= restartedAt).length).toBeLessThanOrEqual(2);
    expect(quietFor()).toBeGreaterThanOrEqual(8_000);
    await page.close();
  });
});
