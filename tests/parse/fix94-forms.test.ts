// Forms the ninety-fourth held-out batch showed the parser missed (session 29, branch fix94): a finance bureau's
// final-accounts report (关于某县2024年财政决算草案的报告, refused before as another kind of document). Places and
// figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

describe('a final-accounts report to the standing committee (F2151)', () => {
  const lines = (title: string) =>
    [
      title,
      '——2027年7月20日在苈湾县第九届人民代表大会常务委员会第十一次会议上',
      '一、一般公共预算收支决算情况',
      '2026年，全县一般公共预算收入完成41300万元，为年初预算40000万元的103.3%，完成调整预算40800万元的101.2%，比上年增长4.6%。',
    ].join('\n');

  it('is read as the year’s plan execution, its figures against the two budgets', () => {
    const report = parsedReport(lines('关于苈湾县2026年财政决算草案的报告'), { sourceName: 'accounts.txt' });
    expect([report.meta.genre, report.meta.region, report.meta.period]).toEqual([
      'plan-execution',
      '苈湾县',
      '2026-FY',
    ]);
    expect(report.targets.map((t) => [t.value, t.horizon])).toEqual([
      [40000, 'full-year'],
      [40800, 'full-year'],
    ]);
  });

  it('reads a 政府决算 and a 决算 report without 草案 likewise', () => {
    for (const title of [
      '关于苈湾县2026年政府决算的报告',
      '苈湾县2026年度财政决算报告',
      '2026年苈湾县决算（草案）的报告',
    ]) {
      expect(parsedReport(lines(title), { sourceName: 'accounts.txt' }).meta.genre).toBe('plan-execution');
    }
  });
});

describe('a final-accounts report’s own lines: two taxes summed, the “三公” spending, a named total (F2152)', () => {
  const report = () =>
    parsedReport(
      [
        '关于苈湾县2026年财政决算草案的报告',
        '一、一般公共预算收支决算情况',
        '主要税种完成情况：增值税9650万元，下降1.4%；耕地占用税和契税合计1830万元，下降12.6%；耕地占用税640万元，增长3.5%。',
        '加上上级补助收入98300万元，一般公共预算收入总计151200万元。',
        '二、“三公”经费支出情况',
        '2026年，县本级“三公”经费财政拨款支出215万元，下降7.3%。其中：公务接待费31万元，下降10.2%。',
      ].join('\n'),
      { sourceName: 'accounts.txt' },
    );
  const levels = () =>
    report()
      .observations.filter((o) => o.measure === 'level' || o.measure === 'growth')
      .map((o) => [o.indicatorName, o.measure, o.quantity?.value]);

  it('reads two taxes given as one sum as one account named as written', () => {
    expect(levels()).toEqual(
      expect.arrayContaining([
        ['耕地占用税和契税', 'level', 1830],
        ['耕地占用税和契税', 'growth', -12.6],
        ['耕地占用税', 'level', 640],
      ]),
    );
  });

  it('reads the “三公” spending line without its 本级 scope, its parts staying facts', () => {
    expect(levels()).toEqual(
      expect.arrayContaining([
        ['“三公”经费财政拨款支出', 'level', 215],
        ['“三公”经费财政拨款支出', 'growth', -7.3],
      ]),
    );
    expect(levels().map(([name]) => name)).not.toContain('公务接待费');
  });

  it('reads the general budget’s total named with its account', () => {
    expect(levels()).toEqual(expect.arrayContaining([['一般公共预算收入总计', 'level', 151200]]));
  });
});

describe('a next-year task that budgets an account: 确保完成…收入预算X万元的目标任务 (F2153)', () => {
  const report = (task: string) =>
    parsedReport(
      [
        '关于苈湾县2026年财政决算草案的报告',
        '一、一般公共预算收支决算情况',
        '2026年，全县一般公共预算收入完成41300万元，比上年增长4.6%。',
        '二、下一步工作',
        `下一步，我们将重点做好以下工作：${task}`,
      ].join('\n'),
      { sourceName: 'accounts.txt' },
    );

  it('is the account’s goal for the next year', () => {
    const goals = report(
      '一是确保完成2027年一般公共预算收入预算43800万元的目标任务；二是严格债务管理。',
    ).targets;
    expect(goals.map((t) => [t.indicatorCode, t.horizon, t.value, t.unit])).toEqual([
      ['general-budget-revenue', 'next-year', 43800, '万元'],
    ]);
  });

  it('leaves an amount budgeted outside the goals a fact', () => {
    const text = [
      '关于苈湾县2026年财政决算草案的报告',
      '一、一般公共预算收支决算情况',
      '全年确保一般公共预算收入预算43800万元。',
    ].join('\n');
    const parsed = parsedReport(text, { sourceName: 'accounts.txt' });
    expect(parsed.targets).toEqual([]);
    expect(parsed.observations.map((o) => o.quantity?.value)).not.toContain(43800);
  });
});

describe('an appraisal’s rank move said of the place itself: 在…考核中，我区由上年的第N名跃升至第M名 (F2154)', () => {
  it('ranks the appraisal the sentence opens with, not the figure before it', () => {
    const text = [
      '苈湾区2026年政府工作报告',
      '一、2025年工作回顾',
      '城镇、农村居民人均可支配收入分别达到41830元、19260元，分别增长4.4%、6.1%。在全市县域经济高质量发展考核中，我区由上年的第6名跃升至第2名。',
    ].join('\n');
    const ranks = parsedReport(text, { sourceName: 'report.txt' }).rankings.map((r) => [
      r.indicatorCode,
      r.subject,
      r.rank,
      r.change,
    ]);
    expect(ranks).toEqual([[null, '县域经济高质量发展考核', 2, 4]]);
  });
});

describe('funds a county’s drive brought in, said 引进到位资金 (F2155)', () => {
  it('is named as written, with its share of the task and the task derived from it', () => {
    const text = [
      '苈河县2026年国民经济和社会发展计划执行情况',
      '一、执行情况',
      '粮食总产量达到9.8亿斤。引进到位资金61.2亿元，完成自治区下达任务的118.4%。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'news.txt' });
    expect(
      report.observations
        .filter((o) => o.indicatorName === '引进到位资金')
        .map((o) => [o.measure, o.quantity?.value]),
    ).toEqual([
      ['level', 61.2],
      ['share', 118.4],
    ]);
    expect(report.targets.map((t) => [t.indicatorName, t.derived])).toEqual([['引进到位资金', true]]);
  });
});

describe('a news subhead labelled with the year after: 2027年：地区生产总值增长6%左右 (F2156)', () => {
  it('gives no result of the report’s year, the goal list below giving the goal', () => {
    const text = [
      '苈河县召开第九届人民代表大会第三次会议',
      '报告指出，2026年，苈河县地区生产总值完成98.2亿元，同比增长5.9%。',
      '2027年：地区生产总值增长6%左右',
      '报告提出，2027年全县经济社会发展的主要预期目标是：地区生产总值增长6%左右；固定资产投资增长12%以上。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'news.txt' });
    expect(
      report.observations.filter((o) => o.indicatorCode === 'gdp').map((o) => [o.measure, o.quantity?.value]),
    ).toEqual([
      ['level', 98.2],
      ['growth', 5.9],
    ]);
    expect(report.targets.filter((t) => t.indicatorCode === 'gdp').map((t) => [t.horizon, t.value])).toEqual([
      ['next-year', 6],
    ]);
  });
});

describe('a time of day said in words: 上午9时30分 (F2157)', () => {
  it('gives no figure for its minutes', () => {
    const text = [
      '苈河县召开第九届人民代表大会第三次会议',
      '报告指出，2026年，苈河县地区生产总值完成98.2亿元，同比增长5.9%。',
      '1月9日上午9时30分，大会在国歌声中开幕。',
    ].join('\n');
    const values = parsedReport(text, { sourceName: 'news.txt' }).facts.map((f) => f.quantity.value);
    expect(values).toEqual([98.2, 5.9]);
  });
});

describe('a budget report’s words that name no account: 实际支出 of a reserve, 二是压减…支出A%以上 (F2158)', () => {
  it('keeps them facts, neither a level nor a goal', () => {
    const text = [
      '关于苈湾县2026年财政决算草案的报告',
      '一、预备费使用情况',
      '年初预算安排预备费1800万元，实际支出1520万元，剩余280万元补充预算稳定调节基金。',
      '二、下一步工作',
      '下一步，我们将重点做好以下工作：一是严格预算执行；二是压减一般性支出5%以上；三是严格债务管理。',
    ].join('\n');
    const report = parsedReport(text, { sourceName: 'accounts.txt' });
    expect(report.observations).toEqual([]);
    expect(report.targets).toEqual([]);
    expect(report.facts.map((f) => f.quantity.value)).toEqual(expect.arrayContaining([1520, 5]));
  });
});
