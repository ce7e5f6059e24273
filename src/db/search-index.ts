// The search index (FTS5, trigram, over the sentences) is rebuilt once at the end of a load: one
// pass over the sentences costs less than keeping it in step sentence by sentence. For a larger
// database the rebuild runs on a worker thread over its own connection, while the loader's thread
// finds the flags: neither needs the other's result, and each costs a few ms per report.

import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

// FTS5 gathers terms in memory and writes them out as a segment whenever they pass its hash size
// (1 MB by default), merging the segments as they pile up. With 16 MB the rebuild writes and merges
// fewer of them: ~3.0 s of CPU instead of ~3.7 over 1,000 generated reports (four runs each,
// alternating, 2026-12-02; 64 MB did no better); over 10,000 no different (~30 s either way, two
// runs each). The setting stays in the index's config table
// (its shadow tables are read-only here), where it matters only to the next load's rebuild: the
// index answers the same, merely segmented otherwise.
const REBUILD = `INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('hashsize', ${16 * 1024 * 1024});
INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild');`;

/** Rebuilds the search index on this connection. */
export function rebuildSearchIndex(sqlite: Database.Database): void {
  sqlite.exec(REBUILD);
}

export interface Rebuild {
  /** Resolves once the rebuild is committed. */
  done: Promise<void>;
  /** Stops the rebuild (when the load fails meanwhile); resolves once the thread has ended. */
  stop(): Promise<void>;
}

// CommonJS, evaluated on the thread: it needs nothing but better-sqlite3, so it starts in tens of ms
// and needs no TypeScript loader when run from source. The file must be in WAL mode, so that the
// loader's thread can read while this one writes.
const WORKER = `
const { workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.file, { timeout: 60000 });
try {
  db.pragma('cache_size = -65536');
  db.pragma('synchronous = OFF');
  db.exec('BEGIN IMMEDIATE');
  db.exec(workerData.sql);
  db.exec('COMMIT');
} finally {
  db.close();
}`;

/**
 * Starts rebuilding the search index of `file` (committed, in WAL mode) on a worker thread; null
 * when a thread cannot start.
 */
export function rebuildSearchIndexAside(file: string): Rebuild | null {
  let worker: Worker;
  try {
    const module = createRequire(import.meta.url).resolve('better-sqlite3');
    worker = new Worker(WORKER, { eval: true, workerData: { module, file, sql: REBUILD } });
  } catch {
    return null;
  }
  const done = new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`the search index's thread exited with code ${code}`)),
    );
  });
  done.catch(() => {}); // awaited by the loader; unobserved while it finds the flags
  return {
    done,
    stop: async () => {
      await worker.terminate();
    },
  };
}
