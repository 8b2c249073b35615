import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface BuiltFile {
  path: string;
  sha256: string;
  size: number;
}

interface Manifest {
  emscripten: string;
  sources: Array<{ name: string; debianVersion: string; suite: string; files: Array<{ file: string; sha256: string }> }>;
  engines: Record<string, { files: BuiltFile[] }>;
}

const repoRoot = dirname(dirname(fileURLToPath(import.meta.url)));
const manifest: Manifest = JSON.parse(readFileSync(join(repoRoot, 'engines-src/manifest.json'), 'utf8'));
const ENGINE_DIRS = ['public/engines/imagemagick', 'public/engines/graphicsmagick'];

const builtFiles = Object.values(manifest.engines).flatMap((engine) => engine.files);

describe('engines manifest', () => {
  it('lists both engines', () => {
    expect(Object.keys(manifest.engines).sort()).toEqual(['graphicsmagick', 'imagemagick']);
  });

  it.each(builtFiles.map((file) => [file.path, file]))('matches SHA-256 and size of %s', (path, file) => {
    const bytes = readFileSync(join(repoRoot, path as string));
    const expected = file as BuiltFile;
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(expected.sha256);
    expect(bytes.length).toBe(expected.size);
  });

  it.each(ENGINE_DIRS)('lists every file under %s', (dir) => {
    const listed = new Set(builtFiles.map((file) => file.path));
    const present = readdirSync(join(repoRoot, dir)).map((name) => `${dir}/${name}`);
    expect(present.length).toBeGreaterThan(0);
    for (const path of present) {
      expect(listed, `${path} is missing from engines-src/manifest.json`).toContain(path);
    }
  });

  it('records a SHA-256 for every source file', () => {
    for (const source of manifest.sources) {
      expect(source.files.length, `${source.name} has no files`).toBeGreaterThan(0);
      for (const file of source.files) {
        expect(file.sha256, `${source.name}: ${file.file}`).toMatch(/^[0-9a-f]{64}$/);
      }
    }
  });
});
