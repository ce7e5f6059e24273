// Forms the thirty-first held-out batch showed (docs/prose-forms.md, "held-out-31 forms (fixcangyu)"),
// in sentences of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const read = (title: string, ...lines: string[]) =>
  parsedReport([title, ...lines].join('\n'), { sourceName: 'fixcangyu.txt' });
const ranks = (title: string, ...lines: string[]) =>
  read(title, ...lines).rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope]);

describe('a Xinjiang prefecture (地区) as the parent a 全地区 rank stands for', () => {
  // The size only where the rank gives it, as fixchun-forms.test.ts holds for 全市.
  it('据甘岭地区统一核算 names the parent of 居全地区8个县市第2位 and of a later 全地区 rank of no size', () => {
    expect(
      ranks(
        '2019年前三季度柏泉市经济运行情况分析',
        '一、经济增长',
        '据甘岭地区统一核算，前三季度全市实现地区生产总值86.4亿元，同比增长6.9%，居全地区8个县市第2位。',
        '前三季度，全市社会消费品零售总额21.3亿元，同比增长8.2%，增速居全地区第3位。',
      ),
    ).toEqual([
      ['gdp', 2, 8, '甘岭地区'],
      ['retail-sales', 3, null, '甘岭地区'],
    ]);
  });

  it('a table whose 全地区位次 column the note places in 甘岭地区8个县市', () => {
    expect(
      ranks(
        '2019年前三季度柏泉市经济运行情况分析',
        '一、经济增长',
        '前三季度，全市实现地区生产总值86.4亿元，同比增长6.9%。',
        '2019年前三季度柏泉市主要经济指标',
        '指标\t单位\t1-9月\t同比增长（%）\t全地区位次',
        '地区生产总值\t亿元\t86.4\t6.9\t2',
        '社会消费品零售总额\t亿元\t21.3\t8.2\t3',
        '注：位次为增速在甘岭地区8个县市中的排序。',
      ).filter(([, , of]) => of !== null),
    ).toEqual([
      ['gdp', 2, 8, '甘岭地区'],
      ['retail-sales', 3, 8, '甘岭地区'],
    ]);
  });
});

describe('a range of years in a chart caption (图1　2017—2018年…分季累计增速（%）)', () => {
  it('keeps neither year as a figure', () => {
    const report = read(
      '2018年前三季度柏泉市经济运行情况分析',
      '一、经济增长',
      '前三季度，全市实现地区生产总值86.4亿元，同比增长6.9%。',
      '图1　2017—2018年柏泉市地区生产总值分季累计增速（%）',
      '图2　2017～2018年柏泉市规模以上工业增加值分月累计增速（%）',
    );
    expect(report.facts.map((f) => f.quantity.value)).not.toContain(2017);
    expect(report.observations.map((o) => o.quantity?.value)).toEqual([86.4, 6.9]);
  });
});

describe('a gap to a goal whose figure stands inside the plan words (低于年初确定的9.5%的预期目标0.6个百分点)', () => {
  it('reads the gap as a comparison with that goal, and derives no second plan', () => {
    const report = read(
      '关于柏泉县2012年上半年国民经济和社会发展计划执行情况的审查意见',
      '一、基本情况',
      '上半年，全县实现地区生产总值18.6亿元，同比增长8.9%。',
      '二、存在的问题',
      '一是经济增长速度偏低。地区生产总值增速低于年初确定的9.5%的预期目标0.6个百分点。',
    );
    const gdp = report.observations.filter((o) => o.indicatorCode === 'gdp');
    expect(gdp.map((o) => [o.measure, o.quantity?.value])).toContainEqual(['comparison', -0.6]);
    expect(report.targets.filter((t) => t.indicatorCode === 'gdp' && t.derived)).toEqual([]);
  });
});

describe('project forms of a problem part', () => {
  const notice = (...lines: string[]) =>
    read(
      '柏泉县2012年1—8月重点项目进展情况',
      '1—8月，全县固定资产投资完成42.6亿元，同比增长9.3%。',
      ...lines,
    );
  const names = (...lines: string[]) => notice(...lines).projects.map((p) => p.name);

  it('甲项目仅完成年度计划投资的A%: 仅 is no part of the name', () => {
    expect(
      names('三、存在的问题', '部分项目进展缓慢，柏泉工业园区硅材料项目仅完成年度计划投资的21.4%。'),
    ).toEqual(['柏泉工业园区硅材料项目']);
  });

  it('works done in every village (嘎查村街巷硬化和安全饮水工程) are no one project', () => {
    expect(
      names('二、下一步工作', '加快推进嘎查村街巷硬化和安全饮水工程，抓好柏泉县第三小学教学楼建设。'),
    ).toEqual(['柏泉县第三小学教学楼']);
  });

  it('a numbered problem opening with a count of projects is prose, its projects 因…手续未办结 read', () => {
    const report = notice(
      '三、存在的问题',
      '（一）全县尚有5项重点项目未开工，其中柏泉商贸物流中心、城东污水处理厂两个项目因用地手续未办结，开工推迟。',
      '（二）部分项目资金到位率偏低。',
    );
    expect(report.projects.map((p) => p.name)).toEqual(['柏泉商贸物流中心', '城东污水处理厂']);
    expect(report.facts.map((f) => f.quantity.raw)).toContain('5项');
  });

  it("a building right after the amount of the item's project is that project's works", () => {
    expect(
      names(
        '一、项目进展',
        '3.柏泉湖景区提升工程。总投资1.6亿元，1—8月完成投资0.62亿元，游客服务中心主体封顶。',
      ),
    ).toEqual(['柏泉湖景区提升工程']);
  });
});
