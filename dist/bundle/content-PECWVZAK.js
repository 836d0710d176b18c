import { createRequire as __krisplanRequire } from 'node:module'; const require = __krisplanRequire(import.meta.url);
import{publicContacts,scenarioIds,siteContent,updateTime}from"./chunk-SFFYXJBS.js";import"./chunk-3QXDQP57.js";import"./chunk-BG445OSW.js";import"./chunk-XEPE4AFO.js";import"./chunk-RJRRU4KT.js";import"./chunk-4HB6M4OK.js";export{publicContacts,scenarioIds,siteContent,updateTime};
