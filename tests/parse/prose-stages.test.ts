// The stages readProse runs each figure through, tested on their own. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { foldWidth } from '../../src/parse/normalise.js';
import { type Figure, scanFigures } from '../../src/parse/numbers.js';
import { chainSubject } from '../../src/parse/prose-chain-subject.js';
import { clauseKey, joinIndicator } from '../../src/parse/prose-clauses.js';
import { figureKey } from '../../src/parse/prose-figure-key.js';
import { figureMeasure, indexChangeOf, isShareFrom } from '../../src/parse/prose-figure-measure.js';
import { isBenchmarksOwn, isObserved, isThreshold } from '../../src/parse/prose-figure-observed.js';
import { goalWords } from '../../src/parse/prose-figure-targets.js';
import { ownPlaceOf } from '../../src/parse/prose-scope.js';
import { commaListed, wholeName } from '../../src/parse/prose-subject-names.js';
import { nameAsWritten } from '../../src/parse/prose-written-names.js';

/** A sentence folded as the parser folds it, and its figures. */
function read(text: string): { folded: string; figures: Figure[] } {
  const folded = foldWidth(text);
  return { folded, figures: scanFigures(folded, 0, folded.length) };
}
const clauseOf = (folded: string, figure: Figure) => folded.slice(0, figure.start).replace(/^.*[,;]/, '');

describe('figureKey', () => {
  it('reads the link from before a bracketed benchmark figure, and tells the benchmark figure apart', () => {
    const { folded, figures } = read('比甲州增速(7.1%)高1.6个百分点');
    const [benchmark, margin] = figures as [Figure, Figure];
    expect(figureKey(folded, 0, benchmark, clauseOf(folded, benchmark), '').benchmarkFigure).toBe(true);
    const clause = folded.slice(folded.indexOf(')') + 1, margin.start);
    const read2 = figureKey(folded, 0, margin, clause, clauseKey(clause));
    expect(read2.pastBracket).toBe(true);
    expect(read2.key).toContain('比');
  });
});

describe('fact-only checks', () => {
  it('finds a threshold passed and a benchmark figure in brackets', () => {
    const threshold = read('财政总收入突破10亿元大关');
    expect(isThreshold(threshold.folded, threshold.figures[0] as Figure)).toBe(true);
    const level = read('财政总收入达到10.6亿元');
    expect(isThreshold(level.folded, level.figures[0] as Figure)).toBe(false);
    const benchmark = read('比全省(7.7%)高0.5个百分点');
    expect(isBenchmarksOwn(benchmark.folded, benchmark.figures[0] as Figure)).toBe(true);
    expect(isBenchmarksOwn(benchmark.folded, benchmark.figures[1] as Figure)).toBe(false);
  });

  it('observes only a result of this period', () => {
    const { folded, figures } = read('地区生产总值增长6.1%');
    const none = {
      planned: false,
      goal: false,
      ceilingKept: false,
      rateTarget: false,
      planAmount: false,
      marginAfter: false,
      shareFrom: false,
      link: null,
    };
    const figure = figures[0] as Figure;
    expect(isObserved(folded, figure, none)).toBe(true);
    expect(isObserved(folded, figure, { ...none, planned: true })).toBe(false);
    expect(isObserved(folded, figure, { ...none, shareFrom: true })).toBe(false);
  });
});

describe('figureMeasure', () => {
  const base = (folded: string, figure: Figure, clause: string) => ({
    folded,
    figure,
    raw: folded.slice(figure.start, figure.end),
    clause,
    ownKey: clauseKey(clause),
    key: clauseKey(clause),
    join: null,
    link: null,
    structure: false,
    shareOfPlanAmount: false,
    previousShareChange: false,
    previousShareFrom: false,
    lastObservation: undefined,
    change: null,
    earlierFell: false,
    bracketed: false,
    marginFell: false,
    listShare: false,
    listSign: 0,
  });

  it('reads a decline told by its size as a negative growth', () => {
    const { folded, figures } = read('降幅为3.2%');
    const figure = figures[0] as Figure;
    const read2 = figureMeasure(base(folded, figure, '降幅为'));
    expect([read2.measure, read2.quantity.value]).toEqual(['growth', -3.2]);
  });

  it("carries a list's falling verb to its later figures", () => {
    const { folded, figures } = read('分别下降5.7%、12.4%');
    const later = figures[1] as Figure;
    const read2 = figureMeasure({ ...base(folded, later, ''), listSign: -1 });
    expect([read2.measure, read2.quantity.value]).toEqual(['growth', -12.4]);
  });

  it('reads an index over its base as its change, keeping the index as written', () => {
    const { folded, figures } = read('居民消费价格总指数102.3%');
    const figure = figures[0] as Figure;
    const join = joinIndicator('居民消费价格总指数');
    const read2 = figureMeasure({ ...base(folded, figure, '居民消费价格总指数'), join });
    expect(read2.quantity.value).toBe(102.3);
    expect(read2.indexChange?.value).toBe(2.3);
    expect(indexChangeOf(join, 'rate', null, figure, read2.quantity)?.value).toBe(2.3);
  });

  it('tells the share a share moved from', () => {
    const { folded, figures } = read('占全部投资的比重从上年同期的46.3%下降到37.8%');
    const [from, to] = figures as [Figure, Figure];
    expect(isShareFrom(folded, clauseKey(clauseOf(folded, from)), from, to)).toBe(true);
  });
});

describe('naming a subject', () => {
  it('reads a name before a colon', () => {
    const { folded, figures } = read('房地产销售面积:增长2.4%');
    const figure = figures[0] as Figure;
    const clauseStart = folded.indexOf(':') + 1;
    const named = nameAsWritten({
      folded,
      sentenceStart: 0,
      figure,
      clause: folded.slice(clauseStart, figure.start),
      clauseStart,
      subject: '',
      join: null,
      ownResult: true,
      listed: false,
      distributive: false,
      contribution: false,
    });
    expect(named.subject).toBe('房地产销售面积');
    expect(named.join?.entry.code).toBeTruthy();
  });

  it('completes a bare attribute from the subject before, and reads comma-set branches', () => {
    expect(wholeName('粮食播种面积', '产量')).toBe('粮食产量');
    expect(wholeName('规模以上工业企业实现营业收入', '利润总额')).toBe('规模以上工业企业利润总额');
    expect(commaListed('其中甲乙、丙丁业,戊己业营业收入分别', 2)).toEqual(['甲乙、丙丁业', '戊己业']);
  });

  it("goes on about the chain's subject after a follow-on clause", () => {
    const { folded, figures } = read('同比下降2.0%');
    const previous = { subject: '社会消费品零售总额', join: joinIndicator('社会消费品零售总额') };
    const chained = chainSubject({
      folded,
      sentenceStart: 0,
      figure: figures[0] as Figure,
      clauseStart: 0,
      key: '同比',
      own: { subject: '同比', join: null },
      previous,
      planned: false,
      link: null,
      planAmount: false,
      shareOfPlanAmount: false,
      earlierListed: false,
      earlierList: false,
      countOfNoun: false,
      baseYearChange: false,
      distributive: null,
      listItem: undefined,
      contribution: false,
      amountChange: false,
      previousShareFrom: false,
      previousRateTarget: false,
      paragraphFacts: [],
    });
    expect([chained.subject, chained.join, chained.tookListItem]).toEqual([
      previous.subject,
      previous.join,
      false,
    ]);
  });
});

describe('goal words and own scope', () => {
  it('keeps the bound before a goal and the upper end of its range', () => {
    const bound = read('增速不低于8%');
    expect(goalWords(bound.folded, bound.figures[0] as Figure)).toBe('不低于8%');
    const range = read('增长5%-5.5%');
    // The scanner's figure takes its sign word (增长) with it.
    expect(goalWords(range.folded, range.figures[0] as Figure)).toBe('增长5%-5.5%');
  });

  it("reads the report's own scope word and whether the text uses it", () => {
    expect(ownPlaceOf('岚川县', '全县地区生产总值增长6%').scopeUsed).toBe(true);
    expect(ownPlaceOf('岚川县', '我县地区生产总值增长6%').place?.scopeSaid).toBe(true);
    expect(ownPlaceOf('岚川县', '地区生产总值增长6%').place?.scopeSaid).toBe(false);
    expect(ownPlaceOf(null, '全县').place).toBeNull();
  });
});
