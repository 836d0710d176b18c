export { appendItems, type Insertion } from './append.js';
export { appendEvaluation, appendToPlanFile, insertedLine, type AppendOptions } from './file.js';
