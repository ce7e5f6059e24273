import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { coverageOf } from '../../scripts/coverage/unread.js';
import type { Fact, ParsedReport, Sentence } from '../../src/parse/types.js';

// A hand-built parse, so the leads are checked whatever the parser reads today.
function reportOf(
  texts: string[],
  facts: Array<{ sentence: number; figure: string; subject: string; code: string | null }>,
): ParsedReport {
  let offset = 0;
  const sentences: Sentence[] = texts.map((text, index) => {
    const s: Sentence = {
      index,
      sectionIndex: null,
      kind: 'prose',
      text,
      start: offset,
      end: offset + text.length,
      line: index + 1,
    };
    offset += text.length + 1;
    return s;
  });
  const factList: Fact[] = facts.map((f) => {
    const s = sentences[f.sentence];
    if (!s) throw new Error(`no sentence ${f.sentence}`);
    const at = s.text.indexOf(f.figure);
    return {
      subject: f.subject,
      measure: 'level',
      quantity: { value: 1, unit: '亿元', valueBase: 1e8, baseUnit: '元', qualifier: null, raw: f.figure },
      indicatorCode: f.code,
      comparedWith: null,
      provenance: { sentenceIndex: f.sentence, start: s.start + at, end: s.start + at + f.figure.length },
    };
  });
  return {
    meta: {} as ParsedReport['meta'],
    sourceText: texts.join('\n'),
    sections: [],
    sentences,
    table: null,
    indicators: [],
    observations: [],
    targets: [],
    rankings: [],
    projects: [],
    facts: factList,
  };
}

describe('coverage leads', () => {
  it('counts figures with a unit and finds those no fact covers', () => {
    const report = reportOf(
      ['全县实现地区生产总值88.6亿元，同比增长5.2%，增速居全市第2位。', '2023年6月，新增市场主体1,204户。'],
      [{ sentence: 0, figure: '88.6亿元', subject: '地区生产总值', code: 'gdp' }],
    );
    const c = coverageOf(report);
    expect(c.figures).toBe(3);
    expect(c.covered).toBe(1);
    expect(c.leads.filter((l) => l.kind === 'unread-figure').map((l) => l.what)).toEqual(['5.2%', '1,204户']);
    expect(c.leads.filter((l) => l.kind === 'rank-without-ranking')).toHaveLength(1);
  });

  it('does not take a statistical scope for a goal, and names facts without a known subject', () => {
    const report = reportOf(
      ['规模以上工业增加值19.3亿元。', '力争全年新增就业800人以上。', '发放惠农补贴3260万元。'],
      [
        { sentence: 0, figure: '19.3亿元', subject: '规模以上工业增加值', code: 'industrial-value-added' },
        { sentence: 1, figure: '800人', subject: '新增就业', code: 'new-jobs' },
        { sentence: 2, figure: '3260万元', subject: '发放惠农补贴', code: null },
      ],
    );
    const leads = coverageOf(report).leads;
    expect(leads.filter((l) => l.kind === 'goal-without-target').map((l) => l.line)).toEqual([2]);
    expect(leads.filter((l) => l.kind === 'unknown-subject').map((l) => l.what)).toEqual([
      '发放惠农补贴 3260万元',
    ]);
  });

  it('runs over a folder from the command line and prints the totals', () => {
    const out = execFileSync(
      'npx',
      ['tsx', 'scripts/coverage.ts', '--leads', 'unread-figure', 'tests/accuracy/tongao-2023-h1.txt'],
      {
        encoding: 'utf8',
      },
    );
    expect(out).toMatch(/1 files, 0 refused; figures with a unit covered by a fact: \d+\/\d+/);
    expect(out).toContain('plan-execution');
  });

  it('refuses an unknown lead kind with the list of kinds', () => {
    expect(() =>
      execFileSync('npx', ['tsx', 'scripts/coverage.ts', '--leads', 'typo', 'seeds'], {
        encoding: 'utf8',
        stdio: 'pipe',
      }),
    ).toThrow(/unknown lead kind typo; kinds: unread-figure/);
  });
});
