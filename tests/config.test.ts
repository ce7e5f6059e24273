import { describe, expect, it } from 'vitest';
import { ConfigError, loadEnv } from '../src/config.js';

describe('loadEnv', () => {
  it('has defaults for everything', () => {
    expect(loadEnv({})).toEqual({
      PORT: 3000,
      HOST: '127.0.0.1',
      DB_FILE: 'db/indicators.sqlite',
      LOG_LEVEL: 'info',
      CORS_ORIGINS: '*',
      RATE_LIMIT_MAX: 600,
      RATE_LIMIT_WINDOW: 60000,
      REQUEST_TIMEOUT_MS: 10000,
    });
  });

  it('reads every variable', () => {
    expect(
      loadEnv({
        PORT: '8080',
        HOST: '0.0.0.0',
        DB_FILE: '/data/x.sqlite',
        LOG_LEVEL: 'warn',
        CORS_ORIGINS: 'https://a.example, http://localhost:5173',
        RATE_LIMIT_MAX: '100',
        RATE_LIMIT_WINDOW: '1 minute',
        REQUEST_TIMEOUT_MS: '5000',
        UNRELATED: 'ignored',
      }),
    ).toEqual({
      PORT: 8080,
      HOST: '0.0.0.0',
      DB_FILE: '/data/x.sqlite',
      LOG_LEVEL: 'warn',
      CORS_ORIGINS: ['https://a.example', 'http://localhost:5173'],
      RATE_LIMIT_MAX: 100,
      RATE_LIMIT_WINDOW: '1 minute',
      REQUEST_TIMEOUT_MS: 5000,
    });
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['LOG_LEVEL', 'loud'],
    ['CORS_ORIGINS', 'not an origin'],
    ['RATE_LIMIT_MAX', '0'],
    ['RATE_LIMIT_MAX', '-5'],
    ['RATE_LIMIT_WINDOW', 'soon'],
    ['REQUEST_TIMEOUT_MS', '1.5'],
  ])('rejects %s=%s with a one-line message naming the variable', (name, value) => {
    const attempt = () => loadEnv({ [name]: value });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(new RegExp(`^invalid ${name}=`));
    try {
      attempt();
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });
});
