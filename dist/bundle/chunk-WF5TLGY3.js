import { createRequire as __krisplanRequire } from 'node:module'; const require = __krisplanRequire(import.meta.url);
var KrisplanError=class extends Error{constructor(message,options){super(message,options),this.name="KrisplanError"}};function isKrisplanError(error){return error instanceof KrisplanError}export{KrisplanError,isKrisplanError};
