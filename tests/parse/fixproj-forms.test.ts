// Project forms held-out-11 showed the parser missing (branch fixproj): a project table whose bare
// amounts take the unit of a 单位：万元 line over it, works on a named building (甲污水处理厂扩建,
// 乙水电站增效扩容, 丙二级公路改建), a road's 连接线, and a preparatory project's step (完成可研报告编制).
// Places, names and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { validName, worksOnProject } from '../../src/parse/project-names.js';

const read = (...lines: string[]) =>
  parseReportText(
    [
      '榴溪县2021年1—8月重点项目建设进展情况',
      '截至8月底，全县重点项目完成投资18.4亿元，占年计划的66.1%。',
      ...lines,
    ].join('\n'),
    { sourceName: 'fixproj-forms.txt' },
  ).report?.projects ?? [];

const amounts = (...lines: string[]) =>
  read(...lines).map((p) => [
    p.name,
    p.mentions.map((m) => m.plannedInvestment).find((v) => v !== null) ?? null,
    p.mentions.map((m) => m.completedInvestment).find((v) => v !== null) ?? null,
  ]);

describe('a project table under a unit line', () => {
  it('reads its bare amounts in the unit the line gives (单位：万元)', () => {
    expect(
      amounts(
        '附表：榴溪县2021年1—8月部分重点项目进展情况表',
        '单位：万元',
        '| 序号 | 项目名称 | 建设内容及规模 | 总投资 | 年度计划投资 | 1—8月完成投资 | 形象进度 |',
        '| 1 | 榴溪至棠坞二级公路（一期） | 新建二级公路12.4公里 | 54000 | 21000 | 16300 | 路面施工 |',
        '| 2 | 榴溪县第二水厂 | 日供水3万吨及配套管网 | 23600 | 9000 | 2100 | 征地拆迁 |',
        '| 3 | 棠坞湿地公园 | 湿地修复及游步道建设 | 8800 | 3000 | — | 未开工 |',
        '注：形象进度截至2021年8月31日。',
      ),
    ).toEqual([
      ['榴溪至棠坞二级公路(一期)', 540000000, 163000000],
      ['榴溪县第二水厂', 236000000, 21000000],
      ['棠坞湿地公园', 88000000, null],
    ]);
  });

  it('keeps a unit the header gives over the line (总投资(亿元))', () => {
    expect(
      amounts(
        '单位：万元',
        '| 序号 | 项目名称 | 总投资(亿元) | 1—8月完成投资 |',
        '| 1 | 榴溪县第二水厂 | 2.36 | 2100 |',
      ),
    ).toEqual([['榴溪县第二水厂', 236000000, 21000000]]);
  });
});

describe('works on a named building', () => {
  it.each([
    ['县城污水处理厂扩建', true],
    ['榴溪水电站增效扩容', true],
    ['棠坞水电站增效扩容改造', true],
    ['榴溪至棠坞二级公路改建', true],
    ['县人民医院整体迁建', true],
    // works with no building named before them, or a class of projects
    ['老城区改造', false],
    ['旧城改造', false],
    ['水电站扩容', false],
    ['重点项目改造', false],
  ])('%s: %s', (name, expected) => {
    expect(worksOnProject(name)).toBe(expected);
  });

  it('reads a list of works on named buildings with a status after it', () => {
    expect(
      read(
        '榴溪至棠坞二级公路改建、县城污水处理厂扩建、榴溪水电站增效扩容已完成年度投资计划，棠坞康养小镇一期进度滞后。',
      ).map((p) => [p.name, p.mentions[0]?.status]),
    ).toEqual([
      ['榴溪至棠坞二级公路改建', '已完成年度投资计划'],
      ['县城污水处理厂扩建', '已完成年度投资计划'],
      ['榴溪水电站增效扩容', '已完成年度投资计划'],
      ['棠坞康养小镇一期', '进度滞后'],
    ]);
  });

  it('reads a road’s connecting line as a project (甲高速公路连接线)', () => {
    expect(validName('棠坞高速公路连接线', false)).toBe(true);
    expect(
      read('重点推进棠坞高速公路连接线、榴溪物流园一期、县第一人民医院门诊楼建设。').map((p) => p.name),
    ).toEqual(['棠坞高速公路连接线', '榴溪物流园一期', '县第一人民医院门诊楼']);
  });
});

describe('a preparatory project', () => {
  it.each([
    '前期项目4个，完成投资3200万元，其中榴溪抽水蓄能电站完成可研报告编制。',
    '前期项目4个，其中榴溪抽水蓄能电站可研报告已通过评审。',
    '前期项目4个，其中榴溪抽水蓄能电站已完成初步设计批复。',
  ])('names the project whose step it gives: %s', (line) => {
    expect(read(line).map((p) => p.name)).toEqual(['榴溪抽水蓄能电站']);
  });
});
