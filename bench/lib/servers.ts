// Starts and stops the servers under test as child processes, so the load generator, the servers
// and this coordinating script never share an event loop, and reads their memory from /proc.

import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { type AddressInfo, createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const COMPILED_SERVER = path.join(ROOT, 'dist', 'src', 'server.js');

/** Production settings, except a rate limit no benchmark can reach (config.ts allows up to 10M). */
export const PRODUCTION_ENV = { RATE_LIMIT_MAX: '10000000' } as const;

const children = new Set<ChildProcess>();

let pins: { client: number; server: number } | null | undefined;

/**
 * The cores the load generator and the servers under test are pinned to (taskset), so neither
 * steals the other's core: BENCH_CLIENT_CPU (0) and BENCH_SERVER_CPU (1). Null when taskset is
 * missing, the machine has one core, or BENCH_PIN=0.
 */
export function pinning(): { client: number; server: number } | null {
  if (pins === undefined) {
    const cores = cpus().length;
    const taskset = spawnSync('taskset', ['-V'], { encoding: 'utf8' }).error === undefined;
    pins =
      process.env.BENCH_PIN === '0' || cores < 2 || !taskset
        ? null
        : {
            client: Number(process.env.BENCH_CLIENT_CPU ?? 0),
            server: Number(process.env.BENCH_SERVER_CPU ?? 1),
          };
  }
  return pins;
}

/** One line saying how the processes are placed. */
export function describePinning(): string {
  const pin = pinning();
  return pin
    ? `pinned with taskset: load generator on core ${pin.client}, servers under test on core ${pin.server}`
    : 'not pinned (taskset missing, one core, or BENCH_PIN=0): client and server share the cores';
}

function killAll(): void {
  for (const child of children) child.kill('SIGKILL');
}
// Children must not outlive the benchmark, however it ends.
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the servers`);
    killAll();
    process.exit(130);
  });
}

export function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** What a load generator's process printed, once it exits. */
export function outputOf(child: ChildProcess): Promise<{ code: number | null; out: string; err: string }> {
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, out, err })));
}

/**
 * Node's arguments in `npm start` (package.json), so the benchmarks run the server exactly as
 * users do, V8 flags included; `node` must come first and the compiled server last.
 */
function startArguments(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  const [program, ...args] = (manifest.scripts?.start ?? '').trim().split(/\s+/);
  if (program !== 'node' || args.at(-1) !== path.relative(ROOT, COMPILED_SERVER)) {
    throw new Error(
      `package.json "start" is not "node [flags] dist/src/server.js": ${manifest.scripts?.start}`,
    );
  }
  return [...args.slice(0, -1), COMPILED_SERVER];
}

/** The V8 flags `npm start` gives node, for other servers that should run under the same ones. */
export function nodeFlags(): string[] {
  return startArguments().slice(0, -1);
}

/**
 * The command that starts the production server. The compiled build is what `npm start` runs and
 * what gives realistic numbers (no transpiler loaded); tsx is the fallback if the build fails.
 */
/**
 * `npm run build`, once per process (BENCH_NO_BUILD=1 skips it): tsc, the explorer bundle and the
 * server bundle (scripts/bundle-server.ts), so every benchmark times the server `npm start` runs.
 */
export function buildAsNpmStart(): void {
  if (process.env.BENCH_NO_BUILD === '1') return;
  process.stdout.write('npm run build (tsc, the explorer bundle, the server bundle) … ');
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
  console.log('ok');
  process.env.BENCH_NO_BUILD = '1';
}

export function serverCommand(): string[] {
  if (process.env.BENCH_LOG_LEVEL) {
    console.log(
      `NOTE: BENCH_LOG_LEVEL=${process.env.BENCH_LOG_LEVEL} overrides the default log level (diagnosis only)`,
    );
  }
  buildAsNpmStart();
  if (existsSync(COMPILED_SERVER)) {
    const args = startArguments();
    console.log(
      `server: node ${args.map((arg) => path.relative(ROOT, arg) || arg).join(' ')} (as npm start)`,
    );
    return args;
  }
  console.log('no compiled server: running src/server.ts through tsx (slower than production)');
  return ['--import', 'tsx', path.join(ROOT, 'src', 'server.ts')];
}

export interface Server {
  label: string;
  url: string;
  pid: number;
  /** The last output, for diagnosing a crash. */
  tail(): string;
  stop(): Promise<void>;
}

/** The variables src/config.ts reads: inherited values would not be "as users run it". */
const SERVICE_ENV = [
  'PORT',
  'HOST',
  'DB_FILE',
  'LOG_LEVEL',
  'CORS_ORIGINS',
  'RATE_LIMIT_MAX',
  'RATE_LIMIT_WINDOW',
  'REQUEST_TIMEOUT_MS',
];

/** A port free on the loopback interface right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Whether anything answers HTTP at url (any status counts: the process is listening). */
function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(url, (res) => {
      res.resume();
      resolve(true);
    });
    req.setTimeout(1000, () => req.destroy());
    req.on('error', () => resolve(false));
    req.end();
  });
}

/**
 * Spawns `node ARGS` listening on 127.0.0.1 at a free port and resolves once it answers HTTP,
 * so readiness does not depend on the log level.
 */
export async function startServer(
  label: string,
  args: string[],
  env: Record<string, string>,
): Promise<Server> {
  const port = await freePort();
  const inherited = { ...process.env };
  for (const name of SERVICE_ENV) delete inherited[name];
  // The server logs to a file, as under a process manager or a log shipper tailing files: a pipe
  // drained by this script would make the server's log backlog depend on this script's CPU share.
  const logFile = path.join(
    mkdtempSync(path.join(tmpdir(), 'bench-log-')),
    `${label.replace(/\W+/g, '-')}.log`,
  );
  const fd = openSync(logFile, 'w');
  const pin = pinning();
  // taskset execs node, so the child's pid is the server's.
  const [program, ...argv] = pin
    ? ['taskset', '-c', String(pin.server), process.execPath, ...args]
    : [process.execPath, ...args];
  const child = track(
    spawn(program as string, argv, {
      cwd: ROOT,
      env: { ...inherited, HOST: '127.0.0.1', PORT: String(port), ...env },
      stdio: ['ignore', fd, fd],
    }),
  );
  closeSync(fd);
  child.once('exit', () => rmSync(path.dirname(logFile), { recursive: true, force: true }));
  const tail = () => {
    try {
      return readFileSync(logFile, 'utf8').slice(-2000);
    } catch {
      return '';
    }
  };
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 120_000;
  while (!(await answers(url))) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${label} exited (${child.exitCode ?? child.signalCode}) before listening:\n${tail()}`);
    }
    if (Date.now() > until) {
      await stopChild(child);
      throw new Error(`${label} did not start within 120 s:\n${tail()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { label, url, pid: child.pid ?? -1, tail, stop: () => stopChild(child) };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  // The real server drains in-flight requests for up to 10 s (close-with-grace) before exiting.
  const timer = setTimeout(() => child.kill('SIGKILL'), 12_000);
  await exited;
  clearTimeout(timer);
}

/** GET url's status, or 0 when nothing answers. */
function statusOf(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request(url, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.setTimeout(1000, () => req.destroy());
    req.on('error', () => resolve(0));
    req.end();
  });
}

/**
 * Milliseconds from spawning the production server on `dbFile` until /ready answers 200 (polled
 * every 5 ms), as an orchestrator would see a new replica, and the CPU time the server had used by
 * then (what the start-up costs whatever else the machine is doing); the server is stopped afterwards.
 */
export async function timeToReady(
  command: string[],
  dbFile: string,
): Promise<{ wallMs: number; cpuMs: number }> {
  const port = await freePort();
  const inherited = { ...process.env };
  for (const name of SERVICE_ENV) delete inherited[name];
  const pin = pinning();
  const [program, ...argv] = pin
    ? ['taskset', '-c', String(pin.server), process.execPath, ...command]
    : [process.execPath, ...command];
  const began = performance.now();
  const child = track(
    spawn(program as string, argv, {
      cwd: ROOT,
      env: { ...inherited, ...PRODUCTION_ENV, HOST: '127.0.0.1', PORT: String(port), DB_FILE: dbFile },
      stdio: 'ignore',
    }),
  );
  try {
    while ((await statusOf(`http://127.0.0.1:${port}/ready`)) !== 200) {
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error('the server exited before ready');
      if (performance.now() - began > 60_000) throw new Error('not ready within 60 s');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return { wallMs: performance.now() - began, cpuMs: cpuTimeMs(child.pid ?? -1) };
  } finally {
    await stopChild(child);
  }
}

export function startRealServer(command: string[], dbFile: string, label = 'server'): Promise<Server> {
  // BENCH_LOG_LEVEL is for diagnosis only (e.g. how much the request log costs); unset, the
  // server logs at its default level as in production.
  const level: Record<string, string> = process.env.BENCH_LOG_LEVEL
    ? { LOG_LEVEL: process.env.BENCH_LOG_LEVEL }
    : {};
  return startServer(label, command, { ...PRODUCTION_ENV, ...level, DB_FILE: dbFile });
}

export interface Memory {
  /** Resident set (VmRSS), MB. */
  rss: number;
  /** Highest resident set so far (VmHWM), MB. */
  peak: number;
  /** Private memory: the JS heap, native allocations, SQLite's page cache (RssAnon), MB. */
  anon: number;
  /** File pages mapped in: code, and the database file when SQLite uses mmap (RssFile), MB. */
  file: number;
}

/** A process's memory from /proc (Linux only); NaN when it cannot be read. */
export function memoryOf(pid: number): Memory {
  let status = '';
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    // The process is gone; NaN makes any goal fail visibly.
  }
  const mb = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? Number.NaN) / 1024;
  return { rss: mb('VmRSS'), peak: mb('VmHWM'), anon: mb('RssAnon'), file: mb('RssFile') };
}

/** Linux's USER_HZ: /proc reports CPU times in these ticks (100 per second on every Linux build). */
const CLOCK_TICKS = 100;

/** CPU time (user + system, every thread) a process has used so far, in ms; NaN off Linux. */
export function cpuTimeMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return Number.NaN;
  }
}

/** Samples a process's memory until stopped and returns the highest of each figure seen. */
export function watchMemory(pid: number, everyMs = 500): { stop(): Memory } {
  const max: Memory = memoryOf(pid);
  const timer = setInterval(() => {
    const m = memoryOf(pid);
    max.rss = Math.max(max.rss, m.rss);
    max.peak = Math.max(max.peak, m.peak);
    max.anon = Math.max(max.anon, m.anon);
    max.file = Math.max(max.file, m.file);
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return max;
    },
  };
}
