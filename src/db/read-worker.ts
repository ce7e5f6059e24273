// A worker thread of the read pool: reads and parses the sources it is sent, one at a time, in the
// order sent. A report goes back as its JSON (one string, copied whole), not as an object to clone.

import { parentPort, workerData } from 'node:worker_threads';
import { type ReadOptions, readReport } from './read-report.js';

const options = workerData as ReadOptions;
const port = parentPort;
if (!port) throw new Error('read-worker.ts runs as a worker thread');
const jobs: { id: number; source: string }[] = [];
let reading = false;

async function drain(): Promise<void> {
  reading = true;
  for (let job = jobs.shift(); job; job = jobs.shift()) {
    try {
      const outcome = await readReport(job.source, options);
      // The JSON's parse on the loader's thread costs less than cloning the report object by object.
      const json = outcome.read && JSON.stringify(outcome.read.report);
      const read = outcome.read && { ...outcome.read, report: null };
      port?.postMessage({ id: job.id, outcome: { ...outcome, read }, report: json });
    } catch (error) {
      port?.postMessage({ id: job.id, failure: (error as Error).stack ?? String(error) });
    }
  }
  reading = false;
}

port.on('message', (job: { id: number; source: string }) => {
  jobs.push(job);
  if (!reading) void drain();
});
port.postMessage({ ready: true });
