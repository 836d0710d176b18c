import { createRequire as __krisplanRequire } from 'node:module'; const require = __krisplanRequire(import.meta.url);
function shorten(text,max=200){if(text.length<=max)return text;let end=0,count=0;for(;end<text.length&&count<max;){let code=text.charCodeAt(end);end+=code>=55296&&code<=56319&&end+1<text.length?2:1,count+=1}return end>=text.length?text:`${text.slice(0,end)}\u2026`}export{shorten};
