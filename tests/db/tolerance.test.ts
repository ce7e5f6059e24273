// The rounding rule shared by `revised` and the flags.

import { describe, expect, it } from 'vitest';
import { agreesAsWritten, agreesDerived, decimals, figuresAgree } from '../../src/db/tolerance.js';

describe('tolerance', () => {
  it('reads the precision written', () => {
    expect([decimals(5), decimals(5.2), decimals(86.4), decimals(323.12)]).toEqual([0, 1, 1, 2]);
  });

  it('same unit: figures agree when they round to the same figure at the coarser precision', () => {
    expect(agreesAsWritten(5.2, 5.24)).toBe(true);
    expect(agreesAsWritten(5.2, 5.26)).toBe(false);
    expect(agreesAsWritten(5.2, 5.5)).toBe(false);
    expect(agreesAsWritten(86.4, 86.4)).toBe(true);
    expect(agreesAsWritten(213, 323.12)).toBe(false);
    expect(agreesAsWritten(7, 7.4)).toBe(true);
  });

  it('derived figures agree within 0.5%', () => {
    expect(agreesDerived((31.5 / 66.6) * 100, 47.3)).toBe(true); // 47.297…: the share as written
    expect(agreesDerived(47.59, 52)).toBe(false);
    expect(agreesDerived(111.42, 116.9)).toBe(false);
    expect(agreesDerived(100, 100.49)).toBe(true);
    expect(agreesDerived(100, 100.6)).toBe(false);
  });

  it('figures in different units compare in the base unit; word-only figures never disagree', () => {
    const yi = { value: 1.5, unit: '亿元', valueBase: 1.5e8 };
    expect(figuresAgree(yi, { value: 15000, unit: '万元', valueBase: 1.5e8 })).toBe(true);
    expect(figuresAgree(yi, { value: 16000, unit: '万元', valueBase: 1.6e8 })).toBe(false);
    expect(figuresAgree(yi, { value: null, unit: null, valueBase: null })).toBe(true);
  });
});
