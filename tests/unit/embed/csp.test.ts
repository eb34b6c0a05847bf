// The pages' Content-Security-Policy texts, and the SHA-256 the offline page's script hashes are made with.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Base64 } from '../../../src/embed/sha256';

describe('sha256Base64', () => {
  it.each(['', 'abc', 'a'.repeat(55), 'b'.repeat(56), 'c'.repeat(64), 'Øresund ✓ 💡\n'.repeat(300)])(
    'agrees with node:crypto on %#',
    (text) => {
      expect(sha256Base64(text)).toBe(createHash('sha256').update(text, 'utf8').digest('base64'));
    },
  );
});
