// The routes the benchmarks drive, with the goal each must reach against the framework's ceiling.

export interface BenchRoute {
  name: string;
  path: string;
  /** Minimum ratio of the real server's requests per second to the ceiling's. */
  goal: number;
  kind: 'detail' | 'list';
}

const enc = encodeURIComponent;

export const ROUTES: BenchRoute[] = [
  { name: 'detail by code', path: '/v1/indicators/gdp', goal: 0.9, kind: 'detail' },
  { name: 'detail by name', path: `/v1/indicators/${enc('地区生产总值')}`, goal: 0.9, kind: 'detail' },
  { name: 'filtered list', path: '/v1/facts?measure=growth', goal: 0.6, kind: 'list' },
  { name: 'CSV list', path: '/v1/facts?format=csv', goal: 0.6, kind: 'list' },
  { name: 'search', path: `/v1/search?q=${enc('风电场')}`, goal: 0.6, kind: 'list' },
];

/** The soak's traffic: every connection requests these in turn. */
export const MIXED_PATHS = [
  ...ROUTES.map((r) => r.path),
  '/v1/targets?attainment=met',
  '/v1/indicators?limit=20',
  '/v1/reports',
  '/health',
];

/** p99 goal at 50 connections, in ms. */
export const P99_GOAL_MS = 10;
