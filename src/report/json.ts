import type { Reporter } from './types.js';

const json: Reporter = (result) => `${JSON.stringify(result, null, 2)}\n`;

export default json;
