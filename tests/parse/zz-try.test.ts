import { it } from 'vitest';
import { parseReportText } from '../../src/parse/index.js';
it('x', () => {
  const text = process.env.T ?? '';
  const { report } = parseReportText(text.replace(/\\n/g, '\n'), { sourceName: process.env.N ?? 'x.txt' });
  console.log(JSON.stringify({
    obs: report?.observations.map((o) => [o.indicatorCode, o.indicatorName, o.measure, o.quantity?.value]),
    tg: report?.targets.map((t) => [t.indicatorCode, t.kind, t.horizon, t.value, t.comparator, t.attainment]),
    facts: report?.facts.map((f) => [f.subject, f.quantity.value, f.quantity.unit]),
    projects: report?.projects?.map((p) => p.name),
  }));
});
