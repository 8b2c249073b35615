import { spawn, spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Runs `npm run build` with Vite's output in `outDir`, with its output on
 * stderr so stdout keeps only the report. A folder of its own keeps the timed
 * files fixed while `npm test` rebuilds dist/ on the same machine.
 */
export function buildApp(root, outDir) {
  // npm appends the extra arguments to the script, so they reach `vite build`.
  const result = spawnSync('npm', ['run', 'build', '--', '--outDir', outDir, '--emptyOutDir'], { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status ?? result.signal}). Fix the build, or run the bench again once another Vite build of this project has ended, or pass --no-build to time the existing dist/.`);
}

/**
 * Starts `npx vite preview` for `outDir` on `port` in its own process group
 * and waits until it responds. Returns the URL and a function that stops the
 * whole group.
 */
export async function startPreview(root, outDir, port) {
  const child = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch (error) {
      if (error.code !== 'ESRCH') throw error;
    }
    await Promise.race([exited, sleep(5000)]);
  };

  const url = `http://localhost:${port}/`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode} before serving ${url}:\n${log}`);
    try {
      const response = await fetch(url);
      if (response.ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  await stop();
  throw new Error(`vite preview did not respond on ${url} within 60 s:\n${log}`);
}
