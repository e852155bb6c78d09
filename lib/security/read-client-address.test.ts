import { normaliseAddress, readClientAddress } from "./read-client-address";

const headers = (xff: string) => new Headers({ "x-forwarded-for": xff });

describe("readClientAddress", () => {
  it("takes the entry the nearest trusted proxy appended, so a client cannot choose its own address", () => {
    expect(readClientAddress(headers("6.6.6.6, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(readClientAddress(headers("6.6.6.6, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
  });

  it("a forged X-Forwarded-For prefix, however long or odd, never changes the address a rate limit counts", () => {
    const forgeries = ["", "1.1.1.1", "1.1.1.1, 2.2.2.2", "unknown, ,, 10.0.0.1", "203.0.113.8, 203.0.113.8", "::1", "x".repeat(200)];
    for (const forged of forgeries) {
      // One proxy appends what it saw: the entry counted is the last one.
      expect(readClientAddress(headers(`${forged}, 203.0.113.7`), 1)).toBe("203.0.113.7");
      // Two proxies (CDN, then load balancer): the CDN's entry is second from the right.
      expect(readClientAddress(headers(`${forged}, 203.0.113.7, 10.0.0.2`), 2)).toBe("203.0.113.7");
    }
  });

  it("falls back to the first entry, then X-Real-IP, then a shared unknown bucket", () => {
    expect(readClientAddress(headers("203.0.113.7"), 3)).toBe("203.0.113.7");
    expect(readClientAddress(new Headers({ "x-real-ip": "198.51.100.1" }), 1)).toBe("198.51.100.1");
    expect(readClientAddress(new Headers(), 1)).toBe("unknown");
  });
});

describe("normaliseAddress", () => {
  it("groups IPv6 clients by their /64 network", () => {
    expect(normaliseAddress("2001:db8:1:2:aaaa::1")).toBe("2001:0db8:0001:0002::/64");
    expect(normaliseAddress("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:0db8:0001:0002::/64");
    expect(normaliseAddress("[2001:db8::1]:443")).toBe("2001:0db8:0000:0000::/64");
  });

  it("unwraps IPv4-mapped IPv6 and refuses what is not an address", () => {
    expect(normaliseAddress("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(normaliseAddress("not-an-ip")).toBe("unknown");
  });
});
