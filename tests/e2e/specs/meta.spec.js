// Every prerendered page announces a large preview image, and every image it names
// exists in the built site as a 1200×630 PNG.
const fs = require("fs");
const path = require("path");
const { test, expect } = require("./helpers");

const sites = [
  { name: "bundled, root", dir: "../../../dist" },
  { name: "bundled, sub-path", dir: "../../../target/subpath-root/visit-explorer" },
  { name: "fixture", dir: "../../../target/fixture-site" },
];

function htmlFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "previews" ? [] : htmlFiles(p);
    return e.name.endsWith(".html") ? [p] : [];
  });
}

const meta = (html, key) => {
  const m = html.match(new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, "\\$&")}" content="([^"]*)">`));
  return m ? m[1] : null;
};

for (const site of sites) {
  test(`${site.name}: every page's head names a preview image that exists`, () => {
    const dir = path.join(__dirname, site.dir);
    const pages = htmlFiles(dir);
    expect(pages.length).toBeGreaterThan(10);
    const base = fs.readFileSync(path.join(dir, "index.html"), "utf8").match(/<link rel="canonical" href="([^"]+)">/)[1];
    const images = new Map();
    for (const file of pages) {
      const html = fs.readFileSync(file, "utf8");
      const where = path.relative(dir, file);
      const url = meta(html, "og:image");
      expect(url, where).toMatch(new RegExp(`^${base.replace(/[.?]/g, "\\$&")}previews/[a-z0-9-]+-[0-9a-f]{10}\\.png$`));
      expect(meta(html, "og:image:width"), where).toBe("1200");
      expect(meta(html, "og:image:height"), where).toBe("630");
      expect(meta(html, "og:image:type"), where).toBe("image/png");
      expect((meta(html, "og:image:alt") || "").length, where).toBeGreaterThan(10);
      expect(meta(html, "twitter:card"), where).toBe("summary_large_image");
      const png = fs.readFileSync(path.join(dir, url.slice(base.length)));
      expect([...png.subarray(0, 8)], where).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], where).toEqual([1200, 630]);
      images.set(where, url);
    }
    // Each meeting has its own image; the explorer and the not-found page share one.
    const meetings = [...images].filter(([p]) => p.startsWith("meetings"));
    expect(new Set(meetings.map(([, u]) => u)).size).toBe(meetings.length);
    expect(images.get("404.html")).toBe(images.get("index.html"));
  });
}

// Chromium fetches the tab icon again after every pushState and replaceState (each
// filter click, each search keystroke), and parses an SVG icon as a document each time:
// so pages link a 32-pixel PNG made from assets/favicon.svg, and no SVG icon ships.
for (const site of sites) {
  test(`${site.name}: every page links the 32-pixel PNG icon, which exists`, () => {
    const dir = path.join(__dirname, site.dir);
    const pages = htmlFiles(dir);
    const hrefs = new Set();
    for (const file of pages) {
      const html = fs.readFileSync(file, "utf8");
      const where = path.relative(dir, file);
      const icons = html.match(/<link rel="icon"[^>]*>/g) || [];
      expect(icons, where).toHaveLength(1);
      const m = icons[0].match(/^<link rel="icon" type="image\/png" sizes="32x32" href="([^"]+\.png)">$/);
      expect(m, `${where}: ${icons[0]}`).not.toBeNull();
      hrefs.add(m[1]);
    }
    expect(hrefs.size).toBe(1);
    const file = path.basename([...hrefs][0]);
    const png = fs.readFileSync(path.join(dir, file));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([32, 32]);
    expect(fs.readdirSync(dir).filter((f) => /^favicon.*\.svg/.test(f))).toEqual([]);
  });
}

test("the tab icon loads as a PNG after a filter click changes the address", async ({ page }) => {
  const icons = [];
  page.on("response", (r) => { if (/favicon/.test(r.url())) icons.push([r.status(), r.headers()["content-type"]]); });
  await page.goto("http://127.0.0.1:8092/");
  await page.waitForFunction(() => window.__visitExplorerReady === true);
  await page.locator(".breakdown button[data-value='finance']").click();
  await expect(page).toHaveURL(/sector=finance/);
  await expect.poll(() => icons.length).toBeGreaterThan(0);
  for (const [status, type] of icons) expect([status, type]).toEqual([200, "image/png"]);
});

for (const site of sites) {
  test(`${site.name}: every text and wasm file has .gz and .br copies of the same bytes`, () => {
    const zlib = require("zlib");
    const dir = path.join(__dirname, site.dir);
    const all = (d) => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? all(path.join(d, e.name)) : [path.join(d, e.name)]));
    const files = all(dir).filter((f) => /\.(html|js|css|wasm|svg)$/.test(f));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const bytes = fs.readFileSync(f);
      expect(zlib.gunzipSync(fs.readFileSync(`${f}.gz`)).equals(bytes), `${f}.gz`).toBe(true);
      expect(zlib.brotliDecompressSync(fs.readFileSync(`${f}.br`)).equals(bytes), `${f}.br`).toBe(true);
    }
  });
}

test("the host-like server sends the precompressed copies", async ({ request }) => {
  const index = await request.get("http://127.0.0.1:8092/", { headers: { "Accept-Encoding": "br" } });
  expect(index.headers()["content-encoding"]).toBe("br");
  const wasm = fs.readdirSync(path.join(__dirname, "../../../dist")).find((f) => f.endsWith(".wasm"));
  const res = await request.get(`http://127.0.0.1:8092/${wasm}`, { headers: { "Accept-Encoding": "gzip" } });
  expect(res.headers()["content-encoding"]).toBe("gzip");
  expect(res.headers()["cache-control"]).toContain("immutable");
  expect((await res.body()).subarray(0, 4).toString("latin1")).toBe("\0asm");
});
