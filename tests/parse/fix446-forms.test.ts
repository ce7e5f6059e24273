// Forms first met in held-out-442, held-out-446 and held-out-448 (session 49, fixer fix446): a 区人大 page whose place
// only its footer's 版权所有 gives, ranks among a municipality's 郊区, a sector's taxes and a signed foreign sum in a
// district analysis, a share of the year's goal after the months, a mine's works below ground, a counted group's sum,
// a list closed by 等重点工程 and a visit's stop at a project. Names and figures are invented.

import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { parseDocument, parseReportText } from '../../src/parse/index.js';

const parse = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'fix446-forms.txt' });
type Report = ReturnType<typeof parse>['report'];

const observations = (report: Report) =>
  (report?.observations ?? []).map((o) => [o.indicatorName, o.measure, o.quantity?.value]);
const ranks = (report: Report) => (report?.rankings ?? []).map((r) => [r.indicatorCode, r.rank]);
const projects = (report: Report) =>
  (report?.projects ?? []).map((p) => [
    p.name,
    p.mentions.find((m) => m.plannedInvestment !== null)?.plannedInvestment ?? null,
    p.mentions.find((m) => m.completedInvestment !== null)?.completedInvestment ?? null,
  ]);

async function htmlReport(html: string) {
  const { document } = await ingest(new TextEncoder().encode(html), { name: 'page.html' });
  if (!document) throw new Error('no document');
  return parseDocument(document, { sourceName: 'page.html', sha256: '0'.repeat(64) });
}

const ANALYSIS = ['2016年1—9月苇洄区经济运行情况分析', '一、主要指标运行情况'];
const HEADLINE = '1—9月，全区全社会固定资产投资完成102.3亿元，同比增长6.4%。';
const PLAN = [
  '关于苇岙县2006年上半年国民经济和社会发展计划执行情况的报告',
  '一、上半年计划执行情况',
  '上半年，全县实现地区生产总值21.36亿元，同比增长9.4%。',
];

describe('a 区人大 page whose place only its footer’s 版权所有 gives (F9461)', () => {
  const page = (footer: string) => `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>区人大常委会听取1—9月全区经济运行情况汇报_苇洄人大</title></head><body>
<div class="article"><h1>区人大常委会听取1—9月全区经济运行情况汇报</h1>
<div class="info">发布时间：2016-10-20　来源：区人大常委会办公室</div>
<div class="content"><p>10月19日，区人大常委会召开主任会议，听取区发展改革委关于2016年1—9月全区经济运行情况的汇报。</p>
<p>1—9月，全区实现税收收入88.46亿元，同比增长7.2%；全社会固定资产投资完成102.3亿元，同比增长6.4%。</p></div></div>
<div class="footer">${footer}</div></body></html>`;

  it('reads the 区 the copyright’s 人大常委会 office is of, not the 市 before it', async () => {
    const { report } = await htmlReport(
      page('版权所有：江海市苇洄区人民代表大会常务委员会办公室　地址：苇洄区人民路1号'),
    );
    expect(report?.meta.region).toBe('苇洄区');
  });

  it('still refuses a page whose footer names an owner of another kind than its own 全区', async () => {
    const { report, problems } = await htmlReport(page('版权所有：江海市人民代表大会常务委员会办公室'));
    expect(report).toBeNull();
    expect(problems.map((p) => p.code)).toContain('no-region');
  });
});

describe('ranks among a municipality’s 郊区 (F9462)', () => {
  it('reads 增幅居郊区第N位 as a rank', () => {
    const { report } = parse(
      ...ANALYSIS,
      '1—9月，全区实现税收收入88.46亿元，同比增长7.2%，增幅居郊区第5位；社会消费品零售总额152.7亿元，同比增长8.6%，增幅居郊区第2位。',
    );
    expect(ranks(report)).toEqual([
      ['tax-revenue', 5],
      ['retail-sales', 2],
    ]);
  });
});

describe('a sector’s taxes with its share’s move (F9463)', () => {
  it('keeps the points change on the sector’s taxes named as written', () => {
    const { report } = parse(
      ...ANALYSIS,
      HEADLINE,
      '1—9月，全区实现税收收入88.46亿元，同比增长7.2%。其中，服务业税收52.18亿元，增长11.3%，占全区税收收入的比重为59.0%，比上年同期提高2.4个百分点。',
    );
    expect(observations(report).filter(([name]) => name === '服务业税收')).toEqual([
      ['服务业税收', 'level', 52.18],
      ['服务业税收', 'growth', 11.3],
      ['服务业税收', 'share', 59],
      ['服务业税收', 'change', 2.4],
    ]);
  });
});

describe('the signed foreign sum with its verb (F9464)', () => {
  it('names 吸收合同外资 as 合同外资', () => {
    const { report } = parse(
      ...ANALYSIS,
      HEADLINE,
      '全区新批外商投资项目41个，吸收合同外资5.26亿美元，同比增长12.8%。',
    );
    expect(observations(report).filter(([name]) => name === '合同外资')).toEqual([
      ['合同外资', 'level', 5.26],
      ['合同外资', 'growth', 12.8],
    ]);
  });
});

describe('the months before a share of the year’s goal (F9465)', () => {
  it('gives the share and its gap to the indicator the clause before names', () => {
    const { report } = parse(
      ...ANALYSIS,
      '1—9月，全区实现税收收入88.46亿元，同比增长7.2%。',
      '二、需要关注的问题',
      '一是工业增长乏力。全区规模以上工业总产值已连续5个月负增长，1—9月仅完成年度目标的68.2%，低于序时进度6.8个百分点。',
    );
    expect(observations(report).filter(([name]) => name === '规模以上工业总产值')).toEqual([
      ['规模以上工业总产值', 'share', 68.2],
      ['规模以上工业总产值', 'comparison', -6.8],
    ]);
  });
});

describe('more projects wished for (F9466)', () => {
  it('reads no project from 力争更多项目在四季度开工建设', () => {
    const { report } = parse(
      ...PLAN,
      '二、下半年工作安排',
      '加快推进项目建设，力争更多项目在四季度开工建设。',
    );
    expect(projects(report)).toEqual([]);
  });
});

describe('a mine’s main works below ground done (F9467)', () => {
  it('keeps the project named with that status alone', () => {
    const { report } = parse(...PLAN, '重点项目进展顺利，苇岙煤矿综采改造工程已完成井下主体工程。');
    expect(projects(report)).toEqual([['苇岙煤矿综采改造工程', null, null]]);
  });
});

describe('a counted group’s sum before its share (F9468)', () => {
  it('gives the share to the group named by its members', () => {
    const { report } = parse(
      ...PLAN,
      '二、存在的问题',
      '上半年冶金和建材两大行业增加值合计占规模以上工业增加值的76.4%，产业结构单一。',
    );
    expect(observations(report).filter(([, measure]) => measure === 'share')).toEqual([
      ['冶金和建材两大行业增加值', 'share', 76.4],
    ]);
  });
});

describe('a list closed by 等重点工程 (F9469)', () => {
  it('reads the last name without the class', () => {
    const { report } = parse(
      ...PLAN,
      '二、下半年工作安排',
      '加快苇岙物流园、县城第二水厂和苇岙至岭口二级公路等重点工程建设进度。',
    );
    expect(projects(report).map(([name]) => name)).toEqual([
      '苇岙物流园',
      '县城第二水厂',
      '苇岙至岭口二级公路',
    ]);
  });
});

describe('a visit’s stop at a project, its amount before the name (F9470, F9471)', () => {
  it('names the project without 现场 and reads its amount done past a clause of progress', () => {
    const { report } = parse(
      '苇岙县观摩2023年1—6月重点项目建设',
      '7月5日，县委、县政府组织观摩组对全县重点项目进行观摩。上半年，全县实现地区生产总值21.36亿元，同比增长9.4%。',
      '在总投资6.4亿元的苇岙县50兆瓦风电项目现场，风机基础浇筑已全部完成，1—6月完成投资2.3亿元。',
    );
    expect(projects(report)).toEqual([['苇岙县50兆瓦风电项目', 640000000, 230000000]]);
  });
});
