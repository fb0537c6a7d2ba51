// The served release build renders the explorer and hydrates without errors.
const { test, expect } = require("@playwright/test");
const { watchConsole, hydrated, cards } = require("./helpers");

test("explorer renders every meeting and hydrates cleanly", async ({ page }) => {
  const con = watchConsole(page);
  await page.goto("/");
  await hydrated(page);
  await expect(page.locator("h1")).toHaveText("Tokayev in New York for UNGA 78");
  await expect(page.locator("main")).toBeVisible();
  await expect(page.locator("header.site-header")).toBeVisible();
  await expect(cards(page)).toHaveCount(14);
  await expect(page.locator(".result-count")).toHaveText("14 of 14 meetings");
  con.assertClean();
});
