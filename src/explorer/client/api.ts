// The public JSON API, typed as far as the explorer reads it (openapi/openapi.json is the contract).

export interface Provenance {
  reportId: string;
  sectionPath: string[];
  sentence: string;
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
}

export interface Report {
  id: string;
  title: string;
  region: string;
  parentRegion: string | null;
  period: string;
  periodLabel: string;
  publisher: string | null;
  genre: string;
  publishedAt: string | null;
  counts: Record<string, number>;
}

export interface Observation {
  region: string;
  parentRegion: string | null;
  /** The value's own period: its report's, unless the report restates an earlier period's figure. */
  period: string;
  periodEnd: string;
  reportPeriod: string;
  indicatorCode: string;
  indicatorName: string;
  source: string;
  measure: string;
  value: number | null;
  unit: string | null;
  raw: string;
  reportId: string;
  provenance: Provenance;
}

export interface Target {
  indicatorCode: string;
  indicatorName: string;
  setBy: string;
  kind: string;
  horizon: string;
  value: number | null;
  unit: string | null;
  text: string;
  raw: string;
  attainment: 'met' | 'missed' | 'unknown' | null;
  attainmentReason: string | null;
  provenance: Provenance;
}

export interface Ranking {
  indicatorCode: string | null;
  subject: string;
  rank: number;
  of: number | null;
  scope: string;
  source: string;
  raw: string;
  provenance: Provenance;
}

export interface Project {
  id: number;
  reportId: string;
  name: string;
  status: string | null;
  phase: string;
  plannedInvestment: number | null;
  completedInvestment: number | null;
  mentionCount: number;
}

export interface ProjectDetail extends Project {
  mentions: { provenance: Provenance }[];
}

export interface Indicator {
  code: string;
  name: string;
  nameEn: string;
  unit: string | null;
}

export interface CompareRow {
  region: string;
  reportId: string;
  value: number;
  unit: string | null;
  raw: string;
  provenance: Provenance;
  targets: Target[];
  computedRank: number;
  claimedRank: Ranking | null;
  rankContradiction: string | null;
}

export interface Comparison {
  indicator: Indicator;
  period: string;
  parentRegion: string | null;
  measure: string;
  siblingsLoaded: number;
  items: CompareRow[];
}

export interface SearchHit {
  reportId: string;
  region: string;
  period: string;
  text: string;
  highlights: { start: number; end: number }[];
  provenance: Provenance;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function get(path: string): Promise<Response> {
  const response = await fetch(path, { headers: { accept: 'application/json' } });
  if (!response.ok) {
    const problem = (await response.json().catch(() => null)) as { detail?: string } | null;
    throw new ApiError(response.status, problem?.detail ?? `${response.status} ${response.statusText}`);
  }
  return response;
}

export async function getJson<T>(path: string): Promise<T> {
  return (await get(path)).json() as Promise<T>;
}

export async function getText(path: string): Promise<string> {
  return (await get(path)).text();
}

/** A path with query parameters, empty ones left out. */
export function apiPath(
  path: string,
  params: Record<string, string | number | null | undefined> = {},
): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') query.set(name, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export interface FlagPlace {
  region: string;
  period: string;
  provenance: Provenance;
}

export interface Flag {
  id: number;
  kind: string;
  severity: 'info' | 'warning' | 'error';
  message: string;
  indicatorCode: string | null;
  at: FlagPlace;
  other: FlagPlace;
}
