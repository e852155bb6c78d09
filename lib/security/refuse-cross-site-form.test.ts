import { refuseCrossSiteForm } from "./refuse-cross-site-form";

const post = (headers: Record<string, string>) => new Request("https://give.example.org/api/checkout", { method: "POST", headers, body: "amount=5" });

describe("refusing cross-site form posts", () => {
  beforeAll(() => {
    process.env.APP_URL = "https://give.example.org";
    process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/unused";
  });

  it("lets a form posted from the app's own pages through", () => {
    expect(refuseCrossSiteForm(post({ "content-type": "application/x-www-form-urlencoded", origin: "https://give.example.org" }))).toBeUndefined();
  });

  it("refuses a form posted from another site, with a plain explanation", async () => {
    const refused = refuseCrossSiteForm(post({ "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" }));
    expect(refused?.status).toBe(403);
    await expect(refused?.text()).resolves.toContain("only be sent from our own pages");
  });

  it("outside production, takes a form from the loopback name and port the page was opened at, whatever APP_URL says", () => {
    const local = (host: string, origin: string) => new Request(`http://${host}/api/checkout`, { method: "POST", headers: { host, origin, "content-type": "application/x-www-form-urlencoded" }, body: "amount=5" });
    expect(refuseCrossSiteForm(local("127.0.0.1:3100", "http://127.0.0.1:3100"))).toBeUndefined();
    expect(refuseCrossSiteForm(local("[::1]:3100", "http://[::1]:3100"))).toBeUndefined();
    expect(refuseCrossSiteForm(local("127.0.0.1:3100", "https://evil.example"))?.status).toBe(403);
  });

  it("refuses simple requests that carry no Origin or Referer", () => {
    expect(refuseCrossSiteForm(post({ "content-type": "text/plain" }))?.status).toBe(403);
    expect(refuseCrossSiteForm(post({}))?.status).toBe(403);
  });

  it("leaves JSON requests to the route (a cross-site page cannot send them without a preflight)", () => {
    expect(refuseCrossSiteForm(post({ "content-type": "application/json" }))).toBeUndefined();
  });
});
