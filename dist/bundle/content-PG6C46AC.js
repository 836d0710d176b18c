import { createRequire as __krisplanRequire } from 'node:module'; const require = __krisplanRequire(import.meta.url);
import{publicContacts,scenarioIds,siteContent,updateTime}from"./chunk-TMFCTXNV.js";import"./chunk-ASPDJDVY.js";import"./chunk-BG445OSW.js";import"./chunk-XEPE4AFO.js";import"./chunk-PR3MFM2U.js";import"./chunk-4HB6M4OK.js";export{publicContacts,scenarioIds,siteContent,updateTime};
