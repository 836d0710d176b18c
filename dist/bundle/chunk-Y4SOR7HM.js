import { createRequire as __krisplanRequire } from 'node:module'; const require = __krisplanRequire(import.meta.url);
function exitCode(summary,maxWarnings){return summary.errors>0||maxWarnings!==void 0&&summary.warnings>maxWarnings?1:0}export{exitCode};
