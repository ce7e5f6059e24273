// The stages readRankings runs each rank phrase through, tested on their own. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { foldWidth } from '../../src/parse/normalise.js';
import { changeOf, distributeMoves, rankChanges } from '../../src/parse/prose-rank-changes.js';
import { isComposite, rankedFigure, rankedSubject } from '../../src/parse/prose-rank-figure.js';
import { rankGroup, writtenScope } from '../../src/parse/prose-rank-group.js';
import { distributedSubjects, listedSubjects } from '../../src/parse/prose-rank-lists.js';
import { isOtherPlaceOrGoal, isPlaceLine, isSiblingBest } from '../../src/parse/prose-rank-not-own.js';
import { rankMatches, rankOf } from '../../src/parse/prose-rank-phrases.js';
import type { Fact, Ranking } from '../../src/parse/types.js';
import { sentenceOf } from '../helpers/sentence.js';

/** A figure the sentence gave before its rank, ending at `end`. */
const fact = (subject: string, indicatorCode: string | null, end: number): Fact =>
  ({ subject, indicatorCode, provenance: { sentenceIndex: 0, start: end - 4, end } }) as Fact;

describe('rankMatches and rankOf', () => {
  it('finds a rank with its scope, one counted from the last, and ranks listed after the first', () => {
    const [inline] = rankMatches(foldWidth('地区生产总值增速居全市第2位'));
    expect(inline).toMatchObject({ scopeText: '全市', ordinal: '2' });
    const [bottom] = rankMatches(foldWidth('在全市8个县（市、区）中排名倒数第2位'));
    expect(bottom?.ordinal).toBe('倒2');
    const listed = rankMatches(foldWidth('总量和增速分居全省第7、第4位'));
    expect(listed.map((m) => m.ordinal)).toEqual(['7', '4']);
    expect(listed[0]?.listLength).toBe(2);
    expect(listed[1]).toMatchObject({
      scopeText: listed[0]?.scopeText,
      listedAfter: listed[0]?.index,
      position: 1,
    });
    expect(rankMatches(foldWidth('全县地区生产总值增长6.2%'))).toEqual([]);
  });

  it('gives 末位 the group size and 倒数第N the rank from the top, only with the size known', () => {
    expect(rankOf('末', 6)).toBe(6);
    expect(rankOf('倒2', 8)).toBe(7);
    expect(rankOf('倒9', 8)).toBeNull();
    expect(rankOf('倒2', null)).toBeNull();
    expect(rankOf('三', null)).toBe(3);
  });
});

describe('writtenScope and rankGroup', () => {
  it('reads the scope written, a county class as written, or the rank before it', () => {
    expect(writtenScope('霁州市8个县(市、区)', null, '')).toBe('霁州市');
    expect(writtenScope('全省县域', null, '')).toBe('全省县域');
    expect(writtenScope('', null, '全市')).toBe('全市');
  });

  it('takes a rank with no scope into the group named with 在…中 before it, with its size', () => {
    expect(rankGroup('', '', null, foldWidth('在全市8个县（市、区）中，地区生产总值增速'))).toEqual({
      scope: '全市',
      of: 8,
    });
    expect(rankGroup('全市6个区', '全市', null, '')).toEqual({ scope: '全市', of: 6 });
    expect(rankGroup('', '全市', 7, '')).toEqual({ scope: '全市', of: 7 });
  });
});

describe('rank changes', () => {
  it('reads moves, a list of moves and a flat rank', () => {
    const { folded, sentence } = sentenceOf('排名第3位，比一季度前移2位；位次持平；比上年分别提高了1位和3位');
    expect(rankChanges(folded, sentence).map((c) => [c.change, c.distributed])).toEqual([
      [2, undefined],
      [0, undefined],
      [1, [1, 3]],
    ]);
  });

  it('gives a rank the move after it in its clause chain, not the next rank’s', () => {
    const { folded, sentence } = sentenceOf('增速居全市第3位，比一季度前移2位；总量居全市第5位，位次下降1位');
    const matches = rankMatches(folded);
    const changes = rankChanges(folded, sentence);
    expect(matches.map((_, k) => changeOf(changes, folded, 0, folded, matches, k)?.change)).toEqual([2, -1]);
  });

  it('spreads a list of moves over the ranks before it, in order', () => {
    const { folded, sentence } = sentenceOf('排全州第2位，列全省第5位，比上年分别提高了1位和3位');
    const ranks = rankMatches(folded).map(
      (m) =>
        ({
          rank: 0,
          change: null,
          provenance: { sentenceIndex: 0, start: m.index, end: m.index + m.raw.length },
        }) as unknown as Ranking,
    );
    distributeMoves(rankChanges(folded, sentence), ranks, 0);
    expect(ranks.map((r) => r.change)).toEqual([1, 3]);
  });
});

describe('what a rank is of', () => {
  it('passes over a pull and a bare growth to the indicator before them', () => {
    const gdp = fact('地区生产总值', 'gdp', 10);
    const pull = fact('拉动', null, 20);
    expect(rankedFigure([gdp, pull], [gdp, pull])).toBe(gdp);
    const bare = fact('增幅2-5月份', null, 30);
    expect(rankedFigure([bare], [gdp, bare])).toBe(gdp);
  });

  it('tells a composite standing from a measure', () => {
    expect(isComposite('项目拉练综合')).toBe(true);
    expect(isComposite('实际使用外资规模')).toBe(true);
    expect(isComposite('增速')).toBe(false);
    expect(rankedSubject('综合得分', '综合得分', null, [], [])).toEqual({
      indicatorCode: null,
      subject: '综合得分',
    });
  });

  it('shares one rank among indicators listed with 、, and gives ranks 分别 to the figures before', () => {
    const folded = foldWidth('一般公共预算收入、规模以上工业增加值增幅均居全市第一位');
    const listed = listedSubjects(folded, 0, folded.indexOf('居'));
    expect(listed?.length).toBe(2);
    expect(listed?.every((s) => s.indicatorCode !== null)).toBe(true);
    const a = fact('甲', 'a', 5);
    const b = fact('乙', 'b', 10);
    expect(distributedSubjects('分别', [a, b], 2)).toEqual([
      { indicatorCode: 'a', subject: '甲' },
      { indicatorCode: 'b', subject: '乙' },
    ]);
    expect(distributedSubjects('分别', [a], 2)).toBeNull();
  });
});

describe('ranks not the report’s own', () => {
  it('leaves a county’s line, a sibling said best, another place’s rank and a goal', () => {
    expect(isPlaceLine('甲区:完成投资24.36亿元')).toBe(true);
    expect(isSiblingBest('乙县', null)).toBe(true);
    expect(isSiblingBest('我县', null)).toBe(false);
    expect(isSiblingBest(undefined, null)).toBe(false);
    expect(isOtherPlaceOrGoal('', '乙县增速')).toBe(true);
    expect(isOtherPlaceOrGoal('', '力争增速')).toBe(true);
    expect(isOtherPlaceOrGoal('', '增速')).toBe(false);
  });
});
