// Two small SVG charts, drawn directly: a line per region over time and one bar per sibling region.
// A charting library (uPlot is ~50 KB minified and draws on canvas) would add more bytes than these
// charts take, and canvas marks cannot be links; SVG <a> marks can, so every point and bar opens
// its sentence like every other figure.

import type { Provenance } from './api.js';
import { h, svg } from './dom.js';
import { formatValue, sourceHref } from './format.js';

export interface Point {
  x: number;
  y: number;
  label: string;
  provenance: Provenance;
}

export interface Series {
  name: string;
  points: Point[];
}

export interface Bar {
  name: string;
  value: number;
  unit: string | null;
  provenance: Provenance;
  markers: { value: number; label: string; provenance: Provenance }[];
}

const WIDTH = 640;
const HEIGHT = 260;
const PAD = { top: 16, right: 16, bottom: 36, left: 52 };

/** Round tick values covering [min, max], about five of them. */
function ticks(min: number, max: number): number[] {
  const span = max - min || Math.abs(max) || 1;
  const step0 = span / 5;
  const magnitude = 10 ** Math.floor(Math.log10(step0));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= step0) ?? magnitude * 10;
  const out: number[] = [];
  for (let v = Math.floor(min / step) * step; v <= max + step / 2; v += step) out.push(Number(v.toFixed(10)));
  return out;
}

function frame(title: string, yTicks: number[], y: (v: number) => number): SVGSVGElement {
  return svg(
    'svg',
    { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'chart', role: 'img', 'aria-label': title },
    yTicks.map((t) => [
      svg('line', {
        x1: PAD.left,
        x2: WIDTH - PAD.right,
        y1: y(t),
        y2: y(t),
        class: t === 0 ? 'axis' : 'grid',
      }),
      svg('text', { x: PAD.left - 6, y: y(t) + 4, class: 'tick', 'text-anchor': 'end' }, String(t)),
    ]),
  );
}

function scale(values: number[]): { yTicks: number[]; y: (v: number) => number } {
  const yTicks = ticks(Math.min(0, ...values), Math.max(0, ...values));
  const lo = yTicks[0] ?? 0;
  const hi = yTicks[yTicks.length - 1] ?? 1;
  const y = (v: number) => PAD.top + ((hi - v) / (hi - lo || 1)) * (HEIGHT - PAD.top - PAD.bottom);
  return { yTicks, y };
}

export function lineChart(title: string, series: Series[], unit: string | null): SVGSVGElement {
  const all = series.flatMap((s) => s.points);
  const { yTicks, y } = scale(all.map((p) => p.y));
  const xs = [...new Set(all.map((p) => p.x))].sort((a, b) => a - b);
  const labels = new Map(all.map((p) => [p.x, p.label]));
  const x = (v: number) =>
    xs.length < 2
      ? (PAD.left + WIDTH - PAD.right) / 2
      : PAD.left +
        12 +
        ((v - (xs[0] ?? 0)) / ((xs[xs.length - 1] ?? 1) - (xs[0] ?? 0))) *
          (WIDTH - PAD.left - PAD.right - 24);
  const chart = frame(title, yTicks, y);
  for (const v of xs) {
    chart.append(
      svg('text', { x: x(v), y: HEIGHT - 14, class: 'tick', 'text-anchor': 'middle' }, labels.get(v) ?? ''),
    );
  }
  series.forEach((s, i) => {
    const points = [...s.points].sort((a, b) => a.x - b.x);
    const colour = `series-${i % 6}`;
    chart.append(
      svg('polyline', {
        points: points.map((p) => `${x(p.x)},${y(p.y)}`).join(' '),
        class: `line ${colour}`,
      }),
      ...points.map((p) =>
        svg(
          'a',
          { href: sourceHref(p.provenance), class: 'mark' },
          svg('circle', { cx: x(p.x), cy: y(p.y), r: 5, class: `dot ${colour}` }),
          svg('title', {}, `${s.name} ${p.label}: ${formatValue(p.y, unit)}`),
        ),
      ),
    );
  });
  return chart;
}

export function legend(series: Series[]): HTMLElement {
  return h(
    'ul',
    { class: 'legend' },
    series.map((s, i) => h('li', {}, h('span', { class: `swatch series-${i % 6}` }), s.name)),
  );
}

export function barChart(title: string, bars: Bar[]): SVGSVGElement {
  const { yTicks, y } = scale(bars.flatMap((b) => [b.value, ...b.markers.map((m) => m.value)]));
  const chart = frame(title, yTicks, y);
  const slot = (WIDTH - PAD.left - PAD.right) / Math.max(bars.length, 1);
  const width = Math.min(slot * 0.6, 64);
  bars.forEach((bar, i) => {
    const centre = PAD.left + slot * (i + 0.5);
    const top = Math.min(y(bar.value), y(0));
    chart.append(
      svg(
        'a',
        { href: sourceHref(bar.provenance), class: 'mark bar-link' },
        svg('rect', {
          x: centre - width / 2,
          y: top,
          width,
          height: Math.max(Math.abs(y(bar.value) - y(0)), 1),
          class: 'bar',
          'data-region': bar.name,
        }),
        svg('title', {}, `${bar.name}: ${formatValue(bar.value, bar.unit)}`),
      ),
      svg('text', { x: centre, y: HEIGHT - 14, class: 'tick', 'text-anchor': 'middle' }, bar.name),
      ...bar.markers.map((m) =>
        svg(
          'a',
          { href: sourceHref(m.provenance), class: 'mark' },
          svg('line', {
            x1: centre - width / 2 - 6,
            x2: centre + width / 2 + 6,
            y1: y(m.value),
            y2: y(m.value),
            class: 'target',
          }),
          svg('title', {}, `${bar.name} ${m.label}: ${formatValue(m.value, bar.unit)}`),
        ),
      ),
    );
  });
  return chart;
}
