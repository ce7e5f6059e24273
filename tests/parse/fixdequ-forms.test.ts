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
