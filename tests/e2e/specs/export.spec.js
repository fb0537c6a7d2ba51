// "Download" gives exactly the meetings a view shows, in its order, as CSV, JSON and
// iCalendar, made in the browser. Each file is parsed and checked here.
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");
const { test, expect, live } = require("./helpers");

const SITE_TOOL = path.join(__dirname, "../../../target/debug/visit-site");
const COLUMNS = "id,status,date,date_basis,date_note,name,role,organisation,kind,countries,stop,mode,sectors,topics,places,figures,summary,cites,announced".split(",");
const dataset = require("./helpers").bundled();
/** A row's cell by column name. */
const cell = (row, name) => row[COLUMNS.indexOf(name)];

/** RFC 4180: fields in double quotes may hold commas, doubled quotes and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [], field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\r" && text[i + 1] === "\n") { row.push(field); rows.push(row); row = []; field = ""; i++; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

async function download(page, format) {
  const details = page.locator(".download details");
  if (!(await details.evaluate((d) => d.open))) await page.locator(".download summary").click();
  const [file] = await Promise.all([page.waitForEvent("download"), page.locator(`.download button[data-format='${format}']`).click()]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}

const shownIds = (page) => page.locator("ol.cards > li:not([hidden]) article.card").evaluateAll((els) => els.map((e) => e.dataset.id));

test("a filtered view downloads as CSV rows equal to its cards", async ({ page }) => {
  await page.goto("/?sector=finance,transport-logistics");
  await live(page);
  const shown = await shownIds(page);
  expect(shown).toEqual(["wabtec", "citigroup", "mastercard", "iran"]);
  const { name, bytes } = await download(page, "csv");
  expect(name).toBe("tokayev-unga78-2023-sector-transport-logistics-finance.csv");
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(bytes.toString("utf8").slice(1));
  expect(rows[0]).toEqual(COLUMNS);
  expect(rows.slice(1).map((r) => r[0])).toEqual(shown);
  expect(rows.slice(1).every((r) => r.length === COLUMNS.length)).toBe(true);
  const wabtec = rows[1];
  expect(cell(wabtec, "name")).toBe("Rafael Santana");
  expect(cell(wabtec, "countries")).toBe("US");
  expect(cell(wabtec, "cites")).toBe("2, 3");
  await expect(page.locator(".download-status")).toHaveText(`Saved ${name}`);
});

test("a field with a comma and quotes survives the CSV", async ({ page }) => {
  await page.goto("http://127.0.0.1:8094/?country=ZA");
  await live(page);
  const rows = parseCsv((await download(page, "csv")).bytes.toString("utf8").slice(1));
  expect(rows.length).toBe(2);
  expect(cell(rows[1], "topics")).toBe('Tidal power, "with care" for fish');
  const poland = parseCsv((await (async () => {
    await page.goto("http://127.0.0.1:8094/?country=PL");
    await live(page);
    return download(page, "csv");
  })()).bytes.toString("utf8").slice(1));
  expect(cell(poland[1], "summary")).toBe("A made-up exchange deal: students travel both ways, and a summer school opens in Gdańsk.\nBoth sides called it a start.");
});

test("the JSON download is a valid dataset of the view", async ({ page }) => {
  await page.goto("/?country=FI,IR&kind=head-of-state");
  await live(page);
  await expect(page.locator(".result-count")).toHaveText("2 of 14 meetings");
  const { name, bytes } = await download(page, "json");
  expect(name).toBe("tokayev-unga78-2023-country-fi-ir-kind-head-of-state.json");
  const data = JSON.parse(bytes.toString("utf8"));
  expect(data.format).toBe(2);
  expect(data.visit).toEqual(dataset.visit);
  // The view's two meetings, as the dataset file writes them, in its order.
  expect(data.meetings).toEqual(["iran", "finland"].map((id) => dataset.meetings.find((m) => m.id === id)));
  const shown = data.meetings.map((m) => m.id);
  const file = path.join(__dirname, "../../../target/e2e/export-check.json");
  fs.writeFileSync(file, bytes);
  const out = execFileSync(SITE_TOOL, ["check", file], { encoding: "utf8" });
  expect(out).toContain(`${shown.length} meetings, 1 source`);
});

test("the calendar has one event per dated meeting, CRLF lines of at most 75 octets", async ({ page }) => {
  await page.goto("/?sector=transport-logistics,finance");
  await live(page);
  const { name, bytes } = await download(page, "ics");
  expect(name).toBe("tokayev-unga78-2023-sector-transport-logistics-finance.ics");
  const text = bytes.toString("utf8");
  expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
  expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
  expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  for (const line of text.split("\r\n")) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
  const unfolded = text.replace(/\r\n /g, "");
  // Three of the four shown meetings are dated; Iran's is not, and is counted, not dated.
  expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(3);
  expect(unfolded).toContain("1 meeting in this view is left out");
  expect(unfolded).toContain("UID:wabtec@tokayev-unga78-2023.visit-explorer");
  expect(unfolded).toContain("URL:http://127.0.0.1:8090/meetings/wabtec/");
  expect(unfolded).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
});

test("an empty view offers no download", async ({ page }) => {
  await page.goto("/?q=zeppelin");
  await live(page);
  await expect(page.locator(".empty-state")).toBeVisible();
  await expect(page.locator(".download")).toHaveCount(0);
});
