import { signNewsletterWebhook, verifyNewsletterWebhook } from "./sign-newsletter-webhook";

const secret = "a-secret-of-at-least-thirty-two-characters";
const body = JSON.stringify({ id: "evt_1", type: "newsletter.confirmed", data: { email: "reader@example.org" } });
const now = new Date("2026-12-05T12:00:00Z");

describe("the newsletter webhook's signature", () => {
  it("is t=<unix seconds>,v1=<hex HMAC-SHA256 of t.body> and verifies for the same secret and body", () => {
    const header = signNewsletterWebhook(secret, body, now);
    expect(header).toMatch(/^t=1796472000,v1=[0-9a-f]{64}$/);
    expect(verifyNewsletterWebhook(secret, header, body, now)).toBe(true);
  });

  it("refuses another secret, a changed body, a forged or missing header", () => {
    const header = signNewsletterWebhook(secret, body, now);
    expect(verifyNewsletterWebhook(`${secret}x`, header, body, now)).toBe(false);
    expect(verifyNewsletterWebhook(secret, header, body.replace("reader@", "other@"), now)).toBe(false);
    expect(verifyNewsletterWebhook(secret, header.replace(/v1=./, "v1=0"), body, now)).toBe(false);
    expect(verifyNewsletterWebhook(secret, "t=1796472000", body, now)).toBe(false);
    expect(verifyNewsletterWebhook(secret, undefined, body, now)).toBe(false);
  });

  it("refuses a delivery replayed more than five minutes later", () => {
    const header = signNewsletterWebhook(secret, body, now);
    expect(verifyNewsletterWebhook(secret, header, body, new Date(now.getTime() + 299_000))).toBe(true);
    expect(verifyNewsletterWebhook(secret, header, body, new Date(now.getTime() + 301_000))).toBe(false);
  });
});
