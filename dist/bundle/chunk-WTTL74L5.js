import { createRequire as __krisplanRequire } from 'node:module'; const require = __krisplanRequire(import.meta.url);
var RAW=/[\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;function jsonText(value){return`${JSON.stringify(value,null,2).replace(RAW,c=>`\\u${c.charCodeAt(0).toString(16).padStart(4,"0")}`)}
`}export{jsonText};
