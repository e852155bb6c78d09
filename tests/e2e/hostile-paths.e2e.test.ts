// Hostile paths and query strings against every public page and route of the production server:
// whatever a scanner or a script sends (broken or double percent-encodings, overlong values, NUL,
// dot segments, unicode, repeated keys), the answer is never a 5xx. The routes are found by
// walking app/, so a new page or route is fuzzed without being listed here. Requests go out on
// raw sockets: fetch and node:http would normalise `..` or refuse raw bytes before sending.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { connect } from "node:net";
import path from "node:path";
import { baseUrl } from "@/tests/helpers/browser";

const appDir = path.join(__dirname, "../../app");

type Route = { pattern: string; kind: "page" | "route"; methods: string[] };

/** Every page.tsx and route.ts under app/ (private `_folders` left out), with a route's exported methods. */
function findRoutes(): Route[] {
  const found: Route[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) {
        if (!entry.startsWith("_")) walk(full);
        continue;
      }
      if (entry !== "page.tsx" && entry !== "route.ts") continue;
      const pattern = `/${path
        .relative(appDir, dir)
        .split(path.sep)
        .filter((part) => part && !/^\(.*\)$/.test(part))
        .join("/")}`;
      const source = readFileSync(full, "utf8");
      const methods = entry === "page.tsx" ? ["GET"] : ["GET", "POST", "PUT", "DELETE"].filter((method) => new RegExp(`\\b${method}\\b`).test(source));
      found.push({ pattern, kind: entry === "page.tsx" ? "page" : "route", methods });
    }
  };
  walk(appDir);
  return found.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** Values for a dynamic segment, exactly as they go on the wire. */
const hostileSegments = [
  "%25", // double decoding: "%" once decoded
  "%",
  "%zz",
  "%E0%A4%A",
  "%C0%AE%C0%AE",
  "%FF%FE%00", // broken, truncated and overlong UTF-8
  "%00",
  "a%00b",
  "%0d%0aSet-Cookie:%20x=1",
  "..",
  "%2e%2e",
  "..%2f..%2f..%2fetc%2fpasswd",
  "....//....//etc",
  "%252e%252e%252f",
  "%D0%B8%D0%B2%D0%B0%D0%BD",
  "%F0%9F%98%80",
  "%E2%80%AE",
  "%EF%BC%A0",
  "%ED%A0%BD", // Cyrillic, emoji, RTL override, full-width @, lone surrogate
  "x".repeat(6000),
];

/** Query strings, as they go on the wire (the keys are the ones the pages and routes read). */
const hostileQueries = [
  "?%25",
  "?=%",
  "?%zz=%zz",
  "?a=%00",
  "?&&&=&=",
  "?frequency=%25&amount=%00&currency=%E0%A4%A&source=..%2f..",
  "?frequency=once&frequency=monthly&amount=1&amount=2&currency=usd&currency=eur",
  "?amount=-1e999&currency=XXXXXXXXXXXX&frequency=%D0%B5%D0%B6%D0%B5%D0%BC%D0%B5%D1%81%D1%8F%D1%87%D0%BD%D0%BE",
  `?session_id=${"cs_".padEnd(7000, "A")}`,
  "?session_id=%25&session_id=cs_test_1",
  "?token=%25",
  "?token=..%2f..%2fetc%2fpasswd",
  `?token=${"t".repeat(7000)}`,
  "?token=a.b.c.d",
  "?error=%ff%fe&callbackUrl=%25&callbackUrl=https%3A%2F%2Fevil.example",
  "?after=%25&q=%00&filter=%E2%80%AE&page=-1&page=99999999999999999999",
  "?lang=..&currency=%F0%9F%98%80&placement=%00",
];

/** Raw bytes no client library will put in a request line: the server's parser must refuse them with 4xx. */
const rawPaths = ["/r/\u0000", "/manage?token=\u0000", "/\u00ff\u00fe", "/r/a b", "/%%%%", "//..//..//", "/?\u0000=\u0000"];

const { hostname, port } = new URL(baseUrl());

/** One request on its own connection; resolves with the status code of the answer (0: none). */
function send(method: string, target: string, body = ""): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    let head = "";
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`${method} ${target.slice(0, 120)}: no answer within 20 s`));
    }, 20_000);
    socket.setEncoding("latin1");
    socket.on("connect", () => {
      const headers = [`${method} ${target} HTTP/1.1`, `Host: ${hostname}:${port}`, "Connection: close", "Accept: text/html,application/json"];
      // A body that every form-reading route refuses before doing anything (415), so the fuzz
      // spends no rate-limit budget that other end-to-end tests need.
      if (method !== "GET") headers.push("Content-Type: text/plain", `Content-Length: ${Buffer.byteLength(body)}`);
      socket.write(`${headers.join("\r\n")}\r\n\r\n${body}`, "latin1");
    });
    socket.on("data", (chunk: string) => {
      head += chunk;
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(head);
      if (status) {
        clearTimeout(timer);
        socket.destroy();
        resolve(Number(status[1]));
      }
    });
    socket.on("error", () => undefined);
    socket.on("close", () => {
      clearTimeout(timer);
      resolve(0);
    });
  });
}

/** Runs the requests a few at a time (the server shares two cores with the rest of the suite). */
async function statusesOf(requests: { method: string; target: string }[]): Promise<{ method: string; target: string; status: number }[]> {
  const answers: { method: string; target: string; status: number }[] = [];
  let next = 0;
  const lane = async () => {
    while (next < requests.length) {
      const request = requests[next++]!;
      answers.push({ ...request, status: await send(request.method, request.target, request.method === "GET" ? "" : "%25") });
    }
  };
  await Promise.all(Array.from({ length: 4 }, lane));
  return answers;
}

const failures = (answers: { method: string; target: string; status: number }[]) =>
  answers.filter((answer) => answer.status >= 500 || answer.status === 0).map(({ method, target, status }) => `${status} ${method} ${target.slice(0, 160)}`);

describe("hostile paths and query strings against every public page and route", () => {
  const routes = findRoutes();

  it("finds the pages and routes to fuzz, dynamic ones included", () => {
    const patterns = routes.map((route) => route.pattern);
    expect(patterns).toEqual(expect.arrayContaining(["/", "/r/[token]", "/appeal/[currency]/[lang]", "/thank-you", "/manage/open", "/api/checkout", "/api/stripe/webhook", "/api/auth/[...nextauth]"]));
  });

  it("answers GET /r/%25 (a reminder link decoded twice) without a server error", async () => {
    expect(await send("GET", "/r/%25")).toBeLessThan(500);
  });

  it("answers GET /manage/open?error=__proto__ (a refusal named after Object's prototype) without a server error", async () => {
    expect(await send("GET", "/manage/open?error=__proto__")).toBeLessThan(500);
  });

  it.each(findRoutes().map((route) => [route.pattern, route] as const))("never answers 5xx on %s, whatever the path segments and query string", async (_pattern, route) => {
    const targets = new Set<string>();
    const dynamic = /\[(?:\.\.\.)?[^\]]+\]/;
    const base = route.pattern.replace(/\[\.\.\.[^\]]+\]/, "signin").replace(/\[[^\]]+\]/g, "x");
    for (const query of hostileQueries) targets.add(`${base}${query}`);
    for (const segment of hostileSegments) {
      // A dynamic segment takes the hostile value; a static route gets it as an extra segment.
      targets.add(dynamic.test(route.pattern) ? route.pattern.replace(dynamic, segment).replace(/\[[^\]]+\]/g, "x") : `${route.pattern.replace(/\/$/, "")}/${segment}`);
    }
    const requests = [...targets].flatMap((target) => route.methods.map((method) => ({ method, target })));
    expect(failures(await statusesOf(requests))).toEqual([]);
  });

  it("refuses raw bytes in the request line (NUL, latin-1, spaces) without a server error", async () => {
    expect(
      failures(
        await statusesOf(
          rawPaths.flatMap((target) => [
            { method: "GET", target },
            { method: "POST", target },
          ]),
        ),
      ),
    ).toEqual([]);
  });
});
