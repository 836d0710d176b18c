import type { Reporter } from './types.js';
import { jsonText } from '../util/json.js';

const json: Reporter = (result) => jsonText(result);

export default json;
