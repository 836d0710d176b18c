import { createRequire as __krisplanRequire } from 'node:module'; const require = __krisplanRequire(import.meta.url);
import{jsonText}from"./chunk-WTTL74L5.js";import"./chunk-4HB6M4OK.js";var json=result=>jsonText(result),json_default=json;export{json_default as default};
