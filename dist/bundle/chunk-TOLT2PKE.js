import { createRequire as __krisplanRequire } from 'node:module'; const require = __krisplanRequire(import.meta.url);
var REPOSITORY_URL="https://github.com/krisplan/krisplan";function rulePagePath(id){return`docs/rules/${id}.md`}function rulePageUrl(id){return`${REPOSITORY_URL}/blob/main/${rulePagePath(id)}`}export{REPOSITORY_URL,rulePagePath,rulePageUrl};
