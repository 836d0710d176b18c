import { createRequire as __krisplanRequire } from 'node:module'; const require = __krisplanRequire(import.meta.url);
var LANGS=["sv","en"];export{LANGS};
