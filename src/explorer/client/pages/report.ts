// Report: one report's headline figures as cards, its indicator table as the report gives it,
// its rankings and its projects.

import {
  apiPath,
  type Flag,
  getJson,
  type Observation,
  type Page,
  type Project,
  type Ranking,
  type Report,
  type ReportDetail,
  type Target,
} from '../api.js';
import { type Child, h, href, label } from '../dom.js';
import { ATTAINMENT, figure, formatValue, formatYuan, genreLabel } from '../format.js';

interface Figures {
  observations: Observation[];
  targets: Target[];
  rankings: Ranking[];
}

/** The table's figure when there is one, else the first in the prose. */
function pick<T extends { provenance: { start: number } }>(
  items: T[],
  table: (item: T) => boolean,
): T | undefined {
  return items.find(table) ?? items[0];
}

function rankText(ranking: Ranking): string {
  return ranking.of ? `第${ranking.rank}名 / ${ranking.of}` : `第${ranking.rank}名`;
}

function attainmentBadge(target: Target | undefined): Child {
  const attainment = target?.attainment ?? 'unknown';
  const [zh, en] = ATTAINMENT[attainment] ?? ['未知', 'unknown'];
  const text = [zh, ' ', h('span', { class: 'en' }, en)];
  const className = `badge att-${attainment}`;
  return target
    ? figure(text, target.provenance, className)
    : h('span', { class: className, title: target ? undefined : '无目标 no target' }, text);
}

function card(report: Report, code: string, figures: Figures): HTMLElement {
  // The headline figures are the report's period's: a full-year report's 上半年 figure is not its year's.
  const observations = figures.observations.filter(
    (o) => o.indicatorCode === code && o.period === report.period,
  );
  const name = observations[0]?.indicatorName ?? code;
  const level = pick(
    observations.filter((o) => o.measure === 'level'),
    (o) => o.source === 'table',
  );
  const growth = pick(
    observations.filter((o) => o.measure === 'growth'),
    (o) => o.source === 'table',
  );
  const targets = figures.targets.filter((t) => t.indicatorCode === code);
  const own = targets.find((t) => t.setBy === report.region) ?? targets[0];
  const ranking = figures.rankings.find((r) => r.indicatorCode === code);
  const main = level ?? growth ?? observations[0];
  const row = (title: Child[], value: Child) =>
    h('div', { class: 'row' }, h('dt', {}, title), h('dd', {}, value));
  return h(
    'article',
    { class: 'card', 'data-indicator': code },
    h('h3', {}, h('a', { href: href({ indicator: code, region: report.region }) }, name)),
    main && figure(formatValue(main.value, main.unit), main.provenance, 'fig big'),
    h(
      'dl',
      {},
      growth &&
        growth !== main &&
        row(label('增速', 'growth'), figure(formatValue(growth.value, growth.unit), growth.provenance)),
      own && row(label('目标', 'target'), figure(own.text, own.provenance)),
      row(label('完成', 'attainment'), attainmentBadge(own)),
      ranking && row(label('排名', 'rank'), figure(rankText(ranking), ranking.provenance)),
    ),
  );
}

/** The indicator table row by row: the figures that share a table sentence. */
function indicatorTable(report: Report, figures: Figures): Child {
  const rows = figures.observations.filter((o) => o.source === 'table');
  const sentences = [...new Set(rows.map((o) => o.provenance.sentenceStart))];
  if (sentences.length === 0)
    return h('p', { class: 'muted' }, '本报告没有指标表。 No indicator table in this report.');
  const inRow = <T extends { provenance: { sentenceStart: number } }>(items: T[], at: number) =>
    items.filter((item) => item.provenance.sentenceStart === at);
  const cells = (items: Child[]) =>
    h(
      'td',
      {},
      items.flatMap((item, i) => (i ? [' ', item] : [item])),
    );
  return h(
    'div',
    { class: 'scroll' },
    h(
      'table',
      { class: 'indicator-table' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          [
            '指标 Indicator',
            '全年目标 Target',
            '上级指导 Guidance',
            '实际 Actual',
            '完成 Attainment',
            '排名 Rank',
          ].map((t) => h('th', {}, t)),
        ),
      ),
      h(
        'tbody',
        {},
        sentences.map((at) => {
          const observations = inRow(rows, at);
          const targets = inRow(figures.targets, at);
          const own = targets.filter((t) => t.kind !== 'guidance');
          const first = observations[0] as Observation;
          return h(
            'tr',
            {},
            h(
              'td',
              {},
              h(
                'a',
                { href: href({ indicator: first.indicatorCode, region: report.region }) },
                first.indicatorName,
              ),
            ),
            cells(own.map((t) => figure(t.text, t.provenance))),
            cells(targets.filter((t) => t.kind === 'guidance').map((t) => figure(t.text, t.provenance))),
            cells(observations.map((o) => figure(o.raw, o.provenance))),
            h('td', {}, attainmentBadge(own[0])),
            cells(inRow(figures.rankings, at).map((r) => figure(rankText(r), r.provenance))),
          );
        }),
      ),
    ),
  );
}

function rankingTable(rankings: Ranking[]): Child {
  if (rankings.length === 0) return h('p', { class: 'muted' }, '无排名 No rankings.');
  return h(
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
          ['对象 Subject', '排名 Rank', '范围 Scope', '来源 Source'].map((t) => h('th', {}, t)),
        ),
      ),
      h(
        'tbody',
        {},
        rankings.map((r) =>
          h(
            'tr',
            {},
            h(
              'td',
              {},
              r.indicatorCode ? h('a', { href: href({ indicator: r.indicatorCode }) }, r.subject) : r.subject,
            ),
            h('td', {}, figure(rankText(r), r.provenance)),
            h('td', {}, r.scope),
            h('td', {}, r.source === 'table' ? '表 table' : '正文 prose'),
          ),
        ),
      ),
    ),
  );
}

function projectTable(report: Report, projects: Page<Project>, sort: string): Child {
  const sortLink = (key: string, text: string) => {
    const next = sort === `-${key}` ? key : `-${key}`;
    const arrow = sort === `-${key}` ? ' ↓' : sort === key ? ' ↑' : '';
    return h('a', { href: href({ report: report.id, sort: next }), class: 'sort' }, text, arrow);
  };
  const project = (p: Project, text: Child) => h('a', { href: href({ project: p.id }), class: 'fig' }, text);
  return h(
    'div',
    { class: 'scroll' },
    h(
      'table',
      { class: 'projects' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', {}, '项目 Project'),
          h('th', { class: 'num' }, sortLink('investment', '计划投资 Planned')),
          h('th', { class: 'num' }, '完成投资 Completed'),
          h('th', {}, '状态 Status'),
          h('th', { class: 'num' }, '提及 Mentions'),
        ),
      ),
      h(
        'tbody',
        {},
        projects.items.map((p) =>
          h(
            'tr',
            {},
            h('td', {}, project(p, p.name)),
            h(
              'td',
              { class: 'num' },
              p.plannedInvestment === null ? '—' : project(p, formatYuan(p.plannedInvestment)),
            ),
            h(
              'td',
              { class: 'num' },
              p.completedInvestment === null ? '—' : project(p, formatYuan(p.completedInvestment)),
            ),
            h('td', {}, p.status ?? ''),
            h('td', { class: 'num' }, project(p, p.mentionCount)),
          ),
        ),
      ),
    ),
    projects.total > projects.items.length &&
      h('p', { class: 'muted' }, `前 ${projects.items.length} / ${projects.total} 个 first of`),
  );
}

const SEVERITY: Record<string, string> = { error: '错误 error', warning: '存疑 warning', info: '提示 info' };

/** Where the report disagrees with itself or with another: both places link to their sentences. */
function flagList(flags: Flag[]): Child {
  if (flags.length === 0) return h('p', { class: 'muted' }, '无 None.');
  const place = (p: Flag['at']) => figure(`${p.region} ${p.period}`, p.provenance);
  return h(
    'ul',
    { class: 'flags' },
    flags.map((f) =>
      h(
        'li',
        {},
        h('span', { class: `badge sev-${f.severity}` }, SEVERITY[f.severity] ?? f.severity),
        ' ',
        f.message,
        ' — ',
        place(f.at),
        ' / ',
        place(f.other),
      ),
    ),
  );
}

export async function reportPage(params: URLSearchParams): Promise<Child[]> {
  const id = params.get('report') ?? '';
  const sort = params.get('sort') === 'investment' ? 'investment' : '-investment';
  const query = { report: id, limit: 500 };
  const [report, observations, targets, rankings, projects, flags] = await Promise.all([
    getJson<ReportDetail>(`/v1/reports/${encodeURIComponent(id)}`),
    // Every vintage: this report's own figures, even where a later report repeats or revises them.
    getJson<Page<Observation>>(apiPath('/v1/observations', { ...query, vintages: 'all' })),
    getJson<Page<Target>>(apiPath('/v1/targets', query)),
    getJson<Page<Ranking>>(apiPath('/v1/rankings', query)),
    getJson<Page<Project>>(apiPath('/v1/projects', { ...query, sort })),
    getJson<Page<Flag>>(apiPath('/v1/flags', query)),
  ]);
  const figures = { observations: observations.items, targets: targets.items, rankings: rankings.items };
  const tableCodes = figures.observations.filter((o) => o.source === 'table').map((o) => o.indicatorCode);
  const ownPeriod = figures.observations.filter((o) => o.period === report.period);
  const codes = [...new Set([...tableCodes, ...ownPeriod.map((o) => o.indicatorCode)])].slice(
    0,
    Math.max(tableCodes.length, 12),
  );
  return [
    h('p', { class: 'crumbs' }, h('a', { href: '/' }, '报告 Reports'), ' › ', report.region),
    h('h1', {}, report.title),
    h(
      'p',
      { class: 'meta' },
      h('a', { href: href({ region: report.region }) }, report.region),
      report.parentRegion && [
        ' · ',
        h('a', { href: href({ region: report.parentRegion }) }, report.parentRegion),
      ],
      ' · ',
      h('a', { href: href({ period: report.period }) }, `${report.period} ${report.periodLabel}`),
      ' · ',
      genreLabel(report.genre),
      report.publisher && [' · ', report.publisher],
      ' · ',
      h('a', { href: href({ report: report.id, start: 0, end: 0 }) }, '原文 Source text'),
    ),
    h('h2', {}, label('主要指标', 'Headline figures')),
    h(
      'div',
      { class: 'cards' },
      codes.map((code) => card(report, code, figures)),
    ),
    h('h2', {}, label('指标表', 'Indicator table')),
    indicatorTable(report, figures),
    h('h2', {}, label('排名', 'Rankings')),
    rankingTable(figures.rankings),
    h('h2', {}, label('项目', 'Projects')),
    projectTable(report, projects, sort),
    h('h2', {}, label('存疑', 'Flags')),
    flagList(flags.items),
  ];
}
