// Numbers written as English text without Intl: the page's first toLocaleString loads ICU's locale data, 30–120 ms in the load.

/** Groups a run of digits in threes with commas ("1234567" → "1,234,567"). */
const groupDigits = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * A count as `n.toLocaleString('en')` writes it ("12,345", "-1,024"). Only safe integers are written here; any
 * other number goes to toLocaleString, which is then worth its set-up.
 */
export function groupedInteger(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en');
  return (n < 0 ? '-' : '') + groupDigits(String(Math.abs(n)));
}

/**
 * Rounds the decimal digits JavaScript writes for `abs` (the shortest that name the number, as Intl reads them) to
 * three significant figures, halves up: the digits kept and the power of ten of the last one.
 */
function roundedFigures(abs: number): { kept: string; power: number } {
  const [whole, fraction = ''] = String(abs).split('.');
  const digits = `${whole}${fraction}`;
  const lead = digits.search(/[1-9]/);
  let kept = digits.slice(lead, lead + 3).padEnd(3, '0');
  let power = whole!.length - lead - 3;
  if ((digits[lead + 3] ?? '0') >= '5') {
    const up = String(Number(kept) + 1);
    // 999 rounded up is 1000: three figures of it are 100, one power of ten higher.
    kept = up.length > 3 ? '100' : up;
    if (up.length > 3) power += 1;
  }
  return { kept, power };
}

/**
 * A measure for a legend: an integer as it is ("12345"), any other number as
 * `value.toLocaleString('en', { maximumSignificantDigits: 3 })` writes it ("0.123", "12.5", "1,230"). Fractions
 * under 1e-6, which JavaScript writes with an exponent, and non-finite numbers go to Intl (from 2^53 every number
 * is an integer).
 */
export function threeFigures(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const abs = Math.abs(value);
  if (!Number.isFinite(value) || abs < 1e-6) {
    return value.toLocaleString('en', { maximumSignificantDigits: 3 });
  }
  const { kept, power } = roundedFigures(abs);
  let whole: string;
  let fraction: string;
  if (power >= 0) [whole, fraction] = [kept + '0'.repeat(power), ''];
  else if (kept.length + power > 0) [whole, fraction] = [kept.slice(0, power), kept.slice(power)];
  else [whole, fraction] = ['0', '0'.repeat(-power - kept.length) + kept];
  fraction = fraction.replace(/0+$/, '');
  return `${value < 0 ? '-' : ''}${groupDigits(whole)}${fraction === '' ? '' : `.${fraction}`}`;
}

/** A count and its noun, grouped as groupedInteger writes it: "1 actor", "12,345 actors", "2 countries". */
export const counted = (n: number, one: string, many = `${one}s`): string =>
  `${groupedInteger(n)} ${n === 1 ? one : many}`;
