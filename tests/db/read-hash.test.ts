// The parse hash (what the content hash takes of each report) follows what the parse is a function of.

import { describe, expect, it } from 'vitest';
import { parseHash } from '../../src/db/read-hash.js';

const sha = (c: string) => c.repeat(64);

describe('the parse hash', () => {
  it('is the same for the same source, name and options', () => {
    expect(parseHash(sha('a'), { name: 'x.txt' }, { region: '某县' })).toBe(
      parseHash(sha('a'), { name: 'x.txt' }, { region: '某县' }),
    );
  });

  it('changes with the bytes, the name, the media type and every option the parse reads', () => {
    const base = parseHash(sha('a'), { name: 'x.txt' }, {});
    const others = [
      parseHash(sha('b'), { name: 'x.txt' }, {}),
      parseHash(sha('a'), { name: 'y.txt' }, {}),
      parseHash(sha('a'), { name: 'x.txt', mediaType: 'text/html' }, {}),
      parseHash(sha('a'), { name: 'x.txt' }, { region: '某县' }),
      parseHash(sha('a'), { name: 'x.txt' }, { period: '2022-H1' }),
      parseHash(sha('a'), { name: 'x.txt' }, { genre: 'statistics-analysis' }),
    ];
    expect(new Set([base, ...others]).size).toBe(others.length + 1);
  });
});
