// Forms the sixty-ninth held-out batch showed the parser missed (session 24, branch fix69): a by-industry
// table whose share column names the whole (占规上工业增加值比重（%）) and whose first row is the whole
// named bare (规模以上工业) under a caption and headers naming the measure (增加值); a 全州 rank in a news
// page that names the prefecture only in a project's name, right before the county's stem (某某州甲乙…项目).
// Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport, sectionReport } from '../helpers/report.js';

describe('a by-industry table: the share column naming the whole, the whole’s bare row', () => {
  const read = () =>
    sectionReport('fix69.txt', '2024年前三季度棠溪县经济运行分析', [
      '前三季度，全县实现地区生产总值96.21亿元，同比增长5.2%。',
      '附表：2024年1—9月棠溪县规模以上工业分行业增加值',
      '行业\t1—9月增加值增速（%）\t上半年增速（%）\t占规上工业增加值比重（%）',
      '规模以上工业\t6.3\t5.9\t—',
      '其中：轻工业\t4.1\t3.7\t27.5',
      '通用设备制造业\t12.4\t11.0\t8.6',
    ]);

  it('reads each row’s share under 占规上工业增加值比重（%）', () => {
    const shares = read().observations.filter((o) => o.measure === 'share');
    expect(shares.map((o) => [o.indicatorCode, o.quantity?.value])).toEqual([
      ['light-industry-value-added', 27.5],
      ['general-equipment-value-added', 8.6],
    ]);
  });

  it('reads the bare 规模以上工业 row as the industry’s value added', () => {
    const whole = read().observations.filter((o) => o.indicatorName.startsWith('规模以上工业'));
    expect(whole.map((o) => [o.indicatorCode, o.measure, o.quantity?.value])).toEqual([
      ['industrial-value-added', 'growth', 6.3],
      ['industrial-value-added', 'growth', 5.9],
    ]);
  });
});

describe('a 全州 rank in a page naming the prefecture only before the county’s stem', () => {
  it('scopes the rank to the prefecture (某某州棠溪…项目 beside 棠溪县)', () => {
    const read = parsedReport(
      [
        '棠溪县召开一季度重点项目观摩推进会',
        '发布时间：2025-04-10 17:32　来源：棠溪县融媒体中心',
        '观摩组先后来到棠溪县新材料产业园项目、岚川州棠溪食品加工项目等项目现场。',
        '一季度，全县固定资产投资同比增长8.1%，排全州10个县（市）第3位，较去年同期前移2位。',
      ].join('\n'),
      { sourceName: 'news.html' },
    );
    expect(read.rankings.map((r) => [r.indicatorCode, r.rank, r.of, r.scope, r.change])).toEqual([
      ['fixed-asset-investment', 3, 10, '岚川州', 2],
    ]);
  });
});

const projectsOf = (lines: readonly string[]) =>
  parsedReport(
    [
      '棠溪县召开一季度重点项目观摩推进会暨二季度重大项目集中开工仪式',
      '发布时间：2025-04-10 17:32　来源：棠溪县融媒体中心',
      '一季度，全县固定资产投资同比增长8.1%。',
      ...lines,
    ].join('\n'),
    { sourceName: 'news.html' },
  ).projects.map((p) => [
    p.name,
    p.mentions.find((m) => m.plannedInvestment !== null)?.plannedInvestment ?? null,
    p.mentions.find((m) => m.completedInvestment !== null)?.completedInvestment ?? null,
  ]);

describe('a key-project meeting’s news page', () => {
  it('takes no project from a meeting’s headline (召开…推进会暨…重大项目集中开工仪式)', () => {
    expect(projectsOf([])).toEqual([]);
  });

  it('reads an amount done after remarks on the works, within its part of the sentence', () => {
    expect(
      projectsOf([
        '甲公司年产5万吨石英砂项目总投资8.6亿元，分两期建设，一期已完成厂房主体建设，累计完成投资2.15亿元，预计年中投产；棠溪县城北片区棚户区改造（二期）项目总投资3.82亿元，建设安置房860套，目前已完成主体封顶8栋，一季度完成投资0.56亿元。',
      ]),
    ).toEqual([
      ['甲公司年产5万吨石英砂项目', 860000000, 215000000],
      ['棠溪县城北片区棚户区改造(二期)项目', 382000000, 56000000],
    ]);
  });

  it('names a road before its length (全长…公里) and the total after', () => {
    expect(projectsOf(['棠溪至乙镇旅游公路全长16.3公里，总投资5.15亿元，路基工程已完成60%。'])).toEqual([
      ['棠溪至乙镇旅游公路', 515000000, null],
    ]);
  });

  it('names the ceremony’s venue project and gives it the total 该项目… goes on to', () => {
    expect(
      projectsOf([
        '开工仪式主会场设在棠溪县年产20万立方米竹木新型板材项目现场，该项目由浙江一家企业投资建设，总投资4.5亿元，带动就业600余人。',
      ]),
    ).toEqual([['棠溪县年产20万立方米竹木新型板材项目', 450000000, null]]);
  });

  it('keeps the first of a list that 同时开工的还有 introduces', () => {
    expect(
      projectsOf([
        '同时开工的还有棠溪县第一中学扩建工程、甲镇农村供水保障工程、乙河流域综合治理项目等。',
      ]).map((p) => p[0]),
    ).toEqual(['棠溪县第一中学扩建工程', '甲镇农村供水保障工程', '乙河流域综合治理项目']);
  });
});
