// Forms of held-out-37…39 fixed in session 18 (fixbixi), in invented wording.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';

const parse = (...lines: string[]) => parseReportText(lines.join('\n'), { sourceName: 'fixbixi.txt' }).report;

describe('a margin over another indicator named after its own short name', () => {
  it('gives 存款增速高于贷款 to the deposits, the loans being the benchmark', () => {
    const report = parse(
      '澄阳县2022年1-9月经济运行情况',
      '9月末，全县金融机构各项贷款余额188.2亿元，比年初增长6.1%；各项存款余额241.7亿元，比年初增长9.5%，存款增速高于贷款3.4个百分点。',
      '',
    );
    const margins = report?.observations
      .filter((o) => o.measure === 'comparison' || o.measure === 'change')
      .map((o) => [o.indicatorCode, o.measure, o.quantity?.value]);
    expect(margins).toEqual([['deposits', 'comparison', 3.4]]);
  });
});
