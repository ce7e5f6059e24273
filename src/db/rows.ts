// Maps one ParsedReport to table rows with explicit ids, so the loader can insert in bulk
// and still link sections, sentences and provenance without reading ids back.

import { createHash } from 'node:crypto';
import type { SourceFormat } from '../ingest/types.js';
import type { ParsedReport, Provenance, ReportMeta } from '../parse/types.js';
import { textGaps } from './report-text.js';
import type * as schema from './schema.js';

export interface IdCounters {
  section: number;
  sentence: number;
  observation: number;
  target: number;
  ranking: number;
  project: number;
  projectMention: number;
  fact: number;
}

/**
 * Stable report id from what makes a report one source: its region and period and, for every genre
 * but the plan report itself, its genre and publisher. A plan report keeps the id it always had
 * (region and period), so its URLs survive; a statistics analysis or a review of the same
 * half-year is another source and gets its own id instead of replacing the plan report.
 */
export function reportIdFor(meta: Pick<ReportMeta, 'region' | 'period' | 'genre' | 'publisher'>): string {
  const key =
    meta.genre === 'plan-execution'
      ? `${meta.region}|${meta.period}`
      : `${meta.region}|${meta.period}|${meta.genre}|${meta.publisher ?? ''}`;
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];

export interface ReportRows {
  report: Insert<typeof schema.reports>;
  sections: Insert<typeof schema.sections>[];
  sentences: Insert<typeof schema.sentences>[];
  observations: Insert<typeof schema.observations>[];
  targets: Insert<typeof schema.targets>[];
  rankings: Insert<typeof schema.rankings>[];
  projects: Insert<typeof schema.projects>[];
  projectMentions: Insert<typeof schema.projectMentions>[];
  facts: Insert<typeof schema.facts>[];
}

function take(counters: IdCounters, key: keyof IdCounters): number {
  const id = counters[key];
  counters[key] = id + 1;
  return id;
}

export function buildRows(
  report: ParsedReport,
  context: {
    reportId: string;
    sourceFile: string;
    sourceUrl: string | null;
    format: SourceFormat;
    mediaType: string;
    sourceText: string;
    counters: IdCounters;
  },
): ReportRows {
  const { reportId, counters } = context;
  const { meta } = report;

  const sectionIds: number[] = [];
  const sectionPaths: string[][] = [];
  const sections = report.sections.map((section) => {
    const id = take(counters, 'section');
    sectionIds[section.index] = id;
    const parentPath = section.parentIndex === null ? [] : (sectionPaths[section.parentIndex] ?? []);
    sectionPaths[section.index] = [...parentPath, section.title];
    return {
      id,
      reportId,
      ordinal: section.index,
      parentId: section.parentIndex === null ? null : (sectionIds[section.parentIndex] ?? null),
      level: section.level,
      number: section.number,
      title: section.title,
      phase: section.phase,
      path: JSON.stringify(sectionPaths[section.index]),
      start: section.start,
      end: section.end,
      line: section.line,
    };
  });

  const sentenceIds: number[] = [];
  const sentences = report.sentences.map((sentence) => {
    const id = take(counters, 'sentence');
    sentenceIds[sentence.index] = id;
    return {
      id,
      reportId,
      ordinal: sentence.index,
      sectionId: sentence.sectionIndex === null ? null : (sectionIds[sentence.sectionIndex] ?? null),
      kind: sentence.kind,
      text: sentence.text,
      start: sentence.start,
      end: sentence.end,
      line: sentence.line,
    };
  });

  const provenance = (p: Provenance) => {
    const sentenceId = sentenceIds[p.sentenceIndex];
    if (sentenceId === undefined) throw new Error(`provenance points at missing sentence ${p.sentenceIndex}`);
    return { sentenceId, start: p.start, end: p.end };
  };

  const observations = report.observations.map((o) => ({
    id: take(counters, 'observation'),
    reportId,
    indicatorCode: o.indicatorCode,
    indicatorName: o.indicatorName,
    source: o.source,
    measure: o.measure,
    value: o.quantity?.value ?? null,
    unit: o.quantity?.unit ?? null,
    valueBase: o.quantity?.valueBase ?? null,
    baseUnit: o.quantity?.baseUnit ?? null,
    qualifier: o.quantity?.qualifier ?? null,
    text: o.text,
    raw: o.quantity?.raw ?? o.text ?? '',
    comparedWith: o.comparedWith,
    period: o.period ?? null,
    ...provenance(o.provenance),
  }));

  const targets = report.targets.map((t) => ({
    id: take(counters, 'target'),
    reportId,
    indicatorCode: t.indicatorCode,
    indicatorName: t.indicatorName,
    setBy: t.setBy,
    kind: t.kind,
    horizon: t.horizon,
    value: t.value,
    unit: t.unit,
    comparator: t.comparator,
    text: t.text,
    raw: t.raw,
    attainment: t.attainment,
    attainmentReason: t.attainmentReason,
    derived: t.derived,
    ...provenance(t.provenance),
  }));

  const rankings = report.rankings.map((r) => ({
    id: take(counters, 'ranking'),
    reportId,
    indicatorCode: r.indicatorCode,
    subject: r.subject,
    rank: r.rank,
    of: r.of,
    scope: r.scope,
    source: r.source,
    raw: r.raw,
    change: r.change,
    ...provenance(r.provenance),
  }));

  const projects: ReportRows['projects'] = [];
  const projectMentions: ReportRows['projectMentions'] = [];
  for (const project of report.projects) {
    const id = take(counters, 'project');
    const max = (values: (number | null)[]) => {
      const present = values.filter((v): v is number => v !== null);
      return present.length > 0 ? Math.max(...present) : null;
    };
    const withStatus = project.mentions.filter((m) => m.status);
    projects.push({
      id,
      reportId,
      name: project.name,
      aliases: JSON.stringify(project.aliases),
      phase: project.mentions.some((m) => m.phase === 'reported') ? 'reported' : 'planned',
      status: withStatus.at(-1)?.status ?? null,
      plannedInvestment: max(project.mentions.map((m) => m.plannedInvestment)),
      completedInvestment: max(project.mentions.map((m) => m.completedInvestment)),
      mentionCount: project.mentions.length,
    });
    project.mentions.forEach((m, ordinal) => {
      projectMentions.push({
        id: take(counters, 'projectMention'),
        projectId: id,
        reportId,
        ordinal,
        phase: m.phase,
        plannedInvestment: m.plannedInvestment,
        completedInvestment: m.completedInvestment,
        status: m.status,
        raw: m.raw,
        ...provenance(m.provenance),
      });
    });
  }

  const facts = report.facts.map((f) => ({
    id: take(counters, 'fact'),
    reportId,
    subject: f.subject,
    measure: f.measure,
    value: f.quantity.value,
    unit: f.quantity.unit,
    valueBase: f.quantity.valueBase,
    baseUnit: f.quantity.baseUnit,
    qualifier: f.quantity.qualifier,
    raw: f.quantity.raw,
    indicatorCode: f.indicatorCode,
    comparedWith: f.comparedWith,
    ...provenance(f.provenance),
  }));

  // The text is stored once, as its sentences, when they tile it (they do for every reader today).
  const gaps = textGaps(context.sourceText, sentences as { start: number; end: number; text: string }[]);

  return {
    report: {
      id: reportId,
      title: meta.title,
      region: meta.region,
      parentRegion: meta.parentRegion,
      year: meta.year,
      period: meta.period,
      periodLabel: meta.periodLabel,
      publisher: meta.publisher,
      publishedAt: meta.publishedAt,
      sha256: meta.sha256,
      sourceFile: context.sourceFile,
      sourceUrl: context.sourceUrl,
      genre: meta.genre,
      format: context.format,
      mediaType: context.mediaType,
      sourceText: gaps ? '' : context.sourceText,
      textGaps: gaps ? JSON.stringify(gaps) : null,
      loadedAt: new Date().toISOString(),
    },
    sections,
    sentences,
    observations,
    targets,
    rankings,
    projects,
    projectMentions,
    facts,
  };
}
