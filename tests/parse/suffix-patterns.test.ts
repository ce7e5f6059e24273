import { describe, expect, it } from 'vitest';
import { ENDS_LIKE_PROJECT, withoutTrailingAdverb } from '../../src/parse/project-names.js';
import { fromTheEnd, strippedEnd } from '../../src/parse/suffix-patterns.js';

// Invented names; each pattern is checked against itself run forwards.
const TEXTS = [
  '',
  '甲',
  '甲项目',
  '乙产业园(二期)',
  '丙公路岭口段',
  '丁水库已于4月底前',
  '戊工程年内',
  '比上年增长6.2%',
  '项目建设工作',
  '甲项目等',
  '庚地铁3号线',
  '辛大道(一期)工程',
];

describe('patterns tested from the end', () => {
  it('answers as the pattern run forwards does', () => {
    const patterns = [
      /(?:项目|工程|段|[一二三]期)(?:\([^)]{1,8}\))?$/,
      /(?:已|于|年内|\d{1,2}月(?:底|末)?(?:前|内)?)+$/,
      /(?<=[\u4e00-\u9fa5])(?:工程|项目)$/,
      /^甲(?:项目|工程)$/,
      /(?:GW|MW)$/i,
    ];
    for (const pattern of patterns) {
      const end = fromTheEnd(pattern);
      for (const text of TEXTS) {
        expect(end.test(text), `${pattern} on ${text}`).toBe(pattern.test(text));
        expect(strippedEnd(text, pattern, end)).toBe(text.replace(pattern, ''));
      }
    }
  });

  it('refuses a pattern whose $ binds one alternative only, or with a backreference', () => {
    expect(() => fromTheEnd(/甲|乙$/)).toThrow();
    expect(() => fromTheEnd(/(甲)\1$/)).toThrow();
    expect(() => fromTheEnd(/甲项目/)).toThrow();
    expect(() => fromTheEnd(/\$/)).toThrow();
    expect(() => fromTheEnd(/[|]项目$/)).not.toThrow();
  });

  it('keeps the project-name patterns as they read', () => {
    expect(ENDS_LIKE_PROJECT.test('乙产业园(二期)')).toBe(true);
    expect(ENDS_LIKE_PROJECT.test('丙公路岭口段')).toBe(true);
    expect(ENDS_LIKE_PROJECT.test('比上年增长6.2%')).toBe(false);
    expect(withoutTrailingAdverb('丁水库已于4月底前')).toBe('丁水库');
    expect(withoutTrailingAdverb('戊工程')).toBe('戊工程');
  });
});
