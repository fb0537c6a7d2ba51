// Playwright runs the end-to-end specs against the release build in dist/,
// served by Python's plain static server: no SPA fallback, no rewrites.
const { defineConfig } = require("@playwright/test");

const chromiumArgs = [
  "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
  "--disable-sync", "--no-first-run", "--disable-quic",
];

module.exports = defineConfig({
  testDir: "specs",
  outputDir: "../../target/e2e/results",
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "../../target/e2e/report.json" }]],
  use: {
    baseURL: "http://127.0.0.1:8090",
    launchOptions: { executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: chromiumArgs },
    trace: "off",
  },
  webServer: [
    {
      command: "python3 -m http.server 8090 --bind 127.0.0.1 --directory ../../dist",
      url: "http://127.0.0.1:8090/",
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "ignore",
    },
    {
      command: "python3 -m http.server 8091 --bind 127.0.0.1 --directory ../../target/subpath-root",
      url: "http://127.0.0.1:8091/visit-explorer/",
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "ignore",
    },
  ],
});
