// Indicator: one indicator across reports: a line per region over time, the sibling regions of one
// period side by side with their targets, and the rows beneath, downloadable as the same CSV.

import {
  ApiError,
  apiPath,
  type Comparison,
  getJson,
  type Indicator,
  type Observation,
  type Page,
} from '../api.js';
import { type Bar, barChart, legend, lineChart, type Series } from '../chart.js';
import { type Child, h, href, label } from '../dom.js';
import { figure, formatValue, MEASURES } from '../format.js';

/** One point per region and period: the table's figure where the report has one. */
function series(rows: Observation[]): Series[] {
  const byRegion = new Map<string, Map<string, Observation>>();
  for (const row of rows) {
    // A period the API cannot place on a time axis (no end date) has no point on the chart.
    if (row.value === null || row.periodEnd === null) continue;
    const periods = byRegion.get(row.region) ?? new Map<string, Observation>();
    byRegion.set(row.region, periods);
    const seen = periods.get(row.period);
    if (!seen || (seen.source !== 'table' && row.source === 'table')) periods.set(row.period, row);
  }
  return [...byRegion].map(([name, periods]) => ({
    name,
    points: [...periods.values()].map((o) => ({
      x: Date.parse(o.periodEnd ?? ''),
      y: o.value as number,
      label: o.period,
      provenance: o.provenance,
    })),
  }));
}

function bars(comparison: Comparison): Bar[] {
  return comparison.items.map((row) => ({
    name: row.region,
    value: row.value,
    unit: row.unit,
    provenance: row.provenance,
    markers: row.targets
      .filter((t) => t.value !== null && t.unit === row.unit)
      .map((t) => ({ value: t.value as number, label: `${t.setBy} ${t.text}`, provenance: t.provenance })),
  }));
}

async function siblings(key: string, period: string, parentRegion: string, measure: string): Promise<Child> {
  let comparison: Comparison;
  try {
    comparison = await getJson<Comparison>(
      apiPath(`/v1/indicators/${encodeURIComponent(key)}/compare`, { period, parentRegion, measure }),
    );
  } catch (error) {
    if (error instanceof ApiError) return h('p', { class: 'muted' }, error.message);
    throw error;
  }
  if (comparison.items.length === 0)
    return h('p', { class: 'muted' }, '该期没有可比数值。 No values to compare.');
  return [
    barChart(`${comparison.indicator.name} ${period}`, bars(comparison)),
    h(
      'p',
      { class: 'muted' },
      '横线为目标 Lines mark targets; 点击柱或线查看原文 click a bar or a line for its sentence.',
    ),
    h(
      'div',
      { class: 'scroll' },
      h(
        'table',
        { class: 'compare' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['地区 Region', '数值 Value', '目标 Targets', '计算排名 Rank', '报告所称 Claimed'].map((t) =>
              h('th', {}, t),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          comparison.items.map((row) =>
            h(
              'tr',
              {},
              h('td', {}, h('a', { href: href({ report: row.reportId }) }, row.region)),
              h('td', { class: 'num' }, figure(formatValue(row.value, row.unit), row.provenance)),
              h(
                'td',
                {},
                row.targets.map((t) => [figure(`${t.setBy} ${t.text}`, t.provenance), ' ']),
              ),
              h('td', { class: 'num' }, `${row.computedRank} / ${comparison.siblingsLoaded}`),
              h(
                'td',
                { class: row.rankContradiction ? 'contradiction' : '' },
                row.claimedRank ? figure(`第${row.claimedRank.rank}名`, row.claimedRank.provenance) : '—',
                row.rankContradiction && [' ', h('span', { class: 'muted' }, row.rankContradiction)],
              ),
            ),
          ),
        ),
      ),
    ),
  ];
}

export async function indicatorPage(params: URLSearchParams): Promise<Child[]> {
  const key = params.get('indicator') ?? '';
  const measure = params.get('measure') || 'growth';
  const region = params.get('region') ?? '';
  const parentRegion = params.get('parentRegion') ?? '';
  const filter = { indicator: key, measure, region, parentRegion };
  const [indicator, page] = await Promise.all([
    getJson<Indicator>(apiPath(`/v1/indicators/${encodeURIComponent(key)}`, { limit: 1 })),
    getJson<Page<Observation>>(apiPath('/v1/observations', { ...filter, limit: 500 })),
  ]);
  const rows = page.items;
  const periods = [...new Set(rows.map((o) => o.period))].sort();
  const period = params.get('period') || (periods[periods.length - 1] ?? '');
  const parent = parentRegion || (rows.find((o) => o.period === period)?.parentRegion ?? '');
  const state = { indicator: key, measure, region, parentRegion, period: params.get('period') };
  const lines = series(rows);
  return [
    h('p', { class: 'crumbs' }, h('a', { href: '/' }, '报告 Reports'), ' › ', indicator.name),
    h('h1', {}, indicator.name, ' ', h('span', { class: 'en' }, indicator.nameEn)),
    h(
      'nav',
      { class: 'tabs' },
      Object.entries(MEASURES).map(([code, [zh, en]]) =>
        h(
          'a',
          { href: href({ ...state, measure: code }), 'aria-current': code === measure ? 'page' : null },
          zh,
          ' ',
          h('span', { class: 'en' }, en),
        ),
      ),
      region && h('a', { href: href({ ...state, region: '' }) }, `✕ ${region}`),
    ),
    h('h2', {}, label('各地区走势', 'Over time, by region')),
    lines.length
      ? [lineChart(indicator.name, lines, rows[0]?.unit ?? null), legend(lines)]
      : h('p', { class: 'muted' }, '无数据 No values.'),
    h('h2', {}, label('同级地区比较', 'Sibling regions'), ' ', period, parent && ` · ${parent}`),
    h(
      'nav',
      { class: 'tabs' },
      periods.map((p) =>
        h('a', { href: href({ ...state, period: p }), 'aria-current': p === period ? 'page' : null }, p),
      ),
    ),
    period ? await siblings(key, period, parent, measure) : h('p', { class: 'muted' }, '无数据 No values.'),
    h(
      'h2',
      {},
      label('数据', 'Rows'),
      ' ',
      h(
        'a',
        {
          href: apiPath('/v1/observations', { ...filter, limit: 500, format: 'csv' }),
          download: `${indicator.code}-${measure}.csv`,
          class: 'button',
        },
        '下载 CSV',
      ),
    ),
    h(
      'div',
      { class: 'scroll' },
      h(
        'table',
        { class: 'observations' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['地区 Region', '期间 Period', '数值 Value', '原文 As written', '来源 Source'].map((t) =>
              h('th', {}, t),
            ),
          ),
        ),
        h(
          'tbody',
          {},
          rows.map((o) =>
            h(
              'tr',
              {},
              h('td', {}, h('a', { href: href({ ...state, region: o.region }) }, o.region)),
              h(
                'td',
                {},
                h('a', { href: href({ report: o.reportId }) }, o.period),
                // A figure restated by a later report: say which report it links to.
                o.reportPeriod !== o.period && h('span', { class: 'muted' }, ` (${o.reportPeriod})`),
              ),
              h('td', { class: 'num' }, figure(formatValue(o.value, o.unit), o.provenance)),
              h('td', {}, figure(o.raw, o.provenance)),
              h('td', {}, o.source === 'table' ? '表 table' : '正文 prose'),
            ),
          ),
        ),
      ),
    ),
    page.total > rows.length && h('p', { class: 'muted' }, `前 ${rows.length} / ${page.total} 行 rows`),
  ];
}
