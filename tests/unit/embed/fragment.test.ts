// The dataset-in-a-link fragment: packs and unpacks exactly, stays small for the sample, and refuses damage and bombs.
import { readFileSync } from 'node:fs';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  FRAGMENT_PREFIX,
  MAX_FRAGMENT_LENGTH,
  MAX_UNPACKED_BYTES,
  hasPackedDataset,
  packDataset,
  unpackDataset,
} from '../../../src/embed/fragment';

const sample = readFileSync('data/bsr-stars.json', 'utf8');
const small = readFileSync('tests/fixtures/small.json', 'utf8');

describe('packDataset and unpackDataset', () => {
  it('give back the same dataset (as parsed JSON) for the sample and the tricky small fixture', () => {
    for (const text of [sample, small]) {
      const packed = packDataset(text);
      expect(hasPackedDataset(packed)).toBe(true);
      const unpacked = unpackDataset(packed);
      expect('text' in unpacked && JSON.parse(unpacked.text)).toEqual(JSON.parse(text));
    }
  });

  it('writes only URL-safe characters, and packs the BSR Stars sample (compact JSON) under the link limit', () => {
    const packed = packDataset(JSON.stringify(JSON.parse(sample)));
    expect(packed.slice(FRAGMENT_PREFIX.length)).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(packed.length).toBeLessThan(MAX_FRAGMENT_LENGTH);
  });

  it('carries any text exactly, JSON or not, so the loader can report what is wrong with it', () => {
    const unpacked = unpackDataset(packDataset('{ not json'));
    expect(unpacked).toEqual({ text: '{ not json' });
  });

  it('says the link is damaged for a cut, altered or empty fragment', () => {
    const packed = packDataset(small);
    for (const broken of [
      packed.slice(0, packed.length / 2),
      `${packed.slice(0, 20)}!!${packed.slice(22)}`,
      '#data=',
    ]) {
      const result = unpackDataset(broken);
      expect('error' in result && result.error).toMatch(/damaged/);
    }
  });

  it('stops a deflate bomb at the unpacked-size limit', () => {
    const bomb = deflateSync(new Uint8Array(MAX_UNPACKED_BYTES + 1024 * 1024), { level: 9 });
    let binary = '';
    for (const byte of bomb) binary += String.fromCharCode(byte);
    const hash = FRAGMENT_PREFIX + btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    const result = unpackDataset(hash);
    expect('error' in result && result.error).toMatch(/more than 64 MB/);
  });
});
