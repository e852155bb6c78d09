import { isMalformedPath } from "./is-malformed-path";

describe("a malformed path", () => {
  it.each(["/r/%", "/r/%zz", "/r/%E0%A4%A", "/dashboard/supporters/%C0%AE", "/api/auth/%FF%FE", "/r/%ED%A0%BD", "/r/ok/%"])("is %s, which does not decode", (pathname) => {
    expect(isMalformedPath(pathname)).toBe(true);
  });

  it.each(["/", "/r/%25", "/r/abc.def", "/appeal/usd", "/r/%D0%B8%D0%B2%D0%B0%D0%BD", "/r/%00", "/r/%2e%2e"])("is not %s, which decodes", (pathname) => {
    expect(isMalformedPath(pathname)).toBe(false);
  });
});
