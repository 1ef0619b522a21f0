import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium; CHROMIUM_PATH names another build. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

const INSTALL_HINT = 'Install it with `sudo apt-get update && sudo apt-get install -y chromium`, or set CHROMIUM_PATH.';

/**
 * The Chromium executable the browser tests drive. When the default one is missing and the tests
 * run as root (a CI container), it is installed with apt-get; otherwise the error says how to.
 */
export function chromiumPath(): string {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured))
      throw new Error(`CHROMIUM_PATH is ${configured}, which does not exist. ${INSTALL_HINT}`);
    return configured;
  }
  if (existsSync(DEFAULT_CHROMIUM_PATH)) return DEFAULT_CHROMIUM_PATH;
  if (process.getuid?.() !== 0) {
    throw new Error(`The browser tests need Chromium at ${DEFAULT_CHROMIUM_PATH}. ${INSTALL_HINT}`);
  }
  const apt = (...args: string[]): void => {
    execFileSync('apt-get', args, {
      stdio: 'ignore',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      timeout: 600_000,
    });
  };
  try {
    apt('update');
    apt('install', '-y', '--no-install-recommends', 'chromium');
  } catch (error) {
    throw new Error(`Installing Chromium with apt-get failed (${(error as Error).message}). ${INSTALL_HINT}`);
  }
  if (!existsSync(DEFAULT_CHROMIUM_PATH)) {
    throw new Error(`apt-get installed chromium but ${DEFAULT_CHROMIUM_PATH} is still missing. ${INSTALL_HINT}`);
  }
  return DEFAULT_CHROMIUM_PATH;
}

export interface BrowserSession {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Headless, quiet Chromium in a fresh temporary profile (removed on close): no sandbox
 * (containers), no GPU, no calls home. Playwright takes the profile folder itself rather than
 * as a --user-data-dir argument, hence the persistent context.
 */
export async function launchChromium(): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), 'bcg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1360, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
