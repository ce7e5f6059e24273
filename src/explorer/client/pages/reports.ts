// Reports: every loaded report, narrowed by region and period.

import { apiPath, getJson, type Page, type Report } from '../api.js';
import { type Child, h, href, label } from '../dom.js';
import { genreLabel } from '../format.js';

export async function reportsPage(params: URLSearchParams): Promise<Child[]> {
  const region = params.get('region') ?? '';
  const period = params.get('period') ?? '';
  const [page, all] = await Promise.all([
    getJson<Page<Report>>(apiPath('/v1/reports', { region, period, limit: 500 })),
    getJson<Page<Report>>('/v1/reports?limit=500'),
  ]);
  const options = (values: string[]) => [...new Set(values)].sort().map((v) => h('option', { value: v }));
  const filter = h(
    'form',
    { class: 'filter', method: 'get', action: '/' },
    h('label', {}, '地区 Region ', h('input', { name: 'region', value: region, list: 'regions', size: 10 })),
    h('label', {}, '期间 Period ', h('input', { name: 'period', value: period, list: 'periods', size: 8 })),
    h('datalist', { id: 'regions' }, options(all.items.map((r) => r.region))),
    h('datalist', { id: 'periods' }, options(all.items.map((r) => r.period))),
    h('button', { type: 'submit' }, '筛选 Filter'),
    (region || period) && h('a', { href: '/' }, '全部 All'),
  );
  const count = (report: Report, name: keyof Report['counts']) =>
    h('td', { class: 'num' }, h('a', { href: href({ report: report.id }) }, report.counts[name] ?? 0));
  const rows = page.items.map((report) =>
    h(
      'tr',
      {},
      h('td', {}, h('a', { href: href({ report: report.id }) }, report.title)),
      h('td', {}, h('a', { href: href({ region: report.region }) }, report.region)),
      h(
        'td',
        {},
        report.parentRegion && h('a', { href: href({ region: report.parentRegion }) }, report.parentRegion),
      ),
      h(
        'td',
        {},
        h('a', { href: href({ period: report.period }) }, `${report.period} ${report.periodLabel}`),
      ),
      h('td', {}, genreLabel(report.genre)),
      h('td', {}, report.publisher ?? ''),
      count(report, 'observations'),
      count(report, 'targets'),
      count(report, 'projects'),
    ),
  );
  return [
    h('h1', {}, label('报告', 'Reports')),
    filter,
    h('p', { class: 'muted' }, `${page.total} 份报告 reports`),
    h(
      'div',
      { class: 'scroll' },
      h(
        'table',
        { class: 'reports' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['标题 Title', '地区 Region', '上级 Parent', '期间 Period', '类型 Genre', '发布 Publisher'].map(
              (t) => h('th', {}, t),
            ),
            ['指标值 Values', '目标 Targets', '项目 Projects'].map((t) => h('th', { class: 'num' }, t)),
          ),
        ),
        h('tbody', {}, rows),
      ),
    ),
  ];
}
