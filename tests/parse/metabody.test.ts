// The last resort for a report's place and period (src/parse/body-meta.ts): what the body names most
// often as itself, only when no title, source line, first sentence, page or file name says it.
// A clear winner or nothing. Places and figures are invented.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReportFiles } from '../../src/db/loader.js';
import { bodyPeriod, bodyRegion } from '../../src/parse/body-meta.js';
import { parseReportText } from '../../src/parse/index.js';
import { splitLines } from '../../src/parse/lines.js';

/** A statistics bureau's analysis whose title, first sentence and signature name neither place nor year. */
const BODY_ONLY = [
  '上半年经济运行情况分析',
  '今年以来，全县上下坚持稳中求进工作总基调，经济运行总体平稳。上半年，全县地区生产总值完成45.2亿元，同比增长6.1%。',
  '工业生产稳步回升。规模以上工业增加值增长5.2%。2023年上半年，苇岑县规上工业企业达到86家，高于全市平均水平1.1个百分点。',
  '投资保持增长。固定资产投资增长3.2%。截至2023年6月底，苇岑县在建项目112个，比苇山县多18个。',
  '消费市场回暖。社会消费品零售总额增长7.4%。苇岑县委、县政府出台促消费措施12条。',
];

const read = (lines: string[], options: { region?: string; period?: string } = {}) => {
  const { report, problems } = parseReportText(lines.join('\n'), { sourceName: 'body.txt', ...options });
  return {
    region: report?.meta.region ?? null,
    period: report?.meta.period ?? null,
    warnings: problems.filter((p) => p.severity === 'warning').map((p) => p.code),
    refused: problems.filter((p) => p.severity === 'error').map((p) => p.code),
  };
};

const linesOf = (text: string[]) => splitLines(text.join('\n')).lines;

describe('a report whose only hint of its place and year is the body', () => {
  it('loads with the region-from-text and period-from-text warnings', () => {
    expect(read(BODY_ONLY)).toEqual({
      region: '苇岑县',
      period: '2023-H1',
      warnings: ['region-from-text', 'period-from-text'],
      refused: [],
    });
  });

  it('says where the region came from, as region-from-page does', () => {
    const { problems } = parseReportText(BODY_ONLY.join('\n'), { sourceName: 'body.txt' });
    const note = problems.find((p) => p.code === 'region-from-text');
    expect(note?.message).toContain('苇岑县 is the place the text names most often as its own');
    expect(note?.message).toContain('--region');
    expect(note?.line).toBe(3);
  });

  it('leaves the options to win, with no note', () => {
    expect(read(BODY_ONLY, { region: '苇河县', period: '2023-Q3' })).toEqual({
      region: '苇河县',
      period: '2023-Q3',
      warnings: [],
      refused: [],
    });
  });

  it('is not read when the title names the place and the year', () => {
    const titled = ['苇西县2022年上半年经济运行情况分析', ...BODY_ONLY.slice(1)];
    expect(read(titled)).toEqual({ region: '苇西县', period: '2022-H1', warnings: [], refused: [] });
  });
});

describe('the place the body names as itself', () => {
  it('is never another county the text compares with or visits (比/较/与/向/赴)', () => {
    const compared = [
      '上半年经济运行情况分析',
      '上半年，全县地区生产总值完成45.2亿元，同比增长6.1%，比苇山县高1.2个百分点。',
      '固定资产投资增长3.2%，较苇山县低0.4个百分点；与苇山县相比，差距缩小。',
      '县考察团赴苇山县学习招商经验。',
    ];
    expect(bodyRegion(linesOf(compared), '县')).toBeNull();
    expect(read(compared, { period: '2023-H1' }).refused).toEqual(['no-region']);
  });

  it('is the own county when it is named more often than the one compared with', () => {
    const both = [
      '上半年经济运行情况分析',
      '上半年，全县地区生产总值完成45.2亿元，同比增长6.1%，比苇山县高1.2个百分点。',
      '工业方面，苇岑县规上工业增加值增长5.2%，较苇山县高0.8个百分点。',
      '投资方面，苇岑县固定资产投资增长3.2%。',
    ];
    expect(read(both, { period: '2023-H1' }).region).toBe('苇岑县');
  });

  it('counts the resolutions a congress page lists (关于某某县…的决议) as its own place, not another (F9771)', () => {
    const closing = [
      '县十五届人大二次会议胜利闭幕',
      '本网讯3月2日上午，蔚岚县第十五届人民代表大会第二次会议胜利闭幕。',
      '大会表决通过了关于蔚岚县2005年国民经济和社会发展计划执行情况与2006年计划的决议、关于蔚岚县2005年财政预算执行情况的决议。',
      '决议指出，全县完成生产总值31.2亿元，增长11.8%。',
    ];
    expect(bodyRegion(linesOf(closing), '县')).toMatchObject({ region: '蔚岚县', count: 3 });
    // Any other 于 still marks another place: 低于苇山县, 相对于苇山县.
    const other = ['上半年，全县生产总值增长6.1%，低于苇山县0.4个百分点，相对于苇山县仍有差距。'];
    expect(bodyRegion(linesOf(other), '县')).toBeNull();
  });

  it('is nothing without a clear winner (two counties named twice each)', () => {
    const tie = [
      '上半年，全县地区生产总值增长6.1%。',
      '苇岑县工业增长5.2%，苇岭县工业增长4.1%。',
      '苇岑县投资增长3.2%，苇岭县投资增长2.0%。',
    ];
    expect(bodyRegion(linesOf(tie), '县')).toBeNull();
  });

  it('is never the parent the text compares with (高于全市, 苇州市) when the text calls itself 全县', () => {
    const parent = [
      '上半年，全县地区生产总值增长6.1%，高于全市0.5个百分点。',
      '苇州市下达的目标任务完成过半，苇州市考核排名第3位。',
    ];
    expect(bodyRegion(linesOf(parent), '县')).toBeNull();
  });

  it('counts a county office (某县统计局, 某县委、县政府) as one mention: alone it may be a footer', () => {
    expect(bodyRegion(linesOf(['全县经济平稳。', '（苇岑县统计局）']), '县')).toBeNull();
    const twice = ['全县经济平稳。', '苇岑县委、县政府召开专题会议。', '（苇岑县统计局）'];
    expect(bodyRegion(linesOf(twice), '县')?.region).toBe('苇岑县');
  });

  it('takes an autonomous county by its full name when the text also uses the short one', () => {
    const autonomous = ['全县经济平稳。', '苇岑瑶族自治县地区生产总值增长5.1%。', '苇岑县工业增长6.2%。'];
    expect(bodyRegion(linesOf(autonomous), '县')).toMatchObject({ region: '苇岑瑶族自治县', count: 2 });
  });

  it('does not take a common noun ending in a kind of place (地区, 园区, 示范县, 记者从市统计局)', () => {
    const generic = [
      '全区实现地区生产总值32.1亿元，实现地区生产总值增速5.0%。',
      '产业园区、工业园区建设加快。',
      '记者从区统计局获悉，记者从区统计局了解到。',
    ];
    expect(bodyRegion(linesOf(generic), '区')).toBeNull();
  });
});

describe('the period the body reports on', () => {
  it('is nothing when the only years are goals and horizons (到2025年, 2025年目标, 2024年底前建成)', () => {
    const goals = [
      '上半年经济运行情况分析',
      '上半年，全县地区生产总值完成45.2亿元，同比增长6.1%。',
      '到2025年，全县地区生产总值力争突破80亿元；2025年目标为年均增长6%。',
      '苇岑大桥项目2024年底前建成，比2019年增长一倍，2019年以来累计投资8亿元。',
    ];
    expect(bodyPeriod(linesOf(goals))).toBeNull();
    expect(read(goals, { region: '苇岑县' }).refused).toEqual(['no-period']);
  });

  it('is the plan year reported on, not the next year of the plan-and-draft', () => {
    const plan = [
      '现将2022年国民经济和社会发展计划执行情况与2023年国民经济和社会发展计划草案报告如下。',
      '2023年全县经济社会发展的主要预期目标是：地区生产总值增长6%。',
    ];
    expect(bodyPeriod(linesOf(plan))).toMatchObject({ year: 2022, code: 'FY' });
  });

  it('is the period word said most often, of the year of the latest day the text is dated by', () => {
    const dated = [
      '上半年，全县地区生产总值增长6.1%，比一季度加快0.4个百分点。',
      '上半年，规上工业增加值增长5.2%。',
      '苇岑县统计局 2023年7月20日',
    ];
    expect(bodyPeriod(linesOf(dated))).toMatchObject({ year: 2023, code: 'H1', label: '上半年' });
  });

  it('does not date the text by a deadline or a start (2025年6月30日前, 2025年1月1日起)', () => {
    const deadline = [
      '上半年，全县地区生产总值增长6.1%。',
      '上半年，规上工业增加值增长5.2%；苇岑大桥2025年6月30日前建成，新规2025年1月1日起施行。',
      '苇岑县统计局 2023年7月20日',
    ];
    expect(bodyPeriod(linesOf(deadline))).toMatchObject({ year: 2023, code: 'H1' });
  });
});

describe('the loader', () => {
  it('loads a file read this way and reports the warnings like any other', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'metabody-'));
    try {
      const file = path.join(dir, 'analysis.txt');
      writeFileSync(file, BODY_ONLY.join('\n'));
      const result = await loadReportFiles(path.join(dir, 'db.sqlite'), [file]);
      expect(result.loaded[0]).toMatchObject({ region: '苇岑县' });
      expect(result.warnings.join('\n')).toMatch(/region-from-text|苇岑县 is the place the text names/);
      expect(result.warnings.join('\n')).toMatch(/2023-H1 is the one the text reports on/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
