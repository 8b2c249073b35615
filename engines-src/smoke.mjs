// Smoke test for the built engines under Node:
//   node --no-experimental-fetch engines-src/smoke.mjs
// (Node 20's built-in fetch cannot load the .wasm from a file path.)
//
// Each command runs in a fresh module instance, because the modules are
// linked with EXIT_RUNTIME=1 and one instance runs main once. For every
// command it prints the exit code, the stdout and stderr lines, and the size
// of the output file read back from the module's FS after the exit. It ends
// with "N passed, N failed" and exits non-zero if any check failed.
import { deflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = dirname(dirname(fileURLToPath(import.meta.url)));
const MAGICK_JS = join(repoRoot, 'public/engines/imagemagick/magick.js');
const GM_JS = join(repoRoot, 'public/engines/graphicsmagick/gm.js');

// Leading bytes of each output format, to check that the file is real.
const SIGNATURES = {
  png: [0x89, 0x50, 0x4e, 0x47],
  jpg: [0xff, 0xd8, 0xff],
  webp: [0x52, 0x49, 0x46, 0x46],
  tif: [0x49, 0x49],
  gif: [0x47, 0x49, 0x46],
  bmp: [0x42, 0x4d],
};

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) {
    c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

// Encodes a width x height RGB gradient as a PNG, so the test input does not
// depend on either engine.
function makeTestPng(width, height) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // color type: RGB
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3); // filter byte 0, then pixels
    for (let x = 0; x < width; x++) {
      row[1 + x * 3] = Math.round((255 * x) / (width - 1));
      row[2 + x * 3] = Math.round((255 * y) / (height - 1));
      row[3 + x * 3] = 128;
    }
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

// Runs one command line in a fresh instance of the module at modulePath.
// Returns the exit code, stdout and stderr lines, the instance (whose FS
// stays readable after the exit) and any exception that escaped callMain.
async function runEngine(modulePath, args, inputFiles) {
  const { default: createModule } = await import(pathToFileURL(modulePath).href);
  const stdout = [];
  const stderr = [];
  let onExitCode = null;
  const module = await createModule({
    print: (line) => stdout.push(line),
    printErr: (line) => stderr.push(line),
    onExit: (code) => {
      onExitCode = code;
    },
  });
  module.FS.mkdir('/work');
  module.FS.mkdir('/output');
  for (const [path, bytes] of Object.entries(inputFiles)) {
    module.FS.writeFile(path, bytes);
  }
  let exitCode = null;
  let thrown = null;
  try {
    exitCode = module.callMain(args);
  } catch (error) {
    thrown = error;
  }
  return { exitCode, onExitCode, stdout, stderr, module, thrown };
}

function readOutput(module, path) {
  try {
    return module.FS.readFile(path);
  } catch {
    return null;
  }
}

function hasSignature(bytes, extension) {
  const signature = SIGNATURES[extension];
  return bytes !== null && signature.every((byte, index) => bytes[index] === byte);
}

let passed = 0;
let failed = 0;

function check(condition, description) {
  if (condition) {
    passed++;
  } else {
    failed++;
    console.log(`  FAILED: ${description}`);
  }
}

// Runs a command, prints its result and checks the exit code, and if
// outputPath is given, that the output file exists with the right signature.
async function runCase(label, modulePath, args, { inputs, expectExit = 0, outputPath } = {}) {
  const result = await runEngine(modulePath, args, inputs ?? {});
  console.log(`\n$ ${label} ${args.join(' ')}`);
  console.log(`  exit code: ${result.exitCode} (onExit: ${result.onExitCode})`);
  if (result.thrown) {
    console.log(`  threw: ${result.thrown}`);
  }
  for (const line of result.stdout) {
    console.log(`  stdout: ${line}`);
  }
  for (const line of result.stderr) {
    console.log(`  stderr: ${line}`);
  }
  check(result.thrown === null, `${label}: callMain must not throw`);
  if (expectExit === 'non-zero') {
    check(result.exitCode !== 0 && result.exitCode !== null, `${label}: exit code must be non-zero`);
  } else {
    check(result.exitCode === expectExit, `${label}: exit code must be ${expectExit}`);
  }
  check(result.onExitCode === result.exitCode, `${label}: onExit must receive the exit code`);
  if (outputPath) {
    const bytes = readOutput(result.module, outputPath);
    const extension = outputPath.split('.').pop();
    console.log(`  ${outputPath}: ${bytes === null ? 'missing' : `${bytes.length} bytes`}`);
    check(hasSignature(bytes, extension), `${label}: ${outputPath} must be a ${extension} file`);
    result.output = bytes;
  }
  return result;
}

const inputPng = makeTestPng(64, 48);
const inputs = { '/work/in.png': inputPng };

// ImageMagick
for (const extension of ['webp', 'jpg', 'tif', 'gif', 'bmp']) {
  await runCase('magick', MAGICK_JS, ['convert', '/work/in.png', `/output/out.${extension}`], {
    inputs,
    outputPath: `/output/out.${extension}`,
  });
}

const identify = await runCase('magick', MAGICK_JS, ['identify', '-format', '%w %h %m', '/work/in.png'], { inputs });
check(identify.stdout.join('\n') === '64 48 PNG', 'magick identify -format: stdout without a trailing newline must be "64 48 PNG"');

const label = await runCase('magick', MAGICK_JS, ['-size', '200x60', 'label:Hello', '/output/label.png'], {
  outputPath: '/output/label.png',
});
if (label.output) {
  const colors = await runCase('magick', MAGICK_JS, ['identify', '-format', '%k', '/work/label.png'], {
    inputs: { '/work/label.png': label.output },
  });
  check(Number(colors.stdout.join('')) > 1, 'magick label:Hello must draw text (more than one color)');
}

await runCase(
  'magick',
  MAGICK_JS,
  ['-size', '200x60', 'xc:white', '-annotate', '+10+40', 'Hi', '-draw', "text 100,40 'there'", '/output/text.png'],
  { outputPath: '/output/text.png' },
);

const animated = await runCase(
  'magick',
  MAGICK_JS,
  ['-delay', '20', '/work/in.png', '-negate', '/work/in.png', '/output/anim.webp'],
  { inputs, outputPath: '/output/anim.webp' },
);
if (animated.output) {
  const frames = await runCase('magick', MAGICK_JS, ['identify', '-format', '%n ', '/work/anim.webp'], {
    inputs: { '/work/anim.webp': animated.output },
  });
  check(frames.stdout.join('').trim().startsWith('2'), 'magick animated WebP must have 2 frames');
}

const version = await runCase('magick', MAGICK_JS, ['-version']);
const delegates = version.stdout.find((line) => line.startsWith('Delegates')) ?? '';
for (const delegate of ['freetype', 'jpeg', 'lcms', 'png', 'tiff', 'webp', 'zlib']) {
  check(delegates.split(/\s+/).includes(delegate), `magick -version must list the ${delegate} delegate`);
}

const missing = await runCase('magick', MAGICK_JS, ['identify', '/nonexistent.png'], { expectExit: 'non-zero' });
check(missing.stderr.some((line) => line.includes('nonexistent.png')), 'magick error must name the missing file on stderr');

// GraphicsMagick
for (const extension of ['jpg', 'webp', 'tif', 'gif', 'bmp']) {
  await runCase('gm', GM_JS, ['convert', '/work/in.png', `/output/out.${extension}`], {
    inputs,
    outputPath: `/output/out.${extension}`,
  });
}

const gmIdentify = await runCase('gm', GM_JS, ['identify', '-format', '%w %h %m', '/work/in.png'], { inputs });
check(gmIdentify.stdout.join('\n') === '64 48 PNG', 'gm identify -format must print "64 48 PNG"');

const gmText = await runCase(
  'gm',
  GM_JS,
  ['convert', '-size', '200x60', 'xc:white', '-draw', "text 10,40 'Hello'", '/output/text.png'],
  { outputPath: '/output/text.png' },
);
if (gmText.output) {
  const colors = await runCase('gm', GM_JS, ['identify', '-format', '%k', '/work/text.png'], {
    inputs: { '/work/text.png': gmText.output },
  });
  check(Number(colors.stdout.join('')) > 1, 'gm -draw text must draw text (more than one color)');
}

const gmVersion = await runCase('gm', GM_JS, ['version']);
for (const feature of ['FreeType', 'JPEG', 'Little CMS', 'PNG', 'TIFF', 'WebP', 'ZLIB']) {
  const line = gmVersion.stdout.find((text) => text.trim().replace(/\s{2,}(yes|no)$/, '') === feature);
  check(line !== undefined && line.trim().endsWith('yes'), `gm version must report ${feature} as yes`);
}

const gmMissing = await runCase('gm', GM_JS, ['identify', '/nonexistent.png'], { expectExit: 'non-zero' });
check(gmMissing.stderr.some((line) => line.includes('nonexistent.png')), 'gm error must name the missing file on stderr');

console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
