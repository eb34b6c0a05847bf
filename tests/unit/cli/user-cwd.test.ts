// Relative CLI paths mean the caller's folder when npm ran the command, and nothing moves otherwise.
import { mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { enterCallerFolder } from '../../../src/cli/user-cwd';

describe('enterCallerFolder', () => {
  const start = process.cwd();
  afterEach(() => process.chdir(start));
  const caller = realpathSync(mkdtempSync(join(tmpdir(), 'atlas-cwd-')));

  it('moves to INIT_CWD when npm ran one of our commands', () => {
    enterCallerFolder({ INIT_CWD: caller, npm_lifecycle_event: 'analyze' });
    expect(process.cwd()).toBe(caller);
  });

  it('stays put when the command was spawned by another script, such as the tests', () => {
    enterCallerFolder({ INIT_CWD: caller, npm_lifecycle_event: 'test' });
    expect(process.cwd()).toBe(start);
  });

  it('stays put when the caller folder is gone', () => {
    enterCallerFolder({ INIT_CWD: join(caller, 'missing'), npm_lifecycle_event: 'validate' });
    expect(process.cwd()).toBe(start);
  });
});
