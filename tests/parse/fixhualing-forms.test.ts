// Forms of held-out-40 fixed in session 18 (fixhualing), in invented wording.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const parse = (...lines: string[]) =>
  parseReportText(lines.join('\n'), { sourceName: 'fixhualing.txt' }).report;

describe('a change of the growth against the year before told as 增幅同比高/低', () => {
  it('reads 增幅同比低B个百分点 and 增速同比高C个百分点 as signed changes', () => {
    const report = parse(
      '澄阳县2011年1-9月国民经济和社会发展计划执行情况的报告',
      '——全县社会消费品零售总额完成84300万元，比上年同期增长17.2%，增幅同比低2.6个百分点。',
      '——全社会固定资产投资完成152400万元，增长31.5%，增速同比高4.8个百分点。',
      '',
    );
    const changes = report?.observations
      .filter((o) => o.measure === 'change' || o.measure === 'comparison')
      .map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);
    expect(changes).toEqual([
      ['retail-sales', 'change', -2.6],
      ['fixed-asset-investment', 'change', 4.8],
    ]);
  });
});
