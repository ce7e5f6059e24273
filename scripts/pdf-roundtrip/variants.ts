// The layouts a real office prints one Word table in, as rewrites of word/document.xml: each variant
// is data (a name, what it imitates, a rewrite), so adding a layout is adding a row to VARIANTS.

type Rewrite = (xml: string) => string;

export interface Variant {
  name: string;
  imitates: string;
  rewrite: Rewrite;
}

const eachTable = (xml: string, f: Rewrite): string => xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, f);
const eachRow = (table: string, f: (row: string, index: number) => string): string => {
  let index = 0;
  return table.replace(/<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g, (row) => f(row, index++));
};
const cellsOf = (row: string): string[] => row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];

/** Column widths from each column's own width (the first column holds the names); cell widths are dropped so the grid rules, and the layout is fixed so LibreOffice keeps it. */
function resize(widthOf: (width: number, column: number) => number): Rewrite {
  return (xml) =>
    eachTable(xml, (table) => {
      let column = 0;
      let total = 0;
      const out = table
        .replace(/<w:gridCol w:w="(\d+)"\/>/g, (_, w: string) => {
          const width = Math.round(widthOf(Number(w), column++));
          total += width;
          return `<w:gridCol w:w="${width}"/>`;
        })
        .replace(/<w:tcW [^>]*\/>/g, '');
      return out
        .replace(/<w:tblW [^>]*\/>/, `<w:tblW w:type="dxa" w:w="${total}"/><w:tblLayout w:type="fixed"/>`)
        .replace(/<w:tblLayout w:type="autofit"\/>/g, '');
    });
}

/** Every cell's paragraphs aligned one way, the first column (names) another. */
function align(names: string, figures: string): Rewrite {
  const set = (cell: string, how: string) =>
    cell
      .replace(/<w:jc w:val="[a-z]+"\/>/g, '')
      .replace(/<w:p><w:pPr>/g, `<w:p><w:pPr><w:jc w:val="${how}"/>`)
      .replace(/<w:p>(?!<w:pPr>)/g, `<w:p><w:pPr><w:jc w:val="${how}"/></w:pPr>`);
  return (xml) =>
    eachTable(xml, (table) =>
      eachRow(table, (row) => {
        let column = 0;
        return row.replace(/<w:tc>[\s\S]*?<\/w:tc>/g, (cell) => set(cell, column++ === 0 ? names : figures));
      }),
    );
}

/** The first row's cells merged down over a second, empty row, centred in the tall cell (a header typed over two lines); tables whose header already spans two rows are left. */
const twoLineHeader: Rewrite = (xml) =>
  eachTable(xml, (table) => {
    if (table.includes('<w:vMerge')) return table;
    return eachRow(table, (row, index) => {
      if (index > 0) return row;
      const cells = cellsOf(row);
      const restart = (cell: string) =>
        cell.replace(
          /^<w:tc>(?:<w:tcPr>([\s\S]*?)<\/w:tcPr>)?/,
          (_, pr = '') => `<w:tc><w:tcPr>${pr}<w:vMerge w:val="restart"/><w:vAlign w:val="center"/></w:tcPr>`,
        );
      const below = cells.map((cell) => {
        const span = cell.match(/<w:gridSpan w:val="\d+"\/>/)?.[0] ?? '';
        return `<w:tc><w:tcPr>${span}<w:vMerge/></w:tcPr><w:p/></w:tc>`;
      });
      const trPr = row.match(/<w:trPr>[\s\S]*?<\/w:trPr>/)?.[0] ?? '';
      return `${cells.reduce((r, c) => r.replace(c, restart(c)), row)}<w:tr>${trPr}${below.join('')}</w:tr>`;
    });
  });

/** A short page, so any table of more than a few rows breaks across it; with or without Word's repeated header row. */
function shortPage(repeatHeader: boolean): Rewrite {
  return (xml) => {
    const paged = xml.replace(
      /<w:pgSz w:w="(\d+)" w:h="(\d+)"/g,
      (_, w: string) => `<w:pgSz w:w="${w}" w:h="7200"`,
    );
    return repeatHeader
      ? eachTable(paged, (t) =>
          t.includes('<w:tblHeader/>')
            ? t
            : eachRow(t, (row, i) =>
                i === 0 ? row.replace(/^<w:tr>/, '<w:tr><w:trPr><w:tblHeader/></w:trPr>') : row,
              ),
        )
      : paged.replace(/<w:tblHeader\/>/g, '');
  };
}

const landscape: Rewrite = (xml) =>
  xml.replace(
    /<w:pgSz w:w="(\d+)" w:h="(\d+)"(?: w:orient="\w+")?/g,
    (_, w: string, h: string) =>
      `<w:pgSz w:w="${Math.max(+w, +h)}" w:h="${Math.min(+w, +h)}" w:orient="landscape"`,
  );

const smallerFont: Rewrite = (xml) =>
  xml.replace(
    /<w:(sz|szCs) w:val="(\d+)"\/>/g,
    (_, tag: string, v: string) => `<w:${tag} w:val="${Math.max(14, Math.round(+v * 0.7))}"/>`,
  );

export const VARIANTS: Variant[] = [
  { name: 'as-built', imitates: 'the document as its builder wrote it', rewrite: (xml) => xml },
  {
    name: 'narrow-names',
    imitates: 'a narrow name column: names wrap over 2–3 lines',
    rewrite: resize((w, c) => (c === 0 ? w * 0.45 : w)),
  },
  {
    name: 'wide-names',
    imitates: 'a wide name column, narrow figure columns: figures and headers wrap',
    rewrite: resize((w, c) => (c === 0 ? w * 1.6 : w * 0.7)),
  },
  { name: 'right-figures', imitates: 'figures right-aligned, names left', rewrite: align('left', 'right') },
  { name: 'all-centred', imitates: 'every cell centred, names too', rewrite: align('center', 'center') },
  { name: 'two-line-header', imitates: 'the header row merged down over two lines', rewrite: twoLineHeader },
  {
    name: 'page-break-repeat',
    imitates: 'the table broken across pages, header repeated',
    rewrite: shortPage(true),
  },
  {
    name: 'page-break-once',
    imitates: 'the table broken across pages, header only on the first',
    rewrite: shortPage(false),
  },
  { name: 'landscape', imitates: 'the pages turned landscape', rewrite: landscape },
  { name: 'small-font', imitates: 'every run in a smaller font', rewrite: smallerFont },
];
