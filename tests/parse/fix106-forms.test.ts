// Forms the one-hundred-and-sixth held-out batch showed the parser missed (session 31, branch fix106): a
// table's note naming its goal column with 栏 (全年目标栏除…外均为增速（%）); a retail's goods classes by 类
// alone after the retail's own growth and 其中; a building's shell 主体结构已封顶; a park phase's factories
// named again after the phase (甲产业园（一期）标准厂房); 污水集中收集率 as an environment rate; a plan part's
// goal pushed on after a half's own goal in one sentence. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const TABLE_REPORT = [
  '关于溪岚县2026年上半年国民经济和社会发展计划执行情况的报告',
  '一、上半年计划执行情况',
  '上半年全县实现地区生产总值52.36亿元，同比增长5.4%，低于全年目标1.1个百分点。社会消费品零售总额24.18亿元，增长4.6%。' +
    '城镇居民人均可支配收入19820元，增长4.9%。城镇新增就业1032人。',
  '溪岚县2026年上半年主要经济指标完成情况表',
  '指标名称\t单位\t全年目标\t上半年完成\t增速（%）',
  '地区生产总值\t亿元\t6.5\t52.36\t5.4',
  '社会消费品零售总额\t亿元\t8.0\t24.18\t4.6',
  '城镇居民人均可支配收入\t元\t6.0\t19820\t4.9',
  '城镇新增就业\t人\t2000\t1032\t—',
  '注：全年目标栏除城镇新增就业为人数外均为增速（%）。',
].join('\n');

describe('a note naming the goal column with 栏, 全年目标栏…均为增速（%） (F2421)', () => {
  it('reads the column’s goals as growths, not in the rows’ 亿元 and 元', () => {
    const report = parsedReport(TABLE_REPORT, { sourceName: 'plan.txt' });
    const goals = report.targets
      .filter((t) => t.horizon === 'full-year')
      .map((t) => [t.indicatorCode, t.value, t.unit]);
    expect(goals).toEqual(
      expect.arrayContaining([
        ['gdp', 6.5, '%'],
        ['retail-sales', 8, '%'],
        ['urban-disposable-income-per-capita', 6, '%'],
      ]),
    );
    expect(goals.filter((g) => g[2] === '亿元' || g[2] === '元')).toEqual([]);
  });

  it('keeps the row the note excepts in its own unit', () => {
    const report = parsedReport(TABLE_REPORT, { sourceName: 'plan.txt' });
    const jobs = report.targets
      .filter((t) => t.indicatorCode === 'new-urban-jobs')
      .map((t) => [t.value, t.unit]);
    expect(jobs).toEqual([[2000, '人']]);
  });
});

const RESULTS = (body: string) =>
  ['关于溪岚县2026年上半年国民经济和社会发展计划执行情况的报告', '一、上半年计划执行情况', body].join('\n');

describe('goods classes by 类 alone after the retail’s own growth and 其中 (F2422)', () => {
  it('reads each class’s growth under its name as written', () => {
    const report = parsedReport(
      RESULTS(
        '社会消费品零售总额24.18亿元，增长4.6%。限额以上单位消费品零售额增长7.3%，其中家电类增长12.8%，建筑及装潢材料类下降6.1%。',
      ),
      { sourceName: 'plan.txt' },
    );
    const classes = report.observations
      .filter((o) => o.indicatorName.endsWith('类'))
      .map((o) => [o.indicatorName, o.measure, o.quantity?.value]);
    expect(classes).toEqual([
      ['家电类', 'growth', 12.8],
      ['建筑及装潢材料类', 'growth', -6.1],
    ]);
  });

  it('reads no class after a clause that is no retail’s', () => {
    const report = parsedReport(
      RESULTS('地区生产总值52.36亿元，增长5.4%。规模以上工业增加值增长6.2%，其中甲类增长12.8%。'),
      { sourceName: 'plan.txt' },
    );
    expect(report.observations.filter((o) => o.indicatorName.endsWith('类'))).toEqual([]);
  });
});

describe('a building’s shell topped out, 主体结构已封顶 (F2423)', () => {
  it('names the building as a project with its status', () => {
    const report = parsedReport(
      RESULTS('地区生产总值52.36亿元，增长5.4%。溪岚县妇幼保健院住院综合楼主体结构已封顶。'),
      { sourceName: 'plan.txt' },
    );
    expect(report.projects.map((p) => [p.name, p.mentions[0]?.status])).toEqual([
      ['溪岚县妇幼保健院住院综合楼', '主体结构已封顶'],
    ]);
  });
});

const PARK = [
  '关于溪岚县2026年上半年国民经济和社会发展计划执行情况的报告',
  '一、上半年计划执行情况',
  '地区生产总值52.36亿元，增长5.4%。溪岚县竹木精深加工产业园（一期）总投资8.4亿元，累计完成投资3.1亿元。',
  '二、下半年工作安排',
  '加快竹木精深加工产业园（一期）标准厂房建设。',
].join('\n');

describe('a park phase’s factories named again after the phase, 甲产业园（一期）标准厂房 (F2424)', () => {
  it('are the phase’s works: one project, with the plan part’s mention', () => {
    const report = parsedReport(PARK, { sourceName: 'plan.txt' });
    expect(report.projects.map((p) => [p.name, p.mentions.length])).toEqual([
      ['溪岚县竹木精深加工产业园(一期)', 2],
    ]);
    expect(report.projects[0]?.aliases).toContain('竹木精深加工产业园(一期)标准厂房');
  });

  it('stay a project of their own when the report names no such phase', () => {
    const text = PARK.replace('溪岚县竹木精深加工产业园（一期）总投资8.4亿元，累计完成投资3.1亿元。', '');
    const report = parsedReport(text, { sourceName: 'plan.txt' });
    expect(report.projects.map((p) => p.name)).toEqual(['竹木精深加工产业园(一期)标准厂房']);
  });
});

describe('the share of sewage gathered, 生活污水集中收集率达到A% (F2425)', () => {
  it('is a rate named as written, after a clause of works', () => {
    const report = parsedReport(
      RESULTS('地区生产总值52.36亿元，增长5.4%。新增城市绿地3.6万平方米，县城生活污水集中收集率达到68.4%。'),
      { sourceName: 'plan.txt' },
    );
    const rates = report.observations
      .filter((o) => o.measure === 'rate')
      .map((o) => [o.indicatorName, o.quantity?.value]);
    expect(rates).toEqual([['县城生活污水集中收集率', 68.4]]);
  });
});

const PLAN = (goals: string) =>
  [
    '溪岚县2026年上半年工作总结和下半年工作计划',
    '一、上半年工作',
    '地区生产总值52.36亿元，增长5.4%。竹木加工产业产值增长14.2%。',
    '二、下半年工作计划',
    `（一）推动产业升级。${goals}`,
  ].join('\n');

describe('a year’s goal pushed on after the half’s own goal in one sentence (F2426)', () => {
  it('reads 推动…突破X亿元 after 力争下半年…以上 as the year’s target', () => {
    const report = parsedReport(
      PLAN('力争下半年新增规模以上工业企业5家以上，推动竹木加工产业产值突破45亿元。'),
      { sourceName: 'summary.txt' },
    );
    const goals = report.targets.map((t) => [t.indicatorName, t.horizon, t.comparator, t.value, t.unit]);
    expect(goals).toEqual([['竹木加工产业产值', 'full-year', 'gt', 45, '亿元']]);
  });

  it('keeps a clause that names the half again the half’s own (no target)', () => {
    const report = parsedReport(
      PLAN('力争下半年新增规模以上工业企业5家以上，推动下半年竹木加工产业产值增长12%。'),
      { sourceName: 'summary.txt' },
    );
    expect(report.targets).toEqual([]);
  });
});
