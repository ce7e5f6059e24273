// Rankings of other periods and of the parent, in prose: an earlier period's rank written beside the
// period's own (一季度居全市第5位，上半年升至第3位; 居全市第3位，上年同期居第5位) is no rank of the report's
// period, only where its rank moved from; ranks counted from the last (倒数第2) and bands without a number;
// and whose a 全市…居全省第N chain is in a city's report and in a county's. Forms from real pages (see
// docs/corpus.md, "Ranks of other periods and of the parent (rank)"); places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../../src/parse/index.js';

interface Expected {
  code: string;
  rank: number;
  of: number | null;
  scope: string;
  change: number | null;
}

interface Case {
  name: string;
  title: string;
  text: string;
  expected: Expected[];
}

const COUNTY = '岚川县2024年上半年国民经济和社会发展计划执行情况的报告';
const CITY = '岚州市2024年上半年国民经济和社会发展计划执行情况的报告';
const DISTRICT = '岚东区2024年上半年国民经济和社会发展计划执行情况的报告';

/** An earlier period, and the period's own word that may open the current rank's clause. */
const PERIODS = [
  { earlier: '一季度', current: '上半年' },
  { earlier: '1-3月', current: '1-6月' },
  { earlier: '第一季度', current: '' },
  { earlier: '上年同期', current: '今年上半年' },
];

/** The scope as written, the scope read and the group's size. */
const SCOPES = [
  { written: '全市', scope: '全市', of: null },
  { written: '全省', scope: '全省', of: null },
  { written: '全市8个县（市、区）', scope: '全市', of: 8 },
];

/** How the current rank is written after the earlier one; S is the scope, N the ordinal. */
const CURRENT_AFTER = ['升至第N位', '上升至S第N位', '排名S第N位', '居S第N位', '跃升至第N位', '提升到第N名'];
/** How the earlier rank is written; S is the scope, N the ordinal. */
const EARLIER = ['居S第N位', '位居S第N位', '排名S第N位', '增速居S第N位'];

function periodCases(): Case[] {
  const cases: Case[] = [];
  const rank = (n: number, scope: string, of: number | null, change: number | null): Expected => ({
    code: 'industrial-value-added',
    rank: n,
    of,
    scope,
    change,
  });
  const lead = '上半年，全县规模以上工业增加值同比增长7.4%，';
  for (const period of PERIODS)
    for (const scope of SCOPES)
      for (const earlier of EARLIER) {
        const before = `${period.earlier}${earlier.replace('S', scope.written).replace('N', '6')}`;
        for (const current of CURRENT_AFTER) {
          const after = `${period.current}${current.replace('S', scope.written).replace('N', '2')}`;
          cases.push({
            name: `${before}，${after}`,
            title: COUNTY,
            text: `${lead}${before}，${after}。`,
            expected: [rank(2, scope.scope, scope.of, 4)],
          });
        }
        // The period's rank first, the earlier one after it as an aside.
        const first = `增速居${scope.written}第2位`;
        cases.push({
          name: `${first}，${before}`,
          title: COUNTY,
          text: `${lead}${first}，${before}。`,
          expected: [rank(2, scope.scope, scope.of, 4)],
        });
        // A move written beside both: the written one wins.
        cases.push({
          name: `${before}，${period.current}居…第N位，前移M位 (the written move)`,
          title: COUNTY,
          text: `${lead}${before}，${period.current}居${scope.written}第2位，前移3位。`,
          expected: [rank(2, scope.scope, scope.of, 3)],
        });
        // Only the earlier period's rank: no rank of the report's period.
        cases.push({ name: `only ${before}`, title: COUNTY, text: `${lead}${before}。`, expected: [] });
      }
  // A move with the earlier period inside it: 由一季度的全市第6位升至上半年的第2位.
  for (const period of PERIODS.slice(0, 2))
    for (const verb of ['升至', '上升到', '跃升至', '前移至'])
      cases.push({
        name: `由${period.earlier}的全市第6位${verb}${period.current}的第2位`,
        title: COUNTY,
        text: `${lead}增速由${period.earlier}的全市第6位${verb}${period.current || '上半年'}的第2位。`,
        expected: [rank(2, '全市', null, 4)],
      });
  // No period word opens the sentence: the report's own period (from its title) is the current one, so a
  // rank of an earlier period is only that period's, and one of the report's own period is its rank.
  const bare = '全县规模以上工业增加值同比增长7.4%，';
  for (const period of PERIODS)
    for (const earlier of EARLIER) {
      const before = `${period.earlier}${earlier.replace('S', '全市').replace('N', '5')}`;
      cases.push({
        name: `only ${before}, no period word before it`,
        title: COUNTY,
        text: `${bare}${before}。`,
        expected: [],
      });
    }
  for (const own of ['上半年', '1-6月'])
    cases.push({
      name: `${own}居全市第5位, no period word before it: the report's own`,
      title: COUNTY,
      text: `${bare}${own}居全市第5位。`,
      expected: [rank(5, '全市', null, null)],
    });
  cases.push({
    name: "a first quarter's report, no period word before it: 一季度 is the period's own",
    title: '岚川县2024年一季度国民经济和社会发展计划执行情况的报告',
    text: `${bare}一季度居全市第5位。`,
    expected: [rank(5, '全市', null, null)],
  });
  cases.push({
    name: "a full year's report, no period word before it: 前三季度 is earlier",
    title: '岚川县2024年国民经济和社会发展计划执行情况的报告',
    text: `${bare}前三季度居全市第5位。`,
    expected: [],
  });
  // The report's own period (a first quarter's report) opening the sentence: its own rank.
  cases.push({
    name: "a first quarter's report: 一季度 is the period's own",
    title: '岚川县2024年一季度国民经济和社会发展计划执行情况的报告',
    text: '一季度，全县规模以上工业增加值同比增长7.4%，增速居全市第6位。',
    expected: [rank(6, '全市', null, null)],
  });
  cases.push({
    name: "a third quarter's report: 上半年 is earlier, 前三季度 the period's own",
    title: '岚川县2024年前三季度国民经济和社会发展计划执行情况的报告',
    text: '前三季度，全县规模以上工业增加值同比增长7.4%，上半年居全市第6位，前三季度居全市第2位。',
    expected: [rank(2, '全市', null, 4)],
  });
  cases.push({
    name: '由上半年第N名成为前三季度第M名',
    title: '岚川县2024年前三季度国民经济和社会发展计划执行情况的报告',
    text: '前三季度，全县规模以上工业增加值同比增长7.4%，增速由上半年第6名成为前三季度第2名。',
    expected: [rank(2, '', null, 4)],
  });
  return cases;
}

/** Ranks counted from the last, shared ranks, bands, and moves without a rank. */
function formCases(): Case[] {
  const gdp = (rank: number, scope: string, of: number | null = null, change: number | null = null) => ({
    code: 'gdp',
    rank,
    of,
    scope,
    change,
  });
  const lead = '上半年，全县地区生产总值同比增长6.1%，';
  const cases: Case[] = [];
  const add = (name: string, text: string, expected: Expected[], title = COUNTY) =>
    cases.push({ name, title, text: `${lead}${text}`, expected });
  for (const [group, of] of [
    ['全市8个县（市、区）', 8],
    ['全市六县（区）', 6],
    ['全市13个县（市、区）', 13],
  ] as const) {
    add(`居${group}倒数第2位`, `增速居${group}倒数第2位。`, [gdp(of - 1, '全市', of)]);
    add(`在${group}中排名倒数第二`, `增速在${group}中排名倒数第二。`, [gdp(of - 1, '全市', of)]);
    add(`位列${group}倒数第一`, `增速位列${group}倒数第一。`, [gdp(of, '全市', of)]);
  }
  // 倒数第N with no group size gives no rank: counted from an end the text does not give.
  add('排名倒数第2 (no size)', '增速排名倒数第2。', []);
  add('全市排名倒数第二 (no size)', '增速全市排名倒数第二。', []);
  add('居全市倒数第1位 (no size)', '增速居全市倒数第1位。', []);
  add('并列全市第3位', '增速并列全市第3位。', [gdp(3, '全市')]);
  add('排名全市并列第三', '增速排名全市并列第三。', [gdp(3, '全市')]);
  add('居全市并列第3位', '增速居全市并列第3位。', [gdp(3, '全市')]);
  add('居全市第一方阵', '增速居全市第一方阵。', []);
  add('居全市第一梯队', '增速居全市第一梯队。', []);
  add('居全市前列', '增速居全市前列。', []);
  add('居全市13个县（市、区）前列', '增速居全市13个县（市、区）前列。', []);
  add('位次前移2位 (no rank)', '增速位次前移2位。', []);
  add('全市排名较一季度前移2位 (no rank)', '增速全市排名较一季度前移2位。', []);
  add('较上年同期排位上升 (no rank)', '增速较上年同期排位上升。', []);
  add('排名第N位，比一季度前移M位', '增速排名第3位，比一季度前移2位。', [gdp(3, '', null, 2)]);
  add('全市排名第N位，位次前移M位', '增速全市排名第4位，位次前移2位。', [gdp(4, '全市', null, 2)]);
  add('由第8位上升至第5位', '增速由第8位上升至第5位。', [gdp(5, '', null, 3)]);
  add('由第8位下降至第10位', '增速由第8位下降至第10位。', [gdp(10, '', null, -2)]);
  add('居全市第3位，较一季度的第5位前移2位', '增速居全市第3位，较一季度的第5位前移2位。', [
    gdp(3, '全市', null, 2),
  ]);
  return cases;
}

/** Whose a 全市…居全省第N chain is: a city's own, a county's parent's. */
function parentCases(): Case[] {
  const gdp = (rank: number, scope: string) => ({ code: 'gdp', rank, of: null, scope, change: null });
  const parent = '上半年，全市地区生产总值同比增长5.6%，增速居全省第5位。';
  return [
    { name: "a city's own 全市…居全省第N", title: CITY, text: parent, expected: [gdp(5, '全省')] },
    {
      name: "a city's own, after the province's 全省…居全国第N",
      title: CITY,
      text: `上半年，全省地区生产总值同比增长5.3%，居全国第9位。${parent}`,
      expected: [gdp(5, '全省')],
    },
    {
      name: "a city's own, 全市…增幅居全省第N with no period",
      title: CITY,
      text: '全市生产总值440.2亿元，增长8.4%，增幅居全省第3位。',
      expected: [gdp(3, '全省')],
    },
    {
      name: "a county's report that never says 全县: the parent city's rank is not the county's",
      title: COUNTY,
      text: parent,
      expected: [],
    },
    {
      name: "a district's report that never says 全区: the parent city's rank is not the district's",
      title: DISTRICT,
      text: parent,
      expected: [],
    },
    {
      name: "a county's report that never says 全县: the parent's rank, then the county's own",
      title: COUNTY,
      text: '上半年，全市地区生产总值同比增长5.6%，居全省第5位；地区生产总值同比增长6.1%，居全市第2位。',
      expected: [gdp(2, '全市')],
    },
    {
      name: "a county's report whose text says 全市 for itself, ranked among the province's counties",
      title: COUNTY,
      text: '上半年，全市地区生产总值同比增长6.1%，增速居全省县域第12位。',
      expected: [gdp(12, '全省县域')],
    },
  ];
}

const cases = [...periodCases(), ...formCases(), ...parentCases()];

describe('rankings of other periods and of the parent', () => {
  it('has a bounded list', () => {
    expect(cases.length).toBeGreaterThan(200);
    expect(cases.length).toBeLessThan(600);
  });

  for (const c of cases)
    it(`${c.name} (${c.title.slice(0, 3)})`, () => {
      const text = [c.title, '一、上半年执行情况', c.text].join('\n');
      const parsed = parseReportText(text, { sourceName: 'rank-periods.txt' }).report;
      expect(parsed, text).not.toBeNull();
      if (!parsed) return;
      const got = parsed.rankings.map((r) => ({
        code: r.indicatorCode ?? `? ${r.subject}`,
        rank: r.rank,
        of: r.of,
        scope: r.scope,
        change: r.change,
      }));
      expect(got, text).toEqual(c.expected);
      // The ordinals and the places moved are no figures of their own.
      const rankUnits = new Set(['', '位', '名', '个', '个位次', '位次']);
      expect(
        parsed.facts.filter((f) => rankUnits.has(f.quantity.unit)).map((f) => f.quantity.raw),
        text,
      ).toEqual([]);
    });
});
