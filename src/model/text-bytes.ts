// One decoding rule for dataset files, in the app and the CLI alike: UTF-8 (BOM or not), or UTF-16 LE/BE with a BOM.

/** What an undecodable file is told, in one line (the CLI prints it after the path; the app after the name). */
export const UNDECODABLE_TEXT =
  'it is not UTF-8 or UTF-16 text (a spreadsheet or a binary file? convert it first with npm run convert, or save it as UTF-8)';

/**
 * The text of a file's bytes. A UTF-16 file is only recognised by its byte-order mark (Windows Notepad and Excel's
 * "Unicode text" write one); without a BOM the bytes must be valid UTF-8. The BOM itself is dropped.
 */
export function decodeTextBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; reason: string } {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: UNDECODABLE_TEXT };
  }
}

/** Half of a UTF-16 surrogate pair without its other half: not a character, and no XML-based file can hold it. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
