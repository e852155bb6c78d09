// Staff magic-link requests are counted per client address and per email address in PostgreSQL
// before next-auth sends anything (lib/auth/screen-staff-sign-in.ts). The counts are shared by
// every instance (they live in rate_limit_bucket) and are the same for staff and strangers.
import { randomBytes } from "node:crypto";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-database";
import { closeAppDatabase } from "@/tests/helpers/app-database";

type Screen = typeof import("@/lib/auth/screen-staff-sign-in").screenStaffSignIn;
let db: TestDatabase;
let screen: Screen;

const ask = (email: string, clientAddress: string, extra: Record<string, string> = {}) =>
  screen(
    new Request("http://signin.test/api/auth/signin/email", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": clientAddress },
      body: new URLSearchParams({ email, csrfToken: "t", callbackUrl: "/dashboard", ...extra }),
    }),
  );

/** What the client sees: through to next-auth, or the refusal's redirect. */
async function outcome(response: Promise<Response | undefined>): Promise<string> {
  const answer = await response;
  return answer ? `${answer.status} ${answer.headers.get("location")}` : "sent to next-auth";
}

beforeAll(async () => {
  db = await createTestDatabase();
  Object.assign(process.env, { DATABASE_URL: db.url, APP_URL: "http://signin.test", LOG_LEVEL: "warn" });
  const { setPiiKeysForProcess } = await import("@/lib/privacy/pii-keys");
  setPiiKeysForProcess({ currentKeyId: "t1", encryptionKeys: new Map([["t1", randomBytes(32)]]), indexKey: randomBytes(32) });
  screen = (await import("@/lib/auth/screen-staff-sign-in")).screenStaffSignIn;
  await db.prisma.user.create({ data: { email: "editor@newsroom.test", role: "VIEWER" } });
});

afterAll(async () => {
  await closeAppDatabase();
  await db.drop();
});

describe("staff sign-in link requests", () => {
  it("a stranger cannot mail-bomb a staff inbox: the fourth link for one address in an hour is refused, from any client address", async () => {
    for (const client of ["198.51.100.1", "198.51.100.2", "198.51.100.3"]) await expect(outcome(ask("editor@newsroom.test", client))).resolves.toBe("sent to next-auth");
    await expect(outcome(ask("Editor@Newsroom.test ", "198.51.100.4"))).resolves.toBe("303 /signin?error=TooManyRequests");
  });

  it("enumerating staff learns nothing: an address not on the staff list gets the same answers, in the same order, as a staff address", async () => {
    const staff = [];
    const stranger = [];
    await db.prisma.user.create({ data: { email: "second@newsroom.test", role: "VIEWER" } });
    for (let i = 0; i < 4; i += 1) {
      staff.push(await outcome(ask("second@newsroom.test", `198.51.100.${20 + i}`)));
      stranger.push(await outcome(ask("nobody@newsroom.test", `198.51.100.${30 + i}`)));
    }
    expect(stranger).toEqual(staff);
    expect(staff.at(-1)).toBe("303 /signin?error=TooManyRequests");
  });

  it("one client cannot spray links over many addresses: the eleventh request from one address in an hour is refused", async () => {
    for (let i = 0; i < 10; i += 1) await expect(outcome(ask(`guess${i}@newsroom.test`, "203.0.113.50"))).resolves.toBe("sent to next-auth");
    await expect(outcome(ask("guess10@newsroom.test", "203.0.113.50"))).resolves.toBe("303 /signin?error=TooManyRequests");
  });

  it("refuses a list of addresses (next-auth would keep only the first, dodging its count) and anything that is not an address", async () => {
    await expect(outcome(ask("editor@newsroom.test,other@example.org", "203.0.113.60"))).resolves.toBe("303 /signin?error=EmailInvalid");
    await expect(outcome(ask("not an address", "203.0.113.60"))).resolves.toBe("303 /signin?error=EmailInvalid");
  });

  it("answers next-auth's client (json=true) with a URL, and says when to retry", async () => {
    for (let i = 0; i < 3; i += 1) await ask("json@newsroom.test", `203.0.113.${70 + i}`, { json: "true" });
    const refused = await ask("json@newsroom.test", "203.0.113.80", { json: "true" });
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get("retry-after"))).toBeGreaterThan(0);
    await expect(refused?.json()).resolves.toEqual({ url: "/signin?error=TooManyRequests" });
  });

  it("keeps only keyed hashes in the shared table, never an address", async () => {
    const keys = (await db.prisma.$queryRawUnsafe<{ key: string }[]>("SELECT key FROM rate_limit_bucket")).map((row) => row.key).join(" ");
    expect(keys).toContain("staff-sign-in-email:");
    expect(keys).not.toMatch(/newsroom|198\.51|203\.0/);
  });
});
