import { describe, expect, it } from 'vitest';
import { underMeetingCharge } from '../../src/parse/project-meeting-charge.js';

describe('underMeetingCharge', () => {
  const charge = '会议要求，要突出抓好项目建设，确保甲项目年底前投产；乙工程年内完成投资800万元。';

  it('reads the clause after a semicolon as the same charge, at the text start or after a full stop', () => {
    expect(underMeetingCharge(charge, charge.indexOf('乙工程'))).toBe(true);
    const later = `全县经济平稳。${charge}`;
    expect(underMeetingCharge(later, later.indexOf('乙工程'))).toBe(true);
  });

  it('ends the charge at the full stop', () => {
    const text = `${charge}丙工程完成投资600万元。`;
    expect(underMeetingCharge(text, text.indexOf('丙工程'))).toBe(false);
  });

  it('looks back no further than a charge runs, so a line with no full stop is not rescanned for every piece', () => {
    const text = `会议要求，${'增长1.2%；'.repeat(200)}乙工程年内完成投资800万元`;
    expect(underMeetingCharge(text, text.indexOf('乙工程'))).toBe(false);
    expect(underMeetingCharge(text, 40)).toBe(true);
  });
});
