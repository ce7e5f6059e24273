// Forms first met in held-out-416 and 411 (session 47, fixer fix416). Names and figures are invented.

import { describe, expect, it } from 'vitest';
import { lookupIndicator } from '../../src/parse/catalogue.js';
import { parseReportText } from '../../src/parse/index.js';

const parse = (...lines: string[]) => {
  const report = parseReportText(['澄岭县2005年1—9月经济运行情况汇报', ...lines].join('\n'), {
    sourceName: 'fix416-forms.txt',
  }).report;
  if (!report) throw new Error('no report');
  return report;
};
const observed = (...lines: string[]) =>
  parse(...lines).observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value]);
const projects = (...lines: string[]) => parse(...lines).projects.map((p) => p.name);

describe('a counted list of branches summed up before its 分别 (F8531)', () => {
  const found = observed(
    '（一）工业生产较快增长。全县规模工业增加值5.12亿元，增长21.3%。' +
      '化工、冶金、食品、纺织四个重点行业增势强劲，分别实现产值3.16亿元、2.48亿元、1.75亿元和0.93亿元，分别增长26.1%、19.7%、14.2%和8.5%。',
  );

  it('gives each branch its output, level and growth, in order', () => {
    expect(found.filter((o) => String(o[0]).endsWith('行业产值'))).toEqual([
      ['化工行业产值', 'level', 3.16],
      ['冶金行业产值', 'level', 2.48],
      ['食品行业产值', 'level', 1.75],
      ['纺织行业产值', 'level', 0.93],
      ['化工行业产值', 'growth', 26.1],
      ['冶金行业产值', 'growth', 19.7],
      ['食品行业产值', 'growth', 14.2],
      ['纺织行业产值', 'growth', 8.5],
    ]);
  });

  it('gives none of the branches’ growths to the industry told before', () => {
    expect(found.filter((o) => o[0] === '规模工业增加值')).toEqual([
      ['规模工业增加值', 'level', 5.12],
      ['规模工业增加值', 'growth', 21.3],
    ]);
  });
});

describe('fixed-asset investment by its management channels (F8532)', () => {
  it('names 基本建设投资 and 更新改造投资 as written', () => {
    const found = observed(
      '（二）投资增势不减。全县完成全社会固定资产投资9.84亿元，增长28.7%。其中，基本建设投资5.21亿元，增长33.4%；更新改造投资2.07亿元，增长17.9%。',
    );
    expect(found.filter((o) => /^(?:基本建设|更新改造)投资$/.test(String(o[0])))).toEqual([
      ['基本建设投资', 'level', 5.21],
      ['基本建设投资', 'growth', 33.4],
      ['更新改造投资', 'level', 2.07],
      ['更新改造投资', 'growth', 17.9],
    ]);
  });
});

describe('projects a drive is negotiating, named after 洽谈中的 (F8533)', () => {
  it('names each project of the list', () => {
    expect(projects('（三）抓好招商引资。积极跟进洽谈中的澄岭物流园和岭东农产品批发市场项目。')).toEqual([
      '澄岭物流园',
      '岭东农产品批发市场',
    ]);
  });

  it('names no class of projects so', () => {
    expect(projects('（三）抓好招商引资。重点跟踪洽谈中的一批工业项目。')).toEqual([]);
  });
});

describe('地方财政支出 as a sheet row names it (F8534)', () => {
  it('is the general budget’s spending, as 地方财政收入 is its revenue', () => {
    expect(lookupIndicator('地方财政支出')?.code).toBe('general-budget-expenditure');
    expect(lookupIndicator('地方财政收入')?.code).toBe('general-budget-revenue');
  });
});

describe('a programme named by its quoted slogan (F8535)', () => {
  it('is no project', () => {
    expect(projects('（四）市场繁荣活跃。“农超对接”市场工程稳步推进，“送电下乡”工程全面铺开。')).toEqual([]);
  });

  it('leaves a quoted name of works a project', () => {
    expect(projects('（四）重点项目。“澄江”大桥工程稳步推进。')).toEqual(['澄江大桥工程']);
  });
});
