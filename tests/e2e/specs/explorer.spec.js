// The explorer: the results first, filtering through chips, bars and the map's
// countries, URL state, search, empty state, keyboard use, accessibility and
// screenshots.
const AxeBuilder = require("@axe-core/playwright").default;
const { test, expect, watchConsole, live, cards, cardNames, inDisplayOrder } = require("./helpers");
const dataset = require("./helpers").bundled();

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

test("filter by kind of counterpart through a facet chip", async ({ page }) => {
  await page.locator(".facet[data-facet='kind'] button[data-value='head-of-state']").click();
  await expect(page).toHaveURL("/?kind=head-of-state");
  const heads = inDisplayOrder(dataset.meetings.filter((m) => m.kind === "head-of-state"));
  expect(heads.length).toBe(5);
  await expect(cardNames(page)).toHaveText(heads.map((m) => m.counterpart.name));
  await expect(page.locator(".result-count")).toHaveText("5 of 14 meetings");
});

test("each facet is offered once: sector and country in the overview, the rest in the filter panel", async ({ page }) => {
  await expect(page.locator(".filters fieldset[data-facet]")).toHaveCount(3);
  expect(await page.locator(".filters fieldset[data-facet]").evaluateAll((fs) => fs.map((f) => f.dataset.facet))).toEqual(["kind", "day", "status"]);
  await expect(page.locator(".breakdown button[data-value]")).toHaveCount(dataset.sectors.length);
  // The bundled visit's counterparts: seven countries and the UN.
  await expect(page.locator(".map button[data-value]")).toHaveCount(8);
});

test("filter by sector through the breakdown bar", async ({ page }) => {
  const bar = page.locator(".breakdown button[data-value='transport-logistics']");
  await bar.click();
  await expect(page).toHaveURL("/?sector=transport-logistics");
  await expect(bar).toHaveAttribute("aria-pressed", "true");
  await expect(cardNames(page)).toHaveText(["Rafael Santana", "Jane Fraser", "Ebrahim Raisi"]);
});

test("filter through a country beside the map, then back and reload", async ({ page }) => {
  await page.locator(".breakdown button[data-value='diplomacy']").click();
  await expect(page).toHaveURL("/?sector=diplomacy");
  await page.locator(".map button[data-value='FI']").click();
  await expect(page).toHaveURL("/?sector=diplomacy&country=FI");
  await expect(cardNames(page)).toHaveText(["Sauli Niinistö"]);
  await page.reload();
  await live(page);
  await expect(cardNames(page)).toHaveText(["Sauli Niinistö"]);
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
  await expect(cardNames(page)).toHaveText(["Sauli Niinistö"]);
  await expect(page.locator("ol.cards > li:not([hidden]) article.card h3 mark")).toHaveText("Niinistö");
  await box.fill("natasa");
  await expect(cardNames(page)).toHaveText(["Nataša Pirc Musar"]);
  await box.fill("antonio");
  await expect(cardNames(page)).toHaveText(["António Guterres"]);
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
  await expect(cardNames(page)).toHaveText(["Rafael Santana", "Ebrahim Raisi"]);
  // Onward to the first chip of the filter panel and toggle it with the keyboard.
  await page.keyboard.press("Tab");
  const first = page.locator(".facet[data-facet='kind'] button[data-value='business']");
  await expect(first).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL("/?kind=business&q=railway");
  await expect(first).toHaveAttribute("aria-pressed", "true");
  await expect(cardNames(page)).toHaveText(["Rafael Santana"]);
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

const AXE_PAGES = [
  "/", "/?sector=finance", "/?q=zeppelin", "/meetings/wabtec/", "/404.html",
  // Each language's explorer and a meeting page in it.
  "/ru/?sector=finance", "/kk/", "/ru/meetings/wabtec/", "/kk/meetings/un-secretary-general/",
];

for (const [width, colorScheme] of [[1280, "light"], [375, "light"], [1280, "dark"], [375, "dark"]]) {
  test(`axe reports no violations at ${width}px, ${colorScheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width, height: 900 });
    // And the one not-found page, as a host serves it for an unknown Russian address.
    await expectNoAxeViolations(page, [...AXE_PAGES, "http://127.0.0.1:8092/ru/meetings/no-such-meeting/"]);
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
  await page.goto("/?kind=business");
  await live(page);
  const toggle = page.locator(".filters .panel-toggle");
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
  await expect(page.locator(".overview")).toBeHidden();
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

// Results first: at each of these sizes the first meeting card starts inside the first
// screen, below the header, unfiltered and filtered.
for (const [width, height] of [[1280, 800], [1440, 900], [390, 844]]) {
  for (const path of ["/", "/?sector=finance"]) {
    test(`at ${width}×${height} the first card of ${path} starts within the first screen`, async ({ newContext }) => {
      const context = await newContext({ viewport: { width, height } });
      const page = await context.newPage();
      await page.goto(path);
      await live(page);
      const first = cards(page).first();
      await expect(first).toBeVisible();
      const card = await first.boundingBox();
      const header = await page.locator(".site-header").boundingBox();
      expect(card.y, "the card's top edge lies below the header").toBeGreaterThanOrEqual(header.y + header.height);
      expect(card.y, `the card's top edge lies within the ${height} px screen`).toBeLessThan(height);
      // Its name, at least, can be read without scrolling.
      const name = await first.locator("h3").boundingBox();
      expect(name.y + name.height).toBeLessThanOrEqual(height);
      if (path === "/") await page.screenshot({ path: `../../target/screenshots/first-screen-${width}x${height}.png` });
      await context.close();
    });
  }
}

test("the overview takes about a third of a laptop screen at most, and its counts show", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/");
  await live(page);
  const box = await page.locator(".overview").boundingBox();
  expect(box.height).toBeLessThanOrEqual(800 * 0.36);
  await expect(page.locator(".breakdown button[data-value='diplomacy'] .bar-figure")).toHaveText("8 · 57%");
  await expect(page.locator(".map button[data-value='US'] .count")).toHaveText("6");
});

test("on a phone the overview folds behind one button and opens in place", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await live(page);
  const toggle = page.locator(".overview .panel-toggle");
  await expect(toggle).toHaveText("Sectors and countries");
  await expect(page.locator(".breakdown")).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(page.locator(".breakdown")).toBeVisible();
  await expect(page.locator(".map img.world")).toBeVisible();
  await page.locator(".breakdown button[data-value='finance']").click();
  await expect(cardNames(page)).toHaveText(["Jane Fraser", "Nicola Villa"]);
});

test("at 320 px, folded or open, the page never scrolls sideways", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto("/?sector=finance&q=citi");
  await live(page);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.locator(".filters .panel-toggle").click();
  await page.locator(".overview .panel-toggle").click();
  await expect(page.locator(".map img.world")).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.goto("/meetings/ge-healthcare/");
  await live(page);
  expect(await overflow()).toBeLessThanOrEqual(0);
});
