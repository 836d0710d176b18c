import { createRequire as __krisplanRequire } from 'node:module'; const require = __krisplanRequire(import.meta.url);
import{publicContacts,scenarioIds,siteContent,updateTime}from"./chunk-TAEVQ3DV.js";import"./chunk-4E2STULK.js";import"./chunk-BG445OSW.js";import"./chunk-IRBJTFQH.js";import"./chunk-DZS6MW4M.js";import"./chunk-4HB6M4OK.js";export{publicContacts,scenarioIds,siteContent,updateTime};
