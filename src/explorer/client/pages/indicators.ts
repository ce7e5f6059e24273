// Indicators: the catalogue, with how many reports give each, the way into the indicator pages.

import { getJson, type IndicatorSummary, type Page } from '../api.js';
import { type Child, h, href, label } from '../dom.js';

export async function indicatorsPage(): Promise<Child[]> {
  const page = await getJson<Page<IndicatorSummary>>('/v1/indicators?limit=500');
  const loaded = page.items.filter((i) => i.observationCount > 0);
  return [
    h('h1', {}, label('指标', 'Indicators')),
    h('p', { class: 'muted' }, `${loaded.length} 项有数值 with values, of ${page.total}`),
    h(
      'div',
      { class: 'scroll' },
      h(
        'table',
        {},
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['指标 Indicator', '类别 Category', '单位 Unit'].map((t) => h('th', {}, t)),
            ['报告 Reports', '数值 Values'].map((t) => h('th', { class: 'num' }, t)),
          ),
        ),
        h(
          'tbody',
          {},
          loaded.map((i) =>
            h(
              'tr',
              {},
              h(
                'td',
                {},
                h('a', { href: href({ indicator: i.code }) }, i.name),
                ' ',
                h('span', { class: 'en' }, i.nameEn),
              ),
              h('td', {}, i.category),
              h('td', {}, i.unit ?? ''),
              h('td', { class: 'num' }, h('a', { href: href({ indicator: i.code }) }, i.reportCount)),
              h('td', { class: 'num' }, h('a', { href: href({ indicator: i.code }) }, i.observationCount)),
            ),
          ),
        ),
      ),
    ),
  ];
}
