// Numbered items under the sections (1. / (1) / ①), and the figures that must not come out of
// their numbers; growth written in multiples (倍); rankings written 排全市第N位; project names
// that are quoted or followed by a time.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { parsedReport } from '../helpers/report.js';

const parse = (...body: string[]) =>
  parsedReport(['己县2024年上半年国民经济和社会发展计划执行情况的报告', ...body].join('\n'), {
    sourceName: 'items.txt',
  });

describe('numbered items', () => {
  const report = parse(
    '一、上半年执行情况',
    '（一）经济运行稳中有进。',
    '1.工业生产加快。规上工业增加值增长7.8%。',
    '工业用电量增长6.0%。',
    '2、投资方面：固定资产投资完成45亿元。',
    '（1）项目建设。新开工项目12个。',
    '②民间投资。民间投资增长3.1%。',
    '3.社会消费品零售总额52.1亿元，增长1.5倍。',
    '（二）财政平稳运行。',
    '地方一般公共预算收入5.67亿元。',
    '二、下半年工作安排',
    '1.抓项目促投资。加快推进总投资30亿元的“己县新材料产业园”前期工作，确保计划投资5亿元的己县大道改造工程年内开工。',
  );
  const outline = report.sections
    .filter((s) => s.number !== null)
    .map((s) => {
      const parent = s.parentIndex === null ? null : report.sections[s.parentIndex];
      return `${s.level} ${s.number} ${s.title} < ${parent?.number ?? '-'} ${s.phase}`;
    });

  it('are headings in the tree, nested by style, under the section they follow', () => {
    expect(outline).toEqual([
      '1 一 上半年执行情况 < - reported',
      '2 (一) 经济运行稳中有进 < 一 reported',
      '3 1. 工业生产加快 < (一) reported',
      '3 2、 投资方面 < (一) reported',
      '4 (1) 项目建设 < 2、 reported',
      '5 ② 民间投资 < (1) reported',
      '2 (二) 财政平稳运行 < 一 reported',
      '1 二 下半年工作安排 < - planned',
      '3 1. 抓项目促投资 < 二 planned',
    ]);
  });

  it('hold the paragraphs that follow them until the next heading of their rank or above', () => {
    const sectionOf = (text: string) => {
      const sentence = report.sentences.find((s) => s.kind === 'prose' && s.text.includes(text));
      return sentence?.sectionIndex == null ? null : report.sections[sentence.sectionIndex]?.title;
    };
    expect(sectionOf('工业用电量')).toBe('工业生产加快');
    expect(sectionOf('地方一般公共预算收入')).toBe('财政平稳运行');
  });

  it('keep an item whose text is not a topic as prose, without its number', () => {
    const item3 = report.sentences.find((s) => s.text.includes('社会消费品零售总额'));
    expect(item3?.text.startsWith('社会消费品')).toBe(true);
    expect(report.facts.map((f) => f.quantity.raw)).not.toContain('3');
    expect(report.facts.map((f) => f.quantity.raw)).not.toContain('1');
  });

  it('reads growth in multiples as percent: 增长1.5倍 is +150%', () => {
    const growth = report.observations.find(
      (o) => o.indicatorCode === 'retail-sales' && o.measure === 'growth',
    );
    expect(growth?.quantity).toMatchObject({ value: 1.5, unit: '倍', valueBase: 150, baseUnit: '%' });
  });

  it('takes a quoted project name as written, and drops a time between a name and its status', () => {
    expect(
      report.projects.map((p) => [p.name, p.mentions[0]?.phase, p.mentions[0]?.plannedInvestment]),
    ).toEqual([
      ['己县新材料产业园', 'planned', 3e9],
      ['己县大道改造工程', 'planned', 5e8],
    ]);
  });
});

describe('rankings written 排全市第N位', () => {
  it('read the rank and scope, and the ordinal is not a figure', () => {
    const report = parse(
      '一、上半年执行情况',
      '全县实现地区生产总值123.45亿元，同比增长4.6%，增速排全市第2位。',
    );
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank, r.scope])).toEqual([['gdp', 2, '全市']]);
    expect(report.facts.map((f) => f.quantity.raw)).toEqual(['123.45亿元', '增长4.6%']);
  });
});

describe('a report with a signed source line, a pipe table and planned projects', () => {
  const report = parse(
    '发布日期：2021年08月15日　　信息来源：己县发展和改革局',
    '一、上半年执行情况',
    '附表：己县2021年上半年主要经济指标完成情况',
    '|序号|指标|全年目标|上半年完成|全省排位|',
    '|---|---|---|---|---|',
    '|1|地区生产总值（亿元）|8%|12.5%|7|',
    '|2|居民消费价格指数涨幅|3%左右|0.8%|—|',
    '二、下半年工作打算',
    '确保总投资20亿元的己县大桥项目9月底前开工。',
  );

  it('reads the publisher and date from a line that starts with 发布日期', () => {
    expect([report.meta.publisher, report.meta.publishedAt]).toEqual([
      '己县发展和改革局',
      '2021-08-15T00:00:00+08:00',
    ]);
  });

  it('knows an indicator named with a change word after it (…涨幅), with its direction', () => {
    const cpi = report.targets.find((t) => t.indicatorCode === 'cpi');
    expect([cpi?.text, cpi?.attainment]).toEqual(['3%左右', 'met']);
  });

  it('takes a rank column scope written without a place (全省排位)', () => {
    expect(report.rankings.map((r) => [r.indicatorCode, r.rank, r.scope])).toEqual([['gdp', 7, '全省']]);
  });

  it('drops a date between a project name and its status', () => {
    expect(report.projects.map((p) => p.name)).toEqual(['己县大桥项目']);
  });
});

describe('goals in the plan part', () => {
  const goals = (title: string, ...body: string[]) => {
    const { report } = parseReportText([title, ...body].join('\n'), { sourceName: 'goals.txt' });
    return report?.targets.map((t) => [
      t.indicatorCode,
      t.horizon,
      t.comparator,
      t.value,
      t.attainment,
      t.raw,
    ]);
  };

  it('are full-year targets of a part-year report, judged like the table targets', () => {
    expect(
      goals(
        '己县2021年上半年国民经济和社会发展计划执行情况的报告',
        '一、上半年执行情况',
        '全县地区生产总值同比增长12.5%，固定资产投资增长8.0%。',
        '二、下半年工作打算',
        '力争全年地区生产总值增长8%以上，固定资产投资增长10%。新建５G基站３０个。',
      ),
    ).toEqual([
      ['gdp', 'full-year', 'gte', 8, 'met', '力争全年地区生产总值增长8%以上'],
      ['fixed-asset-investment', 'full-year', 'eq', 10, 'missed', '固定资产投资增长10%'],
    ]);
  });

  it('are next-year targets of a full-year report, which it cannot judge', () => {
    expect(
      goals(
        '关于己县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告',
        '一、2023年计划执行情况',
        '全县地区生产总值增长5.1%。',
        '二、2024年主要预期目标',
        '地区生产总值增长6%左右。',
      ),
    ).toEqual([['gdp', 'next-year', 'approx', 6, 'unknown', '地区生产总值增长6%左右']]);
  });

  it('are read wherever a sentence announces them (力争), but a result in the results part is no goal', () => {
    expect(
      goals(
        '己县2021年上半年国民经济和社会发展计划执行情况的报告',
        '一、上半年执行情况',
        '全县地区生产总值增长7.2%。力争地区生产总值增长8%以上。',
      ),
    ).toEqual([['gdp', 'full-year', 'gte', 8, 'missed', '力争地区生产总值增长8%以上']]);
  });
});

describe('a seed-like report with words-only targets and a combined income row', () => {
  const report = parse(
    '一、上半年执行情况',
    '上半年，全县实现地区生产总值52.36亿元，同比增长3.1%。',
    '表:主要指标完成情况',
    '指标\t2022年全年目标\t上半年完成',
    '城乡居民人均可支配收入\t与经济增长同步\t5.6%',
    '',
    '二、下半年工作安排',
    '全年地区生产总值力争增长6%左右。',
  );

  it('judges 与经济增长同步 against GDP growth, for the all-residents income', () => {
    const income = report.targets.find((t) => t.text === '与经济增长同步');
    expect([income?.indicatorCode, income?.comparator, income?.attainment]).toEqual([
      'disposable-income-per-capita',
      'gte',
      'met',
    ]);
  });

  it('reads a goal whose verb (力争) stands between the name and the figure', () => {
    expect(report.targets.find((t) => t.indicatorCode === 'gdp')?.raw).toBe('全年地区生产总值力争增长6%左右');
  });
});

describe('parts headed without numbers', () => {
  const report = parse(
    '上半年国民经济和社会发展计划执行情况',
    '（一）经济运行平稳。上半年，全县实现地区生产总值45.6亿元，同比增长8.2%。',
    '下半年工作安排',
    '（一）稳增长。力争全年地区生产总值增长7%以上。',
  );

  it('are parts, and the plan part is planned', () => {
    expect(report.sections.filter((s) => s.level === 1).map((s) => [s.number, s.title, s.phase])).toEqual([
      ['', '上半年国民经济和社会发展计划执行情况', 'reported'],
      ['', '下半年工作安排', 'planned'],
    ]);
  });

  it('so that the plan goals are targets, not results', () => {
    expect(report.observations.map((o) => [o.measure, o.quantity?.value])).toEqual([
      ['level', 45.6],
      ['growth', 8.2],
    ]);
    expect(report.targets.map((t) => [t.indicatorCode, t.comparator, t.value])).toEqual([['gdp', 'gte', 7]]);
  });

  it('may be numbered in words (第一部分)', () => {
    const worded = parse(
      '第一部分　上半年计划执行情况',
      '经济运行平稳。',
      '第二部分　下半年工作安排',
      '稳增长。',
    );
    expect(worded.sections.filter((s) => s.level === 1).map((s) => [s.number, s.title, s.phase])).toEqual([
      ['第一部分', '上半年计划执行情况', 'reported'],
      ['第二部分', '下半年工作安排', 'planned'],
    ]);
  });

  it('are not read so in a report that numbers its parts', () => {
    const numbered = parse(
      '一、上半年执行情况',
      '经济运行平稳。',
      '主要指标完成情况',
      '二、下半年工作安排',
      '稳增长。',
    );
    expect(numbered.sections.filter((s) => s.level === 1).map((s) => s.title)).toEqual([
      '上半年执行情况',
      '下半年工作安排',
    ]);
  });
});
