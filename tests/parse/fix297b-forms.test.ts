// Forms held-out-296 and held-out-297 showed the parser missing (session 40, fix297b). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

function read(lines: string[], period?: string) {
  const { report } = parseReportText(lines.join('\n'), {
    sourceName: 'fix297b.txt',
    ...(period ? { period } : {}),
  });
  if (!report) throw new Error('no report');
  return report;
}

describe('F6202 a catalogued branch named by its 行业 with the verb before 增加值', () => {
  it('reads 煤炭行业完成增加值X亿元 as the branch’s value added', () => {
    const report = read(
      [
        '2009年一季度溆沣县经济运行情况分析',
        '　　一季度全县实现地区生产总值9.42亿元，同比下降5.1%。规模以上工业完成增加值5.16亿元，同比下降11.3%。分行业看，煤炭行业完成增加值3.27亿元，下降9.6%；建材行业完成增加值0.84亿元，增长4.2%。',
      ],
      '2009-Q1',
    );
    const coal = report.observations.filter((o) => o.indicatorCode === 'coal-mining-value-added');
    expect(coal.map((o) => [o.measure, o.quantity?.value])).toEqual([
      ['level', 3.27],
      ['growth', -9.6],
    ]);
  });
});

describe('F6203 a change against a quarter of the year before', () => {
  it('reads 降幅比去年四季度扩大A个百分点 as the chain subject’s change', () => {
    const report = read(
      [
        '2009年一季度溆沣县经济运行情况分析',
        '　　初步核算，一季度全县实现地区生产总值9.42亿元，同比下降5.1%，降幅比去年四季度扩大2.7个百分点。',
      ],
      '2009-Q1',
    );
    const change = report.observations.filter((o) => o.indicatorCode === 'gdp' && o.measure === 'change');
    expect(change.map((o) => o.quantity?.value)).toEqual([-2.7]);
  });
});

describe('F6204 a named fall compared with a place’s average, 比 before the place', () => {
  it('reads 甲降幅比全市平均水平高B个百分点 as a negative comparison', () => {
    const report = read(
      [
        '2009年一季度溆沣县经济运行情况分析',
        '　　一季度全县实现地区生产总值9.42亿元，同比下降5.1%。',
        '　　一是工业下滑明显。规模以上工业增加值降幅比全市平均水平高2.9个百分点，部分企业停产。',
      ],
      '2009-Q1',
    );
    const compared = report.observations.filter(
      (o) => o.indicatorCode === 'industrial-value-added' && o.measure === 'comparison',
    );
    expect(compared.map((o) => o.quantity?.value)).toEqual([-2.9]);
  });
});

describe('F6205 the stimulus programme’s projects named by the central money', () => {
  it('reads 加快中央新增投资项目开工进度 as no project', () => {
    const report = read(
      [
        '2009年一季度溆沣县经济运行情况分析',
        '　　一季度全县实现地区生产总值9.42亿元，同比下降5.1%。',
        '　　一要抓好扩大内需项目建设，加快中央新增投资项目开工进度。二要帮助企业开拓市场。',
      ],
      '2009-Q1',
    );
    expect(report.projects.map((p) => p.name)).toEqual([]);
  });
});
