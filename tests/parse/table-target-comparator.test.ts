// A next-year plan table's bare cell (11) takes the comparator its prose writes (增长11%左右); a cell that
// writes its own, another value, or a part-year report's table (a goal set at the year's start) keeps its own.

import { describe, expect, it } from 'vitest';
import type { ProseTarget } from '../../src/parse/prose-targets.js';
import { writtenComparator } from '../../src/parse/table-target-comparator.js';
import type { Comparator, Horizon } from '../../src/parse/types.js';

function prose(
  value: number,
  comparator: Comparator,
  horizon: Horizon | null = null,
  derived = false,
): ProseTarget {
  return {
    target: {
      indicatorCode: 'gdp',
      indicatorName: '生产总值',
      kind: 'target',
      value,
      unit: '%',
      comparator,
      text: `增长${value}%`,
      raw: `增长${value}%`,
      derived,
      provenance: { sentenceIndex: 0, start: 0, end: 1 },
    } as ProseTarget['target'],
    value: { value, unit: '%', comparator, text: `${value}%`, relativeToGrowth: false },
    horizon,
    actual: null,
  };
}

const cell = (text: string, comparator: Comparator = 'eq') => ({ text, comparator });
const target = (value: number, horizon: Horizon = 'next-year') => ({
  indicatorCode: 'gdp',
  horizon,
  value,
  unit: '%',
});

describe('the comparator of a next-year table cell', () => {
  it("takes the prose's 左右 for a bare 11", () => {
    expect(writtenComparator(target(11), cell('11'), [prose(11, 'approx')], 'next-year')).toBe('approx');
  });
  it("takes the prose's 以上 for a bare 9%", () => {
    expect(writtenComparator(target(9), cell('9%'), [prose(9, 'gte', 'next-year')], 'next-year')).toBe('gte');
  });
  it('keeps eq when the prose gives another value', () => {
    expect(writtenComparator(target(11), cell('11'), [prose(10, 'approx')], 'next-year')).toBe('eq');
  });
  it('keeps a comparator the cell writes', () => {
    expect(writtenComparator(target(11), cell('11%以上', 'gte'), [prose(11, 'approx')], 'next-year')).toBe(
      'gte',
    );
  });
  it('passes over a derived prose target', () => {
    expect(writtenComparator(target(11), cell('11'), [prose(11, 'approx', null, true)], 'next-year')).toBe(
      'eq',
    );
  });
  it("leaves a part-year report's table alone: its plan part's 力争…以上 is a second goal", () => {
    expect(
      writtenComparator(target(6, 'full-year'), cell('6%'), [prose(6, 'gte', 'full-year')], 'full-year'),
    ).toBe('eq');
  });
  it("leaves a bare guidance cell eq beside the report's own 左右 goal of the same figure", () => {
    const guidance = { ...target(7.5), kind: 'guidance' as const };
    expect(writtenComparator(guidance, cell('7.5'), [prose(7.5, 'approx')], 'next-year')).toBe('eq');
  });
  it('lets a guidance cell take the comparator the prose writes for the guidance', () => {
    const guidance = { ...target(7.5), kind: 'guidance' as const };
    const stated = prose(7.5, 'gte');
    const given = { ...stated, target: { ...stated.target, kind: 'guidance' as const } };
    expect(writtenComparator(guidance, cell('7.5'), [given], 'next-year')).toBe('gte');
  });
});
