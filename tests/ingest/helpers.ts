// Shared by the ingest tests: fixture bytes, and the invariant every document keeps.

import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { SourceDocument } from '../../src/ingest/types.js';
import type { ParsedReport } from '../../src/parse/types.js';

export const fixture = (name: string): Uint8Array =>
  readFileSync(new URL(`../fixtures/${name}`, import.meta.url));

/** The bytes of an accuracy fixture (tests/accuracy/<name>): the file fixtures the ingest tests read too. */
export const accuracyFile = (name: string): Uint8Array =>
  readFileSync(new URL(`../accuracy/${name}`, import.meta.url));

/** Every block and cell is the text at its span, in both texts; blocks follow each other without overlap. */
export function expectSpansHold(document: SourceDocument): void {
  const texts = [document.text, ...(document.originalText === null ? [] : [document.originalText])];
  expect(document.originalText?.length ?? document.text.length).toBe(document.text.length);
  let previousEnd = 0;
  for (const block of document.blocks) {
    expect(block.start).toBeGreaterThanOrEqual(previousEnd);
    expect(block.end).toBeGreaterThan(block.start);
    previousEnd = block.end;
    if (block.kind !== 'table') {
      expect(document.text.slice(block.start, block.end)).toBe(block.text);
      continue;
    }
    for (const row of block.rows)
      for (const cell of row) {
        expect(cell.start).toBeGreaterThanOrEqual(block.start);
        expect(cell.end).toBeLessThanOrEqual(block.end);
        expect(document.text.slice(cell.start, cell.end)).toBe(cell.text);
        for (const text of texts) expect(text.slice(cell.start, cell.end)).not.toMatch(/[\t\n]/);
      }
  }
}

/** The text of each table row as the cells' texts, for comparing tables across formats. */
export function tableTexts(document: SourceDocument): string[][][] {
  return document.blocks.flatMap((b) =>
    b.kind === 'table' ? [b.rows.map((row) => row.map((c) => c.text))] : [],
  );
}

/** What the figures say, not where they are: for comparing the same report read from two formats. */
export function figures(report: ParsedReport) {
  return {
    observations: report.observations.map(
      (o) => `${o.source}|${o.indicatorCode}|${o.measure}|${o.quantity?.value}|${o.quantity?.unit}|${o.text}`,
    ),
    targets: report.targets.map(
      (t) => `${t.indicatorCode}|${t.kind}|${t.horizon}|${t.comparator}|${t.value}|${t.unit}|${t.setBy}`,
    ),
    rankings: report.rankings.map((r) => `${r.source}|${r.indicatorCode}|${r.rank}|${r.of}|${r.scope}`),
    projects: report.projects.map(
      (p) =>
        `${p.name}|${p.mentions.map((m) => `${m.phase}:${m.plannedInvestment}:${m.completedInvestment}`).join(',')}`,
    ),
  };
}
