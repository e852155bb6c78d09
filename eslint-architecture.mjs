// The layout's rules as lint errors, so the first error a newcomer meets says where code belongs
// (ARCHITECTURE.md, "Folders"). Paths are resolved by eslint-config-next's TypeScript resolver, so
// "@/lib/db/prisma" and "../../lib/db/prisma" are the same import.
import { createRequire } from "node:module";
import importPlugin from "eslint-plugin-import";

// eslint-plugin-import follows imports with the parser it finds under "import/parsers", by name;
// npm nests @typescript-eslint/parser under eslint-config-next, so name it by its full path.
const fromNextConfig = createRequire(createRequire(import.meta.url).resolve("eslint-config-next/typescript"));
const typescriptParser = createRequire(fromNextConfig.resolve("typescript-eslint")).resolve("@typescript-eslint/parser");

const baseModules = ["config", "log", "money"];

const zones = [
  {
    target: "./app",
    from: "./lib/db",
    // The generated enums are constants (StaffRole, Frequency), not a way into the database.
    except: ["./generated/enums.ts"],
    message: "architecture: app/ never touches the database. Put the query in a lib/<domain>/verb-noun.ts function and call that from app/.",
  },
  {
    target: "./app",
    from: ["./emulator", "./scripts", "./tests", "./prisma", "./bench"],
    message: "architecture: of our own code, app/ imports only lib/. Move what app/ needs into lib/<domain>/verb-noun.ts.",
  },
  {
    target: "./lib",
    from: "./app",
    message: "architecture: lib/ never imports app/ (app/ is the edge over lib/). Move the shared code into lib/<domain>/verb-noun.ts and import it from both.",
  },
  {
    target: "./lib",
    from: "./emulator",
    message: "architecture: lib/ never imports the Stripe emulator (it is not shipped). Talk to it through the stripe SDK with STRIPE_API_BASE, as to Stripe.",
  },
  {
    target: "./emulator",
    from: "./lib",
    message: "architecture: the emulator never imports lib/ (it stands for Stripe, apart from the app). Put what it needs in emulator/ or take it from the stripe SDK's types.",
  },
  {
    target: baseModules.map((name) => `./lib/${name}`),
    from: "./lib",
    except: baseModules.map((name) => `./${name}`),
    message: `architecture: lib/${baseModules.join(", lib/")} are base modules and import no domain module. Move the piece they need into the base module, or the code that needs the domain into lib/<domain>/.`,
  },
];

// import/no-cycle's own message names no way out; this one does.
const cycleMessage = "architecture: import cycle. Move what both files need into a third lib/<domain>/verb-noun.ts that imports neither, or pass it in as an argument.";
const noCycle = importPlugin.rules["no-cycle"];
const noCycleWithAdvice = {
  meta: { ...noCycle.meta, messages: undefined },
  create(context) {
    // The rule reports positionally: report(importNode, "Dependency cycle via ./a:3").
    const report = (node, detail) => context.report({ node, message: `${cycleMessage} (${detail})` });
    return noCycle.create(Object.create(context, { report: { value: report } }));
  },
};

export const architecture = [
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    plugins: { architecture: { rules: { "no-cycle": noCycleWithAdvice } } },
    // Without these, eslint-plugin-import reads no TypeScript file when it follows imports, and sees no cycle.
    settings: { "import/extensions": [".ts", ".tsx", ".js", ".mjs"], "import/parsers": { "@typescript-eslint/parser": [], [typescriptParser]: [".ts", ".tsx", ".d.ts"] } },
    rules: {
      "import/no-restricted-paths": ["error", { zones }],
      "architecture/no-cycle": ["error", { ignoreExternal: true, disableScc: true }],
    },
  },
];
