// Shared helpers for the specs: a `test` whose every browser context fails the spec on
// a Content-Security-Policy violation, console-error capture, and waiting for the app.
const base = require("@playwright/test");
const { expect } = base;

/** Makes `context` record every CSP violation of its pages into `violations`. */
async function guardCsp(context, violations) {
  await context.exposeBinding("__reportCspViolation", (_source, v) => violations.push(v));
  await context.addInitScript(() => {
    document.addEventListener(
      "securitypolicyviolation",
      (e) => window.__reportCspViolation(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber}) on ${location.href}`),
      true,
    );
  });
}

const test = base.test.extend({
  cspViolations: async ({}, use) => {
    const violations = [];
    await use(violations);
    expect(violations, "Content-Security-Policy violations").toEqual([]);
  },
  context: async ({ context, cspViolations }, use) => {
    await guardCsp(context, cspViolations);
    await use(context);
  },
  /** browser.newContext, with the same CSP guard as the default context. */
  newContext: async ({ browser, cspViolations }, use) => {
    const opened = [];
    await use(async (options) => {
      const context = await browser.newContext(options);
      await guardCsp(context, cspViolations);
      opened.push(context);
      return context;
    });
    for (const c of opened) await c.close().catch(() => {});
  },
});

/** Collects console errors and page errors; call `assertClean()` at the end. */
function watchConsole(page) {
  const problems = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") {
      problems.push(`${msg.type()}: ${msg.text()}`);
    }
  });
  page.on("pageerror", (err) => problems.push(`pageerror: ${err.message}`));
  return { problems, assertClean: () => expect(problems).toEqual([]) };
}

/** Waits until the app is live: rendered, the address applied, the results shown. */
async function live(page) {
  await page.waitForFunction(() => window.__visitExplorerReady === true, null, { timeout: 15_000 });
}

/** The cards the view shows (a small visit keeps every card and hides those filtered out). */
const cards = (page) => page.locator("ol.cards > li:not([hidden]) article.card");

/** The names on the cards the view shows, in order: expect(cardNames(page)).toHaveText([...]) waits for them. */
const cardNames = (page) => page.locator("ol.cards > li:not([hidden]) article.card h3");

/**
 * `meetings` (dataset records) in the order the explorer lists them, worked out here
 * from the dataset file, not by the app: dated ones by date, then undated ones, each
 * group in file order.
 */
const inDisplayOrder = (meetings) => [...meetings.filter((m) => m.date).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)), ...meetings.filter((m) => !m.date)];

/**
 * From the first animation frame until the app is live (and 5 frames at least), records
 * into `window.__frames` whether the results are visible and how many cards they hold.
 */
async function recordFrames(page) {
  await page.addInitScript(() => {
    window.__frames = [];
    const look = () => {
      const results = document.querySelector(".explorer .results");
      if (results) {
        const visible = getComputedStyle(results).visibility !== "hidden";
        window.__frames.push({ visible, cards: document.querySelectorAll("ol.cards > li:not([hidden]) article.card").length });
      }
      if (!window.__visitExplorerReady || window.__frames.length < 5) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
}

/**
 * `data` (a dataset file) in one language, as that language's pages show it: each
 * text that is a map from language to text becomes its text in `lang`, or in the
 * default language where it has none; the languages themselves are left out, as
 * a dataset shown in one language declares none.
 */
function inLanguage(data, lang) {
  const fallback = (data.visit && data.visit.default_language) || "en";
  const isMap = (v) => v && typeof v === "object" && !Array.isArray(v) && Object.keys(v).length > 0
    && Object.entries(v).every(([k, t]) => /^[a-z]{2,3}$/.test(k) && typeof t === "string");
  const walk = (v) => {
    if (isMap(v)) return v[lang] ?? v[fallback];
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  const out = walk(data);
  if (out.visit) {
    delete out.visit.languages;
    delete out.visit.default_language;
  }
  return out;
}

/** The bundled visit in `lang` (English by default), as its pages show it. */
const bundled = (lang = "en") => inLanguage(require("../../../assets/data/tokayev-unga78-2023.json"), lang);

module.exports = { test, expect, watchConsole, live, cards, cardNames, inDisplayOrder, recordFrames, inLanguage, bundled };

