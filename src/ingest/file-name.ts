// The name a file was given (连州市2020年上半年经济运行情况.docx), as a hint the parser may fall back
// on when the text names neither place nor period: a Word or PDF attachment is often saved under
// its title while its body says only 我县.

/** The last part of a path or URL, without query, fragment or percent-encoding. */
export function fileNameOf(name: string): string | null {
  const path = name.split(/[?#]/)[0] ?? '';
  const last = path.split(/[/\\]/).at(-1) ?? '';
  let decoded = last;
  try {
    decoded = decodeURIComponent(last);
  } catch {
    // A name with a stray % is kept as written.
  }
  return decoded.trim() === '' ? null : decoded.trim();
}
