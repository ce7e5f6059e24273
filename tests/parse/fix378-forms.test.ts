// Forms the three-hundred-and-seventy-eighth held-out batch showed the parser misreading (session 45, branch
// fix378). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const ANALYSIS = { sourceName: 'analysis.txt', region: '涔坪县', period: '2033-M1-2' } as const;

describe('甲企业停产，影响工业产值约X亿元: an event’s loss is a fact only (F7621)', () => {
  const report = parsedReport(
    [
      '涔坪县2033年1—2月份经济运行简析',
      '1—2月份，全县规模以上工业完成增加值3.18亿元，同比增长16.4%；完成城镇固定资产投资4.12亿元，同比增长28.6%。',
      '暴雪期间，全县有31家规模以上工业企业停产或半停产，影响工业产值约2.7亿元；受灾害影响，全县工业用电量0.86亿千瓦时，同比下降3.9%。',
    ].join('\n'),
    ANALYSIS,
  );

  it('gives the loss no observation, keeps it as a fact, and still reads the figures after 受…影响，', () => {
    expect(report.observations.filter((o) => o.quantity?.value === 2.7)).toEqual([]);
    expect(report.facts.some((f) => f.quantity.value === 2.7)).toBe(true);
    expect(report.observations.some((o) => o.quantity?.value === 16.4)).toBe(true);
  });
});

describe('总投资X亿元的甲工程春节后全面复工: the holiday is no part of the name (F7622)', () => {
  const report = parsedReport(
    [
      '涔坪县2033年1—2月份经济运行简析',
      '1—2月份，全县完成城镇固定资产投资4.12亿元，同比增长28.6%。总投资2.4亿元的岙澜至涔坪二级公路改建工程春节后全面复工，累计完成投资0.83亿元。',
      '下一步，推动岙澜至涔坪二级公路改建工程等续建项目加快建设。',
    ].join('\n'),
    ANALYSIS,
  );

  it('names the works without 春节后 and reads the later mention as the same project', () => {
    expect(report.projects.map((p) => p.name)).toEqual(['岙澜至涔坪二级公路改建工程']);
  });
});

describe('常务会议研究部署春季重点项目集中开工工作: a meeting’s business names no project (F7623)', () => {
  const report = parsedReport(
    [
      '县政府召开第九次常务会议',
      '3月9日，县长主持召开县政府第九次常务会议，听取1—2月份全县经济运行情况汇报，研究部署春季重点项目集中开工工作。',
      '1—2月份，全县规模以上工业增加值增长14.2%，城镇固定资产投资增长26.3%。',
    ].join('\n'),
    { sourceName: 'news.txt', region: '涔坪县', period: '2033-M1-2' },
  );

  it('reads no project from the meeting’s agenda', () => {
    expect(report.projects).toEqual([]);
  });
});
