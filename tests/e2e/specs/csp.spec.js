// The Content-Security-Policy in full, as every page of the built sites carries it
// and as the host-like server (.ci/serve.py) sends it: each directive, no
// 'unsafe-inline', and every hash matching the one inline block it covers.
const crypto = require("crypto");
const { test, expect } = require("./helpers");

const SITES = [
  { name: "root", origin: "http://127.0.0.1:8092", pages: ["/", "/meetings/citigroup/", "/meetings/un-secretary-general/", "/no-such-page/"] },
  { name: "sub-path", origin: "http://127.0.0.1:8093", pages: ["/visit-explorer/", "/visit-explorer/meetings/iran/", "/visit-explorer/nowhere"] },
  { name: "trip fixture", origin: "http://127.0.0.1:8098", pages: ["/", "/meetings/ports-summit/", "/meetings/da-silva-call/"] },
];

/** The policy as a map of directive to its sources. */
function parse(policy) {
  return Object.fromEntries(policy.split(";").map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name, ...sources] = d.split(/\s+/);
    return [name, sources];
  }));
}

/** The base64 SHA-256 of each inline `<tag>` block (without a src) in `html`. */
function inlineHashes(html, tag) {
  const out = [];
  for (const m of html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, "g"))) {
    if (/\ssrc=/.test(m[1] || "")) continue;
    out.push(`'sha256-${crypto.createHash("sha256").update(m[2], "utf8").digest("base64")}'`);
  }
  return out;
}

for (const site of SITES) {
  test(`${site.name}: every page's policy is whole, hashed block by block, and sent as a header`, async ({ request }) => {
    for (const page of site.pages) {
      const res = await request.get(site.origin + page);
      expect([200, 404], page).toContain(res.status());
      const html = await res.text();
      const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/);
      expect(meta, `${page} has a CSP meta tag`).not.toBeNull();
      const policy = meta[1];
      // The host-like server sends the same policy as a header, with the other headers it promises.
      const headers = res.headers();
      expect(headers["content-security-policy"], page).toBe(policy);
      expect(headers["content-type"], page).toBe("text/html; charset=utf-8");
      expect(headers["cache-control"], page).toBe("no-cache");

      const p = parse(policy);
      expect(Object.keys(p).sort(), page).toEqual(
        ["base-uri", "default-src", "form-action", "object-src", "script-src", "style-src", "worker-src"],
      );
      expect(p["default-src"], page).toEqual(["'self'"]);
      expect(p["object-src"], page).toEqual(["'none'"]);
      expect(p["base-uri"], page).toEqual(["'self'"]);
      expect(p["form-action"], page).toEqual(["'self'"]);
      expect(p["worker-src"], page).toEqual(["'self'"]);
      expect(policy, page).not.toContain("unsafe-inline");
      expect(policy, page).not.toContain("'unsafe-eval'");
      expect(policy, page).not.toMatch(/\*|https?:|data:|blob:/);
      // Scripts: this site, WebAssembly, and exactly the page's inline scripts by hash.
      const scripts = inlineHashes(html, "script");
      expect(scripts.length, `${page} has inline scripts`).toBeGreaterThan(0);
      expect(p["script-src"].slice(0, 2), page).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(p["script-src"].slice(2).sort(), page).toEqual([...scripts].sort());
      // Styles: this site and exactly the page's inline style sheets by hash.
      const styles = inlineHashes(html, "style");
      expect(styles.length, `${page} has its style sheet inline`).toBeGreaterThan(0);
      expect(p["style-src"][0], page).toBe("'self'");
      expect(p["style-src"].slice(1).sort(), page).toEqual([...styles].sort());
    }
  });
}

test("hashed files are cached for a year, and the rest revalidated", async ({ request }) => {
  const html = await (await request.get("http://127.0.0.1:8092/")).text();
  const pack = html.match(/fetch\("(\/pack-[0-9a-f]{16}\.txt)"\)/);
  expect(pack, "the page fetches its pack").not.toBeNull();
  const res = await request.get(`http://127.0.0.1:8092${pack[1]}`, { headers: { "Accept-Encoding": "gzip" } });
  expect(res.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(res.headers()["content-encoding"]).toBe("gzip");
  expect(res.headers()["vary"]).toBe("Accept-Encoding");
  const sw = await request.get("http://127.0.0.1:8092/sw.js");
  expect(sw.headers()["cache-control"]).toBe("no-cache");
});
