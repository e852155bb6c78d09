// The layout's lint rules (eslint-architecture.mjs) catch the imports they exist for, with a message
// that says where the code goes. Scratch code is linted at the paths it would have; nothing is written.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { z } from "zod";

type ScratchFile = { filePath: string; code: string };

const lintMessages = z.array(z.array(z.object({ ruleId: z.string().nullable(), message: z.string() })));

function lintScratch(files: ScratchFile[]) {
  const helper = path.join(__dirname, "../helpers/lint-scratch-code.mjs");
  const output = execFileSync(process.execPath, [helper], { input: JSON.stringify(files), encoding: "utf8" });
  return lintMessages.parse(JSON.parse(output));
}

const scratch = {
  appReachingTheDatabase: { filePath: "app/_scratch.ts", code: 'import { getPrisma } from "@/lib/db/prisma";\n\nexport const scratch = getPrisma;\n' },
  libReachingIntoApp: { filePath: "lib/_scratch.ts", code: 'import { readFormChoice } from "@/app/_appeal/read-form-choice";\n\nexport const scratch = readFormChoice;\n' },
  baseModuleReachingADomain: {
    filePath: "lib/money/_scratch.ts",
    code: 'import { formatMoney } from "./format-money";\nimport { getStripe } from "@/lib/stripe/stripe";\n\nexport const scratch = [formatMoney, getStripe];\n',
  },
  fileImportingItsImporter: { filePath: "lib/log/redact.ts", code: 'import { logger } from "./logger";\n\nexport const redact = logger;\n' },
  appCallingLib: { filePath: "app/_scratch.ts", code: 'import { formatMoney } from "@/lib/money/format-money";\n\nexport const scratch = formatMoney(500, "usd");\n' },
};

describe("the architecture's lint rules", () => {
  let appReachingTheDatabase: unknown, libReachingIntoApp: unknown, baseModuleReachingADomain: unknown, fileImportingItsImporter: unknown, appCallingLib: unknown;
  // One ESLint process for all five: loading the configuration takes seconds.
  beforeAll(() => {
    [appReachingTheDatabase, libReachingIntoApp, baseModuleReachingADomain, fileImportingItsImporter, appCallingLib] = lintScratch(Object.values(scratch));
  }, 120_000);

  it("refuse app/ importing lib/db and say to put the query in lib/<domain>", () => {
    expect(appReachingTheDatabase).toEqual([{ ruleId: "import/no-restricted-paths", message: expect.stringContaining("app/ never touches the database. Put the query in a lib/<domain>/verb-noun.ts function") }]);
  });

  it("refuse lib/ importing app/ and say to move the shared code into lib/<domain>", () => {
    expect(libReachingIntoApp).toEqual([{ ruleId: "import/no-restricted-paths", message: expect.stringContaining("lib/ never imports app/") }]);
  });

  it("refuse a base module importing a domain module, and let it import its own files", () => {
    expect(baseModuleReachingADomain).toEqual([{ ruleId: "import/no-restricted-paths", message: expect.stringContaining("are base modules and import no domain module") }]);
  });

  it("refuse an import cycle and say how to break it", () => {
    expect(fileImportingItsImporter).toEqual([{ ruleId: "architecture/no-cycle", message: expect.stringContaining("import cycle. Move what both files need into a third") }]);
  });

  it("pass app/ code that calls lib/", () => {
    expect(appCallingLib).toEqual([]);
  });
});
