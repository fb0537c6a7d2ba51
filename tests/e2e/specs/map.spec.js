// The world tile map: every country drawn, only those with meetings focusable and
// announced, toggles by keyboard, and a phone scrolls the map, never the page.
const { test, expect, live, cards } = require("./helpers");

// Countries of the bundled visit that have a tile (the UN sits apart).
const WITH_MEETINGS = ["EE", "FI", "GB", "HU", "IR", "SI", "US"];

test("every country of the grid is drawn, each with its ISO code", async ({ page }) => {
  await page.goto("/");
  await live(page);
  const tiles = page.locator(".map .world [data-iso]");
  await expect(tiles).toHaveCount(192);
  const codes = await tiles.evaluateAll((els) => els.map((e) => e.dataset.iso));
  expect(new Set(codes).size).toBe(192);
  expect(codes.every((c) => /^[A-Z]{2}$/.test(c))).toBe(true);
  // The host is marked, and named in the legend.
  await expect(page.locator(".map .world [data-iso='KZ']")).toHaveClass(/host/);
  await expect(page.locator(".map-legend")).toHaveText("Host country: Kazakhstan");
  // International organisations sit apart; the plain list says it all in words.
  await expect(page.locator(".map-apart button[data-value='international']")).toContainText("2");
  await expect(page.locator(".map-list li")).toHaveCount(8);
  await expect(page.locator(".map-list")).toContainText("United States 6");
});

test("only countries with meetings are focusable and announced", async ({ page }) => {
  await page.goto("/");
  await live(page);
  const buttons = page.locator(".map .world button");
  expect((await buttons.evaluateAll((els) => els.map((e) => e.dataset.iso))).sort()).toEqual(WITH_MEETINGS);
  // The other 185 are hidden from assistive technology and take no focus.
  const quiet = page.locator(".map .world span.tile");
  await expect(quiet).toHaveCount(192 - WITH_MEETINGS.length);
  expect(await quiet.evaluateAll((els) => els.every((e) => e.getAttribute("aria-hidden") === "true" && e.tabIndex < 0))).toBe(true);
  // In the accessibility tree the map is a group of seven toggle buttons and nothing else.
  const snapshot = await page.locator(".map .world").ariaSnapshot();
  expect(snapshot.match(/- button/g)).toHaveLength(WITH_MEETINGS.length);
  expect(snapshot).toContain('button "US United States 6 meetings"');
  // A filter that leaves a country without meetings disables (and unfocuses) its tile.
  await page.goto("/?sector=finance");
  await live(page);
  await expect(page.locator(".map .world button[data-iso='IR']")).toBeDisabled();
});

test("a tile toggles with the keyboard, like the sector bars", async ({ page }) => {
  await page.goto("/");
  await live(page);
  const fi = page.locator(".map .world button[data-iso='FI']");
  await page.locator(".map .world button[data-iso='EE']").focus();
  await page.keyboard.press("Tab");
  await expect(fi).toBeFocused();
  await expect(fi).toHaveAttribute("aria-pressed", "false");
  await page.keyboard.press("Space");
  await expect(page).toHaveURL("/?country=FI");
  await expect(fi).toHaveAttribute("aria-pressed", "true");
  expect(await page.locator("ol.cards > li:not([hidden]) article.card h3").allTextContents()).toEqual(["Sauli Niinistö"]);
  await fi.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/");
  await expect(cards(page)).toHaveCount(14);
});

test("at 375 px the map scrolls inside its own box and the page does not", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/");
  await live(page);
  const frame = page.locator(".map-frame");
  const box = await frame.evaluate((el) => ({ client: el.clientWidth, scroll: el.scrollWidth, overflow: getComputedStyle(el).overflowX }));
  expect(box.overflow).toBe("auto");
  expect(box.scroll).toBeGreaterThan(box.client);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
  // The tiles stay large enough to press.
  const size = await page.locator(".map .world button[data-iso='US']").boundingBox();
  expect(size.width).toBeGreaterThanOrEqual(24);
  expect(size.height).toBeGreaterThanOrEqual(24);
});

test("cards show a country's code, or its flag only where the system draws flags", async ({ page }) => {
  await page.goto("/");
  await live(page);
  const flags = await page.evaluate(() => document.documentElement.classList.contains("flags"));
  const card = page.locator("article.card[data-id='wabtec'] .where");
  await expect(card.locator(".iso")).toHaveText("US");
  if (flags) {
    await expect(card.locator(".flag")).toBeVisible();
    await expect(card.locator(".iso")).toBeHidden();
  } else {
    // No emoji font here (as on Windows): the code shows, never an empty box.
    await expect(card.locator(".iso")).toBeVisible();
    await expect(card.locator(".flag")).toBeHidden();
  }
});

// The page's canvas check decides; both of its answers are forced here, so each case is
// tested whatever fonts the test machine has.
for (const [draws, pixel] of [[true, [200, 30, 40, 255]], [false, [0, 0, 0, 255]]]) {
  test(`a system that ${draws ? "draws" : "lacks"} colour flags shows ${draws ? "the flag" : "the ISO code"}`, async ({ page }) => {
    await page.addInitScript((px) => {
      CanvasRenderingContext2D.prototype.getImageData = function (x, y, w, h) {
        const data = new Uint8ClampedArray(w * h * 4);
        for (let i = 0; i < data.length; i += 4) data.set(px, i);
        return { width: w, height: h, data };
      };
    }, pixel);
    await page.goto("/meetings/wabtec/");
    await live(page);
    expect(await page.evaluate(() => document.documentElement.classList.contains("flags"))).toBe(draws);
    await page.goto("/");
    await live(page);
    const where = page.locator("article.card[data-id='wabtec'] .where");
    await expect(where.locator(draws ? ".flag" : ".iso")).toBeVisible();
    await expect(where.locator(draws ? ".iso" : ".flag")).toBeHidden();
    await expect(where.locator(".flag")).toHaveText("🇺🇸");
    await expect(where.locator(".iso")).toHaveText("US");
  });
}
