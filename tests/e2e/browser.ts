// Finds and launches a real Chromium for the browser tests: $CHROME_PATH, Debian's /usr/bin/chromium, or @sparticuz/chromium.
import { access, constants } from 'node:fs/promises';
import { chromium, type Browser } from 'playwright-core';
import { messageOf } from '../../src/model/errors';

export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

async function executable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium to use, and where it came from; throws a message that says how to provide one. */
export async function findChromium(): Promise<{ path: string; from: string }> {
  const tried: string[] = [];
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (await executable(fromEnv)) return { path: fromEnv, from: '$CHROME_PATH' };
    tried.push(`$CHROME_PATH=${fromEnv} (not an executable file)`);
  }
  if (await executable('/usr/bin/chromium')) return { path: '/usr/bin/chromium', from: '/usr/bin/chromium' };
  tried.push('/usr/bin/chromium (absent)');
  try {
    const sparticuz = (await import('@sparticuz/chromium')).default;
    // Decompresses the bundled build into /tmp on first use.
    const path = await sparticuz.executablePath();
    if (path && (await executable(path))) return { path, from: '@sparticuz/chromium' };
    tried.push(`@sparticuz/chromium (gave ${path || 'no path'})`);
  } catch (error) {
    tried.push(`@sparticuz/chromium (${messageOf(error)})`);
  }
  throw new Error(
    `No Chromium found for the browser tests. Tried: ${tried.join('; ')}. ` +
      'Install one (apt-get install chromium) or set CHROME_PATH to a Chromium or Chrome executable.',
  );
}

export async function launchChromium(): Promise<Browser> {
  const { path } = await findChromium();
  return chromium.launch({ executablePath: path, args: CHROMIUM_FLAGS, headless: true });
}
