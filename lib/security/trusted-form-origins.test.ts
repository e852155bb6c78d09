import { checkOrigin } from "./check-origin";
import { trustedFormOrigins } from "./trusted-form-origins";

const appUrl = "http://localhost:3000";
// The URL is the server's own; the Host header is what the browser sent.
const postTo = (host: string, origin: string) => new Request("http://localhost:3000/api/checkout", { method: "POST", headers: { host, origin } });
const allows = (request: Request, isProduction: boolean) => checkOrigin(request, appUrl, trustedFormOrigins(request, { appUrl, isProduction })).ok;

describe("which origins may post the app's forms", () => {
  describe("in development", () => {
    it.each(["localhost:3100", "127.0.0.1:3100", "[::1]:3100", "127.0.0.1:3000"])("accepts a form posted from the page the browser is on at %s", (host) => {
      expect(allows(postTo(host, `http://${host}`), false)).toBe(true);
    });

    it("refuses another loopback port than the one the request came to", () => {
      expect(allows(postTo("127.0.0.1:3100", "http://127.0.0.1:5000"), false)).toBe(false);
    });

    it("refuses a page on a non-loopback name, even one that resolves to this machine (DNS rebinding)", () => {
      expect(allows(postTo("rebind.evil.example:3100", "http://rebind.evil.example:3100"), false)).toBe(false);
      expect(allows(postTo("localhost.evil.example:3100", "http://localhost.evil.example:3100"), false)).toBe(false);
    });

    it("refuses another site posting to the loopback server", () => {
      expect(allows(postTo("localhost:3100", "https://evil.example"), false)).toBe(false);
    });

    it("does not read a loopback name out of a Host header that carries more", () => {
      expect(trustedFormOrigins(postTo("evil.example@localhost:3100", "http://localhost:3100"), { appUrl, isProduction: false })).toEqual([appUrl]);
    });
  });

  describe("in production", () => {
    it("accepts only APP_URL's origin, not the loopback name the request came to", () => {
      expect(allows(postTo("localhost:3000", "http://localhost:3000"), true)).toBe(true);
      expect(allows(postTo("127.0.0.1:3000", "http://127.0.0.1:3000"), true)).toBe(false);
      expect(allows(postTo("localhost:3100", "http://localhost:3100"), true)).toBe(false);
    });
  });
});
