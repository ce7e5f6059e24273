// The routes the benchmarks drive, with the goal each must reach against the framework's ceiling.

export interface BenchRoute {
  name: string;
  path: string;
  /** Minimum ratio of the real server's requests per second to the bare Fastify ceiling's. */
  goal: number;
  kind: 'detail' | 'list' | 'explorer';
}

const enc = encodeURIComponent;

export const ROUTES: BenchRoute[] = [
  { name: 'detail by code', path: '/v1/indicators/gdp', goal: 0.75, kind: 'detail' },
  { name: 'detail by name', path: `/v1/indicators/${enc('地区生产总值')}`, goal: 0.75, kind: 'detail' },
  { name: 'filtered list', path: '/v1/facts?measure=growth', goal: 0.6, kind: 'list' },
  { name: 'CSV list', path: '/v1/facts?format=csv', goal: 0.6, kind: 'list' },
  { name: 'search', path: `/v1/search?q=${enc('风电场')}`, goal: 0.6, kind: 'list' },
  // Bytes from memory, like a cached API answer, so they should reach the same share of the ceiling.
  { name: 'explorer page', path: '/', goal: 0.75, kind: 'explorer' },
  // The script's name carries its content hash: resolveRoute reads it from the page.
  { name: 'explorer script', path: '/explorer/app-*.js', goal: 0.75, kind: 'explorer' },
];

/** The route with a hashed file name replaced by the one the running server's page links to. */
export async function resolveRoute(base: string, route: BenchRoute): Promise<BenchRoute> {
  if (!route.path.includes('*')) return route;
  const page = await (await fetch(`${base}/`)).text();
  const [prefix, suffix] = route.path.split('*') as [string, string];
  const found = page.match(new RegExp(`"(${prefix}[\\w-]+${suffix.replace('.', '\\.')})"`))?.[1];
  if (!found) throw new Error(`no file matching ${route.path} in the explorer page`);
  return { ...route, path: found };
}

/** The soak's traffic: every connection requests these in turn. */
export const MIXED_PATHS = [
  ...ROUTES.filter((r) => r.kind !== 'explorer').map((r) => r.path),
  '/v1/targets?attainment=met',
  '/v1/indicators?limit=20',
  '/v1/reports',
  '/health',
];

/** p99 goal: at most this many times the bare ceiling's p99 in the same run. */
export const P99_GOAL_RATIO = 1.5;
