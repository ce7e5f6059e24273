// The explorer in a real browser (Debian's Chromium through playwright-core), over a running
// server: what a person sees, that every figure opens its sentence, and that the pages make no
// request beyond the server and log no error. Screenshots go to .tmp/ for a human look.

import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Browser,
  CHROMIUM,
  type ExplorerServer,
  hasChromium,
  launchBrowser,
  startExplorerServer,
} from '../helpers/explorer.js';

if (!hasChromium)
  console.warn(`explorer browser tests skipped: ${CHROMIUM} is missing (apt-get install chromium)`);

interface Provenance {
  reportId: string;
  start: number;
  end: number;
}
interface Observation {
  value: number;
  unit: string;
  raw: string;
  provenance: Provenance;
}

const SHOTS = '.tmp/explorer';
let server: ExplorerServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];
const requests: string[] = [];

async function api<T>(path: string): Promise<T> {
  const response = await fetch(server.base + path);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

async function open(path: string): Promise<void> {
  await page.goto(server.base + path);
  await page.waitForSelector('main h1');
  await page.waitForLoadState('networkidle');
}

describe.skipIf(!hasChromium)('the explorer in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startExplorerServer();
    browser = await launchBrowser();
    page = await browser.context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the seed report with its GDP card, and the card opens the sentence with the figure highlighted', async () => {
    const [report] = (await api<{ items: { id: string }[] }>('/v1/reports?region=连州市')).items;
    const reportId = report?.id as string;
    const [gdp] = (
      await api<{ items: Observation[] }>(`/v1/observations?report=${reportId}&indicator=gdp&measure=level`)
    ).items;
    expect(gdp).toBeDefined();
    const { value, provenance } = gdp as Observation;

    await open(`/?report=${reportId}`);
    const card = page.locator('.card[data-indicator="gdp"] a.big');
    const shown = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(value);
    expect(await card.textContent()).toContain(shown);
    await page.screenshot({ path: `${SHOTS}/report.png`, fullPage: true });

    // Every digit on the cards is inside a link to its source.
    const unlinked = await page.$$eval('.cards', (cards) => {
      const out: string[] = [];
      for (const card of cards) {
        // 4 = NodeFilter.SHOW_TEXT (this file is type-checked without the DOM library).
        const walker = card.ownerDocument.createTreeWalker(card, 4);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const link = node.parentElement?.closest('a');
          if (/\d/.test(node.textContent ?? '') && !link?.href.includes('start='))
            out.push(node.textContent ?? '');
        }
      }
      return out;
    });
    expect(unlinked).toEqual([]);

    await card.click();
    await page.waitForSelector('mark#figure');
    expect(new URL(page.url()).searchParams.get('start')).toBe(String(provenance.start));
    const text = await (await fetch(`${server.base}/v1/reports/${reportId}/text`)).text();
    const highlighted = await page.locator('mark#figure').textContent();
    expect(highlighted).toBe(text.slice(provenance.start, provenance.end));
    expect(highlighted).toBe(gdp?.raw);
    const inView = await page.$eval('mark#figure', (mark) => {
      const box = mark.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= (mark.ownerDocument.defaultView?.innerHeight ?? 0);
    });
    expect(inView).toBe(true);
    await page.screenshot({ path: `${SHOTS}/source.png` });

    await page.goBack();
    await page.waitForSelector('.card[data-indicator="gdp"]');

    // A project's investment opens its first mention, which names it.
    const project = page.locator('table.projects tbody tr').first();
    const name = await project.locator('td').first().textContent();
    await project.locator('td.num a').first().click();
    await page.waitForSelector('mark#figure');
    expect(await page.locator('mark#figure').textContent()).toContain(name);
  });

  it("lists the report's flags, each place opening its sentence", async () => {
    const [report] = (await api<{ items: { id: string }[] }>('/v1/reports?region=连州市')).items;
    const flags = (await api<{ items: { message: string }[] }>(`/v1/flags?report=${report?.id}`)).items;
    expect(flags.length).toBeGreaterThan(0);
    await open(`/?report=${report?.id}`);
    const items = page.locator('ul.flags li');
    expect(await items.count()).toBe(flags.length);
    expect(await items.first().textContent()).toContain(flags[0]?.message);
    await items.first().locator('a.fig').first().click();
    await page.waitForSelector('mark#figure');
  });

  it('charts an indicator: one bar per sibling region, targets as markers, and the CSV of the rows shown', async () => {
    const key = encodeURIComponent('固定资产投资');
    const comparison = await api<{ items: { region: string }[] }>(
      `/v1/indicators/${key}/compare?period=2021-Q1&parentRegion=${encodeURIComponent('东江市')}`,
    );
    await open(`/?indicator=${key}&period=2021-Q1&parentRegion=${encodeURIComponent('东江市')}`);
    const bars = await page.$$eval('svg.chart rect.bar', (rects) =>
      rects.map((r) => r.getAttribute('data-region')),
    );
    expect(bars).toEqual(comparison.items.map((row) => row.region));
    expect(bars).toHaveLength(3);
    expect(await page.locator('svg.chart line.target').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/indicator.png`, fullPage: true });

    const csvLink = await page.locator('a[download]').getAttribute('href');
    const csv = await (await fetch(server.base + csvLink)).text();
    const rowsShown = await page.locator('table.observations tbody tr').count();
    expect(csv.trim().split('\n').length - 1).toBe(rowsShown);

    await page.locator('svg.chart a.bar-link').first().click();
    await page.waitForSelector('mark#figure');
  });

  it('lists the indicators with values, each opening its page', async () => {
    await open('/?view=indicators');
    await page.click(`a[href="/?indicator=gdp"] >> nth=0`);
    await page.waitForSelector('svg.chart');
    expect(await page.locator('h1').textContent()).toContain('地区生产总值');
  });

  it('finds a Chinese phrase and highlights it', async () => {
    await open('/?view=search');
    await page.fill('input[name="q"]', '风电场');
    await page.press('input[name="q"]', 'Enter');
    await page.waitForSelector('.hits li');
    const marks = await page.$$eval('.hits mark', (all) => all.map((m) => m.textContent));
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['风电场']));
    expect(new URL(page.url()).searchParams.get('q')).toBe('风电场');
    await page.screenshot({ path: `${SHOTS}/search.png` });
  });

  it('fits a phone screen without sideways scrolling of the page', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open('/');
    await page.click('table.reports tbody tr a');
    await page.waitForSelector('.cards');
    const overflow = await page.$eval('html', (html) => html.scrollWidth - html.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/phone-report.png` });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('logged no error and requested nothing beyond the server', () => {
    expect(errors).toEqual([]);
    expect(requests.length).toBeGreaterThan(10);
    expect(requests.filter((url) => !url.startsWith(`${server.base}/`))).toEqual([]);
  });
});
