// Preloaded by scripts/bench.mjs into a measured process: records its peak resident memory at exit.
// Worker threads run it too (they inherit --require): only the main thread writes, at the process's end
if (require('node:worker_threads').isMainThread) process.on('exit', () => {
  require('node:fs').writeFileSync(process.env.KRISPLAN_BENCH_RSS, String(process.resourceUsage().maxRSS * 1024));
});
