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

const observationsOf = (...lines: string[]) =>
  parsedReport(['溪岚县2023年上半年经济运行分析', '一、总体情况', ...lines].join('\n'), {
    sourceName: 'analysis.txt',
  }).observations.map((o) => [
    o.indicatorCode.startsWith('x-') ? o.indicatorName : o.indicatorCode,
    o.measure,
    o.quantity?.value,
  ]);

describe('a growth told as moving from the earlier period’s to the report period’s (F1544)', () => {
  it('keeps the subject for the gaps after 由一季度的A%提高到上半年的B%', () => {
    const got = observationsOf(
      '上半年全县实现地区生产总值96.42亿元，同比增长7.1%，增速由一季度的6.2%提高到上半年的7.1%，高于全市0.6个百分点，高于全省1.3个百分点。',
    );
    expect(got).toContainEqual(['gdp', 'comparison', 0.6]);
    expect(got).toContainEqual(['gdp', 'comparison', 1.3]);
    expect(got.filter(([, measure]) => measure === 'rate')).toEqual([]);
  });
});

describe('goods classes of a retail list named by 类 alone (F1545)', () => {
  it('reads each class’s growth under its name as written', () => {
    const got = observationsOf(
      '上半年，全县社会消费品零售总额41.26亿元，增长6.4%。分类别看，限上家电类零售额增长12.3%，中西药品类增长5.1%，日用品类下降2.6%。',
    );
    expect(got).toContainEqual(['中西药品类', 'growth', 5.1]);
    expect(got).toContainEqual(['日用品类', 'growth', -2.6]);
  });
});

describe('a statistics bureau’s data column named before its title’s colon (F1546)', () => {
  it('is a statistics analysis, not a news page', () => {
    const report = parsedReport(
      [
        '数说溪岚：上半年全县经济运行稳中向好',
        '发布时间：2023-07-26 来源：溪岚县统计局',
        '上半年，全县实现地区生产总值96.42亿元，同比增长7.1%。',
      ].join('\n'),
      { sourceName: 'page.txt' },
    );
    expect(report.meta.genre).toBe('statistics-analysis');
  });
});

describe('a production line of the project just given its amount done (F1547)', () => {
  it('is a part of the project’s works, not a project', () => {
    expect(
      projectsOf(
        OPENING,
        '甲县经济开发区光伏组件产业园一期项目（总投资12亿元）年内完成投资4.6亿元，首条生产线建成投产。',
      ).map(([name]) => name),
    ).toEqual(['甲县经济开发区光伏组件产业园一期项目']);
  });
});
