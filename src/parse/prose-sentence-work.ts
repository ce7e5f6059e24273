// The work on one prose sentence that several stages did each for themselves: the first figure's clause
// (its start and key: sentenceChain tests it, readProse reads the first figure by it), the words before the
// first figure as a key, the sentence's rank changes (sentenceFigures skips their numbers, readRankings
// reads them, laterMoves hands them on). Each is done at the first asking and kept with the sentence only
// (one object a sentence, made by readProse and dropped with its parse): the stages stay pure and read the
// same values they would compute themselves.

import type { Figure } from './numbers.js';
import { clauseKey, clauseStartBefore } from './prose-clauses.js';
import { type RankChange, rankChanges } from './prose-rank-changes.js';
import type { Sentence } from './types.js';

export class SentenceWork {
  private firstStart = -1;
  private firstKey: string | null = null;
  private lead: string | null = null;
  private changes: readonly RankChange[] | null = null;

  constructor(
    readonly folded: string,
    readonly sentence: Sentence,
    /** The sentence's first figure (sentenceFigures' first), if it has one. */
    readonly first: Figure | undefined,
  ) {}

  /** Where the first figure's clause starts: `clauseStartBefore(folded, first.start, sentence.start)`. */
  firstClauseStart(): number {
    if (this.firstStart < 0)
      this.firstStart = this.first
        ? clauseStartBefore(this.folded, this.first.start, this.sentence.start)
        : this.sentence.start;
    return this.firstStart;
  }

  /** The first figure's clause as a key (`clauseKey`), '' with no figure. */
  firstClauseKey(): string {
    if (this.firstKey === null) {
      const start = this.firstClauseStart();
      this.firstKey = this.first ? clauseKey(this.folded.slice(start, this.first.start)) : '';
      // The first clause often opens the sentence: then it is the lead below.
      if (this.first && start === this.sentence.start) this.lead = this.firstKey;
    }
    return this.firstKey;
  }

  /** Everything before the first figure (the whole sentence's start with none) as a key (`clauseKey`). */
  leadKey(): string {
    this.lead ??= clauseKey(this.folded.slice(this.sentence.start, this.first?.start ?? this.sentence.start));
    return this.lead;
  }

  /** `rankChanges(folded, sentence)`: the stages only read the list, never change it. */
  rankChanges(): readonly RankChange[] {
    this.changes ??= rankChanges(this.folded, this.sentence);
    return this.changes;
  }
}
