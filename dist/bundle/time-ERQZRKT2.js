import { createRequire as __krisplanRequire } from 'node:module'; const require = __krisplanRequire(import.meta.url);
import{minutesBetween,parseInstant,plus,resolveNow,span,utcText,wallClock}from"./chunk-4Z5YHHAI.js";import"./chunk-WF5TLGY3.js";import"./chunk-CIR4HSK4.js";import"./chunk-4HB6M4OK.js";export{minutesBetween,parseInstant,plus,resolveNow,span,utcText,wallClock};
