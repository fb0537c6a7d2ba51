// Links that work anywhere: meeting permalinks, no-JS content, sharing,
// back to results, filtered links, on the root site and under a sub-path.
const { test, expect, watchConsole, live, cards, recordFrames } = require("./helpers");
const dataset = require("./helpers").bundled();

const sites = [
  { name: "root", origin: "http://127.0.0.1:8090", prefix: "" },
  { name: "sub-path", origin: "http://127.0.0.1:8091", prefix: "/visit-explorer" },
];
const longDate = (iso) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

for (const site of sites) {
  const url = (path) => `${site.origin}${site.prefix}${path}`;

  test.describe(`${site.name} site`, () => {
    // One test per meeting: each opens in a fresh context (the `page` fixture's own).
    for (const m of dataset.meetings) {
      test(`the permalink of ${m.id} opens that meeting, without console errors`, async ({ page }) => {
        const con = watchConsole(page);
        await page.goto(url(`/meetings/${m.id}/`));
        await live(page);
        await expect(page.locator("h1")).toHaveText(m.counterpart.name);
        await expect(page.locator(".meeting-page")).toContainText(m.counterpart.role);
        await expect(page).toHaveTitle(new RegExp(m.counterpart.name));
        con.assertClean();
      });
    }


    test("without JavaScript the HTML already holds the content", async ({ newContext }) => {
      const context = await newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      for (const m of dataset.meetings) {
        await page.goto(url(`/meetings/${m.id}/`));
        const main = page.locator("main");
        await expect(main.locator("h1")).toHaveText(m.counterpart.name);
        await expect(main).toContainText(m.counterpart.role);
        await expect(main).toContainText(m.date ? longDate(m.date) : "Date not stated");
        const dateEntry = await main.locator("dl.facts dt:text-is('Date') + dd").textContent();
        expect(dateEntry, m.id).toContain(m.date_note);
        expect((dateEntry.match(/not stated/gi) || []).length, `${m.id}: ${dateEntry}`).toBeLessThanOrEqual(1);
        await expect(main).toContainText(m.summary);
        const og = await page.locator("meta[property='og:url']").getAttribute("content");
        expect(og.endsWith(`${site.prefix}/meetings/${m.id}/`)).toBe(true);
        await expect(page.locator("meta[property='og:title']")).toHaveAttribute("content", /.+/);
        await expect(page.locator("link[rel='canonical']")).toHaveAttribute("href", og);
      }
      await page.goto(url("/"));
      await expect(cards(page)).toHaveCount(dataset.meetings.length);
      await context.close();
    });

    test("no console errors on the explorer, a filtered view and the 404 page", async ({ page }) => {
      const con = watchConsole(page);
      for (const path of ["/", "/?sector=finance&q=citi", "/404.html"]) {
        await page.goto(url(path));
        await live(page);
      }
      await expect(page.locator("h1")).toHaveText("Page not found");
      await page.getByRole("link", { name: "See all meetings" }).click();
      await expect(cards(page)).toHaveCount(dataset.meetings.length);
      con.assertClean();
    });

    test("a filtered link never shows the unfiltered results", async ({ page }) => {
      // Every visible frame must already be the filtered view.
      await recordFrames(page);
      await page.goto(url("/?sector=finance"));

      await live(page);
      const frames = await page.evaluate(() => window.__frames);
      expect(frames.length).toBeGreaterThan(0);
      expect(frames.filter((f) => f.visible && f.cards !== 2)).toEqual([]);
      expect(frames[frames.length - 1]).toEqual({ visible: true, cards: 2 });
    });

    test("a filtered link opens filtered", async ({ page }) => {
      await page.goto(url("/?sector=finance"));
      await live(page);
      await expect(cards(page)).toHaveCount(2);
      await expect(page.locator(".breakdown button[data-value='finance']")).toHaveAttribute("aria-pressed", "true");
    });

    test("back to results restores the filter, and neighbours follow the view", async ({ page }) => {
      await page.goto(url("/?sector=finance"));
      await live(page);
      await page.locator("article.card[data-id='citigroup'] h3 a").click();
      await expect(page).toHaveURL(url("/meetings/citigroup/"));
      // In the finance view Citigroup comes first: nothing before it (in the whole
      // visit, Wabtec would be), and Mastercard after.
      await expect(page.locator(".pager .prev")).toHaveClass(/none/);
      await expect(page.locator(".pager .next")).toContainText("Nicola Villa");
      await page.locator(".pager .next").click();
      await expect(page).toHaveURL(url("/meetings/mastercard/"));
      await expect(page.locator(".pager .prev")).toContainText("Jane Fraser");
      await expect(page.locator(".pager .next")).toHaveClass(/none/);
      await page.getByRole("link", { name: "← Back to results" }).click();
      await expect(page).toHaveURL(url("/?sector=finance"));
      await expect(cards(page)).toHaveCount(2);
    });

    test("back to results, and the browser's back, return to the same spot in the list", async ({ newContext }) => {
      const context = await newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(url("/"));
      await live(page);
      const card = page.locator("article.card[data-id='slovenia']");
      await card.scrollIntoViewIfNeeded();
      // A spot between cards. The wheel scrolls later than it returns, so the test
      // waits for the scroll it asked for before it reads the spot.
      const aligned = await page.evaluate(() => scrollY);
      await page.mouse.wheel(0, -120);
      await expect.poll(() => page.evaluate(() => scrollY)).toBe(aligned - 120);
      expect(aligned - 120).toBeGreaterThan(600);
      const before = { y: await page.evaluate(() => scrollY), top: (await card.boundingBox()).y };
      await card.locator("h3 a").click();
      await expect(page).toHaveURL(url("/meetings/slovenia/"));
      expect(await page.evaluate(() => scrollY)).toBe(0);
      await page.getByRole("link", { name: "← All meetings" }).click();
      await expect(page).toHaveURL(url("/"));
      // The card's top is a fraction of a pixel (the header's text sets it); the
      // page scrolls by whole pixels, so the same spot lies within one of it.
      const near = async () => Math.abs((await card.boundingBox()).y - before.top) <= 1;
      await expect.poll(near).toBe(true);
      // The browser's own back button, from a meeting opened the same way.
      await card.locator("h3 a").click();
      await expect(page).toHaveURL(url("/meetings/slovenia/"));
      await page.goBack();
      await expect(page).toHaveURL(url("/"));
      await expect.poll(near).toBe(true);
      expect(Math.abs((await page.evaluate(() => scrollY)) - before.y)).toBeLessThanOrEqual(2);
      await context.close();
    });

    test("share copies the absolute permalink", async ({ newContext }) => {
      const context = await newContext({ permissions: ["clipboard-read", "clipboard-write"] });
      const page = await context.newPage();
      await page.goto(url("/"));
      await live(page);
      await page.locator("article.card[data-id='wabtec'] .share-button").click();
      await expect(page.locator("article.card[data-id='wabtec'] .share-status")).toHaveText(/Link (copied|shared)/);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url("/meetings/wabtec/"));
      await page.locator(".breakdown button[data-value='finance']").click();
      await page.getByRole("button", { name: "Copy link to this view" }).click();
      await expect(page.locator(".results-head .share-status")).toHaveText("Link copied");
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url("/?sector=finance"));
      await context.close();
    });

    test("share falls back to a selected text field when the clipboard is refused", async ({ page }) => {
      await page.goto(url("/meetings/iran/"));
      await live(page);
      await page.evaluate(() => {
        Object.defineProperty(navigator, "share", { value: undefined });
        navigator.clipboard.writeText = () => Promise.reject(new Error("denied"));
      });
      await page.getByRole("button", { name: "Share this meeting" }).click();
      const field = page.getByLabel("Link to copy");
      await expect(field).toHaveValue(url("/meetings/iran/"));
      await expect(field).toBeFocused();
    });

    test("an unknown meeting id shows a friendly page with a way back", async ({ page }) => {
      await page.goto(url("/"));
      await live(page);
      await page.evaluate((p) => { history.pushState(null, "", p); dispatchEvent(new PopStateEvent("popstate")); }, `${site.prefix}/meetings/no-such-meeting/`);
      await expect(page.locator("h1")).toHaveText("Page not found");
      await page.getByRole("link", { name: "See all meetings" }).click();
      await expect(cards(page)).toHaveCount(dataset.meetings.length);
    });
  });
}
