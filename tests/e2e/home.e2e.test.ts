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
