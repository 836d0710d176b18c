import { createRequire as __krisplanRequire } from 'node:module'; const require = __krisplanRequire(import.meta.url);
import{findChrome,printPdf}from"./chunk-ZLVXPC62.js";import"./chunk-WF5TLGY3.js";import"./chunk-4HB6M4OK.js";export{findChrome,printPdf};
