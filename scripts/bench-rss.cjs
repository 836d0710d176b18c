// Preloaded by scripts/bench.mjs into a measured process: records its peak resident memory at exit.
process.on('exit', () => {
  require('node:fs').writeFileSync(process.env.KRISPLAN_BENCH_RSS, String(process.resourceUsage().maxRSS * 1024));
});
