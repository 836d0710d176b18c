import { createRequire as __krisplanRequire } from 'node:module'; const require = __krisplanRequire(import.meta.url);
var encoder=new TextEncoder,MAX_OCTETS=75;function escapeText(text,options={}){return text.replace(/\r\n?/g,`
`).replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g,"").replace(options.semicolon===!1?/[\\,]/g:/[\\;,]/g,c=>`\\${c}`).replace(/\n/g,"\\n")}function foldLine(line){if(encoder.encode(line).length<=MAX_OCTETS)return line;let parts=[],current="",octets=0;for(let char of line){let size=encoder.encode(char).length,limit=parts.length===0?MAX_OCTETS:MAX_OCTETS-1;octets+size>limit&&(parts.push(current),current="",octets=0),current+=char,octets+=size}return parts.push(current),parts.join(`\r
 `)}function contentLines(lines){return`${lines.map(foldLine).join(`\r
`)}\r
`}export{escapeText,contentLines};
