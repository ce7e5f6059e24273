// Patterns anchored only at the text's end (甲项目, …已建成), tested from the end. V8 tries such a
// pattern at every position of the text, each try running its whole alternation; a lookbehind at the
// end (`$(?<=…)`) runs it once, backwards, and answers the same for every text.

/** Where a pattern source has a `|` outside any group, or a backreference (which a lookbehind reads otherwise). */
function unsafeForLookbehind(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source.charAt(i);
    if (ch === '\\') {
      const next = source.charAt(i + 1);
      if (/[1-9k]/.test(next)) return true;
      i++;
    } else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * The same test as `pattern` (whose source ends in `$` and has no `|` outside a group), run once from
 * the text's end. Only for `test`: its match is empty, so `exec` and `replace` need the pattern itself.
 */
export function fromTheEnd(pattern: RegExp): RegExp {
  const { source } = pattern;
  if (!source.endsWith('$') || source.endsWith('\\$') || unsafeForLookbehind(source))
    throw new Error(`not a pattern anchored at the end alone: /${source}/`);
  return new RegExp(`$(?<=${source.slice(0, -1)})`, pattern.flags.replace(/[gy]/g, ''));
}

/** `text` without the end `pattern` matches, tested from the end first: most texts do not end so. */
export function strippedEnd(text: string, pattern: RegExp, end: RegExp): string {
  return end.test(text) ? text.replace(pattern, '') : text;
}
