// A trip of several stops, end to end: the fictional format-2 fixture
// (tests/fixtures/multi-stop-trip) built into its own site. Its itinerary filters by
// stop; a meeting with several countries counts under each, on the map and beside
// it; cards and meeting pages say where, with whom and how; sources are summarised
// once and listed once; links and exports carry the trip. Expected values are read
// from the fixture's own files, not from the app.
const fs = require("fs");
const path = require("path");
const { test, expect, live, cards, cardNames, watchConsole } = require("./helpers");

const ORIGIN = "http://127.0.0.1:8098";
const DIR = path.join(__dirname, "../../fixtures/multi-stop-trip");
const trip = JSON.parse(fs.readFileSync(path.join(DIR, "visit.json"), "utf8"));
const GRID = Object.fromEntries(
  fs.readFileSync(path.join(__dirname, "../../../crates/core/data/world-tile-grid.csv"), "utf8")
    .trim().split("\n").slice(1).map((l) => l.split(",")).map(([code, col, row]) => [code, { col: +col, row: +row }]),
);

/** The fixture's meetings.csv, as rows of named cells (Python's writer made it). */
function sheet() {
  const text = fs.readFileSync(path.join(DIR, "meetings.csv"), "utf8").replace(/^\ufeff/, "");
  const rows = [];
  let row = [], field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\r" && text[i + 1] === "\n") { row.push(field); rows.push(row); row = []; field = ""; i++; }
    else field += c;
  }
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}
const meetings = sheet();
const inStop = (id) => meetings.filter((m) => m.stop === id).map((m) => m.id);

test("the itinerary lists the stops in order, each named by its city first, with its count", async ({ page }) => {
  const con = watchConsole(page);
  await page.goto(`${ORIGIN}/`);
  await live(page);
  await expect(page.locator("main h1")).toHaveText(trip.visit.title);
  const stops = page.locator(".itinerary button[data-value]");
  await expect(stops).toHaveCount(trip.visit.stops.length);
  const names = await stops.evaluateAll((bs) => bs.map((b) => b.textContent.trim()));
  trip.visit.stops.forEach((s, i) => {
    expect(names[i].startsWith(s.city), names[i]).toBe(true);
    expect(names[i].endsWith(String(inStop(s.id).length)), names[i]).toBe(true);
  });
  await expect(page.getByRole("button", { name: /^Mombasa Kenya · 11 March 2031 to 12 March 2031/ })).toHaveAttribute("aria-pressed", "false");
  // The lede summarises the three sources; the footer lists each once, with its link.
  await expect(page.locator(".lede")).toContainText("10 meetings, from 3 reports by Andes Wire (fictional) and Lake Courier (fictional), 9 March 2031 to 14 March 2031.");
  await expect(page.locator(".sources li")).toHaveCount(trip.sources.length);
  await expect(page.locator(".sources li").first()).toContainText("Andes Wire (fictional), “The minister lands in Nairobi”, 9 March 2031");
  await expect(page.locator(".sources li a").first()).toHaveAttribute("href", trip.sources[0].url);
  await expect(page.locator(".site-header .tagline")).toHaveText("Valentina Araya-Quispe, Nairobi, Mombasa and Kigali");
  con.assertClean();
});

test("a stop is a filter: OR within the itinerary, AND with the other facets", async ({ page }) => {
  await page.goto(`${ORIGIN}/`);
  await live(page);
  await page.locator(".itinerary button[data-value='mombasa']").click();
  await expect(page).toHaveURL(`${ORIGIN}/?stop=mombasa`);
  await expect(cards(page)).toHaveCount(inStop("mombasa").length);
  await page.locator(".itinerary button[data-value='kigali']").click();
  await expect(page).toHaveURL(`${ORIGIN}/?stop=mombasa,kigali`);
  await expect(cards(page)).toHaveCount(inStop("mombasa").length + inStop("kigali").length);
  await page.locator(".facet[data-facet='kind'] button[data-value='head-of-government']").click();
  await expect(page).toHaveURL(`${ORIGIN}/?stop=mombasa,kigali&kind=head-of-government`);
  await expect(cardNames(page)).toHaveText(["Claudine Uwase"]);
  await expect(page.locator(".active-filters")).toContainText("Stop: Mombasa");
  // The link opens the same view anywhere.
  const fresh = await page.context().newPage();
  await fresh.goto(`${ORIGIN}/?kind=head-of-government&STOP=Kigali,mombasa&utm_source=x`);
  await live(fresh);
  await expect(fresh).toHaveURL(`${ORIGIN}/?stop=mombasa,kigali&kind=head-of-government`);
  await expect(cardNames(fresh)).toHaveText(["Claudine Uwase"]);
  await fresh.close();
});

test("a trilateral counts under each of its countries, beside the map and on it", async ({ page }) => {
  await page.goto(`${ORIGIN}/`);
  await live(page);
  const count = (code) => meetings.filter((m) => m.countries.split(" | ").includes(code)).length;
  for (const code of ["KE", "TZ", "RW", "UG", "international"]) {
    await expect(page.locator(`.map button[data-value='${code}'] .count`)).toHaveText(String(count(code)));
  }
  await page.locator(".map button[data-value='TZ']").click();
  await expect(cardNames(page)).toHaveText(["Presidents of Kenya and Tanzania (fictional)"]);
  // With Tanzania chosen, Kenya still counts the trilateral, which it would show.
  await expect(page.locator(".map button[data-value='KE'] .count")).toHaveText(String(count("KE")));
  await expect(page.locator("article.card[data-id='nairobi-trilateral'] .where")).toContainText("Kenya, Tanzania");
  // The map: home in Chile, Kenya and Rwanda visited (Kenya met too), the others met.
  const src = await page.locator(".map img.world").getAttribute("src");
  const svg = await (await page.request.get(`${ORIGIN}${src}`)).text();
  const at = (code) => { const t = GRID[code]; return `<rect x="${(t.col - 1) * 8}" y="${(t.row - 1) * 8}" width="7" height="7"`; };
  const cls = (code) => { const i = svg.indexOf(at(code)); return svg.slice(i, svg.indexOf("/>", i)).match(/class="(\w)"/)?.[1] || ""; };
  expect(cls("CL")).toBe("h");
  expect(cls("RW")).toBe("v");
  expect(cls("KE")).toBe("v");
  expect(svg).toContain(`<path d="M${(GRID.KE.col - 1) * 8 + 7} `);
  for (const code of ["TZ", "UG", "BR", "IN"]) expect(cls(code), code).toBe("m");
  await expect(page.locator(".map-legend li")).toHaveText(["Home: Chile", "Visited: Kenya, Rwanda", "Countries met"]);
});

test("cards and meeting pages say where, with whom and how", async ({ page }) => {
  const con = watchConsole(page);
  await page.goto(`${ORIGIN}/`);
  await live(page);
  await expect(page.locator("article.card[data-id='da-silva-call'] .badge.mode")).toHaveText("By phone");
  await expect(page.locator("article.card[data-id='sundaram-video'] .badge.mode")).toHaveText("By video");
  await expect(page.locator("article.card[data-id='uwase'] .badge.mode")).toHaveCount(0);
  await expect(page.locator("article.card[data-id='uwase'] .where")).toContainText("Kigali");
  await expect(page.locator("article.card[data-id='harbour-master'] .date")).toHaveText("By 12 March 2031");
  // Text that looks like markup stays text.
  const summary = page.locator("article.card[data-id='sundaram-video'] .summary");
  await expect(summary).toContainText("“<b>bold</b>” plans & a pilot");
  await expect(summary.locator("b")).toHaveCount(0);

  await page.goto(`${ORIGIN}/meetings/ports-summit/`);
  await live(page);
  const row = (label) => page.locator(`dl.facts dt:text-is("${label}") + dd`);
  await expect(row("Kind of counterpart")).toHaveText("Summit");
  await expect(row("Countries")).toHaveText("Kenya, International organisations");
  await expect(row("Where")).toHaveText("Mombasa, Kenya · 11 March 2031 to 12 March 2031");
  await expect(row("How")).toHaveText("In person");
  await expect(row("Announced")).toHaveText("By Andes Wire (fictional) on 9 March 2031 (paragraph 6); held 11 March 2031.");
  await expect(row("Source cited")).toContainText("Andes Wire (fictional), “Ports, calls and a summit”, published 12 March 2031, paragraphs 1, 2.");
  await page.goto(`${ORIGIN}/meetings/da-silva-call/`);
  await live(page);
  await expect(row("How")).toHaveText("By phone");
  await expect(row("Kind of counterpart")).toHaveText("Minister");
  con.assertClean();
});

test("exports carry the trip: format-2 CSV and JSON, calendar events at their stops", async ({ page }) => {
  await page.goto(`${ORIGIN}/?stop=mombasa`);
  await live(page);
  const download = async (format) => {
    const details = page.locator(".download details");
    if (!(await details.evaluate((d) => d.open))) await page.locator(".download summary").click();
    const [file] = await Promise.all([page.waitForEvent("download"), page.locator(`.download button[data-format='${format}']`).click()]);
    return { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), "utf8") };
  };
  const csv = await download("csv");
  expect(csv.name).toBe("fictional-east-africa-trip-2031-stop-mombasa.csv");
  const header = csv.text.replace(/^\ufeff/, "").split("\r\n")[0];
  // The view's own language only: the sheet's translation columns (name@ru) stay out.
  const own = fs.readFileSync(path.join(DIR, "meetings.csv"), "utf8").replace(/^\ufeff/, "").split("\r\n")[0]
    .split(",").filter((c) => !c.includes("@")).join(",");
  expect(header).toBe(own);
  expect(csv.text).toContain("ports-summit,held,2031-03-11,stated");
  expect(csv.text).toContain(",KE | international,mombasa,,");
  const json = JSON.parse((await download("json")).text);
  expect(json.format).toBe(2);
  expect(json.visit.stops.map((s) => s.id)).toEqual(["nairobi", "mombasa", "kigali"]);
  // In the view's order: by date, then as the sheet lists them.
  expect(json.meetings.map((m) => m.id)).toEqual(["ports-summit", "harbour-master", "sundaram-video"]);
  expect(json.meetings.find((m) => m.id === "ports-summit").announced).toEqual({ source: "andes-wire-first", paragraphs: [6] });
  expect(json.sources[0].published).toBe("2031-03-09T21:30:00-03:00");
  const ics = (await download("ics")).text;
  expect(ics).toContain("LOCATION:Mombasa\\, Kenya\r\n");
  // The all-day event is the local day at the stop, as the dataset gives it.
  expect(ics).toMatch(/UID:ports-summit@[^\r]+\r\nDTSTAMP:[0-9TZ]+\r\nDTSTART;VALUE=DATE:20310311\r\n/);
});

test("a Russian page shows the one translated summary as Russian and marks every text left in English", async ({ page }) => {
  const con = watchConsole(page);
  await page.goto(`${ORIGIN}/ru/`);
  await live(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  const translated = meetings.find((m) => m["summary@ru"]);
  const first = page.locator(`article[data-id='${translated.id}']`);
  await expect(first.locator(".summary")).toHaveText(translated["summary@ru"]);
  expect(await first.locator(".summary").getAttribute("lang")).toBeNull();
  // Everything else stayed English, and says so for screen readers and hyphenation.
  const other = meetings.find((m) => !m["summary@ru"]);
  const card = page.locator(`article[data-id='${other.id}']`);
  await expect(card.locator(".summary")).toHaveText(other.summary);
  await expect(card.locator(".summary")).toHaveAttribute("lang", "en");
  await expect(card.locator("h3")).toHaveAttribute("lang", "en");
  await expect(card.locator(".tag").first()).toHaveAttribute("lang", "en");
  await expect(page.locator("main h1")).toHaveAttribute("lang", "en");
  // The interface's own words are Russian, and carry no lang of their own.
  await expect(page.locator(".languages [aria-current]")).toHaveText("Русский");
  // The meeting page, rendered by the app after a click, marks the same texts.
  await card.locator("h3 a").click();
  await expect(page).toHaveURL(new RegExp(`/ru/meetings/${other.id}/$`));
  await expect(page.locator("#meeting-h")).toHaveAttribute("lang", "en");
  await expect(page.locator(".summary.lead")).toHaveAttribute("lang", "en");
  // And its prerendered copy carries them before any script runs.
  const html = await (await page.request.get(`${ORIGIN}/ru/meetings/${translated.id}/`)).text();
  expect(html).toMatch(/<p class="summary lead">[^<]*Вымышленный/);
  expect(html).toMatch(/<p (?=[^>]*class="role")(?=[^>]*lang="en")[^>]*>/);
  expect(html).toMatch(/<h1 (?=[^>]*id="meeting-h")(?=[^>]*lang="en")[^>]*>/);
  con.assertClean();
});
