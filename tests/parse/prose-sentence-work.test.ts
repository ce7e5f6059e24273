// The sentence's shared work gives what each stage computed for itself. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { scanFigures } from '../../src/parse/numbers.js';
import { clauseKey, clauseStartBefore } from '../../src/parse/prose-clauses.js';
import { SentenceWork } from '../../src/parse/prose-sentence-work.js';
import { sentenceOf } from '../helpers/sentence.js';

const workOf = (text: string) => {
  const { folded, sentence } = sentenceOf(text);
  const first = scanFigures(folded, sentence.start, sentence.end)[0];
  return { folded, sentence, first, work: new SentenceWork(folded, sentence, first) };
};

describe('SentenceWork', () => {
  it('reads the first clause and the words before the first figure as the stages did', () => {
    for (const text of [
      '全县地区生产总值完成X亿元，增长A%',
      '在不利条件下仍增长A%，增速比一季度回落B个百分点',
      '规模以上工业企业实现增加值X亿元',
      '一季度、上半年累计增速分别为A%和B%',
    ]) {
      const { folded, sentence, first, work } = workOf(text.replace(/[XAB]/g, '5'));
      if (!first) throw new Error(`no figure in ${text}`);
      const start = clauseStartBefore(folded, first.start, sentence.start);
      expect(work.firstClauseStart()).toBe(start);
      expect(work.firstClauseKey()).toBe(clauseKey(folded.slice(start, first.start)));
      expect(work.leadKey()).toBe(clauseKey(folded.slice(sentence.start, first.start)));
    }
  });

  it('gives the lead first too, and empty keys for a sentence with no figure', () => {
    const { folded, sentence, first, work } = workOf('甲乙两大产业产值增长5%，比上年提高2个百分点');
    expect(work.leadKey()).toBe(clauseKey(folded.slice(sentence.start, first?.start)));
    expect(work.firstClauseKey()).toBe(
      clauseKey(folded.slice(clauseStartBefore(folded, first?.start ?? 0, 0), first?.start)),
    );
    const none = workOf('全面推进乡村振兴').work;
    expect(none.firstClauseKey()).toBe('');
    expect(none.leadKey()).toBe(clauseKey(''));
  });
});
