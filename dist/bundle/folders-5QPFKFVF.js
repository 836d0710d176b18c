import { createRequire as __krisplanRequire } from 'node:module'; const require = __krisplanRequire(import.meta.url);
import{RECORD_FILE,incidentsOfPlans,incidentsRoot,listIncidents}from"./chunk-YWDZYP5U.js";import"./chunk-4HB6M4OK.js";export{RECORD_FILE,incidentsOfPlans,incidentsRoot,listIncidents};
