// Search: full-text search over the report sentences, hits highlighted, each a link to its place.

import { apiPath, getJson, type Page, type SearchHit } from '../api.js';
import { type Child, h, href, label } from '../dom.js';

function highlighted(hit: SearchHit): Child[] {
  const parts: Child[] = [];
  let at = 0;
  for (const { start, end } of hit.highlights) {
    parts.push(hit.text.slice(at, start), h('mark', {}, hit.text.slice(start, end)));
    at = end;
  }
  parts.push(hit.text.slice(at));
  return parts;
}

export async function searchPage(params: URLSearchParams): Promise<Child[]> {
  const q = params.get('q') ?? '';
  const form = h(
    'form',
    { class: 'filter', method: 'get', action: '/', role: 'search' },
    h('input', { type: 'hidden', name: 'view', value: 'search' }),
    h('input', {
      type: 'search',
      name: 'q',
      value: q,
      placeholder: '风电场、固定资产投资…',
      'aria-label': '搜索 Search',
    }),
    h('button', { type: 'submit' }, '搜索 Search'),
  );
  const head = [h('h1', {}, label('搜索', 'Search')), form];
  if (!q) return head;
  const page = await getJson<Page<SearchHit>>(apiPath('/v1/search', { q, limit: 100 }));
  return [
    ...head,
    h('p', { class: 'muted' }, `${page.total} 条结果 hits`),
    h(
      'ol',
      { class: 'hits' },
      page.items.map((hit) => {
        const first = hit.highlights[0];
        const base = hit.provenance.sentenceStart;
        const target = href({
          report: hit.reportId,
          start: first ? base + first.start : base,
          end: first ? base + first.end : hit.provenance.sentenceEnd,
          sentenceStart: base,
          sentenceEnd: hit.provenance.sentenceEnd,
        });
        return h(
          'li',
          {},
          h(
            'p',
            { class: 'meta' },
            h('a', { href: href({ report: hit.reportId }) }, `${hit.region} ${hit.period}`),
            ' · ',
            hit.provenance.sectionPath.join(' › '),
          ),
          h('a', { href: target, class: 'hit' }, highlighted(hit)),
        );
      }),
    ),
  ];
}
