import { createRequire as __krisplanRequire } from 'node:module'; const require = __krisplanRequire(import.meta.url);
import{__commonJS,__require}from"./chunk-4HB6M4OK.js";var require_yaml=__commonJS({"one-yaml:yaml"(exports,module){module.exports=__require("./yaml.cjs")}});export{require_yaml};
