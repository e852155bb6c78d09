// The reader's address as the nearest trusted proxy saw it, reduced to what identifies a client:
// IPv4 as is, IPv6 to its /64 network (one host is handed a whole /64, and bots rotate within it).
// Route handlers get no socket address; `next start` sets X-Forwarded-For only when it is absent,
// so the entry is counted from the right, past the proxies we run (TRUSTED_PROXY_HOPS).
import { isIP } from "node:net";

export function readClientAddress(headers: Headers, trustedProxyHops: number): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const candidate = chain[chain.length - trustedProxyHops] ?? chain[0] ?? headers.get("x-real-ip")?.trim() ?? "";
  return normaliseAddress(candidate);
}

function expandIpv6(address: string): string[] {
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = address.includes("::") && tail ? tail.split(":") : [];
  const missing = 8 - left.length - right.length;
  return [...left, ...Array<string>(Math.max(missing, 0)).fill("0"), ...right].map((group) => group.padStart(4, "0"));
}

export function normaliseAddress(raw: string): string {
  const address = raw
    .replace(/^\[|\](:\d+)?$/g, "")
    .replace(/%.*$/, "")
    .toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped) return mapped[1]!;
  if (isIP(address) === 4) return address;
  if (isIP(address) === 6) return `${expandIpv6(address).slice(0, 4).join(":")}::/64`;
  return "unknown";
}
