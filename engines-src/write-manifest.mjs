// Writes engines-src/manifest.json: the Debian sources (with SHA-256), the
// emscripten version, each engine's configure and link flags, and the
// SHA-256 and size of every file in public/engines/imagemagick and
// public/engines/graphicsmagick. build.sh runs it after both engines are
// linked, and it reads what fetch-sources.sh and the engine scripts left in
// engines-src/build/.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const enginesSrc = dirname(fileURLToPath(import.meta.url));
const repoRoot = dirname(enginesSrc);
const buildDir = join(enginesSrc, 'build');

const ENGINES = {
  imagemagick: { sourcePackage: 'imagemagick', outputDir: 'public/engines/imagemagick' },
  graphicsmagick: { sourcePackage: 'graphicsmagick', outputDir: 'public/engines/graphicsmagick' },
};

const PATCH_STATES = {
  yes: true,
  no: false,
};

function readLines(path) {
  return readFileSync(path, 'utf8').split('\n').filter((line) => line !== '');
}

// Groups build/sources.tsv (one row per downloaded file) by source package.
function readSources() {
  const packages = new Map();
  for (const line of readLines(join(buildDir, 'sources.tsv'))) {
    const [name, version, suite, file, sha256, patches] = line.split('\t');
    if (!packages.has(name)) {
      const patchesApplied = patches in PATCH_STATES ? PATCH_STATES[patches] : null;
      const entry = { name, debianVersion: version, suite, debianPatchesApplied: patchesApplied, files: [] };
      if (patchesApplied === false) {
        entry.note = 'Debian archive served only the orig tarball (.dsc and .debian.tar.xz returned 404), so Debian patches are not applied.';
      } else if (patchesApplied === null) {
        entry.note = `Binary package; only its font file is used (${patches}).`;
      }
      packages.set(name, entry);
    }
    packages.get(name).files.push({ file, sha256 });
  }
  return [...packages.values()];
}

function sha256Of(path) {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

function describeOutputs(outputDir) {
  const absoluteDir = join(repoRoot, outputDir);
  return readdirSync(absoluteDir)
    .sort()
    .map((name) => {
      const path = join(absoluteDir, name);
      return {
        path: relative(repoRoot, path),
        sha256: sha256Of(path),
        size: readFileSync(path).length,
      };
    });
}

function emscriptenVersion() {
  const firstLine = execFileSync('emcc', ['--version'], { encoding: 'utf8' }).split('\n')[0];
  const match = firstLine.match(/\b(\d+\.\d+\.\d+)\b/);
  if (!match) {
    throw new Error(`Cannot find a version number in "emcc --version" output: ${firstLine}`);
  }
  return match[1];
}

const sources = readSources();
const engines = {};
for (const [engine, { sourcePackage, outputDir }] of Object.entries(ENGINES)) {
  const source = sources.find((entry) => entry.name === sourcePackage);
  engines[engine] = {
    sourcePackage,
    debianVersion: source?.debianVersion ?? null,
    configureFlags: readLines(join(buildDir, `${engine}.configure-flags`)),
    linkFlags: readLines(join(buildDir, `${engine}.link-flags`)),
    files: describeOutputs(outputDir),
  };
}

const manifest = {
  emscripten: emscriptenVersion(),
  sources,
  engines,
};
writeFileSync(join(enginesSrc, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`wrote ${relative(repoRoot, join(enginesSrc, 'manifest.json'))}`);
