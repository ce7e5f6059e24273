import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/parse/index.js';
import type { ParsedReport } from '../../src/parse/types.js';

const bytes = readFileSync(new URL('../fixtures/lianzhou-2020-h1.txt', import.meta.url));
const source = new TextDecoder().decode(bytes);
const report = parseReport(bytes, { sourceName: 'lianzhou-2020-h1.txt' }).report as ParsedReport;
const prose = report.observations.filter((o) => o.source === 'prose');

function observed(code: string, measure: string): Array<[number | undefined, string | undefined]> {
  return prose
    .filter((o) => o.indicatorCode === code && o.measure === measure)
    .map((o) => [o.quantity?.value, o.quantity?.unit]);
}

describe('seed report: prose figures', () => {
  it('reads the headline paragraph', () => {
    expect(observed('gdp', 'level')).toEqual([[70.13, '亿元']]);
    expect(
      prose.find((o) => o.indicatorCode === 'gdp' && o.measure === 'level')?.quantity?.valueBase,
    ).toBeCloseTo(7.013e9);
    expect(observed('gdp', 'growth')).toEqual([[-2, '%']]);
    expect(observed('gdp', 'change')).toEqual([[5.2, '个百分点']]);
    expect(observed('industrial-value-added', 'level')).toEqual([[10.76, '亿元']]);
    expect(observed('industrial-value-added', 'growth')[0]).toEqual([9.2, '%']);
    expect(observed('urban-unemployment-rate', 'rate')).toEqual([[2.47, '%']]);
    expect(observed('disposable-income-per-capita', 'growth')).toEqual([[4.4, '%']]);
    expect(observed('deposits', 'growth')).toEqual([[5.7, '%']]);
    expect(observed('loans', 'growth')).toEqual([[12.4, '%']]);
    expect(observed('retail-sales', 'change')).toEqual([[3.6, '个百分点']]);
  });

  it('reads the industrial structure as three structure facts', () => {
    const structure = report.facts.filter((f) => f.measure === 'structure');
    expect(structure.map((f) => f.quantity.value)).toEqual([27.27, 26.3, 46.43]);
  });

  it('keeps both contradicting refund figures, each with its own source', () => {
    const refunds = report.facts.filter((f) => f.quantity.unit === '万元' && /退费/.test(f.subject));
    expect(refunds.map((f) => f.quantity.value)).toEqual([213, 323.12]);
    expect(refunds[0]?.provenance.sentenceIndex).not.toBe(refunds[1]?.provenance.sentenceIndex);
  });

  it('reads qualifiers', () => {
    const raw = (text: string) => report.facts.find((f) => f.quantity.raw === text)?.quantity.qualifier;
    expect(raw('7万余件')).toBe('over');
    expect(raw('170多')).toBe('more-than');
    expect(raw('100万元以上')).toBe('at-least');
    expect(raw('约15亿元')).toBe('about');
    expect(report.facts.find((f) => f.quantity.raw === '三分之一')?.quantity.value).toBeCloseTo(1 / 3);
  });

  it('does not read dates, month ranges or names as figures', () => {
    const raws = report.facts.map((f) => f.quantity.raw);
    for (const bad of ['2020', '6', '30', '1-6', '020', '3', '2019']) expect(raws).not.toContain(bad);
    const quoted = report.facts.filter(
      (f) => source.slice(f.provenance.start - 1, f.provenance.start) === '“',
    );
    expect(quoted).toEqual([]);
  });

  it('keeps every figure span on its raw text', () => {
    for (const f of report.facts) {
      expect(source.slice(f.provenance.start, f.provenance.end)).toContain(f.quantity.raw);
      const sentence = report.sentences[f.provenance.sentenceIndex];
      expect(sentence && f.provenance.start >= sentence.start && f.provenance.end <= sentence.end).toBe(true);
    }
    for (const o of report.observations) {
      expect(source.slice(o.provenance.start, o.provenance.end)).toContain(o.quantity?.raw ?? o.text ?? '');
    }
  });
});

describe('seed report: prose rankings', () => {
  it('reads rank, group size and scope', () => {
    const rankings = report.rankings
      .filter((r) => r.source === 'prose')
      .map((r) => ({ subject: r.subject, code: r.indicatorCode, rank: r.rank, of: r.of, scope: r.scope }));
    expect(rankings).toEqual([
      { subject: '规上工业增加值', code: 'industrial-value-added', rank: 1, of: null, scope: '清远市' },
      { subject: '固定资产投资', code: 'fixed-asset-investment', rank: 3, of: 8, scope: '清远市' },
      { subject: '县域内住院率', code: null, rank: 2, of: null, scope: '广东省' },
    ]);
  });
});

describe('seed report: projects', () => {
  const find = (name: string) => report.projects.find((p) => p.name === name);

  it('reads named projects with their amounts', () => {
    expect(find('顺盈现代商贸综合体')?.mentions[0]).toMatchObject({
      phase: 'reported',
      plannedInvestment: 2.5e9,
      status: '加快推进',
    });
    expect(find('大周国际商贸城')?.mentions[0]).toMatchObject({
      phase: 'reported',
      plannedInvestment: 4.5e8,
    });
    expect(find('星子石材循环经济产业园')?.mentions[0]).toMatchObject({
      phase: 'planned',
      plannedInvestment: 8e8,
    });
    expect(find('连州菜心省级现代农业产业园')?.mentions[0]).toMatchObject({
      phase: 'reported',
      plannedInvestment: 1.93e8,
    });
  });

  it('splits enumerations and shares their status', () => {
    expect(find('东强(连州)铜箔')?.mentions[0]?.status).toBe('已超额完成年度投资');
    expect(find('龙坪风电场')?.mentions[0]?.status).toBe('已超额完成年度投资');
  });

  it('merges a project mentioned in both parts', () => {
    for (const name of ['顺盈现代商贸综合体', '大周国际商贸城']) {
      expect(find(name)?.mentions.map((m) => m.phase)).toEqual(['reported', 'planned']);
    }
  });

  it('has no clause-sized or aggregate names', () => {
    for (const project of report.projects) {
      expect(project.name.length, project.name).toBeLessThanOrEqual(25);
      expect(project.name, project.name).not.toMatch(/[,，。;；]|^\d|个项目|总投资/);
      for (const m of project.mentions) {
        expect(source.slice(m.provenance.start, m.provenance.end)).toBe(m.raw);
      }
    }
    expect(report.projects.some((p) => /重点项目/.test(p.name))).toBe(false);
  });
});
