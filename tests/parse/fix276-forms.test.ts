// Forms the two-hundred-and-seventy-sixth held-out batch showed the parser missed (session 39, branch fix276): an
// energy county's news page telling the accounts of its 规上能源工业企业 apart from all industry's (F5771) and the
// investment in its energy industry (F5772). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const REPORT = [
  '砾川县2026年前三季度经济运行情况',
  '前三季度，全县地区生产总值312.5亿元，同比增长5.6%。',
  '全县规上能源工业企业营业收入418.26亿元，同比下降2.7%；规模以上非能源工业企业利润总额7.35亿元，同比增长4.1%。',
  '全县能源工业投资完成41.62亿元，同比增长9.8%，占全县固定资产投资的比重为47.3%。',
].join('\n');

const report = parsedReport(REPORT, { sourceName: 'lichuan.txt', region: '砾川县' });
const read = (name: string) =>
  report.observations
    .filter((o) => o.indicatorName === name)
    .map((o) => `${o.measure} ${o.quantity?.value}${o.quantity?.unit}`)
    .sort();

describe('a kind of industry’s firms’ accounts within 规上 industry (F5771)', () => {
  it('names them as written, with level and growth', () => {
    expect(read('规上能源工业企业营业收入')).toEqual(['growth -2.7%', 'level 418.26亿元']);
    expect(read('规模以上非能源工业企业利润总额')).toEqual(['growth 4.1%', 'level 7.35亿元']);
  });

  it('leaves all industry’s firms to the catalogue', () => {
    expect(report.observations.some((o) => o.indicatorCode === 'industrial-revenue')).toBe(false);
  });
});

describe('the energy industry’s investment (F5772)', () => {
  it('is an aggregate with its level, growth and share', () => {
    expect(read('能源工业投资')).toEqual(['growth 9.8%', 'level 41.62亿元', 'share 47.3%']);
  });
});

const PLAN = [
  '砾川县2026年前三季度国民经济和社会发展计划执行情况的报告',
  '前三季度，全县地区生产总值312.5亿元，同比增长5.6%。',
  '砾川县煤焦油深加工项目受用地审批影响进度滞后，前三季度完成投资0.84亿元，仅完成年度计划投资2.4亿元的35%。',
  '砾川县集中供热管网改造项目进度滞后，前三季度完成投资0.52亿元，完成年度投资计划1.3亿元的40%。',
].join('\n');

describe('the year’s plan after a project’s amount done, as the share done of it (F5773)', () => {
  const plan = parsedReport(PLAN, { sourceName: 'lichuan-plan.txt', region: '砾川县' });
  const amounts = (name: string) =>
    plan.projects
      .filter((p) => p.name === name)
      .flatMap((p) => p.mentions.map((m) => `${m.plannedInvestment} ${m.completedInvestment}`));

  it('gives the planned investment after a problem’s cause (受…影响)', () => {
    expect(amounts('砾川县煤焦油深加工项目')).toEqual(['240000000 84000000']);
  });

  it('gives it after a project named with its status', () => {
    expect(amounts('砾川县集中供热管网改造项目')).toEqual(['130000000 52000000']);
  });
});
