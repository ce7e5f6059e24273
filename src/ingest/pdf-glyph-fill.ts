// A glyph a PDF draws in another font inside a run of text: pdf.js gives the run with a space where the
// glyph stands (7.9 53.6 38.5, set in the body font) and the glyph as an item of its own placed inside
// the run's extent (∶ from a fallback font). Sorted by x, the glyph would follow the whole run
// (7.9 53.6 38.5∶∶); it belongs in the space it was drawn over (7.9∶53.6∶38.5).

import type { PlacedText } from './pdf-lines.js';

/** How far (in characters of the run) from where the glyph falls the space it fills may be. */
const REACH = 1.5;

/** The row's items with each short item drawn inside a longer one's gap put into that gap. */
export function withGlyphsFilled(row: PlacedText[]): PlacedText[] {
  const runs = row.filter((i) => i.text.length >= 3 && i.text.includes(' ') && i.width > 0);
  if (runs.length === 0) return row;
  const filled = new Set<PlacedText>();
  for (const glyph of row) {
    if (glyph.text.length > 2 || runs.includes(glyph)) continue;
    const run = runs.find((r) => glyph.x > r.x && glyph.x + glyph.width < r.x + r.width);
    if (!run) continue;
    const perChar = run.width / run.text.length;
    const at = (glyph.x + glyph.width / 2 - run.x) / perChar;
    let best = -1;
    for (let k = 0; k < run.text.length; k++)
      if (
        run.text[k] === ' ' &&
        Math.abs(k + 0.5 - at) <= REACH &&
        (best < 0 || Math.abs(k + 0.5 - at) < Math.abs(best + 0.5 - at))
      )
        best = k;
    if (best < 0) continue;
    run.text = run.text.slice(0, best) + glyph.text + run.text.slice(best + 1);
    filled.add(glyph);
  }
  return filled.size === 0 ? row : row.filter((i) => !filled.has(i));
}
