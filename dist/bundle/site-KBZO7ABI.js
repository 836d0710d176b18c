import { createRequire as __krisplanRequire } from 'node:module'; const require = __krisplanRequire(import.meta.url);
import{oneReadyPlan}from"./chunk-EDLL5YXG.js";import{escapeHtml,mailtoHref}from"./chunk-7IIB6KH5.js";import{makeFolder,writeFileAtomic}from"./chunk-3OMHRFG7.js";import"./chunk-G5PM2IFJ.js";import"./chunk-ISDYQIYL.js";import"./chunk-NM7HOLZ2.js";import{phoneOutput,planCountry}from"./chunk-H7J2M4KN.js";import"./chunk-OVM2YPJY.js";import{availabilityText,words}from"./chunk-4W2B3LSU.js";import"./chunk-5FAMDHN7.js";import"./chunk-Y4SOR7HM.js";import"./chunk-VVET4GUY.js";import"./chunk-BG445OSW.js";import{formatDate}from"./chunk-CIR4HSK4.js";import{KrisplanError}from"./chunk-WF5TLGY3.js";import{jsonText}from"./chunk-QDT5QWMU.js";import{replaceControls}from"./chunk-NGC34OFI.js";import"./chunk-4HB6M4OK.js";import{lstatSync,readFileSync}from"node:fs";import{dirname,join,resolve}from"node:path";function scenarioIds(plan){let messages=plan.preparedness.crisis_site?.messages??{};return plan.playbooks.flatMap(playbook=>playbook.id!==void 0&&Object.hasOwn(messages,playbook.id)&&typeof messages[playbook.id]=="string"?[playbook.id]:[])}function publicContacts(plan){let country=planCountry(plan),lang=plan.plan.language??"en";return plan.contacts.filter(contact=>contact.public===!0).map(({name,id,role,organization,phone,email,availability})=>({name:name??id??"",role,organization,phone:phone===void 0?void 0:phoneOutput(phone,country,lang),email,availability:availabilityText(availability,lang)}))}function siteContent(plan,scenario,updated){let lang=plan.plan.language??"en",messages=plan.preparedness.crisis_site?.messages??{},message=scenario!==void 0&&Object.hasOwn(messages,scenario)?messages[scenario]:void 0;return{lang,organization:plan.plan.organization??"",scenario,message:message??words(lang).site.neutral,updated,contacts:publicContacts(plan)}}function updateTime(day,now=new Date){if(day!==void 0)return{text:day,iso:day};let pad=n=>String(n).padStart(2,"0"),date=`${now.getFullYear()}-${pad(now.getMonth()+1)}-${pad(now.getDate())}`,time=`${pad(now.getHours())}:${pad(now.getMinutes())}`,offsetMinutes=-now.getTimezoneOffset(),offset=`${offsetMinutes<0?"-":"+"}${pad(Math.floor(Math.abs(offsetMinutes)/60))}:${pad(Math.abs(offsetMinutes)%60)}`;return{text:`${date} ${time} (UTC${offset})`,iso:`${date}T${time}${offset}`}}var GENERATOR="krisplan",CSS=`:root{color-scheme:light dark;--fg:#111;--bg:#fff;--muted:#4a4a4a;--line:#b3261e}
@media (prefers-color-scheme:dark){:root{--fg:#f3f3f3;--bg:#141414;--muted:#c4c4c4;--line:#f2b8b5}}
html{font-size:125%;-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.5}
header,main{max-width:36rem;margin:0 auto;padding:1rem 1.25rem}
header{border-bottom:.25rem solid var(--line)}
.org{margin:0;font-weight:700}
h1{font-size:1.6rem;line-height:1.2;margin:.5rem 0 1rem}
h2{font-size:1.2rem;margin:2rem 0 .5rem}
.message p{font-size:1.1rem;margin:0 0 1rem;hyphens:auto}
.updated{color:var(--muted);margin:0}
ul{list-style:none;margin:0;padding:0}
li{margin:0 0 1.25rem}
p,li{overflow-wrap:break-word}
a{color:inherit;overflow-wrap:anywhere}
.name{font-weight:700}
.detail{display:block}`;function sitePage(content){let words2=words(content.lang).site,title=content.organization?`${content.organization} \u2013 ${words2.title}`:words2.title,contacts=content.contacts.length===0?"":`
<section aria-labelledby="contact">
<h2 id="contact">${words2.contact}</h2>
<ul>
${content.contacts.map(contact=>contactItem(contact,content.organization,words2)).join(`
`)}
</ul>
</section>`;return`<!doctype html>
<html lang="${content.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${GENERATOR}">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<style>
${CSS}
</style>
</head>
<body>
<header><p class="org">${escapeHtml(content.organization)}</p></header>
<main>
<h1>${words2.title}</h1>
<div class="message">
${paragraphs(content.message)}
</div>
<p class="updated">${words2.updated} <time datetime="${escapeHtml(content.updated.iso)}">${escapeHtml(content.updated.text)}</time></p>${contacts}
</main>
</body>
</html>
`}function paragraphs(text){return text.trim().split(/\n\s*\n/).map(paragraph=>`<p>${paragraph.trim().split(`
`).map(escapeHtml).join(`<br>
`)}</p>`).join(`
`)}function contactItem(contact,organization,words2){let details=[`<span class="name">${escapeHtml(contact.name)}</span>`],role=[contact.role,contact.organization===organization?void 0:contact.organization].filter(part=>part!==void 0&&part!=="").join(", ");return role&&details.push(`<span class="detail">${escapeHtml(role)}</span>`),contact.phone!==void 0&&details.push(link(words2.phone,contact.phone.text,contact.phone.href)),contact.email!==void 0&&details.push(link(words2.email,contact.email,mailtoHref(contact.email))),contact.availability!==void 0&&details.push(`<span class="detail">${escapeHtml(contact.availability)}</span>`),`<li>${details.join(`
`)}</li>`}function link(label,text,href){let shown=href===void 0?escapeHtml(text):`<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;return`<span class="detail">${label}: ${shown}</span>`}function siteFiles(plan,scenarios,scenario,updated){let top=pair("",siteContent(plan,scenario,updated));return scenario!==void 0?top:[...top,...scenarios.flatMap(id=>pair(`scenarios/${id}/`,siteContent(plan,id,updated)))]}function pair(folder,content){let status={generator:GENERATOR,organization:content.organization,language:content.lang,scenario:content.scenario??null,message:content.message,updated:content.updated.iso,contacts:content.contacts.map(({name,role,organization,phone,email,availability})=>({name,role,organization,phone:phone?.text,email,availability}))};return[{path:`${folder}index.html`,content:replaceControls(sitePage(content))},{path:`${folder}status.json`,content:jsonText(status)}]}var SIZE_LIMIT=50*1024;async function runSite(plan,options){let{ready,today,isTodayFixed}=await oneReadyPlan(plan,options,"site");if(!ready)return 1;let{file,plan:loaded}=ready,scenarios=scenarioIds(loaded);if(options.scenario!==void 0&&!scenarios.includes(options.scenario)){let valid=scenarios.length>0?`choose one of: ${scenarios.join(", ")}`:"the plan has no messages in preparedness.crisis_site.messages",exists=loaded.playbooks.some(playbook=>playbook.id===options.scenario);throw new KrisplanError(exists?`playbook "${options.scenario}" has no pre-approved message in preparedness.crisis_site.messages of ${file}; add one, or ${valid}`:`no playbook "${options.scenario}" in ${file}; ${valid}`)}let updated=updateTime(isTodayFixed?formatDate(today):void 0),files=siteFiles(loaded,scenarios,options.scenario,updated),outDir=resolve(options.out);if(!options.force)for(let target of files)refuseForeign(outDir,target,options.out);for(let target of files){let path=join(outDir,...target.path.split("/"));makeFolder(dirname(path),options.out),writeFileAtomic(path,target.content)}return report(files,options,file),0}function refuseForeign(outDir,target,shown){let path=join(outDir,...target.path.split("/")),existing;try{if(!lstatSync(path).isFile())return;existing=readFileSync(path,"utf8")}catch{return}if(!(target.path.endsWith(".json")?existing.includes(`"generator": "${GENERATOR}"`):existing.includes(`<meta name="generator" content="${GENERATOR}">`)))throw new KrisplanError(`${join(shown,target.path)} exists and was not written by krisplan site; use --force to replace it, or choose another --out folder`)}function report(files,options,plan){for(let target of files){let size=Buffer.byteLength(target.content);size>SIZE_LIMIT&&process.stderr.write(`krisplan: warning: ${join(options.out,target.path)} is ${Math.ceil(size/1024)} KB, over the 50 KB a crisis page should stay within; shorten the message
`)}let scenarioPages=files.filter(target=>target.path.startsWith("scenarios/")&&target.path.endsWith("index.html"));if(process.stdout.write(`wrote ${join(options.out,"index.html")} and status.json (${options.scenario===void 0?"neutral message":`scenario ${options.scenario}`})
`),scenarioPages.length>0){let first=scenarioPages[0].path.split("/")[1];process.stdout.write(`wrote ${scenarioPages.length} scenario ${scenarioPages.length===1?"page":"pages"} in ${join(options.out,"scenarios")}/: ${scenarioPages.map(target=>target.path.split("/")[1]).join(", ")}
`),process.stdout.write(`to switch, run: krisplan site ${plan} --out ${options.out} --scenario ${first} (or copy ${join(options.out,"scenarios",first)}/* to ${options.out}/)
`)}}export{runSite};
