import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];

export interface ChromiumChoice {
  /** Undefined means Playwright's own browser. */
  executablePath?: string;
  source: 'CHROMIUM_PATH' | 'playwright' | 'system' | 'installed with apt';
}

/**
 * Finds a Chromium to run: CHROMIUM_PATH, else Playwright's own browser when installed, else the
 * system's; as root on Debian with none present, installs Debian's chromium with apt.
 */
export function findChromium(chromiumPath?: string, allowInstall = true): ChromiumChoice {
  if (chromiumPath) {
    if (!existsSync(chromiumPath)) throw new Error(`CHROMIUM_PATH points at ${chromiumPath}, which does not exist`);
    return { executablePath: chromiumPath, source: 'CHROMIUM_PATH' };
  }
  if (existsSync(chromium.executablePath())) return { source: 'playwright' };
  const system = SYSTEM_CHROMIUMS.find((candidate) => existsSync(candidate));
  if (system) return { executablePath: system, source: 'system' };
  if (allowInstall && process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing Debian\'s chromium with apt-get (once)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (existsSync('/usr/bin/chromium')) return { executablePath: '/usr/bin/chromium', source: 'installed with apt' };
  }
  throw new Error(
    'No Chromium found. Run `npx playwright install chromium`, or install your system\'s Chromium ' +
      '(Debian/Ubuntu: `sudo apt-get install chromium`) and, if it is not in /usr/bin, set CHROMIUM_PATH in .env.',
  );
}

/** Launch options for the chosen browser; a system Chromium is kept off the network it cannot reach. */
export function launchOptions(choice: ChromiumChoice): LaunchOptions {
  if (!choice.executablePath) return {};
  const args = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return { executablePath: choice.executablePath, args };
}
