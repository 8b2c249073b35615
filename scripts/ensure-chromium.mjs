// Installs Debian's Chromium for the end-to-end tests when it is missing.
// Playwright's own browser download does not work on every machine, so the
// tests use the system browser at CHROMIUM_PATH (default /usr/bin/chromium).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (chromiumPath === '') {
  console.log('CHROMIUM_PATH is empty: the tests use the browser Playwright installed.');
} else if (existsSync(chromiumPath)) {
  console.log(`Using Chromium at ${chromiumPath}.`);
} else if (chromiumPath === '/usr/bin/chromium' && process.platform === 'linux' && existsSync('/usr/bin/apt-get')) {
  console.log('Chromium is missing: installing Debian\'s chromium package with apt-get.');
  const asRoot = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (args) => execFileSync(asRoot.length > 0 ? 'sudo' : args[0], asRoot.length > 0 ? args : args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  run(['apt-get', 'update']);
  run(['apt-get', 'install', '-y', '--no-install-recommends', 'chromium']);
} else {
  console.error(`No Chromium at ${chromiumPath}. Install Chromium, or set CHROMIUM_PATH to a Chromium binary (an empty value uses Playwright's own browser).`);
  process.exit(1);
}
