// Session 41, fixleft41d: forms the leftovers of held-out-318 showed the parser missing (docs/prose-forms.md,
// "Session 41 fixes: fixleft41d"). Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { bodyPeriod } from '../../src/parse/body-meta.js';
import { splitLines } from '../../src/parse/lines.js';
import { parsedReport } from '../helpers/report.js';

const levels = (text: string) =>
  parsedReport(text, { sourceName: 'report.txt', region: '琮溪县', period: '2031-FY' })
    .observations.filter((o) => o.measure === 'level')
    .map((o) => o.quantity?.value);

describe('F6621 a threshold passed with no level given', () => {
  it('reads 总量突破X亿元 closing its clause as no level', () => {
    const text =
      '琮溪县2031年经济运行情况\n预计全年地区生产总值增长5.4%左右，总量突破300亿元；一般公共预算收入18.2亿元，增长6.3%。';
    expect(levels(text)).toEqual([18.2]);
  });

  it('reads each figure of 分别突破X亿元、Y亿元 as no level', () => {
    const text =
      '琮溪县2031年经济运行情况\n全年规模以上工业增加值增长7.2%。光伏组件、精细化工两大产业产值分别突破260亿元、140亿元。粮食总产量31.4万吨。';
    expect(levels(text)).not.toContain(260);
    expect(levels(text)).not.toContain(140);
  });

  it('keeps the level that follows a threshold', () => {
    const text = '琮溪县2031年经济运行情况\n规模以上工业总产值突破300亿元，达到318.6亿元，增长8.1%。';
    expect(levels(text)).toContain(318.6);
    expect(levels(text)).not.toContain(300);
  });
});

describe('F6622 a body dated 截至…月底', () => {
  it('reads 截至2031年11月底 as 1—11月 of that year', () => {
    const lines = splitLines(
      ['截至2031年11月底，琮溪县新开工项目12个，完成投资38.2亿元。', '固定资产投资同比增长6.4%。'].join('\n'),
    ).lines;
    expect(bodyPeriod(lines)).toMatchObject({ year: 2031, code: 'M1-11' });
  });
});
