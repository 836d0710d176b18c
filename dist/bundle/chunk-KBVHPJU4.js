import { createRequire as __krisplanRequire } from 'node:module'; const require = __krisplanRequire(import.meta.url);
import{replaceControls}from"./chunk-ZH2Z3UFM.js";function csvCell(value){let text=value==null?"":replaceControls(String(value));return/^[=+\-@\t\r]/.test(text)&&(text=`'${text}`),/[",;\t|\r\n]/.test(text)?`"${text.replace(/"/g,'""')}"`:text}export{csvCell};
