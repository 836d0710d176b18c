import { createRequire as __krisplanRequire } from 'node:module'; const require = __krisplanRequire(import.meta.url);
var encoder=new TextEncoder,MAX_OCTETS=75;function escapeText(text,options={}){return text.replace(/\r\n?/g,`
`).replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g,"").replace(options.semicolon===!1?/[\\,]/g:/[\\;,]/g,c=>`\\${c}`).replace(/\n/g,"\\n")}function foldLine(line){if(line.length<=MAX_OCTETS/3||line.length<=MAX_OCTETS&&encoder.encode(line).length<=MAX_OCTETS)return line;let parts=[],start=0,octets=0,limit=MAX_OCTETS;for(let i=0;i<line.length;){let code=line.charCodeAt(i),isPair=code>=55296&&code<=56319&&i+1<line.length&&(line.charCodeAt(i+1)&64512)===56320,size=code<128?1:code<2048?2:isPair?4:3;octets+size>limit&&(parts.push(line.slice(start,i)),start=i,octets=0,limit=MAX_OCTETS-1),octets+=size,i+=isPair?2:1}return parts.push(line.slice(start)),parts.join(`\r
 `)}function contentLines(lines){return`${lines.map(foldLine).join(`\r
`)}\r
`}export{escapeText,contentLines};
