// Forms held-out-387, held-out-372 and held-out-384 showed the parser missing (session 46, fixer fix387). Sentences
// and tables of our own, invented places and figures.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

describe('a 占全年目标% column in a table stating no goal gives the full-year plan (F7841)', () => {
  const sheet = (header: string, rows: string[]) =>
    [
      '岑溪县2011年1—5月主要经济指标',
      '岑溪县统计局',
      header,
      ...rows,
      '注：“占全年目标”为1—5月完成数占年度目标任务的比重。',
    ].join('\n');

  it('derives each row’s plan from the 1—5月 level, not the 5月 one', () => {
    const { report } = parseReportText(
      sheet('指标 | 单位 | 5月 | 1—5月 | 同比增长% | 占全年目标%', [
        '规模以上工业总产值 | 万元 | 9100 | 41600 | 18.2 | 40.0',
        '社会消费品零售总额 | 万元 | 5200 | 24750 | 15.6 | 45.0',
        '农民人均现金收入 | 元 | — | 1320 | 12.1 | —',
      ]),
      { sourceName: 'sheet.txt' },
    );
    const derived = (report?.targets ?? [])
      .filter((t) => t.derived)
      .map((t) => [t.indicatorCode, t.horizon, t.value, t.unit]);
    expect(derived).toEqual([
      ['industrial-output', 'full-year', 104000, '万元'],
      ['retail-sales', 'full-year', 55000, '万元'],
    ]);
  });

  it('gives none beside a goal column of the table’s own', () => {
    const { report } = parseReportText(
      sheet('指标 | 单位 | 年度目标 | 1—5月 | 同比增长% | 占全年目标%', [
        '规模以上工业总产值 | 万元 | 104000 | 41600 | 18.2 | 40.0',
        '社会消费品零售总额 | 万元 | 增长15% | 24750 | 15.6 | 45.0',
      ]),
      { sourceName: 'sheet.txt' },
    );
    expect((report?.targets ?? []).filter((t) => t.derived)).toEqual([]);
  });
});

const planReport = (...sentences: string[]) =>
  [
    '岑溪县2012年上半年国民经济和社会发展计划执行情况的报告',
    '一、上半年计划执行情况',
    '上半年，全县完成全社会固定资产投资18.6亿元，增长24.3%。',
    ...sentences,
  ].join('\n');

const projectsOf = (text: string) =>
  (parseReportText(text, { sourceName: 'report.txt' }).report?.projects ?? []).map((p) => [
    p.name,
    p.mentions.find((m) => m.plannedInvestment !== null)?.plannedInvestment ?? null,
    p.mentions.find((m) => m.completedInvestment !== null)?.completedInvestment ?? null,
  ]);

describe('works done in every village with amounts of their own are a project (F7842)', () => {
  it('reads 农村饮水安全工程计划投资X万元，已完成投资Y万元 as one project', () => {
    expect(
      projectsOf(
        planReport('其中，农村饮水安全工程计划投资2600万元，已完成投资1180万元，解决1.9万人饮水困难。'),
      ),
    ).toEqual([['农村饮水安全工程', 26000000, 11800000]]);
  });

  it('still reads the works named without amounts as a programme', () => {
    expect(
      projectsOf(planReport('二、下半年工作安排', '加快推进农村饮水安全工程和村级道路硬化工程。')),
    ).toEqual([]);
  });
});

describe('works named with whom they relieve, then the amount done (F7843)', () => {
  it('reads 甲工程解决N万人饮水困难，完成投资X万元 as the works with their amount done', () => {
    expect(projectsOf(planReport('农村人饮巩固提升工程解决3.2万人饮水困难，完成投资960万元。'))).toEqual([
      ['农村人饮巩固提升工程', null, 9600000],
    ]);
  });
});

describe('the projects of a 统筹城乡 programme are a class (F7844)', () => {
  it('reads no project in 加快推进统筹城乡重点项目', () => {
    expect(
      projectsOf(planReport('二、下半年工作安排', '四是加快推进统筹城乡重点项目，力争全年完成投资30亿元。')),
    ).toEqual([]);
  });
});

describe('a bare phase after an amount, its project named just before without a phase (F7845)', () => {
  it('gives the amount to the project the phase is of', () => {
    expect(
      projectsOf(
        planReport(
          '二、下半年工作安排',
          '加快岑溪县商贸物流园建设，总投资2.4亿元的一期工程争取年内投入运营。',
        ),
      ),
    ).toEqual([['岑溪县商贸物流园', 240000000, null]]);
  });
});
