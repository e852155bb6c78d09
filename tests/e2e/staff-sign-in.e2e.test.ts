// Staff sign-in through the production server and next-auth itself: the form is a POST that works
// without JavaScript, the address never appears in a URL, staff and strangers get the same
// redirects, and magic-link requests are limited per address and per client.
import type { PrismaClient } from "@/lib/db/generated/client";
import { createPrismaClient } from "@/lib/db/create-prisma-client";
import { baseUrl, launchBrowser, type BrowserSession } from "@/tests/helpers/browser";
import { messagesTo, waitForLink } from "@/tests/helpers/mailbox";

const magicLink = /http:\/\/127\.0\.0\.1:\d+\/api\/auth\/callback\/email\?[^\s"<>]+/;

/** Asks for a link as next-auth's own client would, from `clientAddress`; answers the redirect chain. */
async function askForLink(email: string, clientAddress: string): Promise<string[]> {
  const csrf = await fetch(`${baseUrl()}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const hops: string[] = [];
  let response = await fetch(`${baseUrl()}/api/auth/signin/email`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, origin: baseUrl(), "x-forwarded-for": clientAddress },
    body: new URLSearchParams({ email, csrfToken, callbackUrl: "/dashboard" }),
  });
  while (response.status >= 300 && response.status < 400 && hops.length < 5) {
    const next = new URL(response.headers.get("location")!, baseUrl());
    hops.push(`${response.status} ${next.pathname}${next.search}`);
    response = await fetch(next, { redirect: "manual", headers: { cookie } });
  }
  return hops;
}

describe("staff sign-in", () => {
  let prisma: PrismaClient;
  let session: BrowserSession | undefined;

  beforeAll(async () => {
    prisma = createPrismaClient(process.env.E2E_DATABASE_URL!, 2);
    for (const email of ["nojs@newsroom.test", "inbox@newsroom.test", "listed@newsroom.test"]) {
      await prisma.user.upsert({ where: { email }, update: {}, create: { email, role: "VIEWER" } });
    }
  });
  afterAll(async () => {
    await session?.close();
    await prisma?.$disconnect();
  });

  it("never puts a staff member's email address in a URL, even before (or without) the page's JavaScript", async () => {
    session = await launchBrowser({ javaScriptEnabled: false });
    const page = await session.context.newPage();
    const urls: string[] = [];
    page.on("request", (request) => urls.push(request.url()));
    await page.goto(`${baseUrl()}/signin`);
    await page.getByLabel("Work email").fill("nojs@newsroom.test");
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await page.waitForURL(/\/signin\/check-email/);
    expect(urls.filter((url) => /nojs|%40newsroom|@newsroom/i.test(url))).toEqual([]);
    await expect(waitForLink("nojs@newsroom.test", magicLink)).resolves.toMatch(magicLink);
  });

  it("enumerating staff learns nothing: an address not on the staff list gets the same redirects as a staff address", async () => {
    const staff = await askForLink("listed@newsroom.test", "198.51.100.41");
    const stranger = await askForLink("stranger@elsewhere.test", "198.51.100.42");
    expect(stranger).toEqual(staff);
    expect(staff.at(-1)).toMatch(/^\d{3} \/signin\/check-email/);
    expect(messagesTo("stranger@elsewhere.test")).toEqual([]);
  });

  it("a stranger cannot mail-bomb a staff inbox: after three links in an hour, more requests (from any client address) send nothing", async () => {
    for (const client of ["198.51.100.51", "198.51.100.52", "198.51.100.53"]) await askForLink("inbox@newsroom.test", client);
    const refused = await askForLink("inbox@newsroom.test", "198.51.100.54");
    expect(refused[0]).toBe("303 /signin?error=TooManyRequests");
    // Each link is sent before its request's redirect, so all that were sent are in the mailbox.
    expect(messagesTo("inbox@newsroom.test")).toHaveLength(3);
  });
});
