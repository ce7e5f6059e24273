// The clause a prose figure is read from, as the per-figure stages read it: readProse makes one record a
// figure (the clause, its key, its clean subject) and hands it to the stages that each stripped the same
// clause's spaces for themselves (joinIndicator's gloss, namedOtherPlace and PlaceRun.figure the place
// words it opens with). The stripped forms are made at the first asking and kept with the figure only:
// the stages stay pure and read the same strings they would make themselves (session 36).

import { withoutPlaceLead } from './prose-named-place.js';

export class FigureClause {
  private compactRead: string | null = null;
  private placeRead: string | null = null;

  constructor(
    /** The clause as folded, from its start to the figure's. */
    readonly text: string,
    /** `clauseKey(text)`. */
    readonly key: string,
    /** `cleanSubject(text)`. */
    readonly subject: string,
  ) {}

  /** The clause with its spaces stripped: `text.replace(/\s+/g, '')`. */
  get compact(): string {
    this.compactRead ??= this.text.replace(/\s+/g, '');
    return this.compactRead;
  }

  /** The stripped clause less what may stand before a place's name (同期, 上半年, 其中): `withoutPlaceLead`. */
  get placeWords(): string {
    this.placeRead ??= withoutPlaceLead(this.compact);
    return this.placeRead;
  }
}
