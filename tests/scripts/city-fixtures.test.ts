// The committed city fixtures are what scripts/build-city-fixtures.ts writes (run it after editing).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CITY_DIR, cityFigures, cityFixtures, PLANTED } from '../../scripts/build-city-fixtures.js';

describe('city fixtures', () => {
  it('are up to date with the script', () => {
    const generated = cityFixtures();
    expect(generated.size).toBe(16);
    for (const [name, text] of generated)
      expect(
        readFileSync(path.join(CITY_DIR, name), 'utf8'),
        `${name}: npx tsx scripts/build-city-fixtures.ts`,
      ).toBe(text);
  });

  it('plant exactly the contradictions named', () => {
    const figures = cityFigures();
    const wrongRanks = figures.filter((r) => r.claimedRank !== r.trueRank);
    expect(wrongRanks.map((r) => [r.county, r.period, r.claimedRank, r.trueRank])).toEqual([
      [PLANTED.rankTooGood.county, PLANTED.rankTooGood.period, 1, 3],
      [PLANTED.rankTooLow.county, PLANTED.rankTooLow.period, 4, 1],
    ]);
    expect(figures.filter((r) => r.proseGdpGrowth !== r.gdpGrowth)).toHaveLength(1);
  });
});
