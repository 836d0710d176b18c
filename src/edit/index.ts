export { appendItems, type Insertion } from './append.js';
export { appendEvaluation, appendToPlanFile } from './file.js';
