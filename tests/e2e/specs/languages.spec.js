// The explorer in English, Russian and Kazakh: each language's prerendered pages
// under /en/, /ru/ and /kk/, linked to each other; the root in the default
// language; a switch that keeps the view; the data, dates and counts in the
// page's language; search by the Cyrillic and the Latin name.
const fs = require("fs");
const path = require("path");
const { test, expect, live, cards, cardNames, watchConsole } = require("./helpers");

const DIST = path.join(__dirname, "../../../dist");
const SITE = "http://127.0.0.1:8080";
const LANGS = ["en", "ru", "kk"];
const dataset = require("./helpers").bundled();

const head = (file) => fs.readFileSync(path.join(DIST, file), "utf8").split("<body")[0];
const alternates = (html) => [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => [m[1], m[2]]);

test("every page exists in each language, names itself canonical and links every other", () => {
  const pages = ["", ...dataset.meetings.map((m) => `meetings/${m.id}/`)];
  for (const page of pages) {
    for (const [folder, lang] of [["", "en"], ...LANGS.map((l) => [`${l}/`, l])]) {
      const html = head(`${folder}${page}index.html`);
      const where = `/${folder}${page}`;
      expect(html, where).toContain(`<html lang="${lang}">`);
      expect(html, where).toContain(`<link rel="canonical" href="${SITE}/${folder}${page}">`);
      expect(html, where).toContain(`<meta property="og:locale" content="${{ en: "en_GB", ru: "ru_RU", kk: "kk_KZ" }[lang]}">`);
      expect(alternates(html), where).toEqual([
        ["en", `${SITE}/en/${page}`],
        ["ru", `${SITE}/ru/${page}`],
        ["kk", `${SITE}/kk/${page}`],
        ["x-default", `${SITE}/${page}`],
      ]);
    }
  }
});

test("the Russian explorer speaks Russian: data, counts, dates and percents", async ({ page }) => {
  const con = watchConsole(page);
  await page.goto("/ru/");
  await live(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.locator("h1")).toHaveText("Токаев в Нью-Йорке на 78-й сессии Генеральной Ассамблеи ООН");
  await expect(page.locator(".result-count")).toHaveText("14 из 14 встреч");
  await expect(page.locator(".tagline")).toHaveText("Касым-Жомарт Токаев, Нью-Йорк");
  // CLDR's Russian percent: a no-break space before the sign.
  await expect(page.locator(".bar-figure").first()).toHaveText(/^\d+ · \d+\u00a0%$/);
  await expect(page.locator('article[data-id="wabtec"] time')).toHaveText("17 сентября 2023\u202fг.");
  await expect(page.locator('[data-facet="day"] button[data-value="2023-09-17"]')).toContainText("вс, 17 сент.");
  await page.locator('.breakdown button[data-value="finance"]').click();
  await expect(page).toHaveURL("/ru/?sector=finance");
  await expect(page.locator(".result-count")).toHaveText("2 из 14 встреч");
  await expect(cardNames(page)).toHaveText(["Джейн Фрейзер", "Никола Вилла"]);
  // The site's one service worker, at its root, keeps this language's pages too.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope)).toBe(new URL("/", page.url()).href);
  await expect(page.locator(".offline-status")).toHaveText("✓ Доступно офлайн");
  con.assertClean();
});

test("the Kazakh meeting page, and its way back, stay in Kazakh", async ({ page }) => {
  await page.goto("/kk/meetings/wabtec/");
  await live(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "kk");
  await expect(page.locator("h1")).toHaveText("Рафаэль Сантана");
  await expect(page.locator(".meta time")).toHaveText("2023\u202fж. 17 қыркүйек");
  await page.locator(".crumbs a").click();
  await expect(page).toHaveURL("/kk/");
  await expect(cards(page)).toHaveCount(14);
});

test("the switch names each language in itself and keeps the view", async ({ page }) => {
  await page.goto("/?sector=finance&q=mastercard");
  await live(page);
  const links = page.locator("nav.languages a");
  await expect(links).toHaveText(["English", "Русский", "Қазақша"]);
  await expect(links.nth(0)).toHaveAttribute("aria-current", "true");
  await expect(links.nth(2)).toHaveAttribute("href", "/kk/?sector=finance&q=mastercard");
  await links.nth(2).click();
  await expect(page).toHaveURL("/kk/?sector=finance&q=mastercard");
  await live(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "kk");
  await expect(cardNames(page)).toHaveText(["Никола Вилла"]);
  await expect(page.locator("nav.languages a").nth(2)).toHaveAttribute("aria-current", "true");
  // A change of view changes where the switch leads.
  await page.locator('.active-filters button:has(.facet-name)').first().click();
  await expect(page.locator("nav.languages a").nth(1)).toHaveAttribute("href", "/ru/?q=mastercard");
  // A meeting page's switch leads to the same meeting.
  await page.goto("/ru/meetings/iran/");
  await live(page);
  await expect(page.locator("nav.languages a").nth(0)).toHaveAttribute("href", "/en/meetings/iran/");
  await expect(page.locator("h1")).toHaveText("Ибрахим Раиси");
});

test("on the Russian page the UN meeting is found by its Cyrillic and its Latin name", async ({ page }) => {
  for (const q of ["Гутерриш", "guterres"]) {
    await page.goto(`/ru/?q=${encodeURIComponent(q)}`);
    await live(page);
    await expect(cardNames(page), q).toHaveText(["Антониу Гутерриш"]);
  }
  await page.goto("/ru/");
  await live(page);
  await page.locator("#q").fill("гутерриш");
  await expect(cardNames(page)).toHaveText(["Антониу Гутерриш"]);
});

test("no redirect by browser language: the root stays in the default language", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ru-RU", extraHTTPHeaders: { "Accept-Language": "ru-RU,ru;q=0.9" } });
  const page = await context.newPage();
  await page.goto("/");
  await live(page);
  expect(new URL(page.url()).pathname).toBe("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("h1")).toHaveText("Tokayev in New York for UNGA 78");
  await context.close();
});

test("each language's download speaks it, under an ASCII file name", async ({ page }) => {
  await page.goto("/ru/?sector=finance");
  await live(page);
  await page.locator(".download summary").click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator('button[data-format="csv"]').click()]);
  expect(download.suggestedFilename()).toMatch(/^[\x20-\x7e]+\.csv$/);
  expect(fs.readFileSync(await download.path(), "utf8")).toContain("Джейн Фрейзер,Генеральный директор,Citigroup");
  if (!(await page.locator(".download details").evaluate((d) => d.open))) await page.locator(".download summary").click();
  const [calendar] = await Promise.all([page.waitForEvent("download"), page.locator('button[data-format="ics"]').click()]);
  expect(calendar.suggestedFilename()).toMatch(/^[\x20-\x7e]+\.ics$/);
  const ics = fs.readFileSync(await calendar.path(), "utf8").replace(/\r\n /g, "");
  expect(ics).toContain("X-WR-CALNAME:Токаев в Нью-Йорке на 78-й сессии Генеральной Ассамблеи ООН");
  expect(ics).toContain("LOCATION:Нью-Йорк\\, Соединенные Штаты");
});

// Hosts serve one 404.html for every missing address; under /ru/ or /kk/ it fetches
// that language's pack, so the friendly page and its way back are in the reader's
// language, at the root and under a sub-path.
test("an unknown address under a language's folder gets the not-found page in that language", async ({ page }) => {
  const cases = [
    ["http://127.0.0.1:8092", "ru", "Страница не найдена", "Посмотреть все встречи"],
    ["http://127.0.0.1:8092", "kk", "Бет табылмады", "Барлық кездесулерді көру"],
    ["http://127.0.0.1:8093/visit-explorer", "ru", "Страница не найдена", "Посмотреть все встречи"],
    // Odd slashes, as the app's address hygiene reads them: "//ru/…" is in /ru/.
    ["http://127.0.0.1:8092/", "ru", "Страница не найдена", "Посмотреть все встречи"],
    ["http://127.0.0.1:8093/visit-explorer/", "kk", "Бет табылмады", "Барлық кездесулерді көру"],
    ["http://127.0.0.1:8092", "", "Page not found", "See all meetings"],
    ["http://127.0.0.1:8092", "__proto__", "Page not found", "See all meetings"],
  ];
  const con = watchConsole(page);
  for (const [site, folder, heading, back] of cases) {
    const where = `${site}/${folder}${folder ? "/" : ""}meetings/no-such-meeting/`;
    const response = await page.goto(where);
    expect(response.status(), where).toBe(404);
    await live(page);
    await expect(page.locator("h1"), where).toHaveText(heading);
    await expect(page.locator("html"), where).toHaveAttribute("lang", ["ru", "kk"].includes(folder) ? folder : "en");
    await expect(page, where).toHaveTitle(`${heading} · Visit Explorer`);
    const link = page.getByRole("link", { name: back });
    const home = `${new URL(site).pathname.replace(/\/$/, "")}/${["ru", "kk"].includes(folder) ? folder + "/" : ""}`;
    await expect(link, where).toHaveAttribute("href", home);
  }
  // The browser reports each 404 document; nothing else may go wrong.
  expect(con.problems.filter((p) => !p.includes("status of 404"))).toEqual([]);
  // A sloppy spelling of a Russian meeting's address opens that meeting, in Russian.
  await page.goto("http://127.0.0.1:8092/ru/meetings/IRAN");
  await live(page);
  await expect(page.locator("h1")).toHaveText("Ибрахим Раиси");
  await expect(page).toHaveURL("http://127.0.0.1:8092/ru/meetings/iran/");
  await page.locator(".crumbs a").click();
  await expect(page).toHaveURL("http://127.0.0.1:8092/ru/");
  await expect(page.locator("h1")).toHaveText("Токаев в Нью-Йорке на 78-й сессии Генеральной Ассамблеи ООН");
});
