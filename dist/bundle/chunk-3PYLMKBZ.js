import { createRequire as __krisplanRequire } from 'node:module'; const require = __krisplanRequire(import.meta.url);
import{readFileSync}from"node:fs";var{version}=JSON.parse(readFileSync(new URL("../../package.json",import.meta.url),"utf8"));export{version};
