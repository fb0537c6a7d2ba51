// The app never dies silently: a panic or script error says so with a reload link,
// HTML it cannot safely hydrate is rendered afresh, a slow phone never sees the wrong
// meetings, and pages mounted later show their address's state from their first render.
const { test, expect, hydrated, cards, watchConsole, recordFrames } = require("./helpers");

const ORIGIN = "http://127.0.0.1:8092";

/** Serves `/` with `change` applied to its HTML. */
async function alterHtml(page, change) {
  await page.route(`${ORIGIN}/`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: change(await response.text()) });
  });
}

test("a panic during hydration shows a notice with a reload link", async ({ page }) => {
  // Same build, same route, but one rendered element the app does not produce:
  // Yew's hydration panics on it.
  await alterHtml(page, (html) => html.replace('<main id="main" tabindex="-1">', '<main id="main" tabindex="-1"><section>stray</section>'));
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
  await hydrated(page);
  await expect(page.locator("#fatal")).toHaveCount(0);
  await page.evaluate(() => setTimeout(() => { throw new Error("simulated failure"); }));
  await expect(page.locator("#fatal")).toContainText("stopped responding");
});

test("HTML written by another build is rendered afresh, not hydrated", async ({ page }) => {
  const con = watchConsole(page);
  await alterHtml(page, (html) => html.replace(/data-build="[0-9a-f]+"/, 'data-build="0000000000000000"').replace("<h1>", "<h1>Stale "));
  await page.goto(`${ORIGIN}/?sector=finance`);
  await hydrated(page);
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

test("Back to results mounts the explorer filtered from its first render", async ({ page }) => {
  await page.goto(`${ORIGIN}/?sector=finance`);
  await hydrated(page);
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
  await hydrated(page);
  await page.locator("article.card[data-id='finland'] h3 a").click();
  await expect(page).toHaveURL(`${ORIGIN}/meetings/finland/`);
  await page.reload();
  await hydrated(page);
  await page.getByRole("link", { name: "← Back to results" }).click();
  await expect(page).toHaveURL(`${ORIGIN}/?country=FI,HU`);
  await expect(cards(page)).toHaveCount(2);
});
