// Forms first met in held-out-389 (session 46, fixer fix389): a county 财政局's half-year budget report and a news
// page on the 人大 hearing. Names and figures are invented.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const parse = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'fix389-forms.txt' });

type Report = ReturnType<typeof parse>['report'];

const observed = (report: Report, name: string) =>
  (report?.observations ?? [])
    .filter((o) => o.indicatorName === name)
    .map((o) => [o.measure, o.quantity?.value, o.quantity?.unit]);

const names = (report: Report) => [...new Set((report?.observations ?? []).map((o) => o.indicatorName))];

const targets = (report: Report) =>
  (report?.targets ?? []).map((t) => [t.indicatorName, t.horizon, t.comparator, t.value, t.unit]);

const facts = (report: Report) => (report?.facts ?? []).map((f) => f.quantity?.raw);

const BUDGET_TITLE = '关于沭岑县2012年上半年财政预算执行情况的报告';

describe('the 2007–2013 spending classes named with 事务 (F7901)', () => {
  const report = parse(
    BUDGET_TITLE,
    '一、上半年财政预算执行情况',
    '1—6月，全县公共财政预算支出完成41230万元，同比增长21.4%。主要支出项目是：教育支出11240万元，增长30.2%；城乡社区事务支出2786万元，同比下降4.3%；国土资源气象等事务支出512万元，增长8.1%。',
  ).report;

  it('reads each class with its level and growth under the name as written', () => {
    expect(observed(report, '城乡社区事务支出')).toEqual([
      ['level', 2786, '万元'],
      ['growth', -4.3, '%'],
    ]);
    expect(observed(report, '国土资源气象等事务支出')).toEqual([
      ['level', 512, '万元'],
      ['growth', 8.1, '%'],
    ]);
  });
});

describe('上划…收入 and the balance sentence (加上…，减上解上级支出…) (F7902)', () => {
  const report = parse(
    BUDGET_TITLE,
    '一、上半年财政预算执行情况',
    '1—6月，全县全部财政收入完成29410万元，同比增长18.2%。其中，公共财政预算收入完成16380万元，同比增长20.6%；上划中央和省级收入完成13030万元，同比增长15.3%。',
    '按照现行财政体制测算，上半年公共财政预算收入16380万元，加上级补助收入24620万元，减上解上级支出830万元，可用财力40170万元。',
  ).report;

  it('reads the revenue passed up with its growth', () => {
    expect(observed(report, '上划中央和省级收入')).toEqual([
      ['level', 13030, '万元'],
      ['growth', 15.3, '%'],
    ]);
  });

  it('names the balance sentence’s terms without its plus and minus', () => {
    expect(observed(report, '上级补助收入')).toEqual([['level', 24620, '万元']]);
    expect(observed(report, '上解上级支出')).toEqual([['level', 830, '万元']]);
    expect(names(report)).not.toContain('减上解上级支出');
  });
});

describe('transfers won from above named by their funds (F7903)', () => {
  const report = parse(
    BUDGET_TITLE,
    '一、上半年财政预算执行情况',
    '上半年，共争取上级各项补助资金26410万元，同比增长12.7%。其中，一般性转移支付补助14300万元，专项转移支付补助12110万元。',
    '二、下半年工作措施',
    '积极向上争取，全年争取上级补助资金力争达到5亿元以上，确保财政收支平衡。',
  ).report;

  it('reads the funds without the verb and the 各项, with their growth', () => {
    expect(observed(report, '上级补助资金')).toEqual([
      ['level', 26410, '万元'],
      ['growth', 12.7, '%'],
    ]);
  });

  it('keeps the goal of funds to win a fact, no target', () => {
    expect(targets(report)).toEqual([]);
    expect(facts(report)).toContain('5亿元以上');
  });
});

describe('a numbered one-sentence line with an amount is read as prose too (F7904)', () => {
  const report = parse(
    BUDGET_TITLE,
    '二、下半年工作措施',
    '（一）强化收入征管，确保完成全年预算任务。加强对重点税源的监控。',
    '（二）积极向上争取，全年争取上级补助资金力争达到4.5亿元以上。',
    '（三）深化财政改革，加强财政监督。',
  ).report;

  it('keeps the amount as a fact', () => {
    expect(facts(report)).toContain('4.5亿元以上');
  });

  it('still heads its section by the sentence', () => {
    expect(report?.sections.map((s) => s.number)).toEqual(['二', '(一)', '(二)', '(三)']);
  });
});

describe('财政收入中非税收入占比偏高，达到A%: the part’s share, a budget account (F7905)', () => {
  const report = parse(
    '沭岑县2012年上半年国民经济和社会发展计划执行情况的报告',
    '上半年全县全部财政收入完成2.94亿元，同比增长21.6%。会议指出，财政收入中非税收入占比偏高，达到28.4%，收入质量有待提高。',
  ).report;

  it('reads the share as 非税收入’s, not the revenue’s', () => {
    expect(observed(report, '非税收入')).toEqual([['share', 28.4, '%']]);
    expect((report?.observations ?? []).filter((o) => o.measure === 'share').length).toBe(1);
  });
});

describe('确保民生支出占…支出的比重不低于A% outside a plan part (F7906)', () => {
  const report = parse(
    '沭岑县2012年上半年国民经济和社会发展计划执行情况的报告',
    '上半年公共财政预算支出3.86亿元，增长19.2%，其中民生支出2.91亿元，占公共财政预算支出的75.4%。',
    '委员赵立军提出，要进一步优化支出结构，确保民生支出占公共财政预算支出的比重不低于72%。',
  ).report;

  it('reads a full-year share goal of that spending', () => {
    expect(targets(report)).toContainEqual(['民生支出', 'full-year', 'gte', 72, '%']);
  });
});
