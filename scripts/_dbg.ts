import { readFileSync } from 'node:fs';
import { parseReportText } from '../src/parse/index.js';

const [f, ...pats] = process.argv.slice(2);
const r = parseReportText(readFileSync(f, 'utf8'), { sourceName: 'x' }).report;
for (const x of r?.facts ?? [])
  if (pats.some((p) => x.quantity?.raw.includes(p)))
    console.log(JSON.stringify([x.subject, x.indicatorCode, x.measure, x.quantity?.raw]));
