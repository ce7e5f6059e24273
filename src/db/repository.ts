// The read side of the database, as the HTTP layer sees it: every query the API runs, prepared once.

import type Database from 'better-sqlite3';
import { compareQueries } from './queries/compare.js';
import { flagQueries } from './queries/flags.js';
import { indicatorQueries } from './queries/indicators.js';
import { listQueries } from './queries/lists.js';
import { observationQueries } from './queries/observations.js';
import { projectQueries } from './queries/projects.js';
import { regionQueries } from './queries/regions.js';
import { reportQueries } from './queries/reports.js';
import { searchQueries } from './queries/search.js';

export function createRepository(sqlite: Database.Database) {
  const contentHash = sqlite.prepare<[], { value: string }>(
    "SELECT value FROM meta WHERE key = 'content_hash'",
  );
  return {
    /** Hash over every loaded report; changes whenever the data does, so it seeds the ETags. */
    contentHash: (): string => contentHash.get()?.value ?? 'empty',
    ...reportQueries(sqlite),
    ...regionQueries(sqlite),
    ...indicatorQueries(sqlite),
    ...compareQueries(sqlite),
    ...listQueries(sqlite),
    ...observationQueries(sqlite),
    ...flagQueries(sqlite),
    ...projectQueries(sqlite),
    ...searchQueries(sqlite),
  };
}

export type Repository = ReturnType<typeof createRepository>;
