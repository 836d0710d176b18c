// A worker thread of `validate` (src/engine/parallel.ts): takes the next file index from the shared counter until
// none is left, and sends back each file's findings by its index. A file it took and did not send back (the worker
// failed) is checked again on the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { preparePhoneNumbers } from '../model/phone.js';
import { checkFile, type FileJob } from './check-file.js';

const { job, counter } = workerData as { job: FileJob; counter: SharedArrayBuffer };
const next = new Int32Array(counter);
await preparePhoneNumbers();
for (let index = Atomics.add(next, 0, 1); index < job.paths.length; index = Atomics.add(next, 0, 1)) {
  parentPort!.postMessage({ index, outcome: checkFile(job, index) });
}
