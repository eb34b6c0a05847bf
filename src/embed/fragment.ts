// A dataset carried inside a link's fragment (`#data=…`): deflated, then base64url, never sent to any server.
import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';

import { FRAGMENT_PREFIX } from './fragment-key';

export { FRAGMENT_PREFIX, MAX_FRAGMENT_LENGTH, hasPackedDataset } from './fragment-key';

/** Unpacked datasets larger than this are refused, so a hostile link cannot inflate into gigabytes. */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode with one argument per byte overflows the stack on large arrays.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

/**
 * The fragment (with its `#data=`) that carries this dataset text exactly. Give it compact JSON
 * (`JSON.stringify(dataset)`, as the Share dialog does): the text is not parsed again here.
 */
export function packDataset(datasetText: string): string {
  return FRAGMENT_PREFIX + toBase64Url(deflateSync(strToU8(datasetText), { level: 9 }));
}

/** The dataset text a fragment carries, or a sentence saying why it cannot be read. */
export function unpackDataset(hash: string): { text: string } | { error: string } {
  const bytes = fromBase64Url(hash.slice(FRAGMENT_PREFIX.length));
  const broken = {
    error:
      'The dataset inside this link is damaged (the link may have been cut short when it was copied). Ask for the link again, or for the file.',
  };
  if (bytes === null || bytes.length === 0) return broken;
  try {
    let total = 0;
    const chunks: Uint8Array[] = [];
    // Inflated 1 kB of input at a time (at most ~1 MB out each, deflate's ratio being ~1:1032), so a bomb is
    // stopped at the limit instead of filling the memory first.
    const inflater = new Inflate((chunk) => {
      total += chunk.length;
      if (total > MAX_UNPACKED_BYTES) throw new Error('too large');
      chunks.push(chunk);
    });
    for (let i = 0; i < bytes.length; i += 1024) {
      inflater.push(bytes.subarray(i, i + 1024), i + 1024 >= bytes.length);
    }
    const all = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      all.set(chunk, offset);
      offset += chunk.length;
    }
    return { text: strFromU8(all) };
  } catch (cause) {
    if (cause instanceof Error && cause.message === 'too large') {
      return {
        error: `The dataset inside this link unpacks to more than ${MAX_UNPACKED_BYTES / 2 ** 20} MB, so it is not opened.`,
      };
    }
    return broken;
  }
}
