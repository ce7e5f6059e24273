// Runs the parser over every accuracy fixture and scores it against the answer files. Returns
// plain data (scores, misses, meta checks); printing is the CLI's business.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest } from '../../src/ingest/index.js';
import { parseDocument } from '../../src/parse/index.js';
import { type AnswerFile, CATEGORIES, type Category, readAnswers } from './answers.js';
import { addCounts, type Counts, fits, fold, matchOneToOne, type Score, score } from './match.js';
import { type Predictions, predictionsOf } from './predict.js';

export const ACCURACY_DIR = fileURLToPath(new URL('../../tests/accuracy/', import.meta.url));
export const BASELINE_FILE = path.join(ACCURACY_DIR, 'baseline.json');
/** Which fixtures were written when (tuned on, or held out): `--batch NAME` scores one batch. */
export const BATCHES_FILE = path.join(ACCURACY_DIR, 'batches.json');

export interface Miss {
  file: string;
  category: Category;
  kind: 'missed' | 'spurious';
  /** A coarse class for counting misses: the measure, the target kind, the unit … */
  class: string;
  description: string;
}

export interface MetaCheck {
  file: string;
  field: 'genre' | 'region' | 'period';
  expected: string;
  actual: string | null;
  /** Compared after folding width and traditional characters (a mirror's 蘆汀縣 is 芦汀县). */
  correct: boolean;
}

export interface FileResult {
  file: string;
  /** null when the parser returned no report; every expected item then counts as missed. */
  parsed: boolean;
  problems: string[];
  counts: Partial<Record<Category, Counts>>;
}

export interface AccuracyResult {
  files: FileResult[];
  categories: Record<Category, Score>;
  meta: { checked: number; correct: number; checks: MetaCheck[] };
  misses: Miss[];
}

export interface Fixture {
  name: string;
  /** The file as it is in the directory: `<name>.txt`, or a page, Word file or PDF (`<name>.html`, …). */
  file: string;
  text: Uint8Array;
  answers: AnswerFile;
}

/** The file kinds a fixture can be: text as scraped, or the page, web archive, Word file, workbook or PDF itself, read through the ingest stage. */
const FIXTURE_FILE = /\.(txt|html?|docx?|pdf|xlsx?|mht)$/;

/** Every tests/accuracy/<name>.<txt|html|docx|doc|pdf> with its <name>.answers.json, in name order. */
export function loadFixtures(dir = ACCURACY_DIR): Fixture[] {
  return readdirSync(dir)
    .filter((file) => FIXTURE_FILE.test(file))
    .sort()
    .map((file) => {
      const name = file.replace(FIXTURE_FILE, '');
      const answersFile = path.join(dir, `${name}.answers.json`);
      return {
        name,
        file,
        text: readFileSync(path.join(dir, file)),
        answers: readAnswers(readFileSync(answersFile, 'utf8'), answersFile),
      };
    });
}

const fmt = (value: number | string | null | undefined) =>
  value === null || value === undefined ? '—' : String(value);
const list = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value.join('/') : (value ?? '*');

/** One line per item, enough to find it in the fixture. */
const describe = {
  answer: {
    observations: (a: NonNullable<AnswerFile['observations']>[number]) =>
      `${a.indicator} ${list(a.measure)} ${a.value}${a.unit ?? ''}`,
    targets: (a: NonNullable<AnswerFile['targets']>[number]) =>
      `${a.indicator} ${list(a.kind)} ${list(a.horizon)} ${list(a.comparator)} ${fmt(a.value)}${a.unit ?? ''}${a.derived ? ' (derived)' : ''}`,
    attainment: (a: NonNullable<AnswerFile['attainment']>[number]) =>
      `${a.indicator} ${list(a.kind)} ${list(a.horizon)} → ${list(a.attainment)}`,
    rankings: (a: NonNullable<AnswerFile['rankings']>[number]) =>
      `${a.indicator} #${a.rank}${a.of ? `/${a.of}` : ''}${a.scope ? ` in ${a.scope}` : ''}${a.change !== undefined ? ` change ${a.change}` : ''}`,
    projects: (a: NonNullable<AnswerFile['projects']>[number]) =>
      `${a.name} planned ${fmt(a.plannedInvestment)} completed ${fmt(a.completedInvestment)}`,
    facts: (a: NonNullable<AnswerFile['facts']>[number]) =>
      `${a.value}${a.unit}${a.note ? ` (${a.note})` : ''}`,
  },
  predicted: {
    observations: (p: Predictions['observations'][number]) =>
      `${p.code} ${p.name} ${p.measure} ${p.value}${p.unit} «${p.raw}»`,
    targets: (p: Predictions['targets'][number]) =>
      `${p.code} ${p.name} ${p.kind} ${p.horizon} ${fmt(p.comparator)} ${fmt(p.value)}${p.unit}${p.derived ? ' (derived)' : ''} «${p.raw}»`,
    attainment: (p: Predictions['attainment'][number]) =>
      `${p.code} ${p.name} ${p.kind} ${p.horizon} → ${p.attainment}`,
    rankings: (p: Predictions['rankings'][number]) =>
      `${fmt(p.code)} ${p.subject} #${p.rank}${p.of ? `/${p.of}` : ''} in ${p.scope || '?'} «${p.raw}»`,
    projects: (p: Predictions['projects'][number]) =>
      `${p.name} planned ${p.planned.join(',') || '—'} completed ${p.completed.join(',') || '—'}`,
    facts: (p: Predictions['facts'][number]) =>
      `${p.value}${p.unit} «${p.raw}» (${p.subject || 'no subject'})`,
  },
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

/** The class a miss is counted under, so the summary says what kind of item goes wrong most. */
const classOf = {
  answer: {
    observations: (a: NonNullable<AnswerFile['observations']>[number]) => first(a.measure),
    targets: (a: NonNullable<AnswerFile['targets']>[number]) =>
      `${first(a.kind)}${a.derived ? ' derived' : ''} ${first(a.horizon) || ''}`.trim(),
    attainment: (a: NonNullable<AnswerFile['attainment']>[number]) => first(a.attainment),
    rankings: (a: NonNullable<AnswerFile['rankings']>[number]) =>
      a.change !== undefined ? 'with change' : 'rank',
    projects: (a: NonNullable<AnswerFile['projects']>[number]) =>
      a.plannedInvestment !== undefined || a.completedInvestment !== undefined ? 'with amount' : 'name only',
    facts: (a: NonNullable<AnswerFile['facts']>[number]) => a.unit || '(no unit)',
  },
  predicted: {
    observations: (p: Predictions['observations'][number]) => p.measure,
    targets: (p: Predictions['targets'][number]) => `${p.kind}${p.derived ? ' derived' : ''} ${p.horizon}`,
    attainment: (p: Predictions['attainment'][number]) => p.attainment,
    rankings: (p: Predictions['rankings'][number]) => (p.code ? 'rank' : 'rank of an unknown subject'),
    projects: (p: Predictions['projects'][number]) =>
      p.planned.length + p.completed.length > 0 ? 'with amount' : 'name only',
    facts: (p: Predictions['facts'][number]) => p.unit || '(no unit)',
  },
};

interface CategoryOutcome {
  counts: Counts;
  misses: Miss[];
}

/** Scores one category of one file; pure. */
export function scoreCategory<C extends Category>(
  file: string,
  category: C,
  answers: NonNullable<AnswerFile[C]>,
  predicted: Predictions[C] | null,
): CategoryOutcome {
  const expected = answers as unknown[];
  if (predicted === null) {
    return {
      counts: { tp: 0, fp: 0, fn: expected.length },
      misses: expected.map((a) => ({
        file,
        category,
        kind: 'missed' as const,
        class: (classOf.answer[category] as (x: unknown) => string)(a),
        description: (describe.answer[category] as (x: unknown) => string)(a),
      })),
    };
  }
  const fit = fits[category] as (a: unknown, p: unknown) => boolean;
  const found = predicted as unknown[];
  const matching = matchOneToOne(expected, found, fit);
  const misses: Miss[] = [
    ...matching.missed.map((i) => ({
      file,
      category,
      kind: 'missed' as const,
      class: (classOf.answer[category] as (x: unknown) => string)(expected[i]),
      description: (describe.answer[category] as (x: unknown) => string)(expected[i]),
    })),
    ...matching.spurious.map((j) => ({
      file,
      category,
      kind: 'spurious' as const,
      class: (classOf.predicted[category] as (x: unknown) => string)(found[j]),
      description: (describe.predicted[category] as (x: unknown) => string)(found[j]),
    })),
  ];
  return {
    counts: { tp: matching.pairs.length, fp: matching.spurious.length, fn: matching.missed.length },
    misses,
  };
}

/** Reads a fixture the way the loader does: the ingest stage (decoding, traditional → simplified), then the parser. */
async function read(fixture: Fixture, file: string) {
  const ingested = await ingest(fixture.text, { name: file });
  if (!ingested.document) return { report: null, problems: ingested.problems };
  const sha256 = createHash('sha256').update(fixture.text).digest('hex');
  const parsed = parseDocument(ingested.document, { sourceName: file, sha256 });
  return { report: parsed.report, problems: [...ingested.problems, ...parsed.problems] };
}

/** Parses and scores every fixture. */
export async function evaluate(fixtures: Fixture[]): Promise<AccuracyResult> {
  const totals = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<
    Category,
    Counts
  >;
  const files: FileResult[] = [];
  const misses: Miss[] = [];
  const checks: MetaCheck[] = [];
  for (const fixture of fixtures) {
    const file = fixture.file;
    const { report, problems } = await read(fixture, file);
    const predictions = report ? predictionsOf(report) : null;
    const counts: Partial<Record<Category, Counts>> = {};
    for (const category of CATEGORIES) {
      const answers = fixture.answers[category];
      if (answers === undefined) continue;
      const outcome = scoreCategory(file, category, answers, predictions ? predictions[category] : null);
      counts[category] = outcome.counts;
      totals[category] = addCounts(totals[category], outcome.counts);
      misses.push(...outcome.misses);
    }
    for (const field of ['genre', 'region', 'period'] as const) {
      const expected = fixture.answers.meta[field];
      if (expected === undefined) continue;
      const actual = report ? String(report.meta[field]) : null;
      checks.push({
        file,
        field,
        expected,
        actual,
        correct: actual !== null && fold(actual) === fold(expected),
      });
    }
    files.push({
      file,
      parsed: report !== null,
      problems: problems.filter((p) => p.severity === 'error').map((p) => `${p.code}: ${p.message}`),
      counts,
    });
  }
  const categories = Object.fromEntries(CATEGORIES.map((c) => [c, score(totals[c])])) as Record<
    Category,
    Score
  >;
  return {
    files,
    categories,
    meta: { checked: checks.length, correct: checks.filter((c) => c.correct).length, checks },
    misses,
  };
}

/** The levels the guard holds the parser to: per category precision and recall, and meta correctness. */
export interface Baseline {
  categories: Record<Category, { precision: number; recall: number }>;
  meta: number;
}

export function baselineOf(result: AccuracyResult): Baseline {
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  return {
    categories: Object.fromEntries(
      CATEGORIES.map((c) => [
        c,
        { precision: round(result.categories[c].precision), recall: round(result.categories[c].recall) },
      ]),
    ) as Baseline['categories'],
    meta: round(result.meta.checked === 0 ? 1 : result.meta.correct / result.meta.checked),
  };
}

/** Where the result falls below the baseline by more than the tolerance; empty when it holds. */
export function regressions(result: AccuracyResult, baseline: Baseline, tolerance = 0.001): string[] {
  const now = baselineOf(result);
  const out: string[] = [];
  for (const c of CATEGORIES) {
    for (const level of ['precision', 'recall'] as const) {
      const was = baseline.categories[c]?.[level];
      if (was !== undefined && now.categories[c][level] < was - tolerance)
        out.push(`${c} ${level} ${now.categories[c][level]} < baseline ${was}`);
    }
  }
  if (now.meta < baseline.meta - tolerance) out.push(`meta ${now.meta} < baseline ${baseline.meta}`);
  return out;
}
