// The stages readProse runs each figure through, tested on their own. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { foldWidth } from '../../src/parse/normalise.js';
import { type Figure, scanFigures } from '../../src/parse/numbers.js';
import { chainAfter, chainSubject } from '../../src/parse/prose-chain-subject.js';
import { clauseKey, joinIndicator } from '../../src/parse/prose-clauses.js';
import { figureAmount } from '../../src/parse/prose-figure-amounts.js';
import { figureKey, isMarginAfter } from '../../src/parse/prose-figure-key.js';
import { figureMeasure, indexChangeOf, isShareFrom } from '../../src/parse/prose-figure-measure.js';
import { isBenchmarksOwn, isObserved, isThreshold } from '../../src/parse/prose-figure-observed.js';
import { goalWords } from '../../src/parse/prose-figure-targets.js';
import { openList } from '../../src/parse/prose-list-opening.js';
import { ownPlaceOf } from '../../src/parse/prose-scope.js';
import { commaListed, wholeName } from '../../src/parse/prose-subject-names.js';
import { nameAsWritten } from '../../src/parse/prose-written-names.js';
import type { Sentence } from '../../src/parse/types.js';

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
    evaluatedShare: false,
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
      evaluatedShare: null,
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

describe('lists, amounts and the chain after a figure', () => {
  it("opens a 分别 list with its names, its verb's sign and one subject per figure", () => {
    const { folded, figures } = read('甲县、乙县分别下降5.1%、7.0%');
    const sentence: Sentence = {
      index: 0,
      sectionIndex: null,
      kind: 'prose',
      text: folded,
      start: 0,
      end: folded.length,
      line: 0,
    };
    const opened = openList({
      folded,
      sentences: [sentence],
      sentence,
      figures,
      index: 0,
      clauseStart: 0,
      ownKey: clauseKey(clauseOf(folded, figures[0] as Figure)),
      lastList: null,
      bracketNames: [],
      facts: [],
    });
    expect([opened.distributive, opened.sign, opened.unnamedLength]).toEqual([['甲县', '乙县'], -1, 0]);
  });

  it('reads an amount of change and a count of a noun', () => {
    const change = read('同比减收0.5亿元');
    const figure = change.figures[0] as Figure;
    const context = {
      folded: change.folded,
      sentenceStart: 0,
      figure,
      clauseStart: 0,
      key: clauseKey(clauseOf(change.folded, figure)),
      near: change.folded.slice(0, figure.start),
      join: null,
      inList: false,
    };
    expect(figureAmount(context).amountChange?.[1]).toMatch(/减/);
    const count = read('新开工3个项目');
    const three = count.figures[0] as Figure;
    expect(
      figureAmount({ ...context, folded: count.folded, figure: three, key: '新开工', near: '新开工' })
        .countOfNoun,
    ).toBe(true);
  });

  it('tells a margin in brackets after a comparison figure', () => {
    const { folded, figures } = read('比一季度加快8.2%(1.6个百分点)');
    expect(isMarginAfter(folded, figures[0] as Figure, figures[1], '比一季度加快')).toBe(true);
    expect(isMarginAfter(folded, figures[0] as Figure, figures[1], '')).toBe(false);
  });

  it('keeps the chain on the indicator before a pull, and on a foreign place after its figure', () => {
    const { figures } = read('拉动经济增长1.8个百分点');
    const previous = { subject: '地区生产总值', join: joinIndicator('地区生产总值') };
    const step = {
      figure: figures[0] as Figure,
      clause: '拉动经济增长',
      read: { subject: '拉动经济', join: null },
      foreign: false,
      countOfNoun: false,
      benchmarkFigure: false,
      marginAfter: false,
      earlierValue: false,
      shareFrom: false,
    };
    expect(chainAfter(previous, step)).toBe(previous);
    expect(chainAfter({ subject: '', join: null }, step)).toEqual({ subject: '拉动经济', join: null });
    expect(chainAfter(previous, { ...step, clause: '增长', foreign: true, read: previous })).toEqual({
      subject: '地区生产总值',
      join: null,
    });
  });
});
