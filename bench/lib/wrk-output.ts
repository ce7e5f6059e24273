// wrk's side of a run that needs no process: the Lua script that makes it print its figures as
// one JSON line, and the parsing of that line and of the shell's `times` (the CPU wrk used).

import type { LoadSummary } from './summary.js';

const MARK = 'WRK_JSON ';

/**
 * The Lua script for one run: the request headers, the paths each connection requests in turn
 * (only when there are several: a `request` function costs wrk a Lua call per request), and a
 * `done` that prints the summary with latency percentiles in microseconds.
 */
export function wrkScript(headers: Record<string, string>, paths?: string[]): string {
  const lua = (s: string) => JSON.stringify(s); // a JSON string is a valid Lua string literal here
  const lines = Object.entries(headers).map(([name, value]) => `wrk.headers[${lua(name)}] = ${lua(value)}`);
  if (paths && paths.length > 1) {
    lines.push(
      `local paths = { ${paths.map(lua).join(', ')} }`,
      'local i = 0',
      'request = function()',
      '  i = i % #paths + 1',
      '  return wrk.format(nil, paths[i])',
      'end',
    );
  }
  lines.push(
    'done = function(summary, latency, requests)',
    '  local e = summary.errors',
    `  io.write(string.format('${MARK}{"requests":%d,"durationUs":%d,"bytes":%d,"connect":%d,` +
      `"read":%d,"write":%d,"status":%d,"timeout":%d,"p50":%d,"p90":%d,"p99":%d,"max":%d}\\n',`,
    '    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,',
    '    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max))',
    'end',
  );
  return `${lines.join('\n')}\n`;
}

interface WrkJson {
  requests: number;
  durationUs: number;
  bytes: number;
  connect: number;
  read: number;
  write: number;
  status: number;
  timeout: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

/** CPU seconds of the shell's children from the second line of `times` ("0m1.230000s 0m0.450000s"). */
export function parseTimes(output: string): number {
  const lines = output
    .trim()
    .split('\n')
    .filter((line) => /^\d+m[\d.]+s\s+\d+m[\d.]+s$/.test(line.trim()));
  const children = lines.at(-1);
  if (!children || lines.length < 2) return Number.NaN;
  return [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce(
    (sum, m) => sum + Number(m[1]) * 60 + Number(m[2]),
    0,
  );
}

/** The summary from wrk's output (the Lua script's JSON line) and the CPU `times` reported. */
export function parseWrkOutput(stdout: string): Omit<LoadSummary, 'serverCpuMs'> {
  const line = stdout.split('\n').find((l) => l.startsWith(MARK));
  if (!line) throw new Error(`no summary in wrk's output:\n${stdout.slice(-2000)}`);
  const w = JSON.parse(line.slice(MARK.length)) as WrkJson;
  const seconds = w.durationUs / 1e6;
  return {
    generator: 'wrk',
    rps: seconds > 0 ? w.requests / seconds : 0,
    p50: w.p50 / 1000,
    p99: w.p99 / 1000,
    max: w.max / 1000,
    requests: w.requests,
    seconds,
    bytesPerResponse: w.requests > 0 ? w.bytes / w.requests : 0,
    errors: w.connect + w.read + w.write,
    timeouts: w.timeout,
    // wrk counts answers with a status above 399; it does not break them down by code.
    non2xx: w.status,
    statusCodes: {},
    loadCpuMs: parseTimes(stdout) * 1000,
  };
}
