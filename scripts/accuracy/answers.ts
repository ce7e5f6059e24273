// The hand-written answer files of the accuracy fixtures (tests/accuracy/<name>.answers.json):
// their schema, and reading them. Each item names only the fields that identify it.

import { z } from 'zod';

/** A field that accepts one value, or a list of acceptable values when the text allows more than one reading. */
const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).min(1)]);

const tolerance = z.number().nonnegative().optional();
const note = z.string().optional();

export const answerObservation = z.strictObject({
  /** A catalogue code (gdp, fixed-asset-investment …) or, for indicators the catalogue lacks, the name as written. */
  indicator: z.string().min(1),
  measure: oneOrMany(z.string().min(1)),
  value: z.number(),
  unit: z.string().optional(),
  /**
   * The figure's own period when the report scopes it to an earlier one of its year (a full-year
   * report's 上半年 figure: 2023-H1); null: the report's own period; left out: not compared.
   */
  period: z.string().nullable().optional(),
  tolerance,
  note,
});

export const answerTarget = z.strictObject({
  indicator: z.string().min(1),
  kind: oneOrMany(z.string().min(1)),
  horizon: oneOrMany(z.string().min(1)).optional(),
  /** null for targets in words only (高于经济增长, 与经济增长同步). */
  value: z.number().nullable(),
  unit: z.string().optional(),
  comparator: oneOrMany(z.string().min(1)).optional(),
  /** The text implies the target rather than stating it (高于计划B个百分点, 占年计划的A%). */
  derived: z.boolean().optional(),
  tolerance,
  note,
});

export const answerAttainment = z.strictObject({
  indicator: z.string().min(1),
  kind: oneOrMany(z.string().min(1)),
  horizon: oneOrMany(z.string().min(1)).optional(),
  attainment: oneOrMany(z.enum(['met', 'missed', 'unknown'])),
  note,
});

export const answerRanking = z.strictObject({
  indicator: z.string().min(1),
  rank: z.number().int().positive(),
  of: z.number().int().positive().nullable().optional(),
  scope: z.string().optional(),
  /** Places gained (+) or lost (-) against an earlier period, when the text says so. */
  change: z.number().int().optional(),
  note,
});

export const answerProject = z.strictObject({
  name: z.string().min(1),
  /** 元. */
  plannedInvestment: z.number().positive().optional(),
  /** 元. */
  completedInvestment: z.number().positive().optional(),
  tolerance,
  note,
});

export const answerFact = z.strictObject({
  value: z.number(),
  unit: z.string(),
  tolerance,
  note,
});

export const answerMeta = z.strictObject({
  genre: z.string().optional(),
  region: z.string().optional(),
  period: z.string().optional(),
});

/** A category left out of a file is not annotated there: the parser's items in it are not scored. */
export const answerFile = z.strictObject({
  description: z.string().optional(),
  forms: z.array(z.string()).optional(),
  meta: answerMeta,
  observations: z.array(answerObservation).optional(),
  targets: z.array(answerTarget).optional(),
  attainment: z.array(answerAttainment).optional(),
  rankings: z.array(answerRanking).optional(),
  projects: z.array(answerProject).optional(),
  facts: z.array(answerFact).optional(),
});

export type AnswerObservation = z.infer<typeof answerObservation>;
export type AnswerTarget = z.infer<typeof answerTarget>;
export type AnswerAttainment = z.infer<typeof answerAttainment>;
export type AnswerRanking = z.infer<typeof answerRanking>;
export type AnswerProject = z.infer<typeof answerProject>;
export type AnswerFact = z.infer<typeof answerFact>;
export type AnswerMeta = z.infer<typeof answerMeta>;
export type AnswerFile = z.infer<typeof answerFile>;

export const CATEGORIES = ['observations', 'targets', 'attainment', 'rankings', 'projects', 'facts'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Parses an answer file's JSON, naming the file and the path of the first bad field on failure. */
export function readAnswers(json: string, file: string): AnswerFile {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`${file}: not JSON: ${(error as Error).message}`);
  }
  const result = answerFile.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}
