// The ingest stage's facade: bytes of any supported format in, a SourceDocument and the problems found out.
// Never throws; knows nothing of the parser that reads the document next.

import { readText } from './text.js';
import type { IngestOptions, IngestResult } from './types.js';

export type * from './types.js';

export async function ingest(bytes: Uint8Array, options: IngestOptions): Promise<IngestResult> {
  return readText(bytes, options);
}
