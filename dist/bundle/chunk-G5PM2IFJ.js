import { createRequire as __krisplanRequire } from 'node:module'; const require = __krisplanRequire(import.meta.url);
import{showControls}from"./chunk-NGC34OFI.js";function useColor(stream,env=process.env){return env.FORCE_COLOR!==void 0?env.FORCE_COLOR!=="0"&&env.FORCE_COLOR!=="false":env.NO_COLOR!==void 0&&env.NO_COLOR!==""?!1:stream.isTTY===!0}function formatFinding(file,finding){return`${file}:${finding.line}:${finding.column} ${finding.severity} ${finding.message} ${finding.rule}`}function printRefused(refused,incomplete){for(let{file,errors,findings}of refused){let count=`${errors} ${errors===1?"error":"errors"}`;if(incomplete!==void 0){process.stderr.write(`krisplan: ${file} has ${count}; ${incomplete} (run krisplan validate ${file})
`);continue}let lines=findings.map(finding=>formatFinding(file,finding));lines.push(`krisplan: ${file} has ${count}; fix ${errors===1?"it":"them"} first (krisplan validate ${file})`),process.stderr.write(`${lines.join(`
`)}
`)}}function printNotices(notices){for(let notice of notices)process.stderr.write(`krisplan: notice: ${showControls(notice)}
`)}export{useColor,formatFinding,printRefused,printNotices};
