// Reading and parsing on worker threads while the loader's thread writes: parsing costs more than
// writing, so on two cores the two overlap. The loader's thread reads too, whenever the next report
// it must write is not ready yet, so neither core waits for the other; results come back in the
// order asked for, so errors, warnings and progress read as they would one file at a time. Where
// workers cannot start (no thread support, a runtime that cannot load the worker's module),
// everything is read on the loader's thread.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type ReadOptions, type ReadOutcome, readReport } from './read-report.js';

export interface Reader {
  /** Reads the sources, a few ahead of the one awaited; yields each outcome in source order. */
  readAll(sources: string[]): AsyncGenerator<ReadOutcome>;
  close(): Promise<void>;
}

/**
 * Below this many sources a worker's start-up costs more than it saves: it loads the ingest and parse
 * modules, a few tenths of a second of the other core; from source it first compiles them too (1.1–1.4 s
 * of CPU measured on 2026-12-02, about what parsing 100 reports costs), so it pays from a few hundred.
 */
const MIN_SOURCES_FOR_WORKERS = import.meta.url.endsWith('.ts') ? 300 : 50;

/**
 * Sources sent to one worker before it answers: one to parse and one waiting, so it never idles
 * while the loader's thread is busy parsing or writing and cannot take its answer yet.
 */
const WORKER_DEPTH = 2;

/** Sources read ahead of the one awaited, per thread reading (memory stays flat). */
const AHEAD_PER_THREAD = 4;

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

/** One source of a readAll: waiting to be read, being read (here or by a worker), or read. */
interface Slot {
  id: number;
  source: string;
  outcome?: ReadOutcome;
  failure?: Error;
}

/** A worker's answer: the outcome with the report as JSON beside it, or why it could not read. */
interface Answer {
  id: number;
  outcome?: ReadOutcome;
  report?: string | null;
  failure?: string;
}

/** Lets queued events (the workers' messages) run before the loader's thread goes on. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

class PooledReader implements Reader {
  /** Workers that have loaded their modules, each with the slots sent to it, oldest first. */
  private readonly ready = new Map<Worker, Slot[]>();
  private readonly waiting: Slot[] = [];
  private readonly sent = new Map<number, Slot>();
  private nextId = 0;
  private failure: Error | null = null;
  private wake: (() => void) | null = null;

  /** `workers` are starting: each is sent sources once it says it has loaded its modules. */
  constructor(
    private readonly workers: Worker[],
    private readonly options: ReadOptions,
  ) {
    for (const worker of workers) {
      worker.on('message', (message: { ready: true } | Answer) => {
        if ('ready' in message) this.ready.set(worker, []);
        else this.settle(worker, message);
        this.dispatch();
        this.notify();
      });
      worker.on('error', (error) => {
        // One that fails before it is ready is not used: the sources it would have read are read here.
        if (this.ready.has(worker)) this.fail(error);
      });
      worker.on('exit', (code) => {
        if (this.ready.get(worker)?.length) this.fail(new Error(`a read worker exited with code ${code}`));
        this.ready.delete(worker);
      });
    }
  }

  private settle(worker: Worker, message: Answer) {
    const slot = this.sent.get(message.id);
    if (!slot) return;
    this.sent.delete(message.id);
    const jobs = this.ready.get(worker);
    jobs?.splice(jobs.indexOf(slot), 1);
    if (message.outcome) {
      slot.outcome = message.outcome;
      if (message.outcome.read && message.report) message.outcome.read.report = JSON.parse(message.report);
    } else slot.failure = new Error(message.failure ?? 'a read worker failed');
  }

  private fail(error: Error) {
    this.failure ??= error;
    this.notify();
  }

  private notify() {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private dispatch() {
    for (const [worker, jobs] of this.ready) {
      while (jobs.length < WORKER_DEPTH) {
        const slot = this.waiting.shift();
        if (!slot) return;
        jobs.push(slot);
        this.sent.set(slot.id, slot);
        worker.postMessage({ id: slot.id, source: slot.source });
      }
    }
  }

  async *readAll(sources: string[]) {
    const ahead = AHEAD_PER_THREAD * (this.workers.length + 1);
    const window: Slot[] = [];
    let next = 0;
    while (next < sources.length || window.length > 0) {
      while (next < sources.length && window.length < ahead) {
        const slot = { id: this.nextId++, source: sources[next++] as string };
        window.push(slot);
        this.waiting.push(slot);
      }
      this.dispatch();
      const head = window[0] as Slot;
      while (!head.outcome && !head.failure) {
        if (this.workers.length > 0) await turn(); // take the workers' answers first
        if (this.failure) throw this.failure;
        if (head.outcome || head.failure) break;
        // Nothing to write yet: read the next source no worker has taken (the head, if none has).
        const slot = this.waiting.shift();
        if (slot) {
          try {
            slot.outcome = await readReport(slot.source, this.options);
          } catch (error) {
            slot.failure = error as Error;
          }
        } else {
          await new Promise<void>((resolve) => {
            this.wake = resolve;
          });
        }
      }
      window.shift();
      if (head.failure) throw head.failure;
      yield head.outcome as ReadOutcome;
    }
  }

  async close() {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

/** Starts `size` workers, or none when their module cannot be loaded on a worker thread. */
function startWorkers(options: ReadOptions, size: number): Worker[] {
  const module = workerModule();
  if (!module) return [];
  const workers: Worker[] = [];
  try {
    for (let i = 0; i < size; i++) workers.push(new Worker(module, { workerData: options }));
  } catch {
    for (const worker of workers) void worker.terminate();
    return [];
  }
  return workers;
}

/**
 * A reader for `count` sources: `threads` workers when asked for, else, when there are enough sources
 * to pay for them, one per core but the one this thread writes on (on two cores: one worker parses
 * while this thread writes, and parses too when it has nothing to write); no workers when threads
 * is 0 or they cannot start. The workers start in the background: until they are ready, this
 * thread reads.
 */
export function openReader(options: ReadOptions, count: number, threads?: number): Reader {
  let size = 0;
  if (threads !== 0 && count >= 2 && (threads !== undefined || count >= MIN_SOURCES_FOR_WORKERS))
    size = Math.min(threads ?? Math.max(1, availableParallelism() - 1), count);
  return new PooledReader(size > 0 ? startWorkers(options, size) : [], options);
}
