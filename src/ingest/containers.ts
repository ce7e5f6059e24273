// What a ZIP or OLE2 container holds, told by the names of its parts (never by the file's name):
// a Word document, a workbook, or something no reader here takes.

/** The part names a ZIP file lists (its local headers store each name uncompressed). */
function zipEntryNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Local file header: PK\3\4, name length at +26, extra length at +28, name at +30.
  for (let at = 0; at + 30 <= bytes.length; at++) {
    if (bytes[at] !== 0x50 || bytes[at + 1] !== 0x4b || bytes[at + 2] !== 0x03 || bytes[at + 3] !== 0x04)
      continue;
    const length = view.getUint16(at + 26, true);
    if (length === 0 || at + 30 + length > bytes.length) continue;
    names.push(Buffer.from(bytes.subarray(at + 30, at + 30 + length)).toString('latin1'));
  }
  return names;
}

export type ZipKind = 'word' | 'workbook' | 'other';

export function zipKind(bytes: Uint8Array): ZipKind {
  const names = zipEntryNames(bytes);
  if (names.includes('word/document.xml') || names.some((n) => /^word\/document\d*\.xml$/.test(n)))
    return 'word';
  if (names.includes('xl/workbook.xml')) return 'workbook';
  return 'other';
}

/**
 * The stream and storage names of an OLE2 (compound) file. Directory entries are 128 bytes, in
 * sectors after the 512-byte header; an entry names itself in UTF-16LE with its byte length
 * (terminator included) at +64 and its type (1 storage, 2 stream, 5 root) at +66.
 */
export function ole2StreamNames(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 512; at + 128 <= bytes.length; at += 128) {
    const length = view.getUint16(at + 64, true);
    const type = bytes[at + 66];
    if (length < 4 || length > 64 || length % 2 !== 0 || (type !== 1 && type !== 2 && type !== 5)) continue;
    let name = '';
    for (let i = 0; i < length - 2; i += 2) name += String.fromCharCode(view.getUint16(at + i, true));
    if (
      view.getUint16(at + length - 2, true) !== 0 ||
      ![...name].every((ch) => ch.charCodeAt(0) >= 1 && ch.charCodeAt(0) <= 0x7e)
    )
      continue;
    names.add(name);
  }
  return names;
}

/** Streams that name what an OLE2 file holds when it is no Word document or workbook. */
const OTHER_STREAMS: readonly [string, string][] = [
  ['EncryptedPackage', 'a password-protected Office file: save it again without a password'],
  ['PowerPoint Document', 'a PowerPoint (.ppt) presentation: save the report as .docx, .xlsx or PDF'],
  ['VisioDocument', 'a Visio drawing: save the report as .docx, .xlsx or PDF'],
];

/**
 * word: WordDocument (Word 97–2003, and WPS's .wps); workbook: Workbook (BIFF8) or Book (BIFF5), an
 * .xls or WPS's .et, read by xls.ts; other: a stream that says what else it is; unknown: none of these was found (a
 * file cut before its directory ends too), so the .doc reader tries it and says why it cannot.
 */
export type Ole2Kind = 'word' | 'workbook' | { other: string } | 'unknown';

export function ole2Kind(bytes: Uint8Array): Ole2Kind {
  const names = ole2StreamNames(bytes);
  if (names.has('WordDocument')) return 'word';
  if (names.has('Workbook') || names.has('Book')) return 'workbook';
  const other = OTHER_STREAMS.find(([stream]) => names.has(stream));
  return other ? { other: other[1] } : 'unknown';
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);
export const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
export const ZIP = [0x50, 0x4b, 0x03, 0x04];
export const isOle2 = (bytes: Uint8Array) => startsWith(bytes, OLE2);
export const isZip = (bytes: Uint8Array) => startsWith(bytes, ZIP);

/** Why a container no reader takes cannot be read, in words the person who sent it can act on; null when a reader takes it. */
export function unreadableContainer(bytes: Uint8Array): string | null {
  if (isOle2(bytes)) {
    const kind = ole2Kind(bytes);
    if (typeof kind === 'object') return `the file is no Word document or workbook but ${kind.other}`;
    return null;
  }
  if (isZip(bytes) && zipKind(bytes) === 'other')
    return 'the file is a ZIP archive holding neither a Word document (.docx) nor a workbook (.xlsx): unpack it and load the report itself';
  return null;
}
