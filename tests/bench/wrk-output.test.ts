// The benchmarks' pure parts: reading wrk's output, and the verdicts drawn from the figures.

import { describe, expect, it } from 'vitest';
import { missedGoals } from '../../bench/lib/goals.js';
import { project } from '../../bench/lib/scaling.js';
import {
  aggregate,
  cpuPerRequest,
  type LoadSummary,
  majority,
  paceOf,
  ratioOf,
} from '../../bench/lib/summary.js';
import { parseTimes, parseWrkOutput, wrkScript } from '../../bench/lib/wrk-output.js';

// What `wrk …; times` prints with the benchmark's Lua script (figures invented).
const OUTPUT = `Running 5s test @ http://127.0.0.1:40000/v1/indicators/gdp
  1 threads and 50 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     4.10ms    1.20ms  40.00ms   90.00%
    Req/Sec    12.20k     1.00k   13.00k    70.00%
  61000 requests in 5.00s, 80.00MB read
Requests/sec:  12200.00
Transfer/sec:     16.00MB
WRK_JSON {"requests":61000,"durationUs":5000000,"bytes":83886080,"connect":0,"read":2,"write":0,"status":3,"timeout":1,"p50":3900,"p90":5200,"p99":9750,"max":40000}
0m0.010000s 0m0.020000s
0m2.100000s 0m2.400000s
`;

describe('wrk output', () => {
  it('reads the JSON line: rate, latency in ms, errors, non-2xx and bytes per response', () => {
    const summary = parseWrkOutput(OUTPUT);
    expect(summary).toMatchObject({
      generator: 'wrk',
      rps: 12_200,
      p50: 3.9,
      p99: 9.75,
      max: 40,
      requests: 61_000,
      seconds: 5,
      errors: 2,
      timeouts: 1,
      non2xx: 3,
    });
    expect(summary.bytesPerResponse).toBeCloseTo(83_886_080 / 61_000);
  });

  it("takes wrk's CPU from the children's line of `times`", () => {
    expect(parseTimes(OUTPUT)).toBeCloseTo(4.5);
    expect(parseWrkOutput(OUTPUT).loadCpuMs).toBeCloseTo(4500);
    expect(parseTimes('0m0.000000s 0m0.000000s\n1m1.500000s 0m0.500000s\n')).toBeCloseTo(62);
    expect(Number.isNaN(parseTimes('no times here'))).toBe(true);
  });

  it('fails loudly when the summary line is missing', () => {
    expect(() => parseWrkOutput('unable to connect to 127.0.0.1:1 Connection refused')).toThrow(/no summary/);
  });

  it('writes a script that sets the headers and prints the percentiles', () => {
    const script = wrkScript({ accept: 'application/json', 'accept-encoding': 'br' });
    expect(script).toContain('wrk.headers["accept"] = "application/json"');
    expect(script).toContain('latency:percentile(99)');
    expect(script).not.toContain('request = function');
  });

  it('cycles through several paths with a request function, and only then', () => {
    expect(wrkScript({}, ['/a', '/b?q=%E9%A3%8E'])).toContain('local paths = { "/a", "/b?q=%E9%A3%8E" }');
    expect(wrkScript({}, ['/a'])).not.toContain('request = function');
  });
});

function run(figures: Partial<LoadSummary>): LoadSummary {
  return {
    generator: 'wrk',
    rps: 1000,
    p50: 1,
    p99: 5,
    max: 10,
    requests: 5000,
    seconds: 5,
    bytesPerResponse: 100,
    errors: 0,
    timeouts: 0,
    non2xx: 0,
    statusCodes: {},
    loadCpuMs: 1000,
    serverCpuMs: 5000,
    ...figures,
  };
}

describe('who set the pace', () => {
  it('is the server when it used its core, the client when only the client did, else neither', () => {
    expect(paceOf(0.3, 0.98)).toBe('server');
    expect(paceOf(0.99, 0.98)).toBe('server');
    expect(paceOf(0.97, 0.6)).toBe('client');
    expect(paceOf(0.4, 0.5)).toBe('neither');
  });

  it('is read from a run by CPU over wall time', () => {
    const summaries = [
      run({ serverCpuMs: 4900 }),
      run({ serverCpuMs: 2000, loadCpuMs: 4800 }),
      run({ serverCpuMs: 4800 }),
    ];
    expect(aggregate(summaries).pace).toBe('server');
    expect(aggregate(summaries).busy).toBeCloseTo(0.96);
    expect(cpuPerRequest(run({}))).toBe(1000);
  });

  it('takes the most frequent value, the first on a tie', () => {
    expect(majority(['a', 'b', 'b'])).toBe('b');
    expect(majority(['a', 'b'])).toBe('a');
    expect(majority([])).toBeUndefined();
  });
});

describe('ratios and goals', () => {
  it('compares rounds side by side and takes the median', () => {
    const real = [run({ rps: 750 }), run({ rps: 900 }), run({ rps: 600 })];
    const ceiling = [run({ rps: 1000 }), run({ rps: 1000 }), run({ rps: 1000 })];
    expect(ratioOf(real, ceiling)).toBeCloseTo(0.75);
    expect(ratioOf(real, ceiling, (s) => s.p99)).toBe(1);
  });

  const met = {
    toBare: 0.8,
    toProduction: 1.1,
    p99ToBare: 1.2,
    goal: 0.75,
    p99Goal: 1.5,
    failures: 0,
    ceilingFailures: 0,
  };

  it('passes a route that meets every goal', () => {
    expect(missedGoals(met)).toEqual([]);
  });

  it('names each goal a route misses', () => {
    expect(missedGoals({ ...met, toBare: 0.7 })).toEqual(['0.70 of bare Fastify < 0.75']);
    expect(missedGoals({ ...met, toProduction: 0.98 })).toEqual([
      'below the production-plugins ceiling (0.98)',
    ]);
    expect(missedGoals({ ...met, p99ToBare: 1.6 })).toEqual(["p99 1.60 × bare Fastify's > 1.5 ×"]);
    expect(missedGoals({ ...met, failures: 3, ceilingFailures: 1 })).toEqual([
      '3 errors/non-2xx',
      'a ceiling had 1 errors',
    ]);
  });
});

describe('projection', () => {
  it('extends the line through two measured points', () => {
    expect(project({ reports: 1, value: 1 }, { reports: 10_001, value: 2001 }, 50_001)).toEqual({
      perReport: 0.2,
      value: 10_001,
    });
  });

  it('keeps a figure that did not grow flat', () => {
    expect(project({ reports: 1, value: 90 }, { reports: 10_000, value: 80 }, 50_000)).toEqual({
      perReport: 0,
      value: 80,
    });
  });
});
