// Forms the twenty-second held-out batch showed the parser missed (session 15, branch fixdequ): a
// project table whose unit is given in a bracket closing the sentence that leads into it
// (主要项目进展情况见下表（单位：万元）。). Names come out width-folded, as the scorer compares them. Places, names and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { introUnits } from '../../src/parse/table-intro-unit.js';

const projects = (...lines: string[]) =>
  (
    parseReportText(['柯渡区2022年1-9月重点项目建设进展情况', ...lines].join('\n'), {
      sourceName: 'fixdequ-forms.txt',
    }).report?.projects ?? []
  ).map((p) => [
    p.name,
    p.mentions.map((m) => m.plannedInvestment).find((v) => v !== null) ?? null,
    p.mentions.map((m) => m.completedInvestment).find((v) => v !== null) ?? null,
  ]);

describe('a table’s unit in the bracket closing the sentence before it', () => {
  it.each([
    ['主要项目进展情况见下表（单位：万元）。', ['万元']],
    ['重点项目推进情况如下（单位：亿元）：', ['亿元']],
    ['详见附表(单位:万元、%)', ['万元', '%']],
    // a bracket inside the sentence, or no unit in it, gives none
    ['全区完成投资（单位：万元）18.2亿元。', null],
    ['主要项目进展情况见下表（截至9月底）。', null],
  ])('%s → %j', (text, units) => {
    expect(introUnits(text)).toEqual(units);
  });

  it('reads the bare amounts of the table after it in that unit', () => {
    expect(
      projects(
        '1-9月，全区重点项目累计完成投资21.4亿元，完成年度计划的71.3%。',
        '主要项目进展情况见下表（单位：万元）。',
        '| 序号 | 项目名称 | 建设内容 | 总投资 | 年度计划 | 1-9月完成 | 进度 |',
        '| 1 | 柯渡工业园区标准化厂房（二期） | 新建厂房8万平方米 | 46000 | 12000 | 9350 | 主体完工 |',
        '| 2 | 柯渡至桐湾快速通道 | 全长11.2公里 | 83200 | 16000 | 12810 | 路基完成70% |',
        '| 3 | 柯渡区冷链物流中心 | 仓储用房3.1万平方米 | 19500 | 4000 | — | 未开工 |',
      ),
    ).toEqual([
      ['柯渡工业园区标准化厂房(二期)', 460000000, 93500000],
      ['柯渡至桐湾快速通道', 832000000, 128100000],
      ['柯渡区冷链物流中心', 195000000, null],
    ]);
  });
});

const observed = (...lines: string[]) =>
  (
    parseReportText(['岑坪旗2012年国民经济和社会发展统计公报', ...lines].join('\n'), {
      sourceName: 'fixdequ-forms.txt',
    }).report?.observations ?? []
  ).map((o) => [o.indicatorName, o.measure, o.quantity?.value]);

describe('a communiqué’s named aggregates and visitors', () => {
  it('reads a herding area’s retail beside the towns’ (牧区消费品零售额)', () => {
    expect(
      observed('其中，城镇消费品零售额11.34亿元，增长16.2%；牧区消费品零售额3.27亿元，增长13.5%。'),
    ).toContainEqual(['牧区消费品零售额', 'level', 3.27]);
  });

  it.each([
    ['城镇居民人均消费性支出10860元，增长11.4%。', '城镇居民人均消费性支出'],
    ['农牧民人均生活消费支出6420元，增长9.8%。', '农牧民人均生活消费支出'],
  ])('reads a group of residents’ spending per head (%s) under its written name', (text, name) => {
    expect(observed(text)).toEqual([
      [name, 'level', Number(/(\d+)元/.exec(text)?.[1])],
      [name, 'growth', Number(/增长([\d.]+)%/.exec(text)?.[1])],
    ]);
  });

  it('reads 接待国内外旅游者 as tourist arrivals', () => {
    expect(observed('全年接待国内外旅游者31.5万人次，增长18.7%。')).toEqual([
      ['接待国内外旅游者', 'level', 31.5],
      ['接待国内外旅游者', 'growth', 18.7],
    ]);
  });
});

describe('a budget’s spending told by the bare word after its revenue', () => {
  it.each([
    ['社会保险基金预算收入4.18亿元，支出3.76亿元，年末滚存结余2.41亿元。', '社会保险基金预算支出', 3.76],
    ['全年一般公共预算收入12.4亿元，支出31.6亿元。', '一般公共预算支出', 31.6],
  ])('%s', (text, name, value) => {
    expect(observed(text)).toContainEqual([name, 'level', value]);
  });
});

describe('the investment of a kind of projects', () => {
  it('reads 产业项目投资 and its share as a named aggregate', () => {
    expect(
      observed(
        '全县固定资产投资完成52.6亿元，同比增长21.4%。其中，产业项目投资33.1亿元，占全部投资的62.9%。',
      ),
    ).toEqual(
      expect.arrayContaining([
        ['产业项目投资', 'level', 33.1],
        ['产业项目投资', 'share', 62.9],
      ]),
    );
  });
});

describe('a group of places with its bracket inside (县（市）区)', () => {
  it('reads 增速列全市9个县（市）区第2位 as rank 2 of 9', () => {
    const report = parseReportText(
      [
        '沅溪县2013年前三季度经济运行情况',
        '前三季度，全县地区生产总值71.3亿元，同比增长11.8%，增速列全市7个县（市）区第3位。',
      ].join('\n'),
      { sourceName: 'fixdequ-forms.txt' },
    ).report;
    expect(report?.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope])).toEqual([
      ['gdp', 3, 7, '全市'],
    ]);
  });
});

describe('projects a budget’s bonds are mainly for (主要用于甲、乙建设)', () => {
  it('names the projects after 主要用于', () => {
    const report = parseReportText(
      [
        '桐岙县2018年预算执行情况的审查意见',
        '全年发行新增地方政府债券1.6亿元，主要用于桐岙县第二污水处理厂、城东供水管网改造工程建设。',
      ].join('\n'),
      { sourceName: 'fixdequ-forms.txt' },
    ).report;
    expect(report?.projects.map((p) => p.name)).toEqual(['桐岙县第二污水处理厂', '城东供水管网改造工程']);
  });
});
