import { Worker } from 'node:worker_threads';
import { checkFile, type FileJob, type FileOutcome } from './check-file.js';

/**
 * A worker's heap, bounded: V8 grows an unbounded heap lazily (a run on one thread ends with about 75 MB of heap
 * of which 16 MB live), and a second heap of that size would take 1,000 plans over 200 MB of memory. A worker that
 * needs more (a plan of many megabytes) runs out and stops; its files are then checked on the main thread.
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 32 };

/**
 * Checks the files of `job` on the main thread and `workers` worker threads at once. Every thread takes the next
 * file index from one shared counter, so a worker that starts late (it loads the modules first, about 0.1 s) or a
 * large file costs no balance. Outcomes come back by index: the list is in file order, as on one thread. A worker
 * that throws or exits early loses nothing: the files it took and did not send back are checked here, afterwards.
 */
export async function checkInParallel(job: FileJob, workers: number): Promise<FileOutcome[]> {
  const count = job.paths.length;
  const counter = new SharedArrayBuffer(4);
  const next = new Int32Array(counter);
  const outcomes: (FileOutcome | undefined)[] = new Array<FileOutcome | undefined>(count);
  let done = 0;
  let alive = 0;
  let wake: (() => void) | undefined;
  const settle = () => {
    if (wake && (done === count || alive === 0)) wake();
  };
  const started: Worker[] = [];
  for (let i = 0; i < workers; i++) {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./validate-worker.js', import.meta.url), { workerData: { job, counter }, resourceLimits: WORKER_HEAP });
    } catch {
      break; // no worker thread to be had (resources): the main thread does the rest
    }
    alive++;
    worker.on('message', ({ index, outcome }: { index: number; outcome: FileOutcome }) => {
      if (outcomes[index] === undefined) done++;
      outcomes[index] = outcome;
      settle();
    });
    // a worker's failure is not the run's: what it did not send back is checked below
    worker.on('error', () => {});
    worker.on('exit', () => {
      alive--;
      settle();
    });
    started.push(worker);
  }
  for (let index = Atomics.add(next, 0, 1); index < count; index = Atomics.add(next, 0, 1)) {
    outcomes[index] = checkFile(job, index);
    done++;
  }
  await new Promise<void>((resolve) => {
    wake = resolve;
    settle();
  });
  // every file is checked: a worker still loading its modules has nothing left to do
  for (const worker of started) void worker.terminate();
  return Array.from(outcomes, (outcome, index) => outcome ?? checkFile(job, index));
}
