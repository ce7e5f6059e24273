// Text normalisation shared by the parser, the catalogue and the API's name lookup.

/** U+FE50…U+FE6B, one character each; a space where the form has no plain twin. */
const SMALL_FORMS = ',、. ;:?!—(){}[]#&*+-<>= \\$%@';

/** What `code` at `i` folds to, or null when it stays as it is. */
function foldedChar(text: string, i: number, code: number): string | null {
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0x3000 || code === 0x00a0 || code === 0x2002 || code === 0x2003 || code === 0x2009) return ' ';
  if (code === 0xfeff) return ' ';
  // Small and vertical forms (﹙%﹚, ︰, ﹔) and the ratio sign ∶: the plain punctuation they stand for.
  if (code >= 0xfe50 && code <= 0xfe6b && SMALL_FORMS[code - 0xfe50]?.trim())
    return SMALL_FORMS[code - 0xfe50] ?? null;
  if (code === 0xfe30 || code === 0x2236) return ':';
  // ℅ (care of) typed for % by input methods that offer it beside the per-cent sign: 增长A℅.
  if (code === 0x2105) return '%';
  // ― (horizontal bar) typed for the dash of 1―N月: a hyphen between digits, as every period
  // pattern reads it; elsewhere (――) the em dash it looks like.
  if (code === 0x2015)
    return /[\d０-９]/.test(text[i - 1] ?? '') && /[\d０-９]/.test(text[i + 1] ?? '') ? '-' : '—';
  return null;
}

/**
 * Folds full-width ASCII (！–～) to half-width and ideographic / no-break spaces to a space,
 * one UTF-16 unit for one, so offsets into the folded text are offsets into the source.
 * Chinese punctuation with no ASCII twin (、。“”) is left alone.
 */
export function foldWidth(text: string): string {
  // The runs between folded characters are copied whole: a string built one character at a time was
  // 8% of the bytes the parser allocates (session 31).
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII, Latin and the CJK ideographs and punctuation between U+3001 and U+FE2F never fold (foldedChar's
    // lowest code but U+00A0 is U+2002, and none lies strictly between U+3000 and U+FE30): no call for them.
    if (code < 0x2002 ? code !== 0x00a0 : code > 0x3000 && code < 0xfe30) continue;
    const to = foldedChar(text, i, code);
    if (to === null) continue;
    out += text.slice(copied, i) + to;
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** A unit in trailing brackets of an indicator name: 商品房销售面积(万平方米) → 万平方米. */
const TRAILING_UNIT = /[(（]([^()（）]{1,8})[)）]\s*$/;

/** Splits a row name into the indicator name and the unit written in its trailing brackets. */
export function splitNameUnit(name: string): { name: string; unit: string | null } {
  const folded = foldWidth(name).trim();
  const match = TRAILING_UNIT.exec(folded);
  if (!match || match[1] === undefined) return { name: folded, unit: null };
  const inner = match[1].trim();
  // Only strip brackets that hold a unit, not a clarification such as (GDP) or (市、区).
  if (
    !/^(?:%|[万亿千百十]?(?:元|美元|人|人次|平方米|亩|吨|千瓦时|户|个|家|辆|公里|件)|万?千瓦)$/.test(inner)
  ) {
    return { name: folded, unit: null };
  }
  return { name: folded.slice(0, match.index).trim(), unit: inner };
}

/**
 * The key names are compared by: width folded, spaces and brackets around units removed,
 * Latin letters lower-cased. `地区生产总值（亿元）`, `地区生产总值` and ` 地区生产总值 ` match.
 */
export function normaliseName(name: string): string {
  const known = normalised.get(name);
  if (known !== undefined) return known;
  const key = splitNameUnit(name.normalize('NFKC')).name.replace(/\s+/g, '').toLowerCase();
  // A report names the same few hundred indicators over and over: keep the keys, within bounds.
  if (normalised.size >= NORMALISED_MAX) normalised.clear();
  normalised.set(name, key);
  return key;
}

const NORMALISED_MAX = 20_000;
const normalised = new Map<string, string>();
