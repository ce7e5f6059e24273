// Forms the held-out-34 and -36 batches showed the parser missing (docs/prose-forms.md, "fixsmall"),
// in sentences of our own with invented places and figures.

import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
import { linesReader } from '../helpers/report.js';

const report = linesReader('fixsmall.txt');
const analysis = (...prose: string[]) => report('戊县2023年上半年经济运行情况', ...prose);
const factValues = (...prose: string[]) => analysis(...prose).facts.map((f) => f.quantity.value);

describe('a telephone number in a closing line (联系电话：0395-7721234)', () => {
  it('reads neither the area code nor the number as a figure', () => {
    const values = factValues(
      '上半年，全县地区生产总值增长5.1%。',
      '对公示内容如有异议，请在公示期内向县重点项目办反映。联系电话：0391-6654321。监督电话：12345。',
    );
    expect(values).toEqual([5.1]);
  });
});
