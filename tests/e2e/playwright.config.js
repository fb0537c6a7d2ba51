// Playwright runs the end-to-end specs against the release build, served two ways:
// Python's plain static server (no 404 page, no rewrites) on 8090/8091, and the repo's
// host-like server (.ci/serve.py: 404.html, compression, cache headers) on 8092/8093.
// Each serves the site at the root and under the /visit-explorer/ sub-path. The two
// fictional fixtures' sites are served on 8094 (a format-1 visit) and 8098 (a
// format-2 trip of three stops).
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
  fullyParallel: true,
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
    {
      command: "python3 ../../.ci/serve.py ../../dist --port 8092",
      url: "http://127.0.0.1:8092/",
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "ignore",
    },
    {
      command: "python3 ../../.ci/serve.py ../../target/fixture-site --port 8094",
      url: "http://127.0.0.1:8094/",
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "ignore",
    },
    {
      command: "python3 ../../.ci/serve.py ../../target/trip-site --port 8098",
      url: "http://127.0.0.1:8098/",
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "ignore",
    },
    {
      command: "python3 ../../.ci/serve.py ../../target/subpath-root --port 8093",

      url: "http://127.0.0.1:8093/visit-explorer/",
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "ignore",
    },
  ],
});
