/** Three projects: pure and host code in node, the pane in jsdom, the browser e2e in node. */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }];
const common = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
module.exports = {
  // A test that starts a CLI process or renders the whole pane can take several seconds on a 2-core
  // machine while jest runs other suites beside it; 5 s (jest's default) failed such tests under load.
  // Timeouts catch hangs here, they never measure speed.
  testTimeout: 30_000,
  projects: [
    {
      ...common,
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/{domain,file,cli,host,manifest,scripts}/**/*.test.ts"],
    },
    {
      ...common,
      displayName: "jsdom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/ui/**/*.test.{ts,tsx}"],
      setupFilesAfterEnv: ["<rootDir>/test/ui/setup.ts"],
    },
    {
      ...common,
      displayName: "e2e",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
    },
  ],
};
