// Word's footnotes and endnotes as mammoth writes them: a [1] linked to the note after the word it
// marks, and the notes as a list at the end, each with a ↑ link back. The [1] would glue a figure to
// the words (规模以上工业增加值[1]同比增长); the note's own text stays, as the page shows it at its foot.

/** A note's mark in the body: <sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>. */
const NOTE_MARK = /<sup>\s*<a\b[^>]*\bhref="#(?:footnote|endnote)-[^"]*"[^>]*>[^<]*<\/a>\s*<\/sup>/g;
/** A note's link back to its mark: <a href="#footnote-ref-1">↑</a>. */
const BACK_LINK = /\s*<a\b[^>]*\bhref="#(?:footnote|endnote)-ref-[^"]*"[^>]*>[^<]*<\/a>/g;

/** The body without the marks of its notes, and the notes without their links back. */
export function withoutNoteMarks(html: string): string {
  return html.replace(NOTE_MARK, '').replace(BACK_LINK, '');
}
