// Forms held-out-35's zhenlan/wuting/yixiu fixtures and held-out-33's leftovers showed (session 17,
// fixzhenlan). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const TITLE = '岚丘县2030年国民经济和社会发展计划执行情况与2031年国民经济和社会发展计划草案';

const report = (lines: readonly string[]) =>
  parsedReport([TITLE, ...lines].join('\n'), { sourceName: 'plan.txt' });

describe('the count of an anniversary is no figure', () => {
  it.each([
    '2031年是新中国成立80周年，是关键之年。地区生产总值增长7%左右。',
    '今年是建县60周年。地区生产总值增长7%左右。',
  ])('%s', (line) => {
    const r = report(['二、2031年国民经济和社会发展计划草案', line]);
    const values = r.facts.map((f) => f.quantity?.value);
    expect(values).not.toContain(80);
    expect(values).not.toContain(60);
  });

  it('other counts stay figures', () => {
    const r = report(['一、2030年计划执行情况', '地区生产总值达到120亿元，增长6.5%。']);
    expect(r.facts.map((f) => f.quantity?.value)).toContain(120);
  });
});

const RESULTS = '一、2030年计划执行情况';

describe('接待游客人数 is the tourist count', () => {
  it('a level and a decline', () => {
    const r = report([RESULTS, '接待游客人数236.4万人次，下降12.7%；旅游总收入21.3亿元，下降15.2%。']);
    const found = r.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value].join(' '));
    expect(found).toContain('tourist-arrivals level 236.4');
    expect(found).toContain('tourist-arrivals growth -12.7');
  });
});

describe('a goal of about its figure said kept within after the result is the year’s target', () => {
  it('控制在3%左右的预期目标以内: a target of about 3%, met, no second result', () => {
    const r = report([RESULTS, '居民消费价格上涨2.1%，控制在3%左右的预期目标以内。']);
    expect(
      r.targets.map((t) => [t.indicatorCode, t.horizon, t.comparator, t.value, t.attainment].join(' ')),
    ).toEqual(['cpi full-year approx 3 met']);
    expect(r.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value].join(' '))).toEqual([
      'cpi growth 2.1',
    ]);
  });

  it('控制在3%左右 alone stays as before (no goal named after it)', () => {
    const r = report([RESULTS, '居民消费价格上涨2.1%，控制在3%左右。']);
    expect(
      r.targets.filter((t) => t.indicatorCode === 'cpi' && t.value === 3 && t.attainment === 'met'),
    ).toEqual([]);
  });
});

describe('开业运营 is a project status', () => {
  it.each([
    '一是加快旅游消费恢复，推动岚丘湾温泉度假区二期开业运营；二是兜牢民生底线。',
    '推动岚丘湾温泉度假区二期开业。',
  ])('%s', (line) => {
    const r = report([RESULTS, line]);
    expect(r.projects.map((p) => p.name)).toEqual(['岚丘湾温泉度假区二期']);
  });
});

describe('a rate brought to a bound under 确保 among a draft’s tasks is a next-year goal', () => {
  const TASKS = [
    TITLE,
    '一、2030年国民经济和社会发展计划执行情况',
    '地区生产总值增长7%。',
    '二、2031年的主要任务',
  ];
  const goals = (line: string) =>
    parsedReport([...TASKS, line].join('\n'), { sourceName: 'plan.txt' }).targets.map((t) =>
      [t.indicatorName, t.horizon, t.comparator, t.value].join(' '),
    );

  it('确保…贫困发生率降至2%以下', () => {
    expect(goals('（二）决战脱贫攻坚。确保全年减少农村贫困人口0.8万人，贫困发生率降至2%以下。')).toContain(
      '贫困发生率 next-year lte 2',
    );
  });

  it('a bare 达A% under 确保 stays no goal of a rate the catalogue lacks', () => {
    expect(goals('（三）确保森林覆盖率达到62%。')).toEqual([]);
  });
});
