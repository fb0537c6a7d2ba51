// Offline after one visit: a service worker keeps the whole build, so reload, filters,
// search, every meeting page and the not-found page work with no network at all (the
// server is stopped too). A new deploy replaces the old build on the next visit.
const fs = require("fs");
const path = require("path");
const { spawn } = require("child_process");
const { test, expect, live, cards, cardNames } = require("./helpers");

const ROOT = path.join(__dirname, "../../..");
const bundled = require("./helpers").bundled();

/** Starts the host-like server on `port` for `dir`; resolves once it answers. */
async function serve(dir, port) {
  // Another server answering on the port would pass for this one.
  const taken = await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false);
  if (taken) throw new Error(`port ${port} is already served: the test needs it free for ${dir}`);
  const server = spawn("python3", [path.join(ROOT, ".ci/serve.py"), dir, "--port", String(port)], { stdio: "ignore" });
  for (let i = 0; i < 100; i++) {
    const answers = await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false);
    if (answers) {
      // A server that could not bind the port (taken since the check) exits at once.
      await new Promise((r) => setTimeout(r, 300));
      if (server.exitCode !== null) throw new Error(`the server for ${dir} exited: port ${port} is taken`);
      return server;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server on ${port} did not start`);
}

async function stop(server) {
  server.kill();
  await new Promise((r) => server.once("exit", r));
}

/** Waits until a service worker controls the page and says so. */
async function keptOffline(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  await expect(page.locator(".offline-status")).toHaveText("✓ Available offline");
}

for (const site of [
  { name: "root", dir: path.join(ROOT, "dist"), port: 8095, prefix: "" },
  { name: "sub-path", dir: path.join(ROOT, "target/subpath-root"), port: 8097, prefix: "/visit-explorer" },
]) {
  test(`${site.name}: after one visit the whole site reads offline`, async ({ newContext }) => {
    test.setTimeout(90_000);
    const server = await serve(site.dir, site.port);
    const url = (p) => `http://127.0.0.1:${site.port}${site.prefix}${p}`;
    const context = await newContext();
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    try {
      await page.goto(url("/"));
      await live(page);
      await keptOffline(page);
    } finally {
      await stop(server);
    }
    await context.setOffline(true);

    await page.reload();
    await live(page);
    await expect(cards(page)).toHaveCount(14);
    await page.locator(".breakdown button[data-value='finance']").click();
    await expect(cards(page)).toHaveCount(2);
    await page.getByLabel("Search names, roles, organisations, topics, places").fill("villa");
    await expect(cardNames(page)).toHaveText(["Nicola Villa"]);
    // Every meeting page opens, none of them visited online.
    for (const m of bundled.meetings) {
      await page.goto(url(`/meetings/${m.id}/`));
      await live(page);
      await expect(page.locator("main h1")).toHaveText(m.counterpart.name);
    }
    await expect(page.locator(".offline-status")).toHaveText("✓ Available offline");
    // Odd spellings and unknown paths too.
    await page.goto(url("/index.html?sector=finance&utm_source=x"));
    await live(page);
    await expect(cards(page)).toHaveCount(2);
    expect(page.url()).toBe(url("/?sector=finance"));
    await page.goto(url("/no/such/page/"));
    await live(page);
    await expect(page.locator("main h1")).toHaveText("Page not found");
    await page.getByRole("link", { name: "See all meetings" }).click();
    await expect(cards(page)).toHaveCount(14);
    expect(errors).toEqual([]);
  });
}

// Build A is the bundled visit, build B the fixture, each at the root and under a sub-path.
const DEPLOYS = [
  { name: "root", a: "dist", b: "target/fixture-site", prefix: "", port: 8096 },
  { name: "sub-path", a: "target/subpath-root", b: "target/subpath-fixture", prefix: "/visit-explorer", port: 8099 },
];

for (const d of DEPLOYS) {
  test(`${d.name}: a new deploy replaces the old build on the next visit, never mixing the two`, async ({ newContext }) => {
    test.setTimeout(90_000);
    // One address whose files change underneath it: a link swapped from build A to build B.
    const swap = path.join(ROOT, `target/sw-swap-${d.name}`);
    fs.rmSync(swap, { recursive: true, force: true });
    fs.mkdirSync(swap, { recursive: true });
    const served = path.join(swap, "site");
    const deploy = (dir) => {
      fs.symlinkSync(path.join(ROOT, dir), `${served}.next`);
      fs.renameSync(`${served}.next`, served);
    };
    // Each its own port: the tests may run at once.
    const home = `http://127.0.0.1:${d.port}${d.prefix}/`;
    deploy(d.a);
    const server = await serve(served, d.port);
    try {
      const context = await newContext();
      const page = await context.newPage();
      await page.goto(home);
      await live(page);
      await keptOffline(page);
      await expect(page.locator("main h1")).toHaveText(bundled.visit.title);
      const before = await page.evaluate(() => caches.keys());
      expect(before).toHaveLength(1);
      // A's dataset pack, which only A's pages ask for.
      const aPack = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name).find((n) => /\/pack-[0-9a-f]{16}\.txt$/.test(n)));
      expect(aPack).toBeTruthy();

      // Build B goes live on the server. Right after, the page the reader opens is
      // still A's, whole, from the cache: A's page and A's cards, not B's.
      deploy(d.b);
      await page.goto(home);
      await expect(page.locator("main h1")).toHaveText(bundled.visit.title);
      await expect(page.locator("ol.cards > li article.card")).toHaveCount(14);
      // The visit finds the new worker (the browser checks on navigation too; asking
      // makes the test quick). Once it has cached B in full it takes over, keeping A's
      // cache beside its own and nothing older.
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
      // B has taken over once its cache notes its activation and it controls the page.
      const takenOver = (old) => page.evaluate(async ({ old, marker }) => {
        const r = await navigator.serviceWorker.getRegistration();
        const fresh = (await caches.keys()).find((k) => k !== old);
        return Boolean(fresh && (await caches.match(marker, { cacheName: fresh })) && !r.installing && !r.waiting
          && navigator.serviceWorker.controller === r.active);
      }, { old, marker: `${home}__activated` });
      await expect.poll(() => takenOver(before[0]), { timeout: 30_000 }).toBe(true);
      const after = await page.evaluate(() => caches.keys());
      expect(after).toHaveLength(2);
      expect(after).toContain(before[0]);
      // A page of A still loading when B took over gets A's files, which the host no
      // longer has: A's pack comes from A's cache, not a 404. (Past the browser's own
      // HTTP cache, which may or may not still hold it.)
      expect((await (await context.request.get(aPack)).status())).toBe(404);
      expect(await page.evaluate((u) => fetch(u, { cache: "no-store" }).then((r) => r.status), aPack)).toBe(200);
      // The worker is the site's own: under the sub-path, the sub-path's.
      expect(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL)).toBe(`${home}sw.js`);
      await page.reload();
      await live(page);
      await expect(page.locator("main h1")).toHaveText(/northern tour \(fictional test visit\)/);
      await expect(cards(page)).toHaveCount(11);
      await page.locator(".breakdown button[data-value='energy']").click();
      await expect(cards(page)).toHaveCount(4);
      // And B reads offline too.
      await context.setOffline(true);
      await page.goto(`${home}?sector=energy`);
      await live(page);
      await expect(cards(page)).toHaveCount(4);
    } finally {
      await stop(server);
    }
  });
}
