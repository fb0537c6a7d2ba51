// Lighthouse in mobile and desktop modes against a served site: the median of N runs of
// the performance score, first and largest contentful paint, total blocking time, and
// which element was the largest paint. Usage: node lighthouse.js URL [RUNS]
const chromeLauncher = require("chrome-launcher");

const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

const MOBILE_CPU = Number(process.env.LIGHTHOUSE_CPU_SLOWDOWN || 4);

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };

async function once(lighthouse, url, formFactor, cpuSlowdown) {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM || "/usr/bin/chromium", chromeFlags: FLAGS });
  try {
    const desktop = formFactor === "desktop";
    const config = {
      extends: "lighthouse:default",
      settings: {
        onlyCategories: ["performance"],
        formFactor,
        screenEmulation: desktop
          ? { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false }
          : { mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false },
        // Lighthouse's defaults: simulated slow 4G and a 4x slower CPU on mobile.
        // LIGHTHOUSE_CPU_SLOWDOWN replaces the 4, to stand for a slower host: on a
        // host of benchmarkIndex B, 4 * B / 1000 plays one of about 1000.
        throttling: desktop
          ? { rttMs: 40, throughputKbps: 10240, cpuSlowdownMultiplier: 1, requestLatencyMs: 0, downloadThroughputKbps: 0, uploadThroughputKbps: 0 }
          : { rttMs: 150, throughputKbps: 1638.4, requestLatencyMs: 562.5, downloadThroughputKbps: 1474.56, uploadThroughputKbps: 675, cpuSlowdownMultiplier: cpuSlowdown },
      },
    };
    const result = await lighthouse(url, { port: chrome.port, logLevel: "error", output: "json" }, config);
    const a = result.lhr.audits;
    const lcpElement = a["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node;
    return {
      score: Math.round(result.lhr.categories.performance.score * 100),
      fcp: a["first-contentful-paint"].numericValue,
      lcp: a["largest-contentful-paint"].numericValue,
      tbt: a["total-blocking-time"].numericValue,
      si: a["speed-index"].numericValue,
      benchmarkIndex: Math.round(result.lhr.environment.benchmarkIndex),
      lcpElement: lcpElement ? `${lcpElement.selector} "${(lcpElement.nodeLabel || "").slice(0, 60)}"` : null,
    };
  } finally {
    await chrome.kill();
  }
}

/** Lighthouse `runs` times on `url` in `formFactor` ("mobile" or "desktop"): the medians.
 * `cpuSlowdown` replaces the mobile CPU multiplier (default LIGHTHOUSE_CPU_SLOWDOWN or 4). */
async function run(url, formFactor, runs, cpuSlowdown = MOBILE_CPU) {
  const { default: lighthouse } = await import("lighthouse");
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await once(lighthouse, url, formFactor, cpuSlowdown));
  const pick = (k) => median(all.map((r) => r[k]));
  return { formFactor, cpuSlowdown: formFactor === "mobile" ? cpuSlowdown : 1, runs: all, score: pick("score"), fcp: pick("fcp"), lcp: pick("lcp"), tbt: pick("tbt"), si: pick("si"), benchmarkIndex: pick("benchmarkIndex"), lcpElement: all[0].lcpElement };
}

module.exports = { run };

if (require.main === module) {
  (async () => {
    const url = process.argv[2];
    const runs = Number(process.argv[3] || 3);
    for (const ff of ["mobile", "desktop"]) {
      const r = await run(url, ff, runs);
      console.log(JSON.stringify({ ...r, runs: r.runs.map((x) => [x.score, Math.round(x.lcp), Math.round(x.tbt), x.benchmarkIndex]) }));
    }
  })().catch((e) => { console.error(e); process.exit(1); });
}
