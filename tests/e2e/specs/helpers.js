// Shared helpers for the specs: console-error capture and waiting for hydration.
const { expect } = require("@playwright/test");

/** Collects console errors and page errors; call `assertClean()` at the end. */
function watchConsole(page) {
  const problems = [];
  page.on("console", (msg) => {
    if (msg.type() === "error" || (msg.type() === "warning" && /hydrat/i.test(msg.text()))) {
      problems.push(`${msg.type()}: ${msg.text()}`);
    }
  });
  page.on("pageerror", (err) => problems.push(`pageerror: ${err.message}`));
  return { problems, assertClean: () => expect(problems).toEqual([]) };
}

/** Waits until the app has hydrated: the pending-query class is gone and wasm is running. */
async function hydrated(page) {
  await page.waitForFunction(() => window.__visitExplorerReady === true, null, { timeout: 15_000 });
}

const cards = (page) => page.locator("ol.cards > li article.card");

module.exports = { watchConsole, hydrated, cards };
