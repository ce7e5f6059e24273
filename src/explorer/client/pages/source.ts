// Source: the report's text as loaded, with a figure's span highlighted inside its sentence and
// scrolled into view. Every figure elsewhere links here.

import { getJson, getText, type ProjectDetail, type ReportDetail } from '../api.js';
import { type Child, h, href, label } from '../dom.js';
import { sourceHref } from '../format.js';

function int(params: URLSearchParams, name: string): number | null {
  const value = Number.parseInt(params.get(name) ?? '', 10);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

export async function sourcePage(params: URLSearchParams): Promise<Child[]> {
  const id = params.get('report') ?? '';
  const [report, text] = await Promise.all([
    getJson<ReportDetail>(`/v1/reports/${encodeURIComponent(id)}`),
    getText(`/v1/reports/${encodeURIComponent(id)}/text`),
  ]);
  const start = Math.min(int(params, 'start') ?? 0, text.length);
  const end = Math.max(start, Math.min(int(params, 'end') ?? start, text.length));
  const sentenceStart = Math.min(int(params, 'sentenceStart') ?? start, start);
  const sentenceEnd = Math.max(int(params, 'sentenceEnd') ?? end, end);
  const mark = end > start ? h('mark', { id: 'figure' }, text.slice(start, end)) : null;
  const body = h(
    'pre',
    { class: 'source' },
    text.slice(0, sentenceStart),
    h('span', { class: 'sentence' }, text.slice(sentenceStart, start), mark, text.slice(end, sentenceEnd)),
    text.slice(sentenceEnd),
  );
  return [
    h(
      'p',
      { class: 'crumbs' },
      h('a', { href: '/' }, '报告 Reports'),
      ' › ',
      h('a', { href: href({ report: id }) }, report.title),
      ' › ',
      '原文 Source',
    ),
    h('h1', {}, label('原文', 'Source text')),
    mark &&
      h(
        'p',
        { class: 'meta' },
        '字符 characters ',
        `${start}–${end}`,
        ': ',
        h('strong', { class: 'quoted' }, text.slice(start, end)),
      ),
    body,
  ];
}

/** A project opens at its first mention in the text. */
export async function projectSource(params: URLSearchParams): Promise<string> {
  const project = await getJson<ProjectDetail>(
    `/v1/projects/${encodeURIComponent(params.get('project') ?? '')}`,
  );
  const first = project.mentions[0];
  return first ? sourceHref(first.provenance) : href({ report: project.reportId });
}
