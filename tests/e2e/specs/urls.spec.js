// Every address a host can serve must end in a live app: the right page, no page
// error, no dialog, a canonical address afterwards, and links that still work.
// Run against a host-like server (404.html for missing files) and Python's plain
// server, at the site root and under the /visit-explorer/ sub-path.
const { test, expect, live, cards } = require("./helpers");
const dataset = require("./helpers").bundled();

const TITLE = dataset.visit.title;
const name = (id) => dataset.meetings.find((m) => m.id === id).counterpart.name;
const explorer = (canonical, count) => ({ kind: "explorer", canonical, count });
const meeting = (id, canonical) => ({ kind: "meeting", id, canonical });
// Not-found addresses stay as typed: there is no better address to give them.
const notFound = () => ({ kind: "not-found", canonical: null });
// The app's own canonical form of an odd value; checked to be stable on reload.
const STABLE = "stable";

// [address, expectation, group]. The "path" group reaches a file even on a plain
// server with no 404.html; the others need a host that answers with 404.html, or
// only vary the query, which does not depend on the server.
const cases = [
  // Path variants of the explorer.
  ["/", explorer("/", 14), "path"],
  ["/index.html", explorer("/", 14), "path"],
  ["/index.html?sector=finance", explorer("/?sector=finance", 2), "path"],
  ["/index.html#main", explorer("/#main", 14), "path"],
  ["/index.html?sector=finance#main", explorer("/?sector=finance#main", 2), "path"],
  ["//index.html", explorer("/", 14), "path"],
  ["///", explorer("/", 14), "path"],
  ["/INDEX.HTML", explorer("/", 14), "path-404"],
  ["/meetings/../index.html", explorer("/", 14), "path"],
  // Path variants of a meeting.
  ["/meetings/wabtec/", meeting("wabtec", "/meetings/wabtec/"), "path"],
  ["/meetings/wabtec/index.html", meeting("wabtec", "/meetings/wabtec/"), "path"],
  ["/meetings/wabtec", meeting("wabtec", "/meetings/wabtec/"), "path"],
  ["//meetings/wabtec/", meeting("wabtec", "/meetings/wabtec/"), "path"],
  ["/meetings//wabtec//", meeting("wabtec", "/meetings/wabtec/"), "path"],
  ["/%2Fmeetings/wabtec/", meeting("wabtec", "/meetings/wabtec/"), "path"],
  ["/meetings/%77abtec/", meeting("wabtec", "/meetings/wabtec/"), "path"],
  ["/meetings/WABTEC/", meeting("wabtec", "/meetings/wabtec/"), "path-404"],
  ["/meetings/wabtec/?utm_source=newsletter&utm_medium=email", meeting("wabtec", "/meetings/wabtec/"), "path"],
  ["/meetings/wabtec/index.html?fbclid=IwAR0abc", meeting("wabtec", "/meetings/wabtec/"), "path"],
  ["/meetings/wabtec/?sector=finance", meeting("wabtec", "/meetings/wabtec/"), "path"],
  ["/meetings/iran/index.html#facts", meeting("iran", "/meetings/iran/#facts"), "path"],
  ["/meetings/un-secretary-general/", meeting("un-secretary-general", "/meetings/un-secretary-general/"), "path"],
  // Unknown paths and ids.
  ["/404.html", notFound(), "unknown"],
  ["/404.html?from=somewhere", notFound(), "unknown"],
  ["/meetings/no-such-meeting/", notFound(), "unknown"],
  ["/meetings/", notFound(), "unknown"],
  ["/no/such/page", notFound(), "unknown"],
  ["/index.htm", notFound(), "unknown"],
  ["/meetings/wabtec/extra/", notFound(), "unknown"],
  ["/meetings/<script>alert(1)</script>/", notFound(), "unknown"],
  ["/<svg onload=alert(1)>", notFound(), "unknown"],
  ["/meetings/%00/", notFound(), "unknown"],
  ["/" + "x".repeat(1500), notFound(), "unknown"],
  // Tracking parameters, duplicates and case.
  ["/?utm_source=x&utm_medium=y&utm_campaign=z", explorer("/", 14), "tracking"],
  ["/?fbclid=IwAR123", explorer("/", 14), "tracking"],
  ["/?gclid=abc&sector=finance", explorer("/?sector=finance", 2), "tracking"],
  ["/?sector=FINANCE", explorer("/?sector=finance", 2), "tracking"],
  ["/?Sector=finance", explorer("/?sector=finance", 2), "tracking"],
  ["/?sector=finance&sector=digital", explorer("/?sector=finance,digital", 4), "tracking"],
  ["/?sector=finance,finance", explorer("/?sector=finance", 2), "tracking"],
  ["/?sector=Finance%2Cdigital", explorer("/?sector=finance,digital", 4), "tracking"],
  ["/?sector=finance&sector=finance&country=US&country=us", explorer("/?sector=finance&country=US", 2), "tracking"],
  ["/?country=us", explorer("/?country=US", 6), "tracking"],
  ["/?kind=HEAD-OF-STATE", explorer("/?kind=head-of-state", 5), "tracking"],
  ["/?status=planned&status=held", explorer("/?status=held,planned", 14), "tracking"],
  ["/?country=international", explorer("/?country=international", 2), "tracking"],
  // Bad and empty values.
  ["/?sector=", explorer("/", 14), "bad"],
  ["/?sector", explorer("/", 14), "bad"],
  ["/?=finance", explorer("/", 14), "bad"],
  ["/?&&&", explorer("/", 14), "bad"],
  ["/?", explorer("/", 14), "bad"],
  ["/?sector=warp-drive", explorer("/", 14), "bad"],
  ["/?country=ZZ", explorer("/", 14), "bad"],
  ["/?day=2023-02-30", explorer("/", 14), "bad"],
  ["/?day=undated", explorer("/?day=undated", 9), "bad"],
  ["/?sector[]=finance", explorer("/", 14), "bad"],
  ["/?__proto__=x&constructor=y", explorer("/", 14), "bad"],
  // Huge values.
  ["/?sector=" + "finance,".repeat(2000), explorer("/?sector=finance", 2), "huge"],
  ["/?q=" + "a".repeat(5000), explorer(STABLE, 0), "huge"],
  ["/?country=" + "US,".repeat(1000) + "FI", explorer("/?country=FI,US", 7), "huge"],
  // Search text: percent-encoded, script-like, malformed.
  ["/?q=niinisto", explorer("/?q=niinisto", 1), "search"],
  ["/?q=Niinist%C3%B6", explorer("/?q=Niinist%C3%B6", 1), "search"],
  ["/?q=rail+hydrogen", explorer("/?q=rail%20hydrogen", 1), "search"],
  ["/?q=+++", explorer("/", 14), "search"],
  ["/?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", explorer(STABLE, 0), "search"],
  ["/?q=<img src=x onerror=alert(1)>", explorer(STABLE, 0), "search"],
  ["/?q=javascript:alert(document.cookie)", explorer(STABLE, 0), "search"],
  ["/?q=%", explorer("/?q=%25", 0), "search"],
  ["/?q=%E0%A4%A", explorer(STABLE, 0), "search"],
  ["/?q=%00&sector=finance", explorer(STABLE, 0), "search"],
  ["/?q=%F0%9F%87%B0%F0%9F%87%BF", explorer(STABLE, 0), "search"],
  ["/?sector=finance#results", explorer("/?sector=finance#results", 2), "search"],
];

const sites = [
  { name: "host-like, root", origin: "http://127.0.0.1:8092", prefix: "", plain: false },
  { name: "host-like, sub-path", origin: "http://127.0.0.1:8093", prefix: "/visit-explorer", plain: false },
  { name: "plain server, root", origin: "http://127.0.0.1:8090", prefix: "", plain: true },
  { name: "plain server, sub-path", origin: "http://127.0.0.1:8091", prefix: "/visit-explorer", plain: true },
];

test("at least 60 distinct hostile or odd addresses are tried", () => {
  expect(new Set(cases.map((c) => c[0])).size).toBeGreaterThanOrEqual(60);
});

const groups = [...new Set(cases.map((c) => c[2]))];

for (const site of sites) {
  test.describe(site.name, () => {
    for (const group of groups) {
      // On the plain server only file-reaching spellings of the path are its own concern.
      if (site.plain && group !== "path") continue;
      test(`${group} addresses`, async ({ page }) => {
        // A hang guard that grows with the addresses tried, not a speed check.
        test.setTimeout(30_000 + 5_000 * cases.filter((c) => c[2] === group).length);

        const problems = [];
        page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
        page.on("console", (m) => { if (m.type() === "error" && !/Failed to load resource.*404/.test(m.text())) problems.push(`console: ${m.text()}`); });
        page.on("dialog", async (d) => { problems.push(`dialog: ${d.message()}`); await d.dismiss(); });
        for (const [address, want] of cases.filter((c) => c[2] === group)) {
          const label = address.length > 70 ? address.slice(0, 70) + "…" : address;
          await test.step(label, async () => {
            problems.length = 0;
            await page.goto(`${site.origin}${site.prefix}${address}`);
            await live(page);
            await expect.soft(page.locator("#fatal"), label).toHaveCount(0);

            const h1 = page.locator("main h1");
            if (want.kind === "explorer") {
              await expect.soft(h1, label).toHaveText(TITLE);
              await expect.soft(page.locator(".result-count"), label).toHaveText(`${want.count} of 14 meetings`);
            } else if (want.kind === "meeting") {
              await expect.soft(h1, label).toHaveText(name(want.id));
            } else {
              await expect.soft(h1, label).toHaveText("Page not found");
            }

            const shown = page.url().slice(site.origin.length);
            if (want.canonical === STABLE) {
              // Reloading the canonical address leaves it as it is.
              await page.goto(page.url());
              await live(page);
              expect.soft(page.url().slice(site.origin.length), label).toBe(shown);
            } else if (want.canonical) {
              expect.soft(shown, label).toBe(`${site.prefix}${want.canonical}`);
            } else {
              // Unchanged, up to the browser's own encoding of what was typed.
              const typed = new URL(`${site.origin}${site.prefix}${address}`).href.slice(site.origin.length);
              expect.soft(decodeURIComponent(shown), label).toBe(decodeURIComponent(typed));
            }

            // The app is live: the header link moves inside the app without a reload.
            await page.evaluate(() => { window.__samePage = true; });
            await page.locator(".site-header .brand").click();
            await expect.soft(page, label).toHaveURL(`${site.origin}${site.prefix}/`);
            await expect.soft(cards(page), label).toHaveCount(14);
            expect.soft(await page.evaluate(() => window.__samePage), label).toBe(true);
            expect.soft(problems, label).toEqual([]);
          });
        }
      });
    }
  });
}

test("the CSP guard itself catches a blocked inline script", async ({ page, cspViolations }) => {
  await page.goto("http://127.0.0.1:8092/");
  await live(page);
  await page.evaluate(() => {
    const s = document.createElement("script");
    s.textContent = "window.__injected = true";
    document.body.append(s);
  });
  await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
  expect(cspViolations[0]).toMatch(/script-src/);
  expect(await page.evaluate(() => window.__injected)).toBeUndefined();
  cspViolations.length = 0;
});
