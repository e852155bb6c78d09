// Staff search for a supporter by email or name. The term is a supporter's identity: it must not
// land in any URL (browser history, proxy and server logs), each search is audited without it,
// and the handle that stands for a search works only for the member of staff who made it.
import type { BrowserContext, Page } from "playwright-core";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { encryptPii } from "@/lib/privacy/encrypt-pii";
import { emailIndex } from "@/lib/privacy/email-index";
import { nameIndex } from "@/lib/privacy/name-index";
import { parseEncryptionKeys, setPiiKeysForProcess } from "@/lib/privacy/pii-keys";
import { baseUrl, launchBrowser, type BrowserSession } from "@/tests/helpers/browser";
import { createStaffSession } from "@/tests/helpers/staff-session";

const email = "hidden.reader@example.org";
const pagedName = "Page Turner";

/** Every URL the page asked for or links to, decoded, so an encoded address is found too. */
function recordUrls(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  return urls;
}

async function linkedUrls(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll("a[href], form[action]")].map((el) => el.getAttribute("href") ?? el.getAttribute("action") ?? ""));
}

function mentioning(urls: string[], term: string): string[] {
  const plain = (url: string) => decodeURIComponent(url.replace(/\+/g, " ")).toLowerCase();
  return urls.filter((url) => plain(url).includes(term.toLowerCase()));
}

describe("staff supporter search", () => {
  let prisma: PrismaClient;
  let browser: BrowserSession;
  let first: { userId: string; withScript: BrowserContext; withoutScript: BrowserContext };
  let second: { userId: string; cookie: string; context: BrowserContext };
  let targetId: string;

  async function signedIn(cookie: string, javaScriptEnabled: boolean): Promise<BrowserContext> {
    const context = await browser.browser.newContext({ javaScriptEnabled });
    const [name, value] = cookie.split("=") as [string, string];
    await context.addCookies([{ name, value, url: baseUrl() }]);
    return context;
  }

  async function search(context: BrowserContext, term: string): Promise<{ page: Page; urls: string[] }> {
    const page = await context.newPage();
    const urls = recordUrls(page);
    await page.goto(`${baseUrl()}/dashboard/supporters`);
    await page.getByRole("searchbox", { name: "Search" }).fill(term);
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL((url) => url.href !== `${baseUrl()}/dashboard/supporters`);
    await page.waitForLoadState("load");
    return { page, urls };
  }

  beforeAll(async () => {
    const keys = parseEncryptionKeys(process.env.E2E_PII_ENCRYPTION_KEYS!);
    setPiiKeysForProcess({ currentKeyId: [...keys.keys()][0]!, encryptionKeys: keys, indexKey: Buffer.from(process.env.E2E_PII_INDEX_KEY!, "base64") });
    prisma = createPrismaClient(process.env.E2E_DATABASE_URL!, 2);
    const target = await prisma.supporter.create({ data: { emailIndex: emailIndex(email), emailEncrypted: encryptPii(email), firstGiftAt: new Date() } });
    targetId = target.id;
    await prisma.supporter.createMany({ data: Array.from({ length: 55 }, () => ({ nameIndex: nameIndex(pagedName), nameEncrypted: encryptPii(pagedName), firstGiftAt: new Date() })) });
    browser = await launchBrowser();
    const a = await createStaffSession(prisma, "searcher-a@newsroom.test", "VIEWER");
    const b = await createStaffSession(prisma, "searcher-b@newsroom.test", "VIEWER");
    first = { userId: a.userId, withScript: await signedIn(a.cookie, true), withoutScript: await signedIn(a.cookie, false) };
    second = { userId: b.userId, cookie: b.cookie, context: await signedIn(b.cookie, true) };
  });
  afterAll(async () => {
    await browser?.close();
    await prisma?.$disconnect();
    setPiiKeysForProcess(undefined);
  });

  it.each([
    ["with JavaScript", () => first.withScript],
    ["without JavaScript", () => first.withoutScript],
  ])("a search by email address, %s, finds the supporter and puts the address in no URL", async (_how, context) => {
    const { page, urls } = await search(context(), email);
    await expect(page.getByRole("link", { name: targetId.slice(-10) }).count()).resolves.toBe(1);
    expect(mentioning([...urls, page.url(), ...(await linkedUrls(page))], email)).toEqual([]);
    expect(mentioning([...urls, page.url()], "example.org")).toEqual([]);
  });

  it("each search is in the audit log with who searched and how many it found, never the term", async () => {
    const before = await prisma.auditLog.count({ where: { action: "supporter.searched", actorUserId: first.userId } });
    await search(first.withScript, email);
    const rows = await prisma.auditLog.findMany({ where: { action: "supporter.searched", actorUserId: first.userId }, orderBy: { createdAt: "desc" } });
    expect(rows).toHaveLength(before + 1);
    expect(rows[0]!.metadata).toMatchObject({ results: 1 });
    expect(JSON.stringify(rows)).not.toContain("hidden.reader");
    expect(JSON.stringify(rows)).not.toContain("example.org");
  });

  it("pages through a search by name with the name in no URL", async () => {
    const { page, urls } = await search(first.withoutScript, pagedName);
    await expect(page.locator("table.data tbody tr").count()).resolves.toBe(50);
    await page.getByRole("link", { name: "Next page" }).click();
    await page.waitForURL((url) => url.searchParams.has("after"));
    await expect(page.locator("table.data tbody tr").count()).resolves.toBe(5);
    expect(mentioning([...urls, page.url(), ...(await linkedUrls(page))], pagedName)).toEqual([]);
    expect(mentioning([...urls, page.url()], "turner")).toEqual([]);
  });

  it("a second member of staff who gets hold of another's search link sees nothing of it", async () => {
    const { page } = await search(first.withScript, email);
    const link = page.url();
    const stolen = await second.context.newPage();
    await stolen.goto(link);
    await expect(stolen.getByRole("link", { name: targetId.slice(-10) }).count()).resolves.toBe(0);
    await expect(stolen.getByRole("status").textContent()).resolves.toContain("Search again");
    const exportUrl = await page.getByRole("link", { name: "Export CSV" }).getAttribute("href");
    const exported = await fetch(new URL(exportUrl!, baseUrl()), { headers: { cookie: second.cookie } });
    expect(exported.status).toBe(404);
    expect(await exported.text()).not.toContain(targetId);
  });
});
