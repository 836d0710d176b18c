import { createRequire as __krisplanRequire } from 'node:module'; const require = __krisplanRequire(import.meta.url);
import{publicContacts,scenarioIds,siteContent,updateTime}from"./chunk-HGSLDNEJ.js";import"./chunk-44VDUDCP.js";import"./chunk-IRBJTFQH.js";import"./chunk-BG445OSW.js";import"./chunk-CIR4HSK4.js";import"./chunk-4HB6M4OK.js";export{publicContacts,scenarioIds,siteContent,updateTime};
