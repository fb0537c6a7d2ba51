// Any visit, not just this one: the fictional fixture (a spreadsheet folder) built into
// its own site by the same command, end to end. Nothing of the bundled visit may leak in.
const fs = require("fs");
const path = require("path");
const { test, expect, live, cards, cardNames, watchConsole } = require("./helpers");

const ORIGIN = "http://127.0.0.1:8094";
const SITE = path.join(__dirname, "../../../target/fixture-site");
const BUNDLED_SITE = path.join(__dirname, "../../../dist");
const visit = JSON.parse(fs.readFileSync(path.join(__dirname, "../../fixtures/fictional-visit/visit.json"), "utf8"));
// The fixture's meetings, in display order (dated first, by date; then undated, in file order).
const meetings = [
  ["odegard", "Søren Ødegård"],
  ["lindstrom-oberg", "Åsa Lindström-Öberg"],
  ["wroblewska-zak", "Łucja Wróblewska-Żak"],
  ["conceicao-brandao", "João Conceição Brandão"],
  ["nakamura", "Haruto Nakamura"],
  ["dlamini", "Nomvula Dlamini"],
  ["arctic-forum", "Leaders of the Arctic Forum (fictional)"],
  ["gunesdogdu", "Şükrü Güneşdoğdu"],
  ["bronte-cosic", "Zoë Brontë-Ćosić"],
  ["hohenzollern", "Maximiliane Theodora Walburga Þórunn von Hohenzollern-Sigmaringen-Lichtenau-Østa"],
  ["tremblay", "Élodie Tremblay"],
];

test("the fixture's explorer: its title, cards, and facets from its own taxonomy", async ({ page }) => {
  const con = watchConsole(page);
  await page.goto(`${ORIGIN}/`);
  await live(page);
  await expect(page).toHaveTitle(`${visit.visit.title} · Visit Explorer`);
  await expect(page.locator("main h1")).toHaveText(visit.visit.title);
  await expect(page.locator(".site-header .tagline")).toHaveText(`${visit.visit.host.name}, ${visit.visit.city}`);
  // Each source once, with its title and link where it has them.
  await expect(page.locator(".site-footer .source-list li")).toHaveText([
    "The Northern Ledger (fictional), “A minister’s week in the north”, 7 May 2031. Read it",
    "Fjord Post (fictional), 9 May 2031",
  ]);
  await expect(cardNames(page)).toHaveText(meetings.map((m) => m[1]));
  await expect(page.locator(".result-count")).toHaveText("11 of 11 meetings");
  await expect(page.locator(".breakdown .bar-label")).toHaveText(visit.sectors.map((s) => s.label));
  await page.locator(".breakdown button[data-value='fisheries']").click();
  await expect(page).toHaveURL(`${ORIGIN}/?sector=fisheries`);
  await expect(cardNames(page)).toHaveText(["João Conceição Brandão", "Nomvula Dlamini", "Şükrü Güneşdoğdu"]);
  // A slug of the bundled visit means nothing here, and is dropped.
  await page.goto(`${ORIGIN}/?sector=finance,energy`);
  await live(page);
  await expect(page).toHaveURL(`${ORIGIN}/?sector=energy`);
  await expect(cards(page)).toHaveCount(4);
  con.assertClean();
});

test("the fixture's countries are beside the map, its home in the key", async ({ page }) => {
  await page.goto(`${ORIGIN}/`);
  await live(page);
  for (const code of ["NO", "SE", "PL", "BR", "TR", "AT", "JP", "ZA", "CA", "international"]) {
    await expect(page.locator(`.map button[data-value='${code}']`)).toHaveCount(1);
  }
  await page.locator(".map button[data-value='JP']").click();
  await expect(page).toHaveURL(`${ORIGIN}/?country=JP`);
  await expect(cardNames(page)).toHaveText(["Haruto Nakamura"]);
  await expect(page.locator(".map-legend li").first()).toHaveText("Home: Iceland");
});

test("search folds the fixture's diacritics", async ({ page }) => {
  await page.goto(`${ORIGIN}/`);
  await live(page);
  const box = page.getByLabel("Search names, roles, organisations, topics, places");
  for (const [typed, name] of [["odegard", "Søren Ødegård"], ["lucja zak", "Łucja Wróblewska-Żak"], ["sukru", "Şükrü Güneşdoğdu"], ["bronte cosic", "Zoë Brontë-Ćosić"], ["thorunn", meetings[9][1]], ["tromso", "Søren Ødegård"]]) {
    await box.fill("");
    await expect(page.locator(".result-count")).toHaveText("11 of 11 meetings");
    await box.fill(typed);
    // Wait for the search to apply (the count drops below every meeting), then read.
    await expect(page.locator(".result-count")).not.toHaveText("11 of 11 meetings");
    await expect(cardNames(page), typed).toContainText([name]);
  }
  await box.fill("izmir");
  await expect(cardNames(page)).toHaveText(["Şükrü Güneşdoğdu"]);
  await expect(page.locator("ol.cards > li:not([hidden]) article.card .topics mark")).toHaveText("İzmir");
});

test("a card's topics and places read the same with and without search marks", async ({ page }) => {
  await page.goto(`${ORIGIN}/`);
  await live(page);
  const topics = page.locator("article.card[data-id='odegard'] .topics");
  const text = "Topics and places: Polar museum loan · Sámi language archive · Tromsø";
  await expect(topics).toHaveText(text);
  await expect(topics.locator("mark")).toHaveCount(0);
  await page.getByLabel("Search names, roles, organisations, topics, places").fill("tromso");
  await expect(page).toHaveURL(`${ORIGIN}/?q=tromso`);
  await expect(topics.locator("mark")).toHaveText("Tromsø");
  await expect(topics).toHaveText(text);
});

test("every permalink opens its meeting with its own head tags", async ({ page }) => {
  const con = watchConsole(page);
  for (const [id, name] of meetings) {
    await page.goto(`${ORIGIN}/meetings/${id}/`);
    await live(page);
    await expect(page.locator("main h1")).toHaveText(name);
    await expect(page).toHaveTitle(new RegExp(name.slice(0, 20)));
    expect(await page.locator("meta[property='og:url']").getAttribute("content")).toBe(`${ORIGIN}/meetings/${id}/`);
  }
  // Two sources cited, one with a link to read it.
  await page.goto(`${ORIGIN}/meetings/bronte-cosic/`);
  await live(page);
  await expect(page.locator(".citation .cite")).toHaveCount(2);
  await expect(page.locator(".citation")).toContainText("The Northern Ledger (fictional), “A minister’s week in the north”, published 7 May 2031, paragraph 8.");
  await expect(page.locator(".citation a")).toHaveAttribute("href", "https://example.org/northern-ledger/minister-week");
  con.assertClean();
});

test("an eighty-character name wraps inside its card on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`${ORIGIN}/`);
  await live(page);
  const card = page.locator("article.card[data-id='hohenzollern']");
  const fits = await card.evaluate((el) => el.scrollWidth <= el.clientWidth);
  expect(fits).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
});

/** Every file below `dir`, read as bytes. */
function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : [p];
  });
}

function leaks(dir, words) {
  const zlib = require("zlib");
  const found = [];
  for (const file of files(dir)) {
    // Precompressed copies are searched decompressed.
    let bytes = fs.readFileSync(file);
    if (file.endsWith(".gz")) bytes = zlib.gunzipSync(bytes);
    if (file.endsWith(".br")) bytes = zlib.brotliDecompressSync(bytes);
    const text = bytes.toString("latin1") + bytes.toString("utf8");
    for (const w of words) if (text.includes(w)) found.push(`${path.relative(dir, file)}: ${w}`);
  }
  return found;
}

test("nothing of the bundled visit is in the fixtures' sites, and no fixture is shipped", () => {
  const fixtureFiles = files(SITE).map((f) => path.relative(SITE, f));
  expect(fixtureFiles).toContain("index.html");
  expect(fixtureFiles.filter((f) => /^meetings\/[a-z0-9-]+\/index\.html$/.test(f)).length).toBe(meetings.length);
  expect(leaks(SITE, ["Tokayev", "Kazinform", "UNGA", "Wabtec", "tokayev-unga78", "Kassym"])).toEqual([]);
  const TRIP_SITE = path.join(__dirname, "../../../target/trip-site");
  expect(leaks(TRIP_SITE, ["Tokayev", "Kazinform", "UNGA", "Wabtec", "tokayev-unga78", "Kassym", "Ísafold"])).toEqual([]);
  expect(leaks(BUNDLED_SITE, ["Ísafold", "Þórðardóttir", "Northern Ledger", "fictional-northern-tour", "Ødegård",
    "Araya-Quispe", "Andes Wire", "fictional-east-africa-trip"])).toEqual([]);
});
