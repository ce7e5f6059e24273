// One prose sentence over the whole of a text, folded as the parser folds it: the input the
// stage readers (ranks, targets, projects) take, for tests that call a stage on its own.

import { foldWidth } from '../../src/parse/normalise.js';
import type { Sentence } from '../../src/parse/types.js';

export function sentenceOf(text: string): { folded: string; sentence: Sentence } {
  const folded = foldWidth(text);
  const sentence: Sentence = {
    index: 0,
    sectionIndex: null,
    kind: 'prose',
    text: folded,
    start: 0,
    end: folded.length,
    line: 1,
  };
  return { folded, sentence };
}
