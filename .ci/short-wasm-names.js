// Gives the wasm's imports, exports and import module short names, and renames them
// to match in wasm-bindgen's JS glue. wasm-bindgen names each import after its Rust
// binding plus a 16-hex-digit hash (`__wbg_createElement_de4a31ed2fb252be`), written
// in both files; hashes do not compress, and the names cost about 5 KB of gzip.
// Binaryen's wasm-opt makes the short names (with one more -Oz pass over the module,
// which also drops the producers and target-features sections no browser reads)
// and prints the mapping; this script applies it to the glue, then checks that every
// name the module now imports or exports is the one the glue uses. Both files
// then take a name from their new content. It leaves the mapping in
// target/wasm-names.json, for the bench's report.
// Usage: node .ci/short-wasm-names.js DIST_DIR   (before terser minifies the glue)
"use strict";
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

const fail = (msg) => {
  console.error(`ERROR: short-wasm-names: ${msg}`);
  process.exit(1);
};

const dist = process.argv[2] || fail("usage: node .ci/short-wasm-names.js DIST_DIR");
const only = (suffix) => {
  const found = fs.readdirSync(dist).filter((f) => f.endsWith(suffix));
  if (found.length !== 1) fail(`expected one *${suffix} in ${dist}, found ${found.length}: ${found.join(", ")}`);
  return path.join(dist, found[0]);
};
const wasmFile = only("_bg.wasm");
const glueFile = wasmFile.replace(/_bg\.wasm$/, ".js");
if (!fs.existsSync(glueFile)) fail(`no JS glue ${glueFile} beside ${wasmFile}`);

// Binaryen 132 (npm binaryen@132, as .ci/setup.sh installs it).
const wasmOpt = path.join(__dirname, "../tests/e2e/node_modules/.bin/wasm-opt");
let mapping;
try {
  const out = execFileSync(
    wasmOpt,
    [wasmFile, "-Oz", "--low-memory-unused", "--zero-filled-memory",
      "--minify-imports-and-exports-and-modules", "--strip-producers", "--strip-target-features",
      "-o", wasmFile],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
  mapping = JSON.parse(out.slice(out.indexOf("{")));
} catch (e) {
  fail(`wasm-opt could not shorten the names of ${wasmFile} (it runs once, on the wasm of a fresh trunk build): ${e.message}`);
}

// The module's own import and export names, read from its binary.
function readNames(bytes) {
  let i = 8;
  const leb = () => {
    let result = 0, shift = 0, b;
    do {
      b = bytes[i++];
      result += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    return result;
  };
  const name = () => {
    const len = leb();
    const s = Buffer.from(bytes.subarray(i, i + len)).toString("utf8");
    i += len;
    return s;
  };
  const imported = [], exported = [];
  while (i < bytes.length) {
    const id = bytes[i++];
    const size = leb();
    const end = i + size;
    if (id === 2 || id === 7) {
      for (let n = leb(); n > 0; n--) {
        if (id === 7) {
          exported.push(name());
          i++;
          leb();
          continue;
        }
        const module = name(), field = name(), kind = bytes[i++];
        imported.push([module, field]);
        if (kind === 0) leb(); // function: type index
        else if (kind === 1) { i++; const f = leb(); leb(); if (f & 1) leb(); } // table
        else if (kind === 2) { const f = leb(); leb(); if (f & 1) leb(); } // memory
        else if (kind === 3) i += 2; // global: type, mutability
        else if (kind === 4) { i++; leb(); } // tag
        else fail(`import ${module}.${field} has an unknown kind ${kind}`);
      }
    }
    i = end;
  }
  return { imported, exported };
}

const escape = (s) => s.replace(/[$.*+?^(){}|[\]\\]/g, "\\$&");
let glue = fs.readFileSync(glueFile, "utf8");
const { imported, exported } = readNames(fs.readFileSync(wasmFile));
const modules = [...new Set(imported.map(([m]) => m))];
const oldModules = [...new Set(mapping.imports.map(([m]) => m))];
if (modules.length !== 1 || oldModules.length !== 1) {
  fail(`expected one import module before and after, found ${oldModules.join(", ")} and ${modules.join(", ")}`);
}

// Replaces each match of `pattern`; there must be one (or, with `many`, at least one).
function rename(what, pattern, to, many = false) {
  let count = 0;
  glue = glue.replace(pattern, (...m) => {
    count++;
    return to(...m);
  });
  if (count === 0 || (count > 1 && !many)) fail(`the glue has ${count} of ${what}, not ${many ? "some" : "one"}`);
}

// The import object's module key, e.g. `"./visit-explorer_bg.js": import0`.
rename(`import module "${oldModules[0]}"`, new RegExp(`"${escape(oldModules[0])}"(\\s*:)`, "g"),
  (_, colon) => `"${modules[0]}"${colon}`);
// Each import, a key of that object at the start of its line.
for (const [, from, to] of mapping.imports) {
  rename(`import ${from}`, new RegExp(`^(\\s+)${escape(from)}(\\s*:)`, "gm"), (_, sp, colon) => sp + to + colon);
}
// Each export the glue reads, as `wasm.name`.
for (const [from, to] of mapping.exports) {
  const read = new RegExp(`\\bwasm\\.${escape(from)}(?![\\w$])`, "g");
  if (!read.test(glue)) continue; // not used by the glue
  rename(`export ${from}`, read, () => `wasm.${to}`, true);
}

// The module imports just the names the mapping gave (each renamed once in the
// glue above), and no export the glue reads is missing from the module.
const given = mapping.imports.map(([, , to]) => to).sort().join(" ");
if (imported.map(([, field]) => field).sort().join(" ") !== given) fail("the module's imports are not the names wasm-opt reported");
for (const [, member] of glue.matchAll(/\bwasm\.([\w$]+)/g)) {
  if (!exported.includes(member)) fail(`the glue reads wasm.${member}, which the module does not export`);
}
fs.writeFileSync(glueFile, glue);

// Trunk named both files by a hash of the code before any of this; the glue now
// fits one wasm only, so both take a name from what they hold now, and the page
// template follows. A host may keep a file for good under its name: a new
// wasm-opt must never put a different pair under the old names.
const stem = path.basename(glueFile, ".js");
const hash = require("crypto").createHash("sha256")
  .update(fs.readFileSync(wasmFile)).update(glue).digest("hex").slice(0, 16);
const newStem = stem.replace(/-[0-9a-f]+$/, "") + "-" + hash;
const page = path.join(dist, "index.html");
const template = fs.readFileSync(page, "utf8");
if (!template.includes(stem)) fail(`${page} does not name ${stem}`);
fs.renameSync(wasmFile, path.join(dist, `${newStem}_bg.wasm`));
fs.renameSync(glueFile, path.join(dist, `${newStem}.js`));
fs.writeFileSync(page, template.split(stem).join(newStem));
// For `make bench`, which names the imports a click calls most.
const target = path.join(__dirname, "../target");
fs.mkdirSync(target, { recursive: true });
fs.writeFileSync(path.join(target, "wasm-names.json"),
  JSON.stringify(Object.fromEntries(mapping.imports.map(([, from, to]) => [to, from])), null, 1));
console.log(`short-wasm-names: ${imported.length} imports and ${exported.length} exports renamed; ${newStem}_bg.wasm and .js`);
