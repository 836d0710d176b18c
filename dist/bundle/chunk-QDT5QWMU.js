import { createRequire as __krisplanRequire } from 'node:module'; const require = __krisplanRequire(import.meta.url);
var RAW=/[\u007f-\u009f\u2028\u2029]/g;function jsonText(value){return`${JSON.stringify(value,null,2).replace(RAW,c=>`\\u${c.charCodeAt(0).toString(16).padStart(4,"0")}`)}
`}export{jsonText};
