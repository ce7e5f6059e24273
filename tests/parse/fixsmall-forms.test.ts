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

describe('a project named with a stage of its works done (县城集中供热管网改造工程已完成主管网铺设)', () => {
  it('reads the project, no amount', () => {
    const projects = analysis(
      '上半年，全县固定资产投资完成21.5亿元，同比增长8.2%。',
      '甲乙煤矿技改项目完成投资2.1亿元，县城集中供热管网改造工程已完成主管网铺设，城北污水管网工程已完成支管道敷设。',
    ).projects.map((p) => [
      p.name,
      p.mentions.find((m) => m.completedInvestment)?.completedInvestment ?? null,
    ]);
    expect(projects).toEqual([
      ['甲乙煤矿技改项目', 210000000],
      ['县城集中供热管网改造工程', null],
      ['城北污水管网工程', null],
    ]);
  });
});
