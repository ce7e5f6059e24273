// The `indicator` filter of list routes accepts any name an indicator is known by.

import type { Repository } from '../db/repository.js';

/** null: no filter; []: a name nothing is known by (so the list is empty); else the code. */
export function indicatorCodes(repository: Repository, indicator: string | undefined): string[] | null {
  if (indicator === undefined) return null;
  const code = repository.resolveIndicator(indicator);
  return code === null ? [] : [code];
}
