// Read queries for investment projects and their mentions.

import type Database from 'better-sqlite3';
import {
  containsPattern,
  type PageRequest,
  PERIOD_ORDER,
  PROVENANCE_COLUMNS,
  PROVENANCE_JOIN,
  type ProvenanceRow,
  presentConditions,
  REPORT_CONDITIONS,
  type ReportFilter,
  reportParams,
  splitProvenance,
} from './shared.js';

const COLUMNS = `p.id, p.report_id AS reportId, r.region, r.period, p.name, p.phase, p.status,
  p.planned_investment AS plannedInvestment, p.completed_investment AS completedInvestment,
  p.mention_count AS mentionCount, p.aliases`;

/**
 * The filters, by parameter name; only those given go into the SQL (one statement per combination),
 * so a region or period filter finds its reports by index instead of testing every project.
 */
const CONDITIONS = {
  ...REPORT_CONDITIONS,
  q: "(p.name LIKE @q ESCAPE '\\' OR p.aliases LIKE @q ESCAPE '\\')",
  status: "p.status LIKE @status ESCAPE '\\'",
  phase: 'p.phase = @phase',
  minInvestment: 'p.planned_investment >= @minInvestment',
};

/** Every order ends in the id, so pages never overlap or skip. */
const ORDERS = {
  '-investment': 'p.planned_investment IS NULL, p.planned_investment DESC, p.id',
  investment: 'p.planned_investment IS NULL, p.planned_investment ASC, p.id',
  name: 'p.name, p.id',
} as const;

export type ProjectSort = keyof typeof ORDERS;

export interface ProjectFilter extends ReportFilter {
  q?: string | undefined;
  status?: string | undefined;
  phase?: string | undefined;
  minInvestment?: number | undefined;
  sort: ProjectSort;
}

type Statement<T> = Database.Statement<Record<string, unknown>, T>;

interface ProjectRow {
  id: number;
  reportId: string;
  region: string;
  period: string;
  name: string;
  phase: 'reported' | 'planned';
  status: string | null;
  plannedInvestment: number | null;
  completedInvestment: number | null;
  mentionCount: number;
  aliases: string;
}

function projectOf(row: ProjectRow) {
  return { ...row, aliases: JSON.parse(row.aliases) as string[] };
}

export function projectQueries(sqlite: Database.Database) {
  const from = 'FROM projects p JOIN reports r ON r.id = p.report_id';
  const prepared = new Map<string, { page: Statement<ProjectRow>; count: Statement<{ n: number }> }>();
  const statementsFor = (sort: ProjectSort, params: Record<string, unknown>) => {
    const { where, names, bound } = presentConditions(CONDITIONS, params);
    const key = `${sort}|${names.join(',')}`;
    let statements = prepared.get(key);
    if (!statements) {
      statements = {
        page: sqlite.prepare(
          `SELECT ${COLUMNS} ${from} WHERE ${where} ORDER BY ${ORDERS[sort]}, ${PERIOD_ORDER('r.period')}
           LIMIT @limit OFFSET @offset`,
        ),
        count: sqlite.prepare(`SELECT count(*) AS n ${from} WHERE ${where}`),
      };
      prepared.set(key, statements);
    }
    return { ...statements, bound };
  };
  const one = sqlite.prepare<[number], ProjectRow>(`SELECT ${COLUMNS} ${from} WHERE p.id = ?`);
  const mentions = sqlite.prepare<[number], ProvenanceRow & Record<string, unknown>>(
    `SELECT x.ordinal, x.phase, x.planned_investment AS plannedInvestment,
       x.completed_investment AS completedInvestment, x.status, x.raw, ${PROVENANCE_COLUMNS}
     FROM project_mentions x ${PROVENANCE_JOIN} WHERE x.project_id = ? ORDER BY x.ordinal, x.id`,
  );

  return {
    listProjects(filter: ProjectFilter, page: PageRequest) {
      const params = {
        ...reportParams(filter),
        q: containsPattern(filter.q),
        status: containsPattern(filter.status),
        phase: filter.phase ?? null,
        minInvestment: filter.minInvestment ?? null,
      };
      const { page: pageOf, count, bound } = statementsFor(filter.sort, params);
      return {
        items: pageOf.all({ ...bound, ...page }).map(projectOf),
        total: count.get(bound)?.n ?? 0,
        ...page,
      };
    },
    getProject(id: number) {
      const row = one.get(id);
      if (!row) return null;
      return {
        ...projectOf(row),
        mentions: mentions.all(id).map((row) => {
          const {
            own: { reportId: _reportId, ...own },
            provenance,
          } = splitProvenance(row);
          return { ...own, provenance };
        }),
      };
    },
  };
}
