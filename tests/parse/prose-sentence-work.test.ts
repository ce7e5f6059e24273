// The sentence's shared work gives what each stage computed for itself. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { scanFigures } from '../../src/parse/numbers.js';
import { clauseKey, clauseStartBefore } from '../../src/parse/prose-clauses.js';
import { sentenceLabel } from '../../src/parse/prose-label-subject.js';
import { rankChanges } from '../../src/parse/prose-rank-changes.js';
import { SentenceWork } from '../../src/parse/prose-sentence-work.js';
import { sentenceOf } from '../helpers/sentence.js';

const workOf = (text: string) => {
  const { folded, sentence } = sentenceOf(text);
  const figures = scanFigures(folded, sentence.start, sentence.end);
  return { folded, sentence, figures, work: new SentenceWork(folded, sentence) };
};

describe('SentenceWork', () => {
  it('reads the first clause and the words before the first figure as the stages did', () => {
    for (const text of [
      '全县地区生产总值完成5亿元，增长6%',
      '在不利条件下仍增长5%，增速比一季度回落1个百分点',
      '规模以上工业企业实现增加值5亿元',
      '一季度、上半年累计增速分别为5%和6%',
      '甲乙两大产业产值增长5%，比上年提高2个百分点',
    ]) {
      const { folded, sentence, figures, work } = workOf(text);
      const first = figures[0];
      if (!first) throw new Error(`no figure in ${text}`);
      const start = clauseStartBefore(folded, first.start, sentence.start);
      expect(work.leadKey(first)).toBe(clauseKey(folded.slice(sentence.start, first.start)));
      expect(work.firstClauseStart(first)).toBe(start);
      expect(work.firstClauseKey(first)).toBe(clauseKey(folded.slice(start, first.start)));
    }
  });

  it('reads afresh when asked of another figure, and gives empty keys with none', () => {
    const { folded, sentence, figures, work } = workOf('全县地区生产总值完成5亿元，增长6%');
    const [first, second] = figures;
    if (!first || !second) throw new Error('two figures expected');
    expect(work.firstClauseKey(first)).toBe(clauseKey(folded.slice(0, first.start)));
    const start = clauseStartBefore(folded, second.start, sentence.start);
    expect(work.firstClauseKey(second)).toBe(clauseKey(folded.slice(start, second.start)));
    expect(work.leadKey(second)).toBe(clauseKey(folded.slice(0, second.start)));
    const none = workOf('全面推进乡村振兴').work;
    expect(none.firstClauseKey(undefined)).toBe('');
    expect(none.leadKey(undefined)).toBe(clauseKey(''));
  });

  it('reads the rank changes once, as rankChanges does', () => {
    const { folded, sentence, work } = workOf('增速居全市第3位，比一季度前移2位');
    const changes = work.rankChanges();
    expect(changes).toEqual(rankChanges(folded, sentence));
    expect(changes.length).toBe(1);
    expect(work.rankChanges()).toBe(changes);
  });

  it('reads the label the sentence before gives, afresh for another sentence before', () => {
    const folded = '（一）地区生产总值。预期目标：增长6%左右';
    const before = {
      index: 0,
      sectionIndex: null,
      kind: 'heading' as const,
      text: '',
      start: 0,
      end: 10,
      line: 1,
    };
    const sentence = { ...before, index: 1, kind: 'prose' as const, start: 10, end: folded.length };
    const work = new SentenceWork(folded, sentence);
    const label = work.label(before);
    expect(label?.name).toBe('地区生产总值');
    expect(label).toEqual(sentenceLabel(folded, sentence, before));
    expect(work.label(undefined)).toBeNull();
    expect(work.label(before)).toEqual(label);
  });
});
