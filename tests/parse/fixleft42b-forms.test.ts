// Forms the leftovers of held-out-312, 315, 316 and 318 showed (docs/prose-forms.md, session 42 fixleft42b),
// in sentences of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { linesReader } from '../helpers/report.js';

const report = linesReader('fixleft42b.txt');
const TITLE = '关于汐苇县2033年国民经济和社会发展计划执行情况与2034年计划草案的报告';

const observed = (read: ReturnType<typeof report>) =>
  read.observations.map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);

describe('a resident half named bare after ； (F6851)', () => {
  it('reads 城镇常住居民/农村常住居民 after the whole income as the income halves', () => {
    const read = report(
      TITLE,
      '一、2033年计划执行情况',
      '全体居民人均可支配收入31584元，增长5.3%；城镇常住居民40276元，增长4.7%；农村常住居民22918元，增长6.2%。',
    );
    expect(observed(read)).toEqual([
      ['disposable-income-per-capita', 'level', 31584],
      ['disposable-income-per-capita', 'growth', 5.3],
      ['urban-disposable-income-per-capita', 'level', 40276],
      ['urban-disposable-income-per-capita', 'growth', 4.7],
      ['rural-disposable-income-per-capita', 'level', 22918],
      ['rural-disposable-income-per-capita', 'growth', 6.2],
    ]);
  });

  it('leaves a bare resident half after a figure that is no per-head measure', () => {
    const read = report(
      TITLE,
      '一、2033年计划执行情况',
      '地区生产总值412.6亿元，增长5.1%；城镇常住居民18.4万人。',
    );
    expect(observed(read).map((o) => o[0])).toEqual(['gdp', 'gdp']);
  });
});

describe('a bureau sheet titled by the plan main indicators done (F6852)', () => {
  it('classes …国民经济和社会发展计划主要指标完成情况 as plan-execution', () => {
    const read = report(
      '汐苇县2033年上半年国民经济和社会发展计划主要指标完成情况',
      '指标\t单位\t年度目标\t1—6月完成\t增长%\t完成年度目标%',
      '固定资产投资\t亿元\t84.5\t40.12\t5.8\t47.5',
    );
    expect(read.meta.genre).toBe('plan-execution');
  });
});

describe('a respectively-list of gaps to the goals quoted before (F6853)', () => {
  const PART = '一、上半年计划执行情况';
  const comparisons = (read: ReturnType<typeof report>) =>
    read.observations
      .filter((o) => o.measure === 'comparison')
      .map((o) => [o.indicatorCode, o.quantity?.value]);

  it('reads 对照…的年度目标，上半年分别低a个百分点和b个百分点 as each indicator comparison below its goal', () => {
    const read = report(
      '关于汐苇县2033年上半年国民经济和社会发展计划执行情况的报告',
      PART,
      '对照县人代会确定的地区生产总值增长6.5%左右、规模以上工业增加值增长7%的年度目标，上半年分别低1.9个百分点和3.1个百分点。',
    );
    expect(comparisons(read)).toEqual([
      ['gdp', -1.9],
      ['industrial-value-added', -3.1],
    ]);
    expect(read.observations.filter((o) => o.measure === 'change')).toEqual([]);
  });

  it('reads the same with one goal and no 分别', () => {
    const read = report(
      '关于汐苇县2033年上半年国民经济和社会发展计划执行情况的报告',
      PART,
      '对照年初确定的地区生产总值增长6.5%左右的年度目标，上半年低1.9个百分点。',
    );
    expect(comparisons(read)).toEqual([['gdp', -1.9]]);
  });
});

describe('a park counted by the firms settled in it (F6854)', () => {
  it('keeps 工业园区入驻企业达到N家，实现工业总产值X亿元 from the county output', () => {
    const read = report(
      TITLE,
      '一、2033年计划执行情况',
      '规模以上工业总产值41.2亿元，增长12.6%。汐苇工业园区入驻企业达到27家，实现工业总产值18.3亿元。',
    );
    expect(read.observations.filter((o) => o.quantity?.value === 18.3)).toEqual([]);
    expect(read.facts.some((f) => f.quantity?.value === 18.3)).toBe(true);
  });
});

describe('a work named by its status words alone (F6855)', () => {
  it('reads …污水处理厂建成并投入试运行 as a project with its status', () => {
    const read = report(
      TITLE,
      '一、2033年计划执行情况',
      '（八）重点项目建设有力推进。',
      '汐苇县城第二污水处理厂建成并投入试运行。',
    );
    expect(read.projects.map((p) => [p.name, p.mentions[0]?.status])).toEqual([
      ['汐苇县城第二污水处理厂', '建成并投入试运行'],
    ]);
  });
});
