// Preloaded (NODE_OPTIONS=--require) into the built CLI by tests/e2e/validate-threads.test.ts, in the main thread
// and in every worker thread it starts. It only observes and breaks things from outside the product:
//   KRISPLAN_TEST_CORES=n           availableParallelism() says n, so the test does not depend on the machine
//   KRISPLAN_TEST_THREADS_LOG=FILE  the main thread appends one line per worker event: start, error, exit CODE
//   KRISPLAN_TEST_WORKER_FAIL=throw|exit|memory  a worker fails just before sending its second file's findings
//                                   (memory: it fills its heap until it reaches its limit)
//   KRISPLAN_TEST_EIO=NAME|NAME     reading a file whose name ends in a NAME fails with EIO, in every thread (the
//                                   main thread's first open, the search's look at the file, passes)
const { appendFileSync } = require('node:fs');
const fs = require('node:fs');
const os = require('node:os');
const threads = require('node:worker_threads');
const { syncBuiltinESMExports } = require('node:module');

const env = process.env;
if (env.KRISPLAN_TEST_CORES) os.availableParallelism = () => Number(env.KRISPLAN_TEST_CORES);
if (env.KRISPLAN_TEST_EIO) {
  const names = env.KRISPLAN_TEST_EIO.split('|');
  const openSync = fs.openSync;
  const opened = new Set();
  fs.openSync = function (path, ...rest) {
    const name = names.find((n) => String(path).endsWith(n));
    if (name !== undefined && (!threads.isMainThread || opened.has(name))) throw Object.assign(new Error(`EIO: i/o error, open '${path}'`), { code: 'EIO' });
    if (name !== undefined) opened.add(name);
    return openSync.call(this, path, ...rest);
  };
}
if (threads.isMainThread && env.KRISPLAN_TEST_THREADS_LOG) {
  const log = (line) => appendFileSync(env.KRISPLAN_TEST_THREADS_LOG, `${line}\n`);
  const Worker = threads.Worker;
  threads.Worker = class extends Worker {
    constructor(...args) {
      super(...args);
      log('start');
      this.on('error', (error) => log(`error ${error.message}`));
      this.on('exit', (code) => log(`exit ${code}`));
    }
  };
}
if (!threads.isMainThread && env.KRISPLAN_TEST_WORKER_FAIL) {
  const port = threads.parentPort;
  const postMessage = port.postMessage;
  let sent = 0;
  port.postMessage = function (message) {
    if (++sent === 2) {
      if (env.KRISPLAN_TEST_WORKER_FAIL === 'exit') process.exit(3);
      if (env.KRISPLAN_TEST_WORKER_FAIL === 'memory') for (const kept = []; ; ) kept.push(new Array(100_000).fill(kept.length));
      throw new Error('a worker failing on purpose');
    }
    return postMessage.call(this, message);
  };
}
syncBuiltinESMExports();
