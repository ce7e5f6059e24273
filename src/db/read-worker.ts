// A worker thread of the read pool: reads and parses the sources it is sent, one at a time.

import { parentPort, workerData } from 'node:worker_threads';
import { type ReadOptions, readReport } from './read-report.js';

const options = workerData as ReadOptions;
const port = parentPort;
if (!port) throw new Error('read-worker.ts runs as a worker thread');
port.on('message', async ({ id, source }: { id: number; source: string }) => {
  try {
    port.postMessage({ id, outcome: await readReport(source, options) });
  } catch (error) {
    port.postMessage({ id, failure: (error as Error).stack ?? String(error) });
  }
});
port.postMessage({ ready: true });
