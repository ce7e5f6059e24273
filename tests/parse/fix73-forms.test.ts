// Forms the seventy-third held-out batch showed the parser missed (session 25, branch fix73): a key-project
// notice's table of lagging projects aligned with ideographic spaces, whose narrow 序号 header is parted
// from 项目名称 by one space only; a numbered project whose first sentence gives the works' size (全长X公里)
// before its total; and projects listed before the class of their stage (甲、乙等计划新开工项目…尚未开工),
// whose stage word is no status of theirs.
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const projectsOf = (...lines: string[]) =>
  parsedReport(['关于2023年1—7月溪岚县重点项目建设情况的通报', ...lines].join('\n'), {
    sourceName: 'notice.txt',
  }).projects.map((p) => [p.name, p.mentions.map((m) => [m.plannedInvestment, m.completedInvestment])]);

const OPENING = '一、总体情况\n1—7月，全县重点项目累计完成投资41.26亿元，完成年度计划投资的58.3%。';

describe('a space-aligned table whose 序号 header is one space from 项目名称 (F1541)', () => {
  it('reads each row as a project with its total and the period’s amount', () => {
    expect(
      projectsOf(
        OPENING,
        '二、进度滞后的项目',
        '进度滞后的项目如下（单位：万元）：',
        '序号　项目名称　　　　　　　　　责任单位　　　总投资　　年度计划投资　　1—7月完成　　完成率',
        '1　　 溪岚县城西供水厂扩建工程　　县水利局　　　16400　　 6000　　　　　 1120　　　　 18.7%',
        '2　　 溪岚县妇幼保健院新建项目　　县卫生健康局　　27300　　 9000　　　　　 1350　　　　 15.0%',
      ),
    ).toEqual([
      ['溪岚县城西供水厂扩建工程', [[164000000, 11200000]]],
      ['溪岚县妇幼保健院新建项目', [[273000000, 13500000]]],
    ]);
  });
});

describe('a numbered project whose first sentence gives its size before its total (F1542)', () => {
  it('reads the total and the amount done after 全长X公里', () => {
    expect(
      projectsOf(
        OPENING,
        '二、进度较快的项目',
        '1.溪岚至桐岙一级公路（溪岚段）。全长9.4公里，总投资7.2亿元，1—7月完成投资1.36亿元，路基工程完成60%。',
      ),
    ).toEqual([['溪岚至桐岙一级公路(溪岚段)', [[720000000, 136000000]]]]);
  });
});

describe('projects listed before the class of their stage (等计划新开工项目) (F1543)', () => {
  it('reads every name, the last one too, with the status after the class', () => {
    expect(
      projectsOf(
        OPENING,
        '二、进度滞后的项目',
        '另外，溪岚县图书馆新馆、县城东片区农贸市场建设项目、溪岚县污水管网提升工程等计划新开工项目因规划调整等原因尚未开工。',
      ).map(([name]) => name),
    ).toEqual(['溪岚县图书馆新馆', '县城东片区农贸市场建设项目', '溪岚县污水管网提升工程']);
  });
});
