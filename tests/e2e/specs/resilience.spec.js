// The app never dies silently: a panic or script error says so with a reload link.
// It renders over the prerendered page (stale HTML included) and carries across what
// a person did there first; a slow phone never sees the wrong meetings; and pages
// mounted later show their address's state from their first render.
const { test, expect, live, cards, watchConsole, recordFrames } = require("./helpers");

const ORIGIN = "http://127.0.0.1:8092";

/** Serves `/` with `change` applied to its HTML. */
async function alterHtml(page, change) {
  await page.route(`${ORIGIN}/`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: change(await response.text()) });
  });
}

test("a panic at start shows a notice with a reload link", async ({ page }) => {
  // A page whose mount point was rewritten (a host's or an extension's doing): the
  // app panics on it at start.
  await alterHtml(page, (html) => html.replace('<div id="app">', '<div id="ap">'));
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${ORIGIN}/`);
  const notice = page.locator("#fatal[role='alert']");
  await expect(notice).toContainText("Something went wrong");
  await expect(notice.getByRole("link", { name: "Reload the page" })).toHaveAttribute("href", `${ORIGIN}/`);
  expect(errors.join("\n")).toMatch(/unreachable|panicked/);
});

test("an uncaught script error shows the notice too", async ({ page }) => {
  await page.goto(`${ORIGIN}/`);
  await live(page);
  await expect(page.locator("#fatal")).toHaveCount(0);
  await page.evaluate(() => setTimeout(() => { throw new Error("simulated failure"); }));
  await expect(page.locator("#fatal")).toContainText("stopped responding");
});

test("stale prerendered HTML gives way to the app's own render", async ({ page }) => {
  const con = watchConsole(page);
  // As if a cache served another build's page with this build's scripts.
  await alterHtml(page, (html) => html.replace("<h1>", "<h1>Stale "));

  await page.goto(`${ORIGIN}/?sector=finance`);
  await live(page);
  await expect(page.locator("main h1")).not.toContainText("Stale");
  await expect(cards(page)).toHaveCount(2);
  await page.locator(".breakdown button[data-value='digital']").click();
  await expect(page).toHaveURL(`${ORIGIN}/?sector=finance,digital`);
  con.assertClean();
});

test("on a slow phone a filtered link never shows the unfiltered meetings", async ({ page, context }) => {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 6 });
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 90_000 });
  await page.setViewportSize({ width: 375, height: 740 });
  await recordFrames(page);

  await page.goto(`${ORIGIN}/index.html?sector=finance&utm_source=sms`, { timeout: 30_000 });
  await page.waitForFunction(() => window.__visitExplorerReady === true, null, { timeout: 30_000 });
  expect(page.url()).toBe(`${ORIGIN}/?sector=finance`);
  const frames = await page.evaluate(() => window.__frames);
  expect(frames.length).toBeGreaterThan(0);
  expect(frames.filter((f) => f.visible && f.cards !== 2)).toEqual([]);
  await expect(cards(page)).toHaveCount(2);
});

test("a filtered link's results show in the first frame the app draws", async ({ page }) => {
  // Each frame, read just before it is drawn: is the results list the app's own (the
  // app replaces the page's) and is it visible?
  await page.addInitScript(() => {
    window.__drawn = [];
    const look = () => {
      const results = document.querySelector(".explorer .results");
      if (results && window.__static === undefined) window.__static = results;
      if (results && results !== window.__static) {
        window.__drawn.push({ visible: getComputedStyle(results).visibility !== "hidden",
          cards: document.querySelectorAll("ol.cards > li:not([hidden]) article.card").length });
      }
      if (window.__drawn.length < 3) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.goto(`${ORIGIN}/?sector=finance`);
  await expect.poll(() => page.evaluate(() => window.__drawn.length)).toBe(3);
  expect(await page.evaluate(() => window.__drawn)).toEqual(Array(3).fill({ visible: true, cards: 2 }));
});

test("Back to results mounts the explorer filtered from its first render", async ({ page }) => {
  await page.goto(`${ORIGIN}/?sector=finance`);
  await live(page);
  await page.locator("article.card[data-id='citigroup'] h3 a").click();
  await expect(page.locator("main h1")).toHaveText("Jane Fraser");
  // Every DOM change from here on records how many cards the page holds.
  await page.evaluate(() => {
    window.__counts = [];
    new MutationObserver(() => window.__counts.push(document.querySelectorAll("ol.cards > li:not([hidden]) article.card").length))
      .observe(document.getElementById("main"), { childList: true, subtree: true });
  });
  await page.getByRole("link", { name: "← Back to results" }).click();
  await expect(cards(page)).toHaveCount(2);
  const counts = await page.evaluate(() => window.__counts);
  expect(counts.length).toBeGreaterThan(0);
  expect(counts.filter((n) => n !== 0 && n !== 2)).toEqual([]);
});

test("Back to results survives a reload of the meeting page", async ({ page }) => {
  await page.goto(`${ORIGIN}/?country=FI,HU`);
  await live(page);
  await page.locator("article.card[data-id='finland'] h3 a").click();
  await expect(page).toHaveURL(`${ORIGIN}/meetings/finland/`);
  await page.reload();
  await live(page);
  await page.getByRole("link", { name: "← Back to results" }).click();
  await expect(page).toHaveURL(`${ORIGIN}/?country=FI,HU`);
  await expect(cards(page)).toHaveCount(2);
});

/** Holds the wasm back until `release()`, so the prerendered page can be used first. */
async function holdTheApp(page) {
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * From now until two frames after the app is ready, notes in every frame (in its
 * animation-frame callback, just before it is drawn) whether each `[element, test]`
 * selector pair's element matches its test. Returns a function that waits for the
 * last frame and gives every frame's notes.
 */
async function everyFrame(page, checks) {
  await page.evaluate((checks) => {
    window.__looks = [];
    let after = 0;
    const look = () => {
      window.__looks.push(checks.map(([sel, test]) => { const el = document.querySelector(sel); return !!el && el.matches(test); }));
      if (!window.__visitExplorerReady || ++after < 3) requestAnimationFrame(look);
      else window.__looksDone = true;
    };
    requestAnimationFrame(look);
  }, checks);
  return async () => {
    await expect.poll(() => page.evaluate(() => window.__looksDone === true)).toBe(true);
    return page.evaluate(() => window.__looks);
  };
}

test("search typed, focus and scroll made before the app is live carry over", async ({ page }) => {
  const con = watchConsole(page);
  await page.setViewportSize({ width: 1280, height: 700 });
  const release = await holdTheApp(page);
  await page.goto(`${ORIGIN}/`);
  await page.locator("#q").click();
  await page.keyboard.type("rail");
  await page.evaluate(() => window.scrollTo(0, 240));
  expect(await page.evaluate(() => window.__visitExplorerReady)).toBeUndefined();
  // An empty box shows its placeholder.
  const frames = await everyFrame(page, [["#q", ":focus"], ["#q", ":not(:placeholder-shown)"]]);
  release();
  await live(page);
  // No frame, not even the one between the app's render and its effects, shows the
  // box emptied or the focus lost.
  expect((await frames()).filter((f) => f.includes(false))).toEqual([]);
  // The typed text is the app's query now: in the address and in the results.
  await expect(page).toHaveURL(`${ORIGIN}/?q=rail`);
  await expect(page.locator("#q")).toHaveValue("rail");
  await expect(page.locator("#q")).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(240);
  const shown = await cards(page).evaluateAll((cs) => cs.map((c) => c.dataset.id));
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.length).toBeLessThan(14);
  // The same as a link to that search shows.
  const fresh = await page.context().newPage();
  await fresh.goto(`${ORIGIN}/?q=rail`);
  await live(fresh);
  expect(await cards(fresh).evaluateAll((cs) => cs.map((c) => c.dataset.id))).toEqual(shown);
  await fresh.close();
  // Typing goes on where it was.
  await page.keyboard.type("way");
  await expect(page).toHaveURL(`${ORIGIN}/?q=railway`);
  con.assertClean();
});

test("Enter in the search box before the app is live does not reload the page", async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto(`${ORIGIN}/`);
  await page.evaluate(() => (window.__samePage = true));
  await page.locator("#q").click();
  await page.keyboard.type("rail");
  await page.keyboard.press("Enter");
  await expect(page.locator("#q")).toHaveValue("rail");
  expect(await page.evaluate(() => window.__samePage)).toBe(true);
  expect(page.url()).toBe(`${ORIGIN}/`);
  release();
  await live(page);
  await expect(page).toHaveURL(`${ORIGIN}/?q=rail`);
  await expect(page.locator("#q")).toHaveValue("rail");
  expect(await page.evaluate(() => window.__samePage)).toBe(true);
});

test("a control focused before the app is live keeps the focus", async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto(`${ORIGIN}/`);
  const chip = page.locator("fieldset[data-facet='kind'] button[data-value='business']");
  await chip.focus();
  release();
  await live(page);
  await expect(chip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${ORIGIN}/?kind=business`);
  await expect(cards(page)).toHaveCount(6);
});

test("taps on filter toggles before the app is live show at once and are made once it is", async ({ page }) => {
  const con = watchConsole(page);
  const release = await holdTheApp(page);
  await page.goto(`${ORIGIN}/`);
  const bar = page.locator(".breakdown button[data-value='finance']");
  const tile = page.locator(".map button[data-value='US']");
  const chip = page.locator("fieldset[data-facet='kind'] button[data-value='summit']");
  await bar.click();
  await expect(bar).toHaveAttribute("aria-pressed", "true");
  await expect(bar).toHaveClass(/selected/);
  await tile.click();
  await expect(tile).toHaveAttribute("aria-pressed", "true");
  // Tapped on and off again: nothing to make.
  await chip.click();
  await chip.click();
  await expect(chip).toHaveAttribute("aria-pressed", "false");
  expect(await page.evaluate(() => window.__visitExplorerReady)).toBeUndefined();
  const frames = await everyFrame(page, [
    [".breakdown button[data-value='finance']", ".selected"],
    [".map button[data-value='US']", ".selected"],
    ["fieldset[data-facet='kind'] button[data-value='summit']", ":not(.selected)"],
  ]);
  release();
  await live(page);
  // No frame, not even the app's first, drawn before the taps are made, shows a
  // tapped toggle as it was.
  expect((await frames()).filter((f) => f.includes(false))).toEqual([]);
  await expect(page).toHaveURL(`${ORIGIN}/?sector=finance&country=US`);
  await expect(bar).toHaveAttribute("aria-pressed", "true");
  await expect(tile).toHaveAttribute("aria-pressed", "true");
  await expect(chip).toHaveAttribute("aria-pressed", "false");
  const shown = await cards(page).evaluateAll((cs) => cs.map((c) => c.dataset.id));
  const fresh = await page.context().newPage();
  await fresh.goto(`${ORIGIN}/?sector=finance&country=US`);
  await live(fresh);
  expect(await cards(fresh).evaluateAll((cs) => cs.map((c) => c.dataset.id))).toEqual(shown);
  await fresh.close();
  // Each tap is its own history entry, as when made live.
  await page.goBack();
  await expect(page).toHaveURL(`${ORIGIN}/?sector=finance`);
  // Once live, a tap is the app's alone: one click, one change.
  await page.goForward();
  await tile.click();
  await expect(page).toHaveURL(`${ORIGIN}/?sector=finance`);
  await expect(tile).toHaveAttribute("aria-pressed", "false");
  con.assertClean();
});

test("two filter taps before the app renders again both count", async ({ page }) => {
  await page.goto(`${ORIGIN}/`);
  await live(page);
  // Both clicks in one task: Yew renders only after it, as when it yields mid-start-up.
  await page.evaluate(() => {
    document.querySelector(".breakdown button[data-value='finance']").click();
    document.querySelector(".map button[data-value='US']").click();
  });
  await expect(page).toHaveURL(`${ORIGIN}/?sector=finance&country=US`);
  await expect(cards(page)).toHaveCount(2);
  await page.goBack();
  await expect(page).toHaveURL(`${ORIGIN}/?sector=finance`);
});

test("a tap before the app is live that the address already shows is not undone", async ({ page }) => {
  const release = await holdTheApp(page);
  await page.goto(`${ORIGIN}/?kind=summit`);
  // The page was prerendered unfiltered, so the toggle shows off until the app is
  // live (the results and charts are veiled meanwhile; the filter list is not).
  const chip = page.locator("fieldset[data-facet='kind'] button[data-value='summit']");
  await expect(chip).toHaveAttribute("aria-pressed", "false");
  await chip.click({ timeout: 5_000 });
  await expect(chip).toHaveAttribute("aria-pressed", "true");
  expect(await page.evaluate(() => document.documentElement.classList.contains("pending-query"))).toBe(true);
  release();
  await live(page);
  await expect(page).toHaveURL(`${ORIGIN}/?kind=summit`);
  await expect(chip).toHaveAttribute("aria-pressed", "true");
  await expect(cards(page)).toHaveCount(1);
});

test("on a phone, the folded panels, a share and a download tapped before the app is live are made once it is", async ({ page }) => {
  const con = watchConsole(page);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: ORIGIN });
  await page.setViewportSize({ width: 390, height: 844 });
  const release = await holdTheApp(page);
  await page.goto(`${ORIGIN}/`);
  const toggle = page.locator(".filters .panel-toggle");
  const panel = page.locator("#filter-panel");
  const overview = page.locator(".overview .panel-toggle");
  const details = page.locator(".download details");
  await expect(panel).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(panel).toBeVisible();
  await page.locator("fieldset[data-facet='kind'] button[data-value='business']").click();
  await overview.click();
  await expect(overview).toHaveAttribute("aria-expanded", "true");
  await page.locator(".breakdown button[data-value='finance']").click();
  await page.locator("article.card[data-id='citigroup'] .share-button").click();
  await page.locator(".download summary").click();
  await expect(details).toHaveAttribute("open", "");
  await page.locator(".download button[data-format='csv']").click();
  expect(await page.evaluate(() => window.__visitExplorerReady)).toBeUndefined();
  const frames = await everyFrame(page, [
    [".filters", ".open"],
    [".overview", ".open"],
    [".download details", "[open]"],
    ["fieldset[data-facet='kind'] button[data-value='business']", ".selected"],
    [".breakdown button[data-value='finance']", ".selected"],
  ]);
  const downloaded = page.waitForEvent("download");
  release();
  await live(page);
  expect((await frames()).filter((f) => f.includes(false))).toEqual([]);
  // Made in the order tapped: the filter first, so the file holds the filtered view.
  const file = await downloaded;
  expect(file.suggestedFilename()).toBe("tokayev-unga78-2023-sector-finance-kind-business.csv");
  await expect(page).toHaveURL(`${ORIGIN}/?sector=finance&kind=business`);
  await expect(cards(page)).toHaveCount(2);
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(panel).toBeVisible();
  await expect(overview).toHaveAttribute("aria-expanded", "true");
  await expect(details).toHaveAttribute("open", "");
  await expect(page.locator("article.card[data-id='citigroup'] .share-status")).toHaveText(/Link (copied|shared)/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${ORIGIN}/meetings/citigroup/`);
  // Once live, a tap is the app's alone: one click, one change.
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(panel).toBeHidden();
  con.assertClean();
});
