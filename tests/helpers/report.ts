// A small report for a form test: a title, one section heading, then the lines under test, parsed as
// the loader parses a text; a refusal fails the test with its problems.

import { parseReportText } from '../../src/parse/index.js';

export function sectionReport(sourceName: string, title: string, lines: readonly string[]) {
  const { report, problems } = parseReportText([title, '一、综合', ...lines].join('\n'), { sourceName });
  if (!report) throw new Error(JSON.stringify(problems));
  return report;
}
