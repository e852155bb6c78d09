// Three tiers, all run by `npm test`:
//   unit         *.test.ts beside the code, no I/O
//   integration  *.integration.test.ts against a real PostgreSQL (fresh database per file)
//   e2e          tests/e2e/*.e2e.test.ts in Debian's Chromium against a production build
const nextJest = require("next/jest");

const createJestConfig = nextJest({ dir: __dirname });

const shared = {
  testEnvironment: "node",
  moduleNameMapper: { "^server-only$": "<rootDir>/tests/helpers/empty-module.js", "^@/(.*)$": "<rootDir>/$1" },
  modulePathIgnorePatterns: ["<rootDir>/.next/", "<rootDir>/.data/"],
};

// next-intl and the ICU message packages under it ship only ES modules: Jest compiles them too.
const esmPackages = ["next-intl", "use-intl", "intl-messageformat", "@formatjs", "icu-minify", "@schummar"];
const compileEsmPackages = (config) => ({
  ...config,
  // next/jest's first pattern skips node_modules but for the packages it compiles itself, (geist|...).
  transformIgnorePatterns: config.transformIgnorePatterns.map((pattern, index) => (index === 0 ? pattern.replace("(?!(", `(?!(${esmPackages.join("|")}|`) : pattern)),
});

module.exports = async () => ({
  projects: [
    compileEsmPackages(
      await createJestConfig({
        ...shared,
        displayName: "unit",
        testMatch: ["<rootDir>/{lib,app,emulator,scripts,tests/unit}/**/*.test.{ts,tsx}"],
        testPathIgnorePatterns: ["\\.integration\\.test\\.", "\\.e2e\\.test\\.", "/node_modules/"],
      })(),
    ),
    compileEsmPackages(
      await createJestConfig({
        ...shared,
        displayName: "integration",
        testMatch: ["<rootDir>/**/*.integration.test.{ts,tsx}"],
        testPathIgnorePatterns: ["/node_modules/", "/.next/"],
        globalSetup: "<rootDir>/tests/setup/integration-global-setup.mjs",
        globalTeardown: "<rootDir>/tests/setup/integration-global-teardown.mjs",
        setupFilesAfterEnv: ["<rootDir>/tests/setup/integration-timeout.js"],
      })(),
    ),
    compileEsmPackages(
      await createJestConfig({
        ...shared,
        displayName: "e2e",
        testMatch: ["<rootDir>/tests/e2e/**/*.e2e.test.{ts,tsx}"],
        globalSetup: "<rootDir>/tests/setup/e2e-global-setup.mjs",
        globalTeardown: "<rootDir>/tests/setup/e2e-global-teardown.mjs",
        setupFilesAfterEnv: ["<rootDir>/tests/setup/e2e-timeout.js"],
      })(),
    ),
  ],
});
