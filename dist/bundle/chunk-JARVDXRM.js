import { createRequire as __krisplanRequire } from 'node:module'; const require = __krisplanRequire(import.meta.url);
import{expectOne,readyPlans}from"./chunk-VVXXMCK4.js";import{loadCommonConfig,planPaths,resolveToday}from"./chunk-3QB7EFZL.js";async function oneReadyPlan(plan,options,command){let today=resolveToday(options.today),config=loadCommonConfig(options),{ready,refused}=await readyPlans(planPaths(plan===void 0?[]:[plan],config),{config,today});if(expectOne([...ready,...refused].map(file=>file.file),command),refused.length>0){process.stderr.write(`${refused[0].lines.join(`
`)}
`);return}return ready[0]}export{oneReadyPlan};
