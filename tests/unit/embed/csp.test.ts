// The pages' Content-Security-Policy texts, and the SHA-256 the offline page's script hashes are made with.
import { createHash } from 'node:crypto';
import type { Plugin, UserConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { offlinePolicy, policyMeta, SITE_POLICY } from '../../../src/embed/csp';
import { sha256Base64 } from '../../../src/embed/sha256';

describe('sha256Base64', () => {
  it.each(['', 'abc', 'a'.repeat(55), 'b'.repeat(56), 'c'.repeat(64), 'Øresund ✓ 💡\n'.repeat(300)])(
    'agrees with node:crypto on %#',
    (text) => {
      expect(sha256Base64(text)).toBe(createHash('sha256').update(text, 'utf8').digest('base64'));
    },
  );
});

describe('the site policy in vite.config.ts', () => {
  const plugin = async () => {
    const config = (await import('../../../vite.config')).default as UserConfig;
    const plugins = (config.plugins ?? []).flat() as Plugin[];
    return plugins.find((p) => p?.name === 'alliance-atlas-csp');
  };

  it('applies at build time only, so the dev server of npm start keeps its inline hot-reload scripts', async () => {
    expect((await plugin())?.apply).toBe('build');
  });

  it('puts the policy right after <meta charset>, before any script', async () => {
    const hook = (await plugin())?.transformIndexHtml as unknown as (html: string) => string;
    const html = hook('<html><head><meta charset="UTF-8" /><script type="module" src="./a.js"></script></head></html>');
    expect(html).toContain(`<meta charset="UTF-8" />\n    ${policyMeta(SITE_POLICY)}<script`);
    expect(SITE_POLICY).not.toContain('unsafe-eval');
    expect(SITE_POLICY).toContain("script-src 'self';");
  });
});

describe('offlinePolicy', () => {
  it('allows the given script hashes and nothing from outside the file', () => {
    expect(offlinePolicy(['abc=', 'def='])).toContain("script-src 'sha256-abc=' 'sha256-def=';");
    expect(offlinePolicy([])).toContain("script-src 'none';");
    expect(offlinePolicy(['x'])).not.toMatch(/'self'|https?:|unsafe-eval/);
  });
});
