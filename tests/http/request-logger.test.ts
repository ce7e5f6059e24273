import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { LazyRequestLogger } from '../../src/http/request-logger.js';

function memoryLogger(level: string) {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: pino({ level }, stream), lines };
}

describe('LazyRequestLogger', () => {
  it('builds the child on first use only, and logs with its bindings', () => {
    const { logger, lines } = memoryLogger('info');
    let children = 0;
    const parent = Object.assign(Object.create(logger), {
      child: (...args: Parameters<typeof logger.child>) => {
        children++;
        return logger.child(...args);
      },
    }) as typeof logger;
    const log = new LazyRequestLogger(parent, { reqId: 'r-1' }, {});
    expect(log.level).toBe('info');
    expect(children).toBe(0);
    log.info({ answer: 42 }, 'hello');
    log.warn('again');
    expect(children).toBe(1);
    expect(lines).toEqual([
      expect.objectContaining({ level: 30, reqId: 'r-1', answer: 42, msg: 'hello' }),
      expect.objectContaining({ level: 40, reqId: 'r-1', msg: 'again' }),
    ]);
  });

  it('honours a level of its own and passes child() through', () => {
    const { logger, lines } = memoryLogger('info');
    const log = new LazyRequestLogger(logger, { reqId: 'r-2' }, { level: 'warn' });
    expect(log.level).toBe('warn');
    log.info('dropped');
    log.child({ step: 'inner' }).error('kept');
    expect(lines).toEqual([expect.objectContaining({ level: 50, reqId: 'r-2', step: 'inner', msg: 'kept' })]);
  });
});
