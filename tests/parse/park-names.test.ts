// The park-name vocabulary's contract (session 45, fixpark): every word gives a park in each rule that takes
// it, a rule's exclusions are excluded, and a county's own noun with a park word inside (园区道路, 家庭农场) is
// no park's. Places and figures are invented (蔚沣, 岚溆县).

import { describe, expect, it } from 'vitest';
import { isParkGoalClause } from '../../src/parse/park-goal-clause.js';
import {
  NAMES_A_BODY,
  PARK_EXCLUSIONS,
  PARK_WORDS,
  type ParkRule,
  parkWordsOf,
} from '../../src/parse/park-names.js';
import { parkSentence } from '../../src/parse/prose-scope.js';
import { namesParkFigure } from '../../src/parse/prose-written-names.js';
import { parsedReport } from '../helpers/report.js';

const REGION = '岚溆县';
const OWN = '全县';

/** Whether each rule reads 蔚沣<word> as a park, in the context that rule reads. */
const PARK_IN: Record<ParkRule, (word: string) => boolean> = {
  opening: (word) => parkSentence(`蔚沣${word}完成固定资产投资`, '完成固定资产投资4.6亿元', OWN, REGION),
  goalClause: (word) => isParkGoalClause(`力争蔚沣${word}全年实现工业总产值12亿元`),
  figure: (word) => namesParkFigure(`蔚沣${word}完成基础设施投资`),
};
const RULES = Object.keys(PARK_IN) as ParkRule[];

describe('the vocabulary', () => {
  it('says why of every word, once', () => {
    for (const w of PARK_WORDS) expect(w.why.length, w.word).toBeGreaterThan(10);
    expect(new Set(PARK_WORDS.map((w) => w.word)).size).toBe(PARK_WORDS.length);
  });

  it('excludes only words it has, each with a reason', () => {
    const words = new Set(PARK_WORDS.map((w) => w.word));
    for (const rule of RULES)
      for (const [word, why] of Object.entries(PARK_EXCLUSIONS[rule])) {
        expect(words.has(word), `${rule} ${word}`).toBe(true);
        expect(why.length, `${rule} ${word}`).toBeGreaterThan(20);
      }
  });

  it('keeps 高新区 out of PARK_FIGURE and the bare 园区 out of the opening, and only those', () => {
    expect(Object.keys(PARK_EXCLUSIONS.figure)).toEqual(['高新区']);
    expect(Object.keys(PARK_EXCLUSIONS.opening)).toEqual(['园区']);
    expect(Object.keys(PARK_EXCLUSIONS.goalClause)).toEqual([]);
  });
});

describe.each(RULES)('the %s rule', (rule) => {
  it.each(parkWordsOf(rule).map((w) => w.word))('reads 蔚沣%s as a park', (word) => {
    expect(PARK_IN[rule](word)).toBe(true);
  });

  it.each(Object.keys(PARK_EXCLUSIONS[rule]))('leaves %s, its exclusion, to the county', (word) => {
    expect(PARK_IN[rule](word)).toBe(false);
  });
});

describe('NAMES_A_BODY, the opening’s cheap pre-check', () => {
  it('passes every sentence the opening reads as a park’s', () => {
    for (const w of parkWordsOf('opening')) expect(NAMES_A_BODY.test(`蔚沣${w.word}完成`), w.word).toBe(true);
    expect(NAMES_A_BODY.test('岚溆县发改局局长说，园区去年新入驻企业14家')).toBe(true);
  });

  it('fails a county’s sentence that names no body', () => {
    expect(NAMES_A_BODY.test('全县完成固定资产投资38.6亿元，增长11.2%')).toBe(false);
  });
});

describe('the bare 园区', () => {
  it('is the body a speaker names (the lead folded: ， to ,)', () => {
    expect(
      parkSentence('蔚沣园区管委会主任说,园区去年新入驻企业', '园区去年新入驻企业14家', OWN, REGION),
    ).toBe(true);
  });

  it('opening a sentence after a year word is a zone’s report speaking of itself', () => {
    expect(parkSentence('全年园区实现税收收入', '全年园区实现税收收入9.37亿元', OWN, '蔚沣经济开发区')).toBe(
      false,
    );
  });
});

describe('a county’s own noun with a park word inside is no park’s', () => {
  it('园区道路: the county’s roads in its parks', () => {
    expect(parkSentence('全县园区道路完成投资', '全县园区道路完成投资2.1亿元', OWN, REGION)).toBe(false);
    expect(parkSentence('园区道路完成投资', '园区道路完成投资2.1亿元', OWN, REGION)).toBe(false);
    expect(isParkGoalClause('确保园区道路建设完成投资3亿元')).toBe(false);
    expect(namesParkFigure('园区道路完成投资')).toBe(false);
  });

  it('家庭农场: the family farms the county fosters, not a state farm (F7552)', () => {
    expect(isParkGoalClause('培育家庭农场达到50家')).toBe(false);
    expect(namesParkFigure('新认定家庭农场实现经营收入')).toBe(false);
    expect(parkSentence('家庭农场实现经营收入', '家庭农场实现经营收入1.8亿元', OWN, REGION)).toBe(false);
  });
});

describe('a word one rule lacked before is the others’ too (F7551)', () => {
  const report = parsedReport(
    [
      '岚溆县2031年国民经济和社会发展计划执行情况的报告',
      '一、2031年计划执行情况',
      '规模以上工业增加值7.18亿元，增长9.6%。蔚沣现代农业示范区完成基础设施投资1.64亿元，新入园企业5家。',
    ].join('\n'),
    { sourceName: 'report.txt', region: REGION, period: '2031-FY' },
  );

  it('gives a 示范区’s investment (once only the goal rule’s word) no observation of the county’s', () => {
    expect(report.observations.filter((o) => o.indicatorCode === 'infrastructure-investment')).toEqual([]);
    expect(report.facts.some((f) => f.quantity.value === 1.64)).toBe(true);
  });
});
