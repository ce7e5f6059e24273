// One request with node:http, which (unlike fetch) leaves the body as sent on the wire, so the
// ceiling server can be given exactly the bytes the real server sends.

import { request } from 'node:http';

export interface Probe {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export function probe(url: string, headers: Record<string, string>, timeoutMs = 10_000): Promise<Probe> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.setTimeout(timeoutMs, () =>
      req.destroy(new Error(`no answer from ${url} within ${timeoutMs / 1000} s`)),
    );
    req.on('error', reject);
    req.end();
  });
}
