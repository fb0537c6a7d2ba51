// Minifies the inline classic <script> elements of built HTML pages in place, with
// terser: index.html keeps its comments for readers, and no page ships them.
// Usage: node .ci/minify-inline-scripts.js PAGE.html...
// Runs before the prerenderer, which hashes each inline script for the page's CSP.
"use strict";
const fs = require("fs");
const path = require("path");
const { minify } = require(path.join(__dirname, "../tests/e2e/node_modules/terser"));

// Only bare <script> tags: Trunk's module loader is left to the prerenderer.
const INLINE = /<script>([\s\S]*?)<\/script>/g;

async function page(file) {
  const html = fs.readFileSync(file, "utf8");
  const parts = [];
  let last = 0;
  for (const m of html.matchAll(INLINE)) {
    let out;
    try {
      out = await minify(m[1], { compress: true, mangle: true });
    } catch (e) {
      const line = html.slice(0, m.index).split("\n").length + (e.line || 1) - 1;
      throw new Error(`${file}:${line}: terser cannot parse the inline script: ${e.message}`);
    }
    parts.push(html.slice(last, m.index), "<script>", out.code, "</script>");
    last = m.index + m[0].length;
  }
  parts.push(html.slice(last));
  const result = parts.join("");
  fs.writeFileSync(file, result);
  return html.length - result.length;
}

(async () => {
  const files = process.argv.slice(2);
  if (!files.length) throw new Error("give the HTML pages to minify");
  for (const file of files) {
    const saved = await page(file);
    console.log(`    ${file}: inline scripts ${saved} bytes smaller`);
  }
})().catch((e) => {
  console.error(`ERROR: ${e.message}`);
  process.exit(1);
});
