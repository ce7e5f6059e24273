// Loading a file reader must not leave the process on a library's polyfills: pdfjs's legacy build
// replaced Array.prototype.push, JSON.parse and JSON.stringify with core-js functions for every later
// push and JSON call (the parser's and the server's), which cost the parser a sizeable share of its time
// (docs/parser-speed.md, "Session 28"). What a library adds stays.

import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { keepingBuiltins } from '../../src/ingest/keep-builtins.js';
import { fixture } from './helpers.js';

// core-js also makes its functions' toString say `[native code]`: ask a fresh realm's toString instead.
const toSource = runInNewContext('Function.prototype.toString') as (this: unknown) => string;
const native = (fn: unknown) =>
  typeof fn === 'function' && /\{\s*\[native code\]\s*\}$/.test(toSource.call(fn));

const FILES = [
  'formats/xishan-2022-q3.pdf',
  'formats/xishan-2022-q3.docx',
  'formats/xishan-2022-q3.doc',
  'formats/xishan-2022-q3.wps',
  'formats/yaosha-2025-m4-indicators.xls',
  'formats/xishan-2022-q3.gbk.html',
];

describe('builtins after the file readers have loaded', () => {
  it('are the natives, for every format read', async () => {
    for (const name of FILES) {
      const { document } = await ingest(fixture(name), { name: name.split('/').pop() as string });
      expect(document, name).not.toBeNull();
    }
    const xlsx = readFileSync(new URL('../accuracy/tuomasu-2025-q3-projects.xlsx', import.meta.url));
    expect((await ingest(xlsx, { name: 'projects.xlsx' })).document).not.toBeNull();
    expect(native(Array.prototype.push)).toBe(true);
    expect(native(JSON.parse)).toBe(true);
    expect(native(JSON.stringify)).toBe(true);
  });

  it('keepingBuiltins puts a replaced builtin back and keeps an added one', async () => {
    const own = Array.prototype.includes;
    const loaded = await keepingBuiltins(async () => {
      Array.prototype.includes = function includes() {
        return false;
      };
      (Math as { addedForTest?: () => number }).addedForTest = () => 1;
      return 'loaded';
    });
    expect(loaded).toBe('loaded');
    expect(Array.prototype.includes).toBe(own);
    expect([1].includes(1)).toBe(true);
    expect((Math as { addedForTest?: () => number }).addedForTest?.()).toBe(1);
    delete (Math as { addedForTest?: () => number }).addedForTest;
  });
});
