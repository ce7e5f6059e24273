// The public JSON API. Its types are generated from openapi/openapi.json (api-schema.ts, written by
// `npm run openapi`), so the explorer reads the shapes the server declares.

import type { components } from './api-schema.js';

type Schemas = components['schemas'];

export type Provenance = Schemas['Provenance'];
/** A report as the list gives it; the detail (/v1/reports/{id}) has the same fields and more. */
export type Report = Schemas['ReportSummary'];
export type ReportDetail = Schemas['ReportDetail'];
export type Observation = Schemas['ObservationRow'];
export type Target = Schemas['TargetRow'];
export type Ranking = Schemas['RankingRow'];
export type Project = Schemas['ProjectSummary'];
export type ProjectDetail = Schemas['ProjectDetail'];
export type IndicatorSummary = Schemas['IndicatorSummary'];
export type Indicator = Schemas['IndicatorDetail'];
export type CompareRow = Schemas['SiblingRow'];
export type Comparison = Schemas['IndicatorComparison'];
export type SearchHit = Schemas['SearchHit'];
export type FlagPlace = Schemas['FlagPlace'];
export type Flag = Schemas['Flag'];

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
