// The explorer: filtering through chips, bars and tiles, URL state, search,
// empty state, keyboard use, accessibility and screenshots.
const AxeBuilder = require("@axe-core/playwright").default;
const { test, expect, watchConsole, live, cards } = require("./helpers");

const names = (page) => page.locator("ol.cards > li:not([hidden]) article.card h3").allTextContents();

test.beforeEach(async ({ page }) => {
  await page.goto("/");
  await live(page);
});

test("explorer renders every meeting with its parts", async ({ page }) => {
  await expect(page.locator("h1")).toHaveText("Tokayev in New York for UNGA 78");
  await expect(page.locator("h1")).toHaveCount(1);
  await expect(cards(page)).toHaveCount(14);
  await expect(page.locator(".result-count")).toHaveText("14 of 14 meetings");
  const wabtec = page.locator("article.card[data-id='wabtec']");
  await expect(wabtec.locator("h3 a")).toHaveAttribute("href", "/meetings/wabtec/");
  await expect(wabtec).toContainText("President and CEO");
  await expect(wabtec).toContainText("17 September 2023");
  await expect(wabtec.locator(".badge")).toHaveText("Held");
  await expect(page.locator("article.card[data-id='c5-plus-1-summit'] .badge")).toHaveText("Planned");
  await expect(page.locator("article.card[data-id='iran']")).toContainText("Date not stated");
});

test("filter by sector through a facet chip", async ({ page }) => {
  await page.locator(".facet[data-facet='sector'] button[data-value='finance']").click();
  await expect(page).toHaveURL("/?sector=finance");
  expect(await names(page)).toEqual(["Jane Fraser", "Nicola Villa"]);
  await expect(page.locator(".result-count")).toHaveText("2 of 14 meetings");
});

test("filter by sector through the breakdown bar", async ({ page }) => {
  const bar = page.locator(".breakdown button[data-value='transport-logistics']");
  await bar.click();
  await expect(page).toHaveURL("/?sector=transport-logistics");
  await expect(bar).toHaveAttribute("aria-pressed", "true");
  expect(await names(page)).toEqual(["Rafael Santana", "Jane Fraser", "Ebrahim Raisi"]);
});

test("filter through a map tile, then back and reload", async ({ page }) => {
  await page.locator(".breakdown button[data-value='diplomacy']").click();
  await expect(page).toHaveURL("/?sector=diplomacy");
  await page.locator(".map button[data-value='FI']").click();
  await expect(page).toHaveURL("/?sector=diplomacy&country=FI");
  expect(await names(page)).toEqual(["Sauli Niinistö"]);
  await page.reload();
  await live(page);
  expect(await names(page)).toEqual(["Sauli Niinistö"]);
  await expect(page.locator(".map button[data-value='FI']")).toHaveAttribute("aria-pressed", "true");
  await page.goBack();
  await expect(page).toHaveURL("/?sector=diplomacy");
  await expect(cards(page)).toHaveCount(8);
  await page.goBack();
  await expect(cards(page)).toHaveCount(14);
});

test("search without diacritics finds accented names and replaces history", async ({ page }) => {
  const box = page.getByLabel("Search names, roles, organisations, topics, places");
  await box.fill("niinisto");
  await expect(page).toHaveURL("/?q=niinisto");
  expect(await names(page)).toEqual(["Sauli Niinistö"]);
  await expect(page.locator("ol.cards > li:not([hidden]) article.card h3 mark")).toHaveText("Niinistö");
  await box.fill("natasa");
  expect(await names(page)).toEqual(["Nataša Pirc Musar"]);
  await box.fill("antonio");
  expect(await names(page)).toEqual(["António Guterres"]);
  // Typing replaced the entry: one step back leaves the explorer's history.
  await page.goBack();
  await expect(page).not.toHaveURL(/q=/);
});

test("the empty state appears and Clear all recovers", async ({ page }) => {
  await page.goto("/?q=zeppelin");
  await live(page);
  await expect(page.locator(".empty-state")).toContainText("No meetings match these filters");
  await expect(page.locator(".result-count")).toHaveText("0 of 14 meetings");
  await page.locator(".active-filters .clear-all").click();
  await expect(page).toHaveURL("/");
  await expect(cards(page)).toHaveCount(14);
});

test("a malformed query is ignored and dropped from the URL", async ({ page }) => {
  const con = watchConsole(page);
  await page.goto("/?sector=finance,warp-drive&country=ZZ&kind=&junk=%%%");
  await live(page);
  await expect(page).toHaveURL("/?sector=finance");
  await expect(cards(page)).toHaveCount(2);
  con.assertClean();
});

test("keyboard-only journey", async ({ page }) => {
  await page.keyboard.press("Tab");
  await expect(page.locator(".skip-link")).toBeFocused();
  await page.keyboard.press("Enter");
  // Tab to the search box and type.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    if (await page.locator("#q").evaluate((el) => el === document.activeElement)) break;
  }
  await expect(page.locator("#q")).toBeFocused();
  await page.keyboard.type("railway");
  await expect(cards(page)).toHaveCount(2);
  // Onward to the first sector chip and toggle it with the keyboard.
  await page.keyboard.press("Tab");
  const first = page.locator(".facet[data-facet='sector'] button[data-value='transport-logistics']");
  await expect(first).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/?sector=transport-logistics&q=railway");
  await expect(first).toHaveAttribute("aria-pressed", "true");
  // Reach a card link and open the meeting with Enter.
  const link = page.locator("article.card[data-id='wabtec'] h3 a");
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/meetings/wabtec/");
  await expect(page.locator("h1")).toHaveText("Rafael Santana");
});

/** Runs axe on each address and expects zero violations from the newest axe-core. */
async function expectNoAxeViolations(page, urls) {
  // A hang guard that grows with the pages checked (a loaded CI machine takes ~5 s each).
  test.setTimeout(15_000 * urls.length);
  for (const url of urls) {

    await page.goto(url);
    await live(page);
    const results = await new AxeBuilder({ page }).analyze();
    // The newest axe-core in the registry, with WCAG 2.5.3 (label in name) among its rules.
    expect(results.testEngine.version).toBe(require("axe-core/package.json").version);
    const ran = [...results.passes, ...results.inapplicable, ...results.incomplete, ...results.violations].map((r) => r.id);
    expect(ran).toContain("label-content-name-mismatch");
    const found = results.violations.map((v) => `${url}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(" ")})`);
    expect(found).toEqual([]);
  }
}

const AXE_PAGES = ["/", "/?sector=finance", "/?q=zeppelin", "/meetings/wabtec/", "/404.html"];

for (const [width, colorScheme] of [[1280, "light"], [375, "light"], [1280, "dark"], [375, "dark"]]) {
  test(`axe reports no violations at ${width}px, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width, height: 900 });
    await expectNoAxeViolations(page, AXE_PAGES);
  });
}

// The sub-path build differs only in its addresses; one light and one dark pass there.
for (const [width, colorScheme] of [[1280, "light"], [375, "dark"]]) {
  test(`axe reports no violations under the sub-path at ${width}px, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width, height: 900 });
    await expectNoAxeViolations(page, AXE_PAGES.map((u) => `http://127.0.0.1:8091/visit-explorer${u}`));
  });
}

test("on a phone the filters sit in a collapsible panel with no horizontal scroll", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/?sector=finance");
  await live(page);
  const toggle = page.locator(".filters-toggle");
  await expect(toggle).toHaveText("Filters (1)");
  await expect(page.locator("#filter-panel")).toBeHidden();
  await toggle.click();
  await expect(page.locator("#filter-panel")).toBeVisible();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("printing shows the current selection without the controls", async ({ page }) => {
  await page.goto("/?sector=finance");
  await live(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".filters")).toBeHidden();
  await expect(page.locator(".visuals")).toBeHidden();
  await expect(page.locator(".share-button").first()).toBeHidden();
  await expect(cards(page)).toHaveCount(2);
  await expect(cards(page).first()).toBeVisible();
  await expect(page.locator(".active-filters")).toContainText("Finance & payments");
});

test("screenshots at 1280 and 375 px, light and dark", async ({ newContext }) => {
  for (const colorScheme of ["light", "dark"]) {
    for (const width of [1280, 375]) {
      const context = await newContext({ colorScheme, viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto("/?sector=transport-logistics");
      await live(page);
      await expect(cards(page)).toHaveCount(3);
      await page.screenshot({ path: `../../target/screenshots/explorer-${width}-${colorScheme}.png`, fullPage: true });
      await context.close();
    }
  }
});
