// A figure's record gives the stages what each made of the clause for itself. Places and figures are invented.

import { describe, expect, it } from 'vitest';
import { clauseKey, cleanSubject, joinIndicator } from '../../src/parse/prose-clauses.js';
import { FigureClause } from '../../src/parse/prose-figure-clause.js';
import { namedOtherPlace, PlaceRun, withoutPlaceLead } from '../../src/parse/prose-named-place.js';

const CLAUSES = [
  '甲县、乙县地区生产总值分别',
  '同期 甲县规模以上工业增加值',
  '其中，乙镇 固定资产投资',
  '全县地区生产总值(GDP)',
  '地区生产总值 (GDP)',
  '上半年丙区社会消费品零售总额',
  '',
];
const recordOf = (clause: string) => new FigureClause(clause, clauseKey(clause), cleanSubject(clause));

describe('FigureClause', () => {
  it('strips the clause as the stages did', () => {
    for (const clause of CLAUSES) {
      const record = recordOf(clause);
      expect(record.compact).toBe(clause.replace(/\s+/g, ''));
      expect(record.placeWords).toBe(withoutPlaceLead(clause.replace(/\s+/g, '')));
    }
  });

  it('gives namedOtherPlace, PlaceRun.figure and joinIndicator what they read without it', () => {
    for (const clause of CLAUSES) {
      const record = recordOf(clause);
      expect(namedOtherPlace(clause, null, record)).toBe(namedOtherPlace(clause, null));
      expect(joinIndicator(clause, record.key, record)).toEqual(joinIndicator(clause, record.key));
      for (const named of [false, true]) {
        const withRecord = new PlaceRun();
        const without = new PlaceRun();
        expect(withRecord.figure(clause, named, true, record)).toBe(without.figure(clause, named, true));
      }
    }
  });
});
