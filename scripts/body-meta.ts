// npm run body-meta: how often the last-resort meta (src/parse/body-meta.ts) would be right, run ALONE
// on every accuracy fixture's full text, as if no title, furniture or file name said anything.
// Prints right / wrong / none for the region and the period and lists every wrong guess
// (--none: every file it gives nothing for; --headless: the first five lines dropped).

import { ingest } from '../src/ingest/index.js';
import { bodyPeriod, bodyRegion } from '../src/parse/body-meta.js';
import { splitLines } from '../src/parse/lines.js';
import { ownSuffix } from '../src/parse/region-fallbacks.js';
import { loadFixtures } from './accuracy/run.js';

type Verdict = 'right' | 'wrong' | 'none';
const tally = () => ({ right: 0, wrong: 0, none: 0 }) as Record<Verdict, number>;
const verdict = (got: string | null, expected: string): Verdict =>
  got === null ? 'none' : got === expected ? 'right' : 'wrong';

const region = tally();
const period = tally();
const wrong: string[] = [];
const none: string[] = [];
const verbose = process.argv.includes('--none');
const headless = process.argv.includes('--headless');
const fixtures = loadFixtures();
for (const fixture of fixtures) {
  const ingested = await ingest(fixture.text, { name: fixture.file });
  if (!ingested.document) continue;
  const all = splitLines(ingested.document.text).lines.filter((line) => line.text !== '');
  // --headless: without the first five lines (title, source line, first sentence), where the
  // sources read before the fallback stand: the fallback's harder case.
  const lines = headless ? all.slice(5) : all;
  const place = bodyRegion(lines, ownSuffix(lines));
  const found = bodyPeriod(lines);
  const expected = fixture.answers.meta;
  const r = verdict(place?.region ?? null, expected.region ?? '');
  const p = verdict(found ? `${found.year}-${found.code}` : null, expected.period ?? '');
  region[r]++;
  period[p]++;
  if (r === 'wrong')
    wrong.push(`  ${fixture.file}: region ${place?.region} (×${place?.count}), expected ${expected.region}`);
  if (p === 'wrong')
    wrong.push(
      `  ${fixture.file}: period ${found?.year}-${found?.code} (×${found?.count}), expected ${expected.period}`,
    );
  if (verbose && r === 'none') none.push(`  ${fixture.file}: region none, expected ${expected.region}`);
  if (verbose && p === 'none') none.push(`  ${fixture.file}: period none, expected ${expected.period}`);
}
const row = (name: string, t: Record<Verdict, number>) => `| ${name} | ${t.right} | ${t.wrong} | ${t.none} |`;
console.log(
  [
    `${fixtures.length} fixtures, the body fallback alone${headless ? ', without their first five lines' : ''}`,
    '',
    '| meta | right | wrong | none |',
    '|---|---|---|---|',
    row('region', region),
    row('period', period),
    ...(wrong.length > 0 ? ['', 'wrong:', ...wrong] : []),
    ...(none.length > 0 ? ['', 'none:', ...none] : []),
  ].join('\n'),
);
