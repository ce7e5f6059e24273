// Forms the lead met merging session 26's fixes: a sentence that opens by suggesting (建议…力争…推动固定资产投资
// 增速由负转正), advice in a member's speech or a committee's opinion, sets no goal in words; the year's goal
// of a review's suggestions heading (二、建议 …力争全年自营出口扭负为正) still does. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { parsedReport } from '../helpers/report.js';

const wordTargetsOf = (text: string) =>
  parsedReport(text, { sourceName: 'report.txt' })
    .targets.filter((t) => t.value === null)
    .map((t) => [t.indicatorCode, t.horizon, t.text]);

describe('a suggestion that urges a fall to turn into growth', () => {
  const head = [
    '关于棠川县2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告',
    '一、2024年国民经济和社会发展计划执行情况',
    '全县地区生产总值增长5.6%，固定资产投资下降3.1%。',
    '二、2025年工作安排',
  ];
  it('sets no goal when the sentence opens with 建议', () => {
    const text = [
      ...head,
      '（三）扩大有效投资。建议加快重点项目建设，力争2025年新开工亿元以上项目30个以上，推动固定资产投资增速由负转正。',
    ];
    expect(wordTargetsOf(text.join('\n'))).toEqual([]);
  });
  it('is still the year’s goal when the plan itself urges it', () => {
    const text = [
      ...head,
      '（三）扩大有效投资。加快重点项目建设，力争2025年新开工亿元以上项目30个以上，推动固定资产投资增速由负转正。',
    ];
    expect(wordTargetsOf(text.join('\n'))).toEqual([['fixed-asset-investment', 'next-year', '由负转正']]);
  });
});
