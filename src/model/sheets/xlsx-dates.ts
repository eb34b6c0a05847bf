// Spreadsheet dates: which number formats show a date, and serial day numbers to ISO text.

/** Built-in number formats that show dates or times (ECMA-376 §18.8.30, plus the East Asian ones). */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56,
  57, 58,
]);

/** True when a number format shows a date: a built-in date id, or a custom code with d/m/y/h/s outside quotes and brackets. */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if (BUILT_IN_DATE_FORMATS.has(id)) return true;
  if (code === undefined) return false;
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

const DAY_MS = 86_400_000;

/**
 * A serial day number as `YYYY-MM-DD` (whole days) or `YYYY-MM-DDTHH:MM:SS`. The 1900 system counts
 * the non-existent 1900-02-29 (serial 60), as Lotus 1-2-3 did; the 1904 system starts on 1904-01-01.
 */
export function serialToIso(serial: number, date1904 = false): string {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const adjusted = !date1904 && serial < 60 ? serial + 1 : serial;
  const ms = Math.round((adjusted * DAY_MS) / 1000) * 1000;
  const iso = new Date(epoch + ms).toISOString();
  return Number.isInteger(serial) ? iso.slice(0, 10) : iso.slice(0, 19);
}
