import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anyRequestId, useSeedApp } from '../helpers/app.js';
import { SEED_FILE } from '../helpers/seed-db.js';

const seed = useSeedApp();

describe('GET /v1/reports', () => {
  it('lists the seed report with its metadata and counts', async () => {
    const response = await seed.app.inject('/v1/reports');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    const body = response.json();
    expect(body).toEqual({
      items: [
        {
          id: expect.stringMatching(/^[0-9a-f]{12}$/),
          title: '连州市2020年上半年国民经济和社会发展计划执行情况的报告',
          region: '连州市',
          parentRegion: '清远市',
          year: 2020,
          period: '2020-H1',
          periodLabel: '上半年',
          publisher: '连州市发展和改革局',
          publishedAt: '2021-03-05T18:05:28+08:00',
          sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
          sourceFile: expect.stringContaining('lianzhou-2020-h1.txt'),
          loadedAt: expect.any(String),
          genre: 'plan-execution',
          format: 'text',
          mediaType: 'text/plain',
          sourceUrl: null,
          counts: {
            sections: expect.any(Number),
            sentences: expect.any(Number),
            observations: expect.any(Number),
            targets: expect.any(Number),
            rankings: expect.any(Number),
            projects: expect.any(Number),
            facts: expect.any(Number),
            flags: 1, // the refund to 839 firms, stated as 213万元 and as 323.12万元
          },
        },
      ],
      total: 1,
      limit: 50,
      offset: 0,
      next: null,
    });
    expect(body.items[0].counts.observations).toBeGreaterThan(10);
  });

  it('filters by region and period', async () => {
    expect((await seed.app.inject('/v1/reports?region=连州市&period=2020-H1')).json().total).toBe(1);
    expect((await seed.app.inject('/v1/reports?period=2021-H1')).json().total).toBe(0);
    const encoded = `/v1/reports?region=${encodeURIComponent('连州市')}`;
    expect((await seed.app.inject(encoded)).json().total).toBe(1);
  });

  it('filters by genre', async () => {
    expect((await seed.app.inject('/v1/reports?genre=plan-execution')).json().total).toBe(1);
    expect((await seed.app.inject('/v1/reports?genre=review-opinion')).json().total).toBe(0);
    expect((await seed.app.inject('/v1/reports?genre=memo')).statusCode).toBe(400);
  });

  it('rejects a malformed period with the offending parameter', async () => {
    const response = await seed.app.inject('/v1/reports?period=H1');
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.json()).toEqual({
      type: 'urn:report-indicators:problem:invalid-parameters',
      title: 'Bad Request',
      status: 400,
      detail: expect.stringContaining('period'),
      instance: '/v1/reports?period=H1',
      invalidParams: [{ in: 'query', name: 'period', reason: expect.any(String) }],
      ...anyRequestId,
    });
  });
});

describe('GET /v1/reports/{reportId}', () => {
  it('gives the report with its section tree in document order', async () => {
    const [summary] = (await seed.app.inject('/v1/reports')).json().items;
    const response = await seed.app.inject(`/v1/reports/${summary.id}`);
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({ ...summary, loadedAt: summary.loadedAt });
    const parts = report.sections.filter((s: { level: number }) => s.level === 1);
    expect(parts.map((s: { phase: string }) => s.phase)).toEqual(['reported', 'planned']);
    expect(parts[0].children.length).toBeGreaterThan(0);
    // The seed numbers two sections (三); both stay.
    const numbers = parts[0].children.map((s: { number: string | null }) => s.number);
    expect(numbers.filter((n: string | null) => n?.includes('三')).length).toBe(2);
  });

  it('answers 404 for an unknown id', async () => {
    const response = await seed.app.inject('/v1/reports/000000000000');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      type: 'urn:report-indicators:problem:not-found',
      title: 'Not Found',
      status: 404,
      detail: 'No report with id 000000000000',
      instance: '/v1/reports/000000000000',
      ...anyRequestId,
    });
  });

  it('answers 400 for an id that cannot be one', async () => {
    const response = await seed.app.inject(`/v1/reports/${encodeURIComponent("1' OR '1'='1")}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().invalidParams).toEqual([{ in: 'path', name: 'reportId', reason: 'a report id' }]);
  });
});

describe('GET /v1/reports/{reportId}/text and /original', () => {
  const reportId = async () => (await seed.app.inject('/v1/reports')).json().items[0].id as string;

  it('serves the text every provenance span indexes: each figure sliced out of it is the figure', async () => {
    const id = await reportId();
    const response = await seed.app.inject(`/v1/reports/${id}/text`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(response.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const text = response.body;
    const { items } = (await seed.app.inject('/v1/facts?limit=500')).json();
    expect(items.length).toBeGreaterThan(100);
    for (const fact of items) {
      const p = fact.provenance;
      expect(text.slice(p.sentenceStart, p.sentenceEnd)).toBe(p.sentence);
      expect(p.sentence).toContain(text.slice(p.start, p.end));
      expect(text.slice(p.start, p.end)).toBe(fact.raw);
    }
    const again = await seed.app.inject({
      url: `/v1/reports/${id}/text`,
      headers: { 'if-none-match': response.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
  });

  it('serves the original bytes with their media type and their sha256 as the tag', async () => {
    const id = await reportId();
    const response = await seed.app.inject(`/v1/reports/${id}/original`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    const bytes = response.rawPayload;
    expect(bytes.equals(readFileSync(SEED_FILE))).toBe(true);
    const sha = createHash('sha256').update(bytes).digest('hex');
    expect(response.headers.etag).toBe(`"sha256-${sha}"`);
    expect(response.headers['content-disposition']).toBe("inline; filename*=UTF-8''lianzhou-2020-h1.txt");
    const again = await seed.app.inject({
      url: `/v1/reports/${id}/original`,
      headers: { 'if-none-match': response.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
  });

  it('answers 404 problems for an unknown report', async () => {
    for (const tail of ['text', 'original']) {
      const response = await seed.app.inject(`/v1/reports/000000000000/${tail}`);
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    }
  });
});
