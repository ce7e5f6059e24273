// Forms older fixtures' leftovers showed the parser missed (session 38, branch fixleft38). Places and figures are
// invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const observationRows = (text: string, sourceName = 'budget.txt') =>
  parsedReport(text, { sourceName }).observations.map((o) => [
    o.indicatorName,
    o.measure,
    o.quantity?.value ?? null,
  ]);

describe('F5251: “三保”支出, the spending on wages, offices and basic livelihood, a budget account of its own', () => {
  const text = [
    '关于甲县2025年上半年预算执行情况的报告',
    '一、预算执行情况',
    '上半年，全县一般公共预算支出完成163200万元。其中：“三保”支出完成87420万元，占一般公共预算支出的53.6%，包括保工资支出46310万元、保运转支出3120万元。',
    '二是刚性支出压力加大。“三保”支出达到17.26亿元，占县级可用财力的74.2%，比上年提高2.7个百分点。',
    '全县民生支出31.84亿元，落实“三保”支出16.52亿元。',
  ].join('\n');
  const rows = observationRows(text);

  it('reads its level, its share and the share’s change, the quoted word part of the name', () => {
    expect(rows).toEqual(
      expect.arrayContaining([
        ['“三保”支出', 'level', 87420],
        ['“三保”支出', 'share', 53.6],
        ['“三保”支出', 'level', 17.26],
        ['“三保”支出', 'share', 74.2],
        ['“三保”支出', 'change', 2.7],
        ['“三保”支出', 'level', 16.52],
      ]),
    );
  });

  it('leaves a bare 支出 unnamed', () => {
    expect(rows.map((r) => r[0])).not.toContain('支出');
  });
});

describe('F5252: the three parts of “三保”支出 (保工资支出, 保运转支出, 保基本民生支出) are facts only', () => {
  const text = [
    '关于甲县2025年上半年预算执行情况的报告',
    '一、预算执行情况',
    '上半年“三保”支出56280万元，其中保工资支出34170万元、保运转支出2650万元、保基本民生支出19460万元，均按时足额保障。',
    '“三保”支出完成61350万元，包括保基本民生支出22140万元、保工资支出36020万元。',
  ].join('\n');
  const report = parsedReport(text, { sourceName: 'budget.txt' });

  it('reads the whole, not its parts, as observations', () => {
    expect(report.observations.map((o) => [o.indicatorName, o.quantity?.value])).toEqual([
      ['“三保”支出', 56280],
      ['“三保”支出', 61350],
    ]);
  });

  it('keeps the parts’ amounts as facts', () => {
    const facts = report.facts.map((f) => f.quantity.value);
    expect(facts).toEqual(expect.arrayContaining([34170, 2650, 19460, 22140, 36020]));
  });
});

describe('F5253: a CPPCC member’s 提案 proposes the coming year’s figures; they are no targets of the county', () => {
  const form = [
    '政协甲县第九届委员会第三次会议',
    '',
    '提　　案',
    '',
    '第 0086 号',
    '',
    '类　　别：经济建设',
    '提 案 人：某某某（县政协委员）',
    '提交时间：2025年1月6日',
    '',
    '案由：关于做强县域工业的建议',
    '',
    '一、基本情况',
    '2024年全县地区生产总值完成88.42亿元，同比增长4.1%，与年初确定的增长6.5%的预期目标相比仍有差距。',
    '二、建议',
    '（一）扩大有效投资。确保项目投资增长12%以上，力争社会消费品零售总额增长5%左右。',
  ];
  const targets = (lines: string[]) =>
    parsedReport(lines.join('\n'), {
      sourceName: 'proposal.txt',
      region: '甲县',
      period: '2024-FY',
    }).targets.map((t) => [t.indicatorCode, t.horizon, t.value]);

  it('keeps the year’s stated goal the case cites and drops the suggestions’', () => {
    expect(targets(form)).toEqual([['gdp', 'full-year', 6.5]]);
  });

  it('reads the same suggestions as goals when no 提案 form heads the text', () => {
    const plain = ['甲县2024年经济运行情况分析', ...form.slice(12)];
    expect(targets(plain).map((t) => t[1])).toContain('next-year');
  });
});

describe('F5254: 贫困发生率 where it fell to (降至, 下降到, 由上年的A%下降到B%), a rate named as written', () => {
  const text = [
    '甲县2018年国民经济和社会发展计划执行情况与2019年计划草案的报告',
    '一、2018年计划执行情况',
    '全县地区生产总值完成72.6亿元，增长7.4%。全年减少农村贫困人口4120人，贫困发生率降至2.36%，较上年末下降1.74个百分点。',
    '全县贫困发生率由上年的6.8%下降到3.1%。',
    '年末贫困发生率下降至4.45%。',
  ].join('\n');
  const report = parsedReport(text, { sourceName: 'plan.txt' });
  const rows = report.observations
    .filter((o) => o.indicatorName === '贫困发生率')
    .map((o) => [o.measure, o.quantity?.value]);

  it('reads the rate it fell to and its change in points', () => {
    expect(rows).toEqual([
      ['rate', 2.36],
      ['change', -1.74],
      ['rate', 3.1],
      ['rate', 4.45],
    ]);
  });

  it('keeps the earlier rate of 由上年的A% a fact only', () => {
    expect(rows.map((r) => r[1])).not.toContain(6.8);
    expect(report.facts.map((f) => f.quantity.value)).toContain(6.8);
  });
});
