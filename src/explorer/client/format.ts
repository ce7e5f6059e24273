// How figures read on the page, and the link every figure carries to its sentence.

import type { Provenance } from './api.js';
import { type Child, h, href } from './dom.js';

const number = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

export function formatValue(value: number | null, unit: string | null): string {
  if (value === null) return '—';
  return unit ? `${number.format(value)}${unit === '%' ? '' : ' '}${unit}` : number.format(value);
}

/** Yuan as 亿元 or 万元, the units the reports themselves use. */
export function formatYuan(value: number | null): string {
  if (value === null) return '—';
  if (Math.abs(value) >= 1e8) return `${number.format(value / 1e8)} 亿元`;
  return `${number.format(value / 1e4)} 万元`;
}

export function sourceHref(provenance: Provenance): string {
  return href({
    report: provenance.reportId,
    start: provenance.start,
    end: provenance.end,
    sentenceStart: provenance.sentenceStart,
    sentenceEnd: provenance.sentenceEnd,
  });
}

/** A figure as a link to its span in the report's text. */
export function figure(text: Child, provenance: Provenance, className = 'fig'): HTMLAnchorElement {
  return h('a', { class: className, href: sourceHref(provenance), title: provenance.sentence }, text);
}

export const MEASURES: Record<string, [string, string]> = {
  level: ['总量', 'level'],
  growth: ['增速', 'growth'],
  rate: ['比率', 'rate'],
  change: ['变动', 'change'],
};

export const ATTAINMENT: Record<string, [string, string]> = {
  met: ['达标', 'met'],
  missed: ['未达标', 'missed'],
  unknown: ['未知', 'unknown'],
};

const GENRES: Record<string, string> = {
  'plan-execution': '计划执行情况',
  'plan-execution-and-draft': '执行情况与计划草案',
  'statistics-brief': '统计简报',
  communique: '统计公报',
  'review-opinion': '审查意见',
  news: '新闻',
};

export function genreLabel(genre: string): string {
  return GENRES[genre] ?? genre;
}
