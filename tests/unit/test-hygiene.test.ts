// Every test file waits for conditions rather than for time, observes Next from outside rather
// than through its build folder, and writes only under a temporary folder of its own
// (tests/helpers/scan-test-hygiene.ts says how each is recognised).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { scanTestSource, type HygieneProblem, type HygieneRule } from "@/tests/helpers/scan-test-hygiene";

const root = path.join(__dirname, "../..");

// Each exception says why it must stay. Keep this list short.
const allowed: { file: string; rule: HygieneRule; why: string }[] = [{ file: "tests/unit/test-hygiene.test.ts", rule: "reads .next", why: "its examples of code the scan refuses" }];

function testFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const relative = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!["node_modules", "generated", ".next", ".data"].includes(entry.name)) walk(relative);
      } else if (dir.startsWith("tests") ? /\.(ts|tsx|mjs|js)$/.test(entry.name) : /\.test\.tsx?$/.test(entry.name)) {
        found.push(relative);
      }
    }
  };
  for (const dir of ["tests", "lib", "app", "emulator", "scripts"]) walk(dir);
  return found;
}

const describeProblem = ({ file, line, rule, code }: HygieneProblem) => `${file}:${line} ${rule}: ${code}`;

describe("the test files", () => {
  const files = testFiles();

  it("are found: the tests of every tier, their helpers and setup", () => {
    expect(files).toEqual(expect.arrayContaining(["tests/unit/test-hygiene.test.ts", "tests/helpers/wait-for.ts", "tests/setup/integration-global-setup.mjs", "lib/stripe/dispatch-stripe-event.test.ts"]));
    expect(files.some((file) => file.endsWith(".integration.test.ts"))).toBe(true);
    expect(files.some((file) => file.endsWith(".e2e.test.ts"))).toBe(true);
  });

  it("hold no fixed sleep, no read of .next and no write to a fixed path, outside the allowed list", () => {
    const problems = files.flatMap((file) => scanTestSource(file, readFileSync(path.join(root, file), "utf8")));
    const unexplained = problems.filter((problem) => !allowed.some((entry) => entry.file === problem.file && entry.rule === problem.rule));
    expect(unexplained.map(describeProblem)).toEqual([]);
  });

  it("need every exception on the allowed list", () => {
    const problems = files.flatMap((file) => scanTestSource(file, readFileSync(path.join(root, file), "utf8")));
    const unused = allowed.filter((entry) => !problems.some((problem) => problem.file === entry.file && problem.rule === entry.rule));
    expect(unused).toEqual([]);
  });
});

describe("the scan", () => {
  const rulesIn = (code: string) => scanTestSource("example.test.ts", code).map((problem) => problem.rule);

  describe("refuses", () => {
    it.each([
      ["a timer awaited before an assertion", "await new Promise((resolve) => setTimeout(resolve, 300));\nexpect(inbox.messages).toHaveLength(1);"],
      ["a sleep helper awaited outside a loop", "await sleep(1_000);"],
      ["timers/promises' setTimeout", "await setTimeout(500);"],
    ])("%s", (_name, code) => {
      expect(rulesIn(code)).toEqual(["fixed sleep"]);
    });

    it.each([
      ["a path into the build folder", 'readdirSync(path.join(process.cwd(), ".next/server/route-cache"));'],
      ["a path segment naming it", 'existsSync(path.join(root, ".next", "BUILD_ID"));'],
    ])("%s", (_name, code) => {
      expect(rulesIn(code)).toEqual(["reads .next"]);
    });

    it.each([
      ["a screenshot at a literal path", 'await page.screenshot({ path: "/tmp/overview.png" });'],
      ["a file in the working directory", 'writeFileSync(path.join(process.cwd(), "out.json"), "{}");'],
      ["a folder beside the test", 'mkdirSync(path.join(__dirname, "fixtures"), { recursive: true });'],
      ["a path through a constant", 'const root = path.join(__dirname, "../..");\nconst file = path.join(root, "keys.json");\nawait writeFile(file, "");'],
    ])("%s", (_name, code) => {
      expect(rulesIn(code)).toEqual(["writes a fixed path"]);
    });
  });

  describe("accepts", () => {
    it.each([
      ["a poll that checks a condition between waits", "while (!done()) await new Promise((resolve) => setTimeout(resolve, 50));"],
      ["a timer raced against an event, not awaited alone", "const heldAtMost = new Promise((resolve) => setTimeout(resolve, 15_000));\nawait Promise.race([released, heldAtMost]);"],
      ["a kill timer", 'setTimeout(() => child.kill("SIGKILL"), 10_000).unref();'],
      ["Next's client paths in a URL pattern", 'await page.route("**/_next/static/**/*.js", handler);'],
      ["a write under a temporary folder", 'const dir = mkdtempSync(path.join(os.tmpdir(), "drift-"));\nawait writeFile(path.join(dir, "schema.prisma"), schema);'],
      ["a screenshot in a folder of its own", 'await page.screenshot({ path: screenshotPath("overview.png") });'],
    ])("%s", (_name, code) => {
      expect(rulesIn(code)).toEqual([]);
    });
  });
});
