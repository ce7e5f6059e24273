import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/parse/decode.js';
import { parseReport } from '../../src/parse/index.js';

const utf8 = readFileSync(new URL('../fixtures/hexi-2021-q1.txt', import.meta.url));
const text = utf8.toString('utf8');

function utf16(bigEndian: boolean): Buffer {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  return bigEndian ? le.swap16() : le;
}

describe('decoding UTF-16 with a byte-order mark', () => {
  for (const bigEndian of [false, true]) {
    it(`reads ${bigEndian ? 'big' : 'little'}-endian text like the UTF-8 file, with a warning`, () => {
      const decoded = decodeBytes(utf16(bigEndian));
      expect(decoded.text).toBe(text);
      expect(decoded.problems.map((p) => p.code)).toEqual(['decoded-utf16']);
      const fromUtf16 = parseReport(utf16(bigEndian), { sourceName: 'x' }).report;
      const fromUtf8 = parseReport(utf8, { sourceName: 'x' }).report;
      expect(fromUtf16?.targets).toEqual(fromUtf8?.targets);
      expect(fromUtf16?.meta.region).toBe(fromUtf8?.meta.region);
    });
  }

  it('refuses a UTF-16 mark followed by an unpaired surrogate', () => {
    const bytes = Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]);
    expect(decodeBytes(bytes).problems.map((p) => p.code)).toEqual(['not-utf8']);
  });
});
