// Forms the one-hundred-and-forty-first held-out batch showed the parser missed (session 32, branch fix141): a rank
// among a capital's class of districts (居全市生态涵养区第N位); the share of a size class of projects under
// construction (亿元以上在建项目N个，完成投资占全区投资的A%); a growth goal of a kind of tourism's visits
// (力争乡村旅游接待人次增长A%以上). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const REVIEW = [
  '关于甲川区2026年国民经济和社会发展计划执行情况的审查报告',
  '区人民代表大会财政经济委员会',
  '一、2026年计划执行情况',
  '全区实现地区生产总值236.4亿元，增长4.9%，增速居全市生态涵养区第3位。规模以上工业增加值增长5.2%，增速居全市平原新城第2位。',
].join('\n');

describe('a rank among a class of the capital’s districts (F3071)', () => {
  it('reads 居全市生态涵养区第N位 and 居全市平原新城第N位 as ranks', () => {
    const ranks = parsedReport(REVIEW, { sourceName: 'review.txt' }).rankings.map((r) => [
      r.indicatorCode,
      r.rank,
    ]);
    expect(ranks).toContainEqual(['gdp', 3]);
    expect(ranks).toContainEqual(['industrial-value-added', 2]);
  });
});

const ANALYSIS = [
  '乙河区2026年上半年经济运行情况',
  '上半年，全区固定资产投资（不含农户）同比增长3.1%，比一季度回落1.0个百分点。其中，工业投资增长12.2%；房地产开发投资下降8.6%。亿元以上在建项目40个，完成投资占全区投资的55.5%。',
].join('\n');

describe('the share of a size class of projects under construction (F3072)', () => {
  it('reads 亿元以上在建项目N个，完成投资占全区投资的A% as that class’s share', () => {
    const shares = parsedReport(ANALYSIS, { sourceName: 'analysis.txt' })
      .observations.filter((o) => o.measure === 'share')
      .map((o) => [o.indicatorName, o.quantity?.value]);
    expect(shares).toContainEqual(['亿元以上在建项目完成投资', 55.5]);
  });

  it('keeps the tally 亿元以上在建项目N个，累计完成投资X亿元 a fact', () => {
    const text = ANALYSIS.replace('完成投资占全区投资的55.5%', '累计完成投资31.6亿元');
    const names = parsedReport(text, { sourceName: 'analysis.txt' }).observations.map((o) => o.indicatorName);
    expect(names).not.toContain('亿元以上在建项目完成投资');
  });
});

const PLAN_REVIEW = [
  '关于丙山区2026年国民经济和社会发展计划执行情况与2027年计划草案的审查报告',
  '区人民代表大会财政经济委员会',
  '一、2026年计划执行情况',
  '全区实现地区生产总值188.2亿元，增长5.1%。接待游客960.5万人次，增长6.2%。',
  '二、2027年计划草案',
  '2027年主要预期目标为：地区生产总值增长5%左右。',
  '三、做好2027年计划执行工作的建议',
  '（一）推动文旅融合。力争乡村旅游接待人次增长9%以上，办好第二届丙山桃花节。',
].join('\n');

describe('a growth goal of a kind of tourism’s visits (F3073)', () => {
  it('reads 力争乡村旅游接待人次增长A%以上 as a target named as written', () => {
    const goals = parsedReport(PLAN_REVIEW, { sourceName: 'review.txt' }).targets.map((t) => [
      t.indicatorName,
      t.value,
      t.comparator,
    ]);
    expect(goals).toContainEqual(['乡村旅游接待人次', 9, 'gte']);
  });
});
