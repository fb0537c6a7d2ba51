// The country view: one small image of the world tile map, coloured for home and
// the countries met, its key in words, and the countries with meetings as toggles
// beside it, which are its filter.
const fs = require("fs");
const path = require("path");
const { test, expect, live, cards, cardNames } = require("./helpers");

// Countries of the bundled visit that have a tile (the UN has none). The United
// States is also the country visited, which its colour says first.
const WITH_MEETINGS = ["EE", "FI", "GB", "HU", "IR", "SI"];
const VISITED = "US";
// Where the world tile grid places each country, read from the data file, not the app.
const GRID = Object.fromEntries(
  fs.readFileSync(path.join(__dirname, "../../../crates/core/data/world-tile-grid.csv"), "utf8")
    .trim().split("\n").slice(1).map((l) => l.split(",")).map(([code, col, row]) => [code, { col: +col, row: +row }]),
);
const PITCH = 8; // a 7 px square and a 1 px gap

/** The map image's squares, by the country whose tile they sit on. */
async function squares(page) {
  const src = await page.locator(".map img.world").getAttribute("src");
  const svg = await (await page.request.get(src)).text();
  const at = {};
  for (const [, x, y, cls] of svg.matchAll(/<rect x="(\d+)" y="(\d+)" width="7" height="7"(?: class="(\w)")?\/>/g)) at[`${x},${y}`] = cls || "";
  const of = (code) => at[`${(GRID[code].col - 1) * PITCH},${(GRID[code].row - 1) * PITCH}`];
  return { count: Object.keys(at).length, of, svg };
}

test("the map is one image of the whole world, home, the country visited and the countries met coloured", async ({ page }) => {
  await page.goto("/");
  await live(page);
  const img = page.locator(".map img.world");
  await expect(img).toHaveAttribute("alt", "");
  expect(await img.evaluate((el) => el.complete && el.naturalWidth)).toBe(223);
  const map = await squares(page);
  expect(map.count).toBe(192);
  expect(Object.keys(GRID)).toHaveLength(192);
  expect(map.of("KZ")).toBe("h");
  for (const code of WITH_MEETINGS) expect(map.of(code), code).toBe("m");
  expect(map.of(VISITED)).toBe("v");
  expect(map.of("FR")).toBe("");
  // In the dark, it has colours of its own.
  expect(map.svg).toContain("prefers-color-scheme:dark");
  // The key says the same in words.
  await expect(page.locator(".map-legend li")).toHaveText(["Home: Kazakhstan", "Visited: United States", "Countries met"]);
});

test("the countries with meetings are toggles with their counts, the UN among them", async ({ page }) => {
  await page.goto("/");
  await live(page);
  const toggles = page.locator(".map button[data-value]");
  expect((await toggles.evaluateAll((els) => els.map((e) => e.dataset.value))).sort()).toEqual([...WITH_MEETINGS, VISITED, "international"].sort());
  await expect(page.locator(".map button[data-value='US']")).toHaveText("United States 6");
  await expect(page.locator(".map button[data-value='international']")).toHaveText("International organisations 2");
  // In the accessibility tree the country view is its heading, its key and eight toggle buttons.
  const snapshot = await page.locator(".map").ariaSnapshot();
  expect(snapshot.match(/- button/g)).toHaveLength(8);
  expect(snapshot).toContain('button "United States 6"');
  expect(snapshot).not.toContain("img");
  // A filter that leaves a country without meetings disables its toggle.
  await page.goto("/?sector=finance");
  await live(page);
  await expect(page.locator(".map button[data-value='IR']")).toBeDisabled();
});

test("a country toggles with the keyboard, like the sector bars", async ({ page }) => {
  await page.goto("/");
  await live(page);
  const fi = page.locator(".map button[data-value='FI']");
  await page.locator(".map button[data-value='EE']").focus();
  await page.keyboard.press("Tab");
  await expect(fi).toBeFocused();
  await expect(fi).toHaveAttribute("aria-pressed", "false");
  await page.keyboard.press("Space");
  await expect(page).toHaveURL("/?country=FI");
  await expect(fi).toHaveAttribute("aria-pressed", "true");
  await expect(cardNames(page)).toHaveText(["Sauli Niinistö"]);
  await fi.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/");
  await expect(cards(page)).toHaveCount(14);
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
