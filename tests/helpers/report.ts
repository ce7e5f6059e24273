// Reports for tests, parsed as the loader parses a text; a refusal (no report) fails the test with
// its problems, so a test reads the report without a null check of its own.

import { parseReportText } from '../../src/parse/index.js';
import type { ParsedReport } from '../../src/parse/types.js';

/** What parseReportText reads from `text` with these options, or a thrown error listing its problems. */
export function parsedReport(text: string, options: Parameters<typeof parseReportText>[1]): ParsedReport {
  const { report, problems } = parseReportText(text, options);
  if (!report) throw new Error(JSON.stringify(problems));
  return report;
}

/** A small report for a form test: a title, one section heading, then the lines under test. */
export function sectionReport(sourceName: string, title: string, lines: readonly string[]): ParsedReport {
  return parsedReport([title, '一、综合', ...lines].join('\n'), { sourceName });
}
