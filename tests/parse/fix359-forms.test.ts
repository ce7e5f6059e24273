// Forms the three-hundred-and-fifty-ninth and -fifty-seventh held-out batches showed the parser missed (session 44,
// branch fix359). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const AUDIT_TITLE = '关于岚枫旗2021年度旗级预算执行和其他财政收支的审计工作报告';
const audit = (...lines: string[]) =>
  parsedReport([AUDIT_TITLE, '主任、各位副主任、各位委员：', ...lines].join('\n'), {
    sourceName: 'audit.txt',
  });

describe('——政府性基金预算收入完成X亿元: the dash opening an audit lead paragraph is no part of the name (F7281)', () => {
  const report = audit(
    '　　——政府性基金预算收入完成2.36亿元，为预算的71.4%，同比下降18.2%；政府性基金预算支出3.18亿元。',
  );

  it("reads the fund budget's level, share and growth under its name", () => {
    expect(
      report.observations
        .filter((o) => o.indicatorName === '政府性基金预算收入')
        .map((o) => [o.measure, o.quantity?.value]),
    ).toEqual([
      ['level', 2.36],
      ['share', 71.4],
      ['growth', -18.2],
    ]);
  });

  it('derives the budget the share implies', () => {
    const target = report.targets.find((t) => t.indicatorName === '政府性基金预算收入');
    expect(target?.derived).toBe(true);
    expect(target?.value).toBeCloseTo(3.3, 1);
  });
});

describe('X亿元，受疫情影响下降A%: a cause before the verb names nothing, the growth is the level’s (F7282)', () => {
  const news = (sentence: string) =>
    parsedReport(
      [
        '岚枫旗召开旗委经济工作会议',
        `会议指出，2021年全旗实现地区生产总值76.3亿元，同比增长7.4%；${sentence}固定资产投资增长12.5%。`,
      ].join('\n'),
      { sourceName: 'news.txt', region: '岚枫旗', period: '2021-FY' },
    );
  const retail = (sentence: string) =>
    news(sentence)
      .observations.filter((o) => o.indicatorCode === 'retail-sales')
      .map((o) => [o.measure, o.quantity?.value]);

  it('reads 受疫情影响下降A% after the level', () => {
    expect(retail('社会消费品零售总额17.6亿元，受疫情影响下降2.3%；')).toEqual([
      ['level', 17.6],
      ['growth', -2.3],
    ]);
  });

  it('reads the cause with its own comma and 同比', () => {
    expect(retail('社会消费品零售总额17.6亿元，受疫情影响，同比下降2.3%；')).toEqual([
      ['level', 17.6],
      ['growth', -2.3],
    ]);
  });

  it('leaves a clause naming another indicator after the cause to that one', () => {
    const report = news('社会消费品零售总额17.6亿元，受疫情影响，旅游收入下降9.1%；');
    expect(report.observations.find((o) => o.quantity?.value === -9.1)?.indicatorCode).toBe(
      'tourism-revenue',
    );
  });
});

const county357 = (...lines: string[]) =>
  parsedReport(['枫沅县2009年国民经济和社会发展统计公报', ...lines].join('\n'), {
    sourceName: 'communique.txt',
  });

describe('财政总支出X万元，增长A%: a county communiqué’s spending, named as written (F7284)', () => {
  it('reads its level and growth', () => {
    const report = county357('全年财政总收入41860万元，比上年增长16.2%。财政总支出76320万元，增长23.8%。');
    expect(
      report.observations
        .filter((o) => o.indicatorName === '财政总支出')
        .map((o) => [o.measure, o.quantity?.value]),
    ).toEqual([
      ['level', 76320],
      ['growth', 23.8],
    ]);
  });
});

describe('1.26万台（辆）: a count in two classifiers keeps the bracket in its unit (F7283)', () => {
  it('reads 万台（辆）, 辆（台） and 台（件） as written', () => {
    const report = county357(
      '汽车摩托车下乡累计销售产品0.84万台（辆），兑付补贴资金312万元。新增农机具2600台（件），新购客车140辆（台）。',
    );
    expect(
      report.facts
        .filter((f) => /[台辆]/.test(f.quantity.unit))
        .map((f) => [f.quantity.value, f.quantity.unit]),
    ).toEqual([
      [0.84, '万台(辆)'],
      [2600, '台(件)'],
      [140, '辆(台)'],
    ]);
  });
});

const workReport = (...lines: string[]) =>
  parsedReport(['2022年茆岭县人民政府工作报告', '各位代表：', ...lines].join('\n'), {
    sourceName: 'report.txt',
    region: '茆岭县',
    period: '2021-FY',
  });

describe('（五）集中办好N件民生实事。…: the count heading the list of works is a fact (F7285)', () => {
  it('reads 12件 from the section heading and the works after it', () => {
    const report = workReport(
      '一、2021年工作回顾',
      '民生支出18.6亿元，占一般公共预算支出的79.4%。',
      '二、2022年工作安排',
      '（五）集中办好12件民生实事。新建城区供热管网9公里；改造农村危房210户。',
    );
    expect(report.facts.map((f) => `${f.quantity.value}${f.quantity.unit}`)).toEqual(
      expect.arrayContaining(['12件', '9公里', '210户']),
    );
  });
});

describe('其中，冰雪季接待游客X万人次: a season’s visitors are no tourism indicator of the year (F7286)', () => {
  const report = workReport(
    '一、2021年工作回顾',
    '（三）冰雪旅游持续升温。全年接待游客142.6万人次，增长18.7%。其中，冰雪季接待游客53.4万人次。',
    '二、2022年工作安排',
    '（三）做热冰雪旅游经济。办好第二届冰雪文化节，力争冰雪季接待游客突破60万人次。',
  );

  it("keeps the year's visitors and reads the season's as facts only", () => {
    expect(
      report.observations.filter((o) => o.indicatorCode === 'tourist-arrivals').map((o) => o.quantity?.value),
    ).toEqual([142.6, 18.7]);
    expect(report.facts.map((f) => f.quantity.value)).toEqual(expect.arrayContaining([53.4, 60]));
  });

  it("reads no target from the season's goal", () => {
    expect(report.targets.filter((t) => t.indicatorCode === 'tourist-arrivals')).toEqual([]);
  });

  it('still reads a quarter’s figure (一季度 is no season)', () => {
    const quarter = workReport(
      '一、2021年工作回顾',
      '全年接待游客142.6万人次，增长18.7%；四季度接待游客增长6.2%。',
    );
    expect(quarter.observations.some((o) => o.quantity?.value === 6.2)).toBe(true);
  });
});
