// The work on one prose sentence that several stages did each for themselves: the first figure's clause
// (its start and key: sentenceChain tests it, readProse reads the first figure by it, labelSubject joins it),
// the words before the first figure as a key, the label the sentence before gives it, the sentence's rank changes (sentenceFigures skips their numbers, readRankings
// reads them, laterMoves hands them on). Each is done at the first asking and kept with the sentence only
// (one object a sentence, made by readProse and dropped with its parse): the stages stay pure and read the
// same values they would compute themselves.

import type { Figure } from './numbers.js';
import { clauseKey, clauseStartBefore, type NamedIndicator } from './prose-clauses.js';
import { sentenceLabel } from './prose-label-subject.js';
import { type RankChange, rankChanges } from './prose-rank-changes.js';
import type { Sentence } from './types.js';

export class SentenceWork {
  /** The figure the first clause below was read before (undefined: none yet, or a sentence with none). */
  private first: Figure | undefined = undefined;
  private firstStart = -1;
  private firstKey: string | null = null;
  private lead: string | null = null;
  private changes: readonly RankChange[] | null = null;
  /** The sentence before whose label was read (labelAsked), and that label. */
  private labelAsked = false;
  private labelBefore: Sentence | undefined = undefined;
  private labelRead: NamedIndicator | null = null;

  constructor(
    readonly folded: string,
    readonly sentence: Sentence,
  ) {}

  /** Keeps what was read before `first` (sentenceFigures' first figure), afresh when asked of another. */
  private before(first: Figure | undefined): void {
    if (first === this.first && this.firstKey !== null) return;
    this.first = first;
    this.firstStart = first
      ? clauseStartBefore(this.folded, first.start, this.sentence.start)
      : this.sentence.start;
    this.firstKey = first ? clauseKey(this.folded.slice(this.firstStart, first.start)) : '';
    // The first clause often opens the sentence: then it is the lead below.
    this.lead = first && this.firstStart === this.sentence.start ? this.firstKey : null;
  }

  /** Where the first figure's clause starts: `clauseStartBefore(folded, first.start, sentence.start)`. */
  firstClauseStart(first: Figure | undefined): number {
    this.before(first);
    return this.firstStart;
  }

  /** The first figure's clause as a key (`clauseKey`), '' with no figure. */
  firstClauseKey(first: Figure | undefined): string {
    this.before(first);
    return this.firstKey ?? '';
  }

  /** Everything before the first figure (the sentence's start with none) as a key (`clauseKey`). */
  leadKey(first: Figure | undefined): string {
    this.before(first);
    this.lead ??= clauseKey(this.folded.slice(this.sentence.start, first?.start ?? this.sentence.start));
    return this.lead;
  }

  /**
   * `sentenceLabel(folded, sentence, before)`: the indicator a short sentence before this one names (labelSubject
   * asks it for the first figure, readProse for the goals in words), afresh when asked of another.
   */
  label(before: Sentence | undefined): NamedIndicator | null {
    if (!this.labelAsked || before !== this.labelBefore) {
      this.labelAsked = true;
      this.labelBefore = before;
      this.labelRead = sentenceLabel(this.folded, this.sentence, before);
    }
    return this.labelRead;
  }

  /** `rankChanges(folded, sentence)`: the stages only read the list, never change it. */
  rankChanges(): readonly RankChange[] {
    this.changes ??= rankChanges(this.folded, this.sentence);
    return this.changes;
  }
}
