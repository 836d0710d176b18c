// Preloaded (node --require) into the CLI under test: at exit, writes the process's peak memory in
// kilobytes to the file named by KRISPLAN_TEST_RSS, so tests can bound memory without an external tool.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const file = process.env.KRISPLAN_TEST_RSS;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
