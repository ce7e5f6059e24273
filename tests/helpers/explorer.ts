// What the explorer's browser tests and `npm run screenshots` share: a database with the seed
// report and three sibling counties of one invented city, the app listening on a free port, and
// Debian's Chromium driven by playwright-core with nothing reaching beyond 127.0.0.1.

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type BrowserContext, chromium } from 'playwright-core';
import { buildApp } from '../../src/app.js';
import { buildSeedDb, SEED_FILE } from './seed-db.js';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

const HEXI = readFileSync(new URL('../fixtures/hexi-2021-q1.txt', import.meta.url), 'utf8');

/** The Hexi report retold for another county of 东江市: its investment growth and claimed rank. */
function sibling(region: string, growth: string, rank: string): string {
  return HEXI.replaceAll('河西县', region)
    .replaceAll('１２．３％', `${growth}％`)
    .replace('12.3%', `${growth}%`)
    .replace('排名第二', `排名第${rank}`);
}

export interface ExplorerServer {
  app: FastifyInstance;
  base: string;
  close(): Promise<void>;
}

/** The app over the seed report plus 河西县, 河东县 and 河南县, on 127.0.0.1 and a free port. */
export async function startExplorerServer(): Promise<ExplorerServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'explorer-'));
  const files = [
    ['hexi.txt', HEXI],
    ['hedong.txt', sibling('河东县', '15.0', '一')],
    ['henan.txt', sibling('河南县', '8.0', '一')],
  ].map(([name, text]) => {
    const file = path.join(dir, name as string);
    writeFileSync(file, text as string);
    return file;
  });
  const db = await buildSeedDb([SEED_FILE, ...files]);
  const app = await buildApp({ dbFile: db.file, logLevel: 'silent', rateLimit: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    base: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      db.cleanup();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile and its background traffic (updates, sync…) off. */
export async function launchBrowser(viewport = { width: 1280, height: 900 }): Promise<Browser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'explorer-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport,
    locale: 'zh-CN',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
