// Forms the ninety-fifth held-out batch showed the parser missed (session 29, branch fix95): a county
// yearbook's chapter whose entries open with their heads in 【】 and the year they report, a government's
// report on one field of the economy (优化营商环境) to its standing committee with its ranks in an appraisal
// and its table of time limits, the income of the workers a county sends out, the loans of a policy class at
// a month's end, rates named with a reform's quoted name and a loans' interest rate with its change, a table's
// signed changes (+0.5), a classified branch's output, a change against a month's end, the year's goal after
// a later part's and a table note's group of places. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const observed = (text: string, sourceName = 'report.txt') =>
  parsedReport(text, { sourceName }).observations.map((o) => [o.indicatorName, o.measure, o.quantity?.value]);

const yearbook = [
  '综　　述',
  '经济概况',
  '【综述】2025年，蓠沅县实现地区生产总值64.18亿元，比上年增长5.9%。第一产业增加值15.27亿元，增长5.1%。（县统计局）',
  '【农业】全年粮食总产量12.46万吨，增长2.8%。全年实现农林牧渔业总产值27.35亿元，增长5.2%。（县农业农村局）',
  '【人民生活】全年城镇居民人均可支配收入33108元，增长5.0%；农村居民人均可支配收入12716元，增长7.1%。输转城乡富余劳动力4.62万人次，实现劳务收入11.4亿元。（县人力资源和社会保障局）',
].join('\n');

describe('a yearbook chapter whose entries open with their heads in 【】 (F2161)', () => {
  it('reads the year the first entry reports as the period, as a communiqué of the year', () => {
    const report = parsedReport(yearbook, { sourceName: 'yearbook.pdf' });
    expect(report.meta.genre).toBe('statistical-communique');
    expect(report.meta.region).toBe('蓠沅县');
    expect(report.meta.period).toBe('2025-FY');
    expect(observed(yearbook, 'yearbook.pdf')).toContainEqual(['地区生产总值', 'level', 64.18]);
  });
});

describe('the income of the workers a county sends out (F2163)', () => {
  it('keeps 劳务收入 a fact beside the count of workers', () => {
    const report = parsedReport(yearbook, { sourceName: 'yearbook.pdf' });
    expect(report.observations.some((o) => o.indicatorName.includes('劳务'))).toBe(false);
    expect(report.facts.some((f) => f.quantity.value === 11.4 && f.quantity.unit === '亿元')).toBe(true);
  });
});

const businessReport = [
  '关于全县优化营商环境工作情况的报告',
  '——2026年10月27日在苘渠县第十九届人民代表大会常务委员会第十一次会议上',
  '县人民政府副县长　某某',
  '主任、各位副主任、各位委员：',
  '受县人民政府委托，现将全县优化营商环境工作情况报告如下，请予审议。',
  '一、工作开展情况',
  '截至9月底，全县实有经营主体19632户，较上年末增长5.4%。9月末全县各项贷款余额86.4亿元，较年初增长9.7%。1—9月，招商引资实际到位资金31.6亿元，同比增长10.2%。',
  '二、存在的问题',
  '部分惠企政策宣传不到位。',
].join('\n');

describe('a government’s report on one field of the economy to its standing committee (F2162)', () => {
  it('is read as a plan report of the months its figures run to', () => {
    const report = parsedReport(businessReport, { sourceName: 'report.html' });
    expect(report.meta.genre).toBe('plan-execution');
    expect(report.meta.region).toBe('苘渠县');
    expect(report.meta.period).toBe('2026-Q3');
  });

  it('is refused when it gives no headline figures, as is a field outside the economy', () => {
    const figureless = businessReport.replace(/9月末全县各项贷款余额[^。]*。/, '');
    expect(() => parsedReport(figureless, { sourceName: 'report.html' })).toThrow(/not-a-report/);
    const schools = businessReport.replace('优化营商环境工作', '义务教育均衡发展工作');
    expect(() => parsedReport(schools, { sourceName: 'report.html' })).toThrow(/not-a-report/);
  });
});

const businessWork = [
  '关于全县优化营商环境工作情况的报告',
  '——2026年10月27日在苘渠县第十九届人民代表大会常务委员会第十一次会议上',
  '一、工作开展情况',
  '截至9月底，全县实有经营主体19632户，较上年末增长5.4%。',
  '全县1024项政务服务事项全部进驻县政务服务中心，“一网通办”率达到97.2%，较上年提高2.6个百分点。',
  '9月末全县普惠小微贷款余额18.7亿元，较年初增长12.3%，新发放普惠小微贷款平均利率4.12%，较年初下降0.27个百分点。',
  '附表　苘渠县主要政务服务事项办理时限压缩情况',
  '事项名称\t法定时限（工作日）\t2025年承诺时限（工作日）\t2026年实际平均办理时限（工作日）\t较法定时限压缩（%）',
  '企业开办\t3\t1\t0.5\t83.3',
  '不动产一般登记\t30\t5\t3\t90.0',
].join('\n');

describe('ranks in an appraisal the sentence opens with, 我县 before the first and ； before the second (F2168)', () => {
  it('gives both ranks to the appraisal, with the first one’s move', () => {
    const text = businessWork.replace(
      '一、工作开展情况',
      '一、工作开展情况\n今年以来，出台行动方案及配套措施26条。在2025年度全区营商环境评价中，我县位列22个县（市、区）第11位，较上年提升4位；在蘅州市6个县（区）中排名第3位。',
    );
    const ranks = parsedReport(text, { sourceName: 'report.html' }).rankings.map((r) => [
      r.subject,
      r.rank,
      r.of,
      r.change,
    ]);
    expect(ranks).toContainEqual(['营商环境评价', 11, 22, 4]);
    expect(ranks).toContainEqual(['营商环境评价', 3, 6, null]);
  });
});

describe('a business-environment report’s rates, policy loans and table of time limits (F2164–F2166)', () => {
  const observations = () => observed(businessWork, 'report.html');

  it('reads a rate named with a reform’s quoted name, with its change (F2166)', () => {
    expect(observations()).toContainEqual(['“一网通办”率', 'rate', 97.2]);
    expect(observations()).toContainEqual(['“一网通办”率', 'change', 2.6]);
  });

  it('reads the loans’ interest rate given bare with its change (F2166)', () => {
    expect(observations()).toContainEqual(['新发放普惠小微贷款平均利率', 'rate', 4.12]);
    expect(observations()).toContainEqual(['新发放普惠小微贷款平均利率', 'change', -0.27]);
  });

  it('names the small firms’ loans at the month’s end as written, not all loans (F2165)', () => {
    expect(observations()).toContainEqual(['普惠小微贷款余额', 'level', 18.7]);
    expect(observations()).toContainEqual(['普惠小微贷款余额', 'growth', 12.3]);
    const report = parsedReport(businessWork, { sourceName: 'report.html' });
    expect(report.observations.some((o) => o.indicatorCode === 'loans')).toBe(false);
  });

  it('reads no indicator from the table of the time each service takes (F2164)', () => {
    expect(observations().some(([name]) => name === '企业开办' || name === '不动产一般登记')).toBe(false);
  });
});

const signedTable = [
  '苘渠县2026年1—8月经济运行简报',
  '一、主要指标',
  '1—8月，全县规模以上工业总产值96.42亿元，增长8.7%。',
  '苘渠县2026年1—8月主要经济指标',
  '指标名称\t单位\t1—8月\t同比增长（%）\t较1—7月（百分点）',
  '规模以上工业总产值\t亿元\t96.42\t8.7\t+0.5',
  '固定资产投资\t亿元\t—\t10.4\t-1.2',
].join('\n');

describe('a table column of signed changes against the month before (F2167)', () => {
  it('reads +0.5 as a rise as it reads -1.2 as a fall', () => {
    const observations = observed(signedTable, 'brief.txt');
    expect(observations).toContainEqual(['规模以上工业总产值', 'change', 0.5]);
    expect(observations).toContainEqual(['固定资产投资', 'change', -1.2]);
  });
});

const brief = [
  '苘渠县2026年1—8月经济运行简报',
  '一、主要指标运行情况',
  '1—8月，全县规模以上工业增加值同比增长7.6%。规模以上工业总产值96.42亿元，增长8.7%。分行业看，石油和天然气开采业产值31.25亿元，增长5.2%；非金属矿物制品业产值7.41亿元，下降3.8%。',
  '8月末，全县金融机构各项存款余额214.36亿元，同比增长6.9%，增速较7月末提高0.4个百分点。',
  '二、需要关注的问题',
  '石油和天然气开采业产值占规模以上工业总产值的比重达32.4%，结构单一。',
  '三、下一步工作打算',
  '推动企业稳产增产，确保前三季度规模以上工业增加值增长7.8%以上，全年增长8%左右。',
].join('\n');

describe('a county brief’s classified branches, a change against a month’s end and the year’s goal after a later part’s', () => {
  const observations = () => observed(brief, 'brief.txt');

  it('reads a classified branch’s output with its level and its share of industry’s', () => {
    expect(observations()).toContainEqual(['石油和天然气开采业产值', 'level', 31.25]);
    expect(observations()).toContainEqual(['非金属矿物制品业产值', 'level', 7.41]);
    expect(observations()).toContainEqual(['石油和天然气开采业产值', 'share', 32.4]);
  });

  it('reads 增速较7月末提高 as the balance’s change', () => {
    expect(observations()).toContainEqual(['金融机构各项存款余额', 'change', 0.4]);
  });

  it('reads 全年增长8%左右 after a later part of the year’s goal as the year’s target', () => {
    const targets = parsedReport(brief, { sourceName: 'brief.txt' }).targets.map((t) => [
      t.indicatorCode,
      t.value,
      t.comparator,
      t.horizon,
    ]);
    expect(targets).toContainEqual(['industrial-value-added', 8, 'approx', 'full-year']);
  });
});

describe('a table note sizing the rank column’s group with the order the ranks are by', () => {
  it('keeps 12个 of 在某市12个县（市、区）中按增速排列的位次 no fact', () => {
    const text = [
      '苘渠县2026年1—8月经济运行简报',
      '一、主要指标运行情况',
      '1—8月，全县规模以上工业增加值同比增长7.6%，居全市第3位。',
      '注：全市位次为在蘅州市12个县（市、区）中按增速排列的位次；金融数据为8月末余额。',
    ].join('\n');
    const facts = parsedReport(text, { sourceName: 'brief.txt' }).facts;
    expect(facts.some((f) => f.quantity.value === 12)).toBe(false);
  });
});
