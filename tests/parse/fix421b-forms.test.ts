// Forms held-out-421 showed the parser missing (yucang): a 民生实事 task ledger whose rows name an indicator or a
// work inside their cells (城镇新增就业N人 | 城镇新增就业M人 | 完成%; …项目年度计划投资X万元 | 完成投资Y万元), one row's
// cells wrapped onto a line of their own. Tables of our own, with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const ledger = (rows: string[][]) =>
  parsedReport(
    [
      '苇岭县2023年十件民生实事1—9月完成情况',
      '苇岭县人民政府办公室',
      '截至9月底，全县10件民生实事26个子项目中，达到时序进度的19个。10件民生实事累计完成投资3.45亿元，占年度计划投资5.2亿元的66.3%。',
      '苇岭县2023年十件民生实事1—9月完成情况表',
      ['序号', '项目', '年度目标任务', '1-9月完成情况', '完成%', '责任单位'].join('\t'),
      ...rows.map((row) => row.join('\t')),
      '注：完成%为1-9月完成量占年度目标任务的比重；时序进度按75%计。',
    ].join('\n'),
    { sourceName: 'weiling.txt' },
  );

describe('F8861 an indicator named in a ledger’s task cell', () => {
  it('reads 城镇新增就业2600人 | 城镇新增就业2105人 as the jobs indicator’s target and level', () => {
    const report = ledger([
      ['1', '稳岗就业行动', '城镇新增就业2600人', '城镇新增就业2105人', '81.0', '县人力资源社会保障局'],
      [
        '2',
        '义务教育提质工程',
        '新建改扩建学校4所，新增学位2100个',
        '4所全部开工，新增学位900个',
        '42.9',
        '县教育局',
      ],
    ]);
    const jobs = report.observations.filter((o) => o.indicatorCode === 'new-urban-jobs');
    expect(jobs.map((o) => [o.measure, o.quantity?.value])).toContainEqual(['level', 2105]);
    expect(report.targets.map((t) => [t.indicatorCode, t.horizon, t.value])).toContainEqual([
      'new-urban-jobs',
      'full-year',
      2600,
    ]);
    // 学前/义务教育 tasks of counts stay no indicator.
    expect(report.observations.every((o) => o.indicatorCode === 'new-urban-jobs')).toBe(true);
  });
});

describe('F8862 a ledger’s bare 完成% column', () => {
  it('reads 81.0 under 完成% as the share of the year task done, not a growth', () => {
    const report = ledger([
      ['1', '稳岗就业行动', '城镇新增就业2600人', '城镇新增就业2105人', '81.0', '县人力资源社会保障局'],
    ]);
    const jobs = report.observations.filter((o) => o.indicatorCode === 'new-urban-jobs');
    expect(jobs.map((o) => [o.measure, o.quantity?.value])).toContainEqual(['share', 81]);
    expect(jobs.some((o) => o.measure === 'growth')).toBe(false);
  });
});

describe('F8863 a work named in a ledger’s task cell', () => {
  it('reads …项目年度计划投资 and 完成投资 as a project with its amounts, a wrapped line joined to its row', () => {
    const report = ledger([
      [
        '1',
        '县中医院住院楼建设',
        '苇岭县中医院住院综合楼建设项目年度计划投资5200万元',
        '完成投资3900万元，主体施工',
        '75.0',
        '县卫生健康局',
      ],
      [
        '2',
        '城乡道路畅通工程',
        '苇岭至柏溪三级公路改建工程（苇岭段）',
        '完成投资0.62亿元，路面完成',
        '68.9',
        '县交通运输局',
      ],
      ['', '', '年度计划投资0.9亿元', '60%', '', ''],
      ['3', '养老服务提升工程', '新建乡镇养老服务中心3个', '完工2个', '66.7', '县民政局'],
    ]);
    const projects = report.projects.map((p) => [
      p.name,
      p.mentions.find((m) => m.plannedInvestment !== null)?.plannedInvestment,
      p.mentions.find((m) => m.completedInvestment !== null)?.completedInvestment,
    ]);
    expect(projects).toContainEqual(['苇岭县中医院住院综合楼建设项目', 52000000, 39000000]);
    expect(projects).toContainEqual(['苇岭至柏溪三级公路改建工程', 90000000, 62000000]);
    expect(projects.some((p) => String(p[0]).includes('养老'))).toBe(false);
  });
});
