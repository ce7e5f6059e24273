// Reading and parsing on worker threads while the loader's thread writes: parsing costs about as
// much as writing, so on two cores the two overlap. Results come back in the order asked for, so
// errors, warnings and progress read as they would one file at a time. Where workers cannot start
// (no thread support, a runtime that cannot load the worker's module), reading stays in-process.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type ReadOptions, type ReadOutcome, readReport } from './read-report.js';

export interface Reader {
  /** Reads the sources in order, `ahead` at most in flight; yields each outcome in source order. */
  readAll(sources: string[]): AsyncGenerator<ReadOutcome>;
  close(): Promise<void>;
}

/**
 * Below this many sources the workers' start-up (each loads the ingest and parse modules: a few
 * tenths of a second, more from source) costs more than overlapping saves.
 */
const MIN_SOURCES_FOR_WORKERS = 50;

/**
 * The worker's module beside this one: .js when compiled; from source, a .ts file that Node 20 cannot
 * load on a worker thread by itself (loader hooks do not reach workers), so a small ES module
 * registers tsx's loader on the thread first, then imports it.
 */
function workerModule(): URL | null {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const url = new URL(`./read-worker${ext}`, import.meta.url);
  if (!existsSync(fileURLToPath(url))) return null;
  if (ext === '.js') return url;
  try {
    const tsx = import.meta.resolve('tsx/esm/api');
    const boot = `const { register } = await import(${JSON.stringify(tsx)}); register();
      await import(${JSON.stringify(url.href)});`;
    return new URL(`data:text/javascript,${encodeURIComponent(boot)}`);
  } catch {
    return null;
  }
}

function inProcessReader(options: ReadOptions): Reader {
  return {
    async *readAll(sources) {
      for (const source of sources) yield await readReport(source, options);
    },
    close: async () => {},
  };
}

interface Job {
  id: number;
  source: string;
  resolve: (outcome: ReadOutcome) => void;
  reject: (error: Error) => void;
}

class WorkerReader implements Reader {
  private readonly queue: Job[] = [];
  private readonly busy = new Map<Worker, Job>();
  private nextId = 0;
  private failure: Error | null = null;

  constructor(
    private readonly workers: Worker[],
    private readonly options: ReadOptions,
  ) {
    for (const worker of workers) {
      worker.on('message', (message: { id: number; outcome?: ReadOutcome; failure?: string }) => {
        const job = this.busy.get(worker);
        if (!job || job.id !== message.id) return;
        this.busy.delete(worker);
        if (message.outcome) job.resolve(message.outcome);
        else job.reject(new Error(message.failure ?? 'a read worker failed'));
        this.dispatch();
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (this.busy.has(worker)) this.fail(new Error(`a read worker exited with code ${code}`));
      });
    }
  }

  private fail(error: Error) {
    this.failure ??= error;
    for (const job of [...this.busy.values(), ...this.queue.splice(0)]) job.reject(error);
    this.busy.clear();
  }

  private dispatch() {
    for (const worker of this.workers) {
      if (this.busy.has(worker)) continue;
      const job = this.queue.shift();
      if (!job) return;
      this.busy.set(worker, job);
      worker.postMessage({ id: job.id, source: job.source });
    }
  }

  private read(source: string): Promise<ReadOutcome> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, source, resolve, reject });
      this.dispatch();
    });
  }

  async *readAll(sources: string[]) {
    // Enough in flight to keep every worker busy, few enough that memory stays flat. Every
    // (workers + 1)th source is read here instead, when its turn comes: the writer's thread waits
    // for parsed reports otherwise, since parsing one costs more than writing it.
    const ahead = this.workers.length * 4;
    const pending: (Promise<ReadOutcome> | string)[] = [];
    let next = 0;
    const fill = () => {
      while (next < sources.length && pending.length < ahead) {
        const source = sources[next] as string;
        if (next++ % (this.workers.length + 1) === this.workers.length) {
          pending.push(source);
          continue;
        }
        const outcome = this.read(source);
        outcome.catch(() => {}); // awaited below, in order; unobserved until then
        pending.push(outcome);
      }
    };
    fill();
    while (pending.length > 0) {
      const head = pending.shift() as Promise<ReadOutcome> | string;
      fill();
      yield await (typeof head === 'string' ? readReport(head, this.options) : head);
    }
  }

  async close() {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

/** Resolves once the worker has loaded its modules and said so; rejects when it fails first. */
function started(worker: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (error) reject(error);
      else resolve();
    };
    const onMessage = () => done();
    const onError = (error: Error) => done(error);
    const onExit = (code: number) => done(new Error(`exited with code ${code}`));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
  });
}

/** Starts `size` workers and waits until each has loaded its modules; null when any cannot. */
async function startWorkers(options: ReadOptions, size: number): Promise<Worker[] | null> {
  const module = workerModule();
  if (!module) return null;
  const workers: Worker[] = [];
  try {
    for (let i = 0; i < size; i++) workers.push(new Worker(module, { workerData: options }));
    await Promise.all(workers.map(started));
    return workers;
  } catch {
    await Promise.all(workers.map((worker) => worker.terminate()));
    return null;
  }
}

/**
 * A reader for `count` sources: `threads` workers when asked for, else, when there are enough sources
 * to pay for them, one per core but the one this thread writes on (on two cores: one worker parses
 * while this thread writes; a second worker would take the writer's core and the deserialising of
 * the reports it sends); reading on this thread when threads is 0 or workers cannot start.
 */
export async function openReader(options: ReadOptions, count: number, threads?: number): Promise<Reader> {
  if (threads === 0 || count < 2) return inProcessReader(options);
  if (threads === undefined && count < MIN_SOURCES_FOR_WORKERS) return inProcessReader(options);
  threads ??= Math.max(1, availableParallelism() - 1);
  const workers = await startWorkers(options, Math.min(threads, count));
  return workers ? new WorkerReader(workers, options) : inProcessReader(options);
}
