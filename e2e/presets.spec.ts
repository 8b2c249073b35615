import { copyFile, readFile } from 'node:fs/promises';
import { imageSize } from 'image-size';
import type { Page } from '@playwright/test';
import { BUILTIN_PRESETS } from '../src/presets/builtin';
import type { Preset } from '../src/presets/types';
import { addFiles, download, expectStatus, SAMPLE_IMAGE, SAMPLE_VIDEO, selectTask, taskJson, taskRow } from './support/app';
import { expect, test } from './support/fixtures';
import { readMp4 } from './support/mp4';

/** Checks of one preset's result: an output file's bytes, or the captured console output. */
type Expectation =
  | { readonly file: string; readonly check: (bytes: Uint8Array) => void }
  | { readonly output: (text: string) => void };

const ascii = (bytes: Uint8Array, start: number, length: number): string => String.fromCharCode(...bytes.subarray(start, start + length));

/** Returns the byte offset of the first `text` in `bytes`, or -1. */
function indexOfText(bytes: Uint8Array, text: string): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(text, 0, 'latin1');
}

function expectImage(bytes: Uint8Array, type: string, width: number, height: number): void {
  const size = imageSize(bytes);
  expect(size.type).toBe(type);
  expect(size.width).toBe(width);
  expect(size.height).toBe(height);
}

function expectMagic(bytes: Uint8Array, magic: string, offset = 0): void {
  expect(bytes.byteLength).toBeGreaterThan(0);
  expect(ascii(bytes, offset, magic.length)).toBe(magic);
}

function expectVideo(bytes: Uint8Array, width: number, height: number, handlers: readonly string[], durationSeconds = 5): void {
  const info = readMp4(bytes);
  expect(info.tracks.map((track) => track.handler).sort()).toEqual([...handlers].sort());
  expect(info.tracks.find((track) => track.handler === 'vide')).toMatchObject({ width, height });
  expect(Math.abs(info.durationSeconds - durationSeconds)).toBeLessThanOrEqual(0.2);
}

function expectAudioOnlyMp4(bytes: Uint8Array): void {
  const info = readMp4(bytes);
  expect(info.tracks.map((track) => track.handler)).toEqual(['soun']);
  expect(Math.abs(info.durationSeconds - 5)).toBeLessThanOrEqual(0.2);
}

function expectWav(bytes: Uint8Array, channels: number, sampleRate: number): void {
  expectMagic(bytes, 'RIFF');
  expectMagic(bytes, 'WAVEfmt ', 8);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(view.getUint16(22, true)).toBe(channels);
  expect(view.getUint32(24, true)).toBe(sampleRate);
}

/** What each built-in preset must produce from sample.mp4 (import-1), sample.png (import-2) and "my logo.png" (import-3). */
const EXPECTATIONS: Readonly<Record<string, Expectation>> = {
  'mp4-web': {
    file: 'sample-web.mp4',
    check: (bytes) => {
      expectVideo(bytes, 320, 240, ['vide', 'soun']);
      // +faststart moves the moov box in front of the media data.
      expect(indexOfText(bytes, 'moov')).toBeLessThan(indexOfText(bytes, 'mdat'));
    },
  },
  webm: {
    file: 'sample.webm',
    check: (bytes) => {
      expect(ascii(bytes, 0, 4)).toBe('\x1a\x45\xdf\xa3');
      expect(indexOfText(bytes, 'webm')).toBeGreaterThan(0);
      expect(indexOfText(bytes, 'V_VP8')).toBeGreaterThan(0);
      expect(indexOfText(bytes, 'A_OPUS')).toBeGreaterThan(0);
    },
  },
  'mp4-small': {
    file: 'sample-small.mp4',
    check: (bytes) => {
      expectVideo(bytes, 320, 240, ['vide', 'soun']);
      expect(indexOfText(bytes, 'moov')).toBeLessThan(indexOfText(bytes, 'mdat'));
    },
  },
  'gif-palette': { file: 'sample.gif', check: (bytes) => expectImage(bytes, 'gif', 320, 240) },
  'trim-copy': {
    file: 'sample-trimmed.mp4',
    check: (bytes) => {
      const info = readMp4(bytes);
      expect(info.tracks.map((track) => track.handler).sort()).toEqual(['soun', 'vide']);
      // Stream copy starts at the keyframe at or before 0:01, which is 0:00 in the sample, so the clip lasts up to 3 s plus an audio frame.
      expect(info.durationSeconds).toBeGreaterThanOrEqual(1.9);
      expect(info.durationSeconds).toBeLessThanOrEqual(3.3);
    },
  },
  'resize-1080p': { file: 'sample-1080p.mp4', check: (bytes) => expectVideo(bytes, 1440, 1080, ['vide', 'soun']) },
  'resize-720p': { file: 'sample-720p.mp4', check: (bytes) => expectVideo(bytes, 960, 720, ['vide', 'soun']) },
  'mute-video': { file: 'sample-muted.mp4', check: (bytes) => expectVideo(bytes, 320, 240, ['vide']) },
  'extract-frames': { file: 'frames/001.png', check: (bytes) => expectImage(bytes, 'png', 320, 240) },
  'poster-frame': { file: 'sample-poster.png', check: (bytes) => expectImage(bytes, 'png', 320, 240) },
  'thumbnail-sheet': { file: 'sample-sheet.png', check: (bytes) => expectImage(bytes, 'png', 640, 360) },
  'rotate-video': { file: 'sample-rotated.mp4', check: (bytes) => expectVideo(bytes, 240, 320, ['vide', 'soun']) },
  'crop-video-square': { file: 'sample-square.mp4', check: (bytes) => expectVideo(bytes, 240, 240, ['vide', 'soun']) },
  'grayscale-video': { file: 'sample-gray.mp4', check: (bytes) => expectVideo(bytes, 320, 240, ['vide', 'soun']) },
  'speed-2x': { file: 'sample-2x.mp4', check: (bytes) => expectVideo(bytes, 320, 240, ['vide', 'soun'], 2.5) },
  'watermark-video': { file: 'sample-watermarked.mp4', check: (bytes) => expectVideo(bytes, 320, 240, ['vide', 'soun']) },

  'extract-mp3': {
    file: 'sample.mp3',
    check: (bytes) => {
      // ffmpeg's mp3 muxer writes an ID3v2 tag by default. Without one, the file starts with a frame sync.
      const id3 = ascii(bytes, 0, 3) === 'ID3';
      const sync = bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0;
      expect(id3 || sync).toBe(true);
    },
  },
  'audio-wav': { file: 'sample.wav', check: (bytes) => expectWav(bytes, 1, 44100) },
  'audio-flac': { file: 'sample.flac', check: (bytes) => expectMagic(bytes, 'fLaC') },
  'audio-opus': {
    file: 'sample.opus',
    check: (bytes) => {
      expectMagic(bytes, 'OggS');
      expectMagic(bytes, 'OpusHead', 28);
    },
  },
  'audio-aac': { file: 'sample.m4a', check: expectAudioOnlyMp4 },
  'audio-vorbis': {
    file: 'sample.ogg',
    check: (bytes) => {
      expectMagic(bytes, 'OggS');
      expectMagic(bytes, '\x01vorbis', 28);
    },
  },
  loudnorm: { file: 'sample-normalized.m4a', check: expectAudioOnlyMp4 },
  'speech-wav': { file: 'sample-16k.wav', check: (bytes) => expectWav(bytes, 1, 16000) },
  waveform: { file: 'sample-waveform.png', check: (bytes) => expectImage(bytes, 'png', 1024, 200) },

  'image-webp': { file: 'sample.webp', check: (bytes) => expectImage(bytes, 'webp', 320, 240) },
  'image-jpeg': { file: 'sample.jpg', check: (bytes) => expectImage(bytes, 'jpg', 320, 240) },
  'png-optimise': { file: 'sample.png', check: (bytes) => expectImage(bytes, 'png', 320, 240) },
  'strip-metadata': { file: 'sample.png', check: (bytes) => expectImage(bytes, 'png', 320, 240) },
  'auto-orient': { file: 'sample.png', check: (bytes) => expectImage(bytes, 'png', 320, 240) },
  'image-half': { file: 'sample-half.png', check: (bytes) => expectImage(bytes, 'png', 160, 120) },
  'image-thumbnail': { file: 'sample-thumb.png', check: (bytes) => expectImage(bytes, 'png', 200, 150) },
  'rotate-image': { file: 'sample-rotated.png', check: (bytes) => expectImage(bytes, 'png', 240, 320) },
  'crop-image': { file: 'sample-cropped.png', check: (bytes) => expectImage(bytes, 'png', 160, 120) },
  'grayscale-image': { file: 'sample-gray.png', check: (bytes) => expectImage(bytes, 'png', 320, 240) },
  'sharpen-image': { file: 'sample-sharpened.png', check: (bytes) => expectImage(bytes, 'png', 320, 240) },
  'blur-image': { file: 'sample-blurred.png', check: (bytes) => expectImage(bytes, 'png', 320, 240) },
  'contact-sheet': {
    file: 'contact-sheet.png',
    check: (bytes) => {
      const size = imageSize(bytes);
      expect(size.type).toBe('png');
      // Two tiles of 160 px plus 4 px of border on each side.
      expect(size.width).toBeGreaterThanOrEqual(2 * 168);
    },
  },
  'watermark-image': { file: 'sample-watermarked.png', check: (bytes) => expectImage(bytes, 'png', 320, 240) },
  'gm-resize': { file: 'sample-half.png', check: (bytes) => expectImage(bytes, 'png', 160, 120) },
  'gm-jpeg': { file: 'sample.jpg', check: (bytes) => expectImage(bytes, 'jpg', 320, 240) },

  'probe-json': {
    output: (text) => {
      const probe = JSON.parse(text) as { streams: Array<{ codec_name: string }> };
      expect(probe.streams.map((stream) => stream.codec_name).sort()).toEqual(['aac', 'h264']);
    },
  },
  'probe-summary': {
    output: (text) => {
      expect(text).toContain('codec_name=h264');
      expect(text).toContain('codec_name=aac');
    },
  },
  'volume-detect': { output: (text) => expect(text).toMatch(/mean_volume: -?\d+(\.\d+)? dB/) },
  'ffmpeg-encoders': {
    output: (text) => {
      for (const encoder of ['libx264', 'libx265', 'libvpx-vp9', 'libopus', 'libvorbis', 'libmp3lame', 'aac', 'flac', 'libwebp']) {
        expect(text).toMatch(new RegExp(`^ [A-Z.]{6} ${encoder} `, 'm'));
      }
    },
  },
  'identify-verbose': { output: (text) => expect(text).toContain('Geometry: 320x240') },
  'identify-format': { output: (text) => expect(text).toMatch(/^sample\.png: PNG 320x240 /m) },
  'gm-identify': { output: (text) => expect(text).toContain('Geometry: 320x240') },
};

async function openWithSamples(page: Page, logoPath: string): Promise<void> {
  await page.goto('/');
  await addFiles(page, [SAMPLE_VIDEO, SAMPLE_IMAGE, logoPath]);
  for (const name of ['import-1', 'import-2', 'import-3']) {
    await expect(taskRow(page, name).getByTestId('task-status')).toHaveText('finished');
  }
}

/** Opens the preset's group in the Presets panel and clicks the preset. */
async function choosePreset(page: Page, preset: Preset): Promise<void> {
  const panel = page.getByRole('region', { name: 'Presets', exact: true });
  await panel.locator('summary').filter({ hasText: new RegExp(`^${preset.group} `) }).click();
  await panel.getByRole('button', { name: preset.name, exact: true }).click();
  await expect(panel.getByTestId('preset-status')).toContainText(`Loaded "${preset.name}"`);
}

test('every built-in preset has an end-to-end check', () => {
  expect(BUILTIN_PRESETS.map((preset) => preset.id).filter((id) => EXPECTATIONS[id] === undefined)).toEqual([]);
});

for (const preset of BUILTIN_PRESETS) {
  test(`preset ${preset.id} runs on the samples`, async ({ page }, testInfo) => {
    // A second image, with a space in its name, for {input2} and {inputs}.
    const logoPath = testInfo.outputPath('my logo.png');
    await copyFile(SAMPLE_IMAGE, logoPath);
    await openWithSamples(page, logoPath);

    await choosePreset(page, preset);
    await expect(page.getByRole('combobox', { name: 'Command' })).toHaveValue(preset.command);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expectStatus(page, 'command-1', 'finished');

    await selectTask(page, 'command-1');
    const expectation = EXPECTATIONS[preset.id];
    if (expectation === undefined) throw new Error(`No end-to-end check for preset ${preset.id}.`);
    if ('output' in expectation) {
      const result = (await taskJson(page))['result'] as { output?: string };
      expect(result.output ?? '').not.toBe('');
      expectation.output(result.output ?? '');
    } else {
      const { bytes } = await download(page, expectation.file);
      expect(bytes.byteLength).toBeGreaterThan(0);
      expectation.check(bytes);
    }
  });
}

test.describe('saved presets', () => {
  const savedArgs = '-i /input/import-1/sample.mp4 -vn -c:a libmp3lame -b:a 64k /output/small.mp3';

  test('save, rename, export, delete and import', async ({ page }) => {
    await page.goto('/');
    await addFiles(page, SAMPLE_VIDEO);
    const panel = page.getByRole('region', { name: 'Presets', exact: true });
    const saved = panel.getByRole('list', { name: 'Saved presets' });
    const status = panel.getByTestId('preset-status');
    const alert = panel.getByTestId('preset-error');

    await page.getByLabel('Arguments').fill(savedArgs);
    await panel.getByLabel('Preset name').fill('My MP3');
    await panel.getByRole('button', { name: 'Save as preset' }).click();
    await expect(status).toHaveText('Saved the command as "My MP3".');
    await expect(saved.getByRole('button', { name: 'My MP3', exact: true })).toBeVisible();

    await panel.getByLabel('Preset name').fill('my mp3');
    await panel.getByRole('button', { name: 'Save as preset' }).click();
    await expect(alert).toContainText('A saved preset is already named "My MP3".');

    await saved.getByRole('button', { name: 'Rename My MP3' }).click();
    await panel.getByLabel('New name for My MP3').fill('Podcast MP3');
    await panel.getByRole('button', { name: 'Save name' }).click();
    await expect(saved.getByRole('button', { name: 'Podcast MP3', exact: true })).toBeVisible();
    await expect(saved.getByRole('button', { name: 'My MP3', exact: true })).toHaveCount(0);

    await page.getByLabel('Arguments').fill('-version');
    await saved.getByRole('button', { name: 'Podcast MP3', exact: true }).click();
    await expect(page.getByLabel('Arguments')).toHaveValue(savedArgs);
    await expect(page.getByLabel('Input tasks')).toHaveValue('import-1');

    const [exported] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Export presets' }).click()]);
    expect(exported.suggestedFilename()).toBe('transmute-presets.json');
    const exportPath = await exported.path();
    const document = JSON.parse(await readFile(exportPath, 'utf8')) as { format: string; version: number; presets: Array<Record<string, string>> };
    expect(document.format).toBe('transmute-presets');
    expect(document.version).toBe(1);
    expect(document.presets).toEqual([{ name: 'Podcast MP3', engine: 'ffmpeg', command: 'ffmpeg', arguments: savedArgs, input: 'import-1' }]);

    await saved.getByRole('button', { name: 'Delete Podcast MP3' }).click();
    await expect(panel.getByText('No saved presets yet.')).toBeVisible();

    await panel.getByLabel('Import presets').setInputFiles({ name: 'transmute-presets.json', mimeType: 'application/json', buffer: await readFile(exportPath) });
    await expect(status).toHaveText('Imported 1 preset from transmute-presets.json: 1 added, 0 replaced.');
    await expect(saved.getByRole('button', { name: 'Podcast MP3', exact: true })).toBeVisible();

    await page.reload();
    await expect(page.getByRole('list', { name: 'Saved presets' }).getByRole('button', { name: 'Podcast MP3', exact: true })).toBeVisible();
  });

  test('malformed import shows the problem', async ({ page }) => {
    await page.goto('/');
    const panel = page.getByRole('region', { name: 'Presets', exact: true });
    const alert = panel.getByTestId('preset-error');
    const importInput = panel.getByLabel('Import presets');

    await importInput.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('not json') });
    await expect(alert).toContainText('notes.json is not a valid preset file: it is not JSON');

    await importInput.setInputFiles({ name: 'list.json', mimeType: 'application/json', buffer: Buffer.from('[]') });
    await expect(alert).toContainText('list.json is not a valid preset file: it contains an array');

    const unknownEngine = { format: 'transmute-presets', version: 1, presets: [{ name: 'Sox', engine: 'sox', command: 'sox', arguments: '' }] };
    await importInput.setInputFiles({ name: 'sox.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(unknownEngine)) });
    await expect(alert).toContainText('sox.json is not a valid preset file: preset 1 ("Sox") has the unknown engine "sox"');

    const missingField = { format: 'transmute-presets', version: 1, presets: [{ name: 'Half', engine: 'ffmpeg', arguments: '' }] };
    await importInput.setInputFiles({ name: 'half.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(missingField)) });
    await expect(alert).toContainText('preset 1 ("Half") has no "command" field');

    await expect(panel.getByText('No saved presets yet.')).toBeVisible();
  });

  test('preset without a matching file asks for one', async ({ page }) => {
    await page.goto('/');
    const panel = page.getByRole('region', { name: 'Presets', exact: true });

    await panel.locator('summary').filter({ hasText: /^Video / }).click();
    await panel.getByRole('button', { name: 'Resize to 1080p', exact: true }).click();

    await expect(panel.getByTestId('preset-status')).toContainText('Add a video file first');
    await expect(page.getByLabel('Arguments')).toHaveValue(/^-i \/input\/TASK\/video\.mp4 -vf scale=-2:1080 /);
  });

  test('presets are reachable by keyboard', async ({ page }) => {
    await page.goto('/');
    await addFiles(page, SAMPLE_IMAGE);
    const panel = page.getByRole('region', { name: 'Presets', exact: true });

    await panel.locator('summary').filter({ hasText: /^Inspect / }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(panel.getByRole('button', { name: 'Probe as JSON', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(page.getByRole('combobox', { name: 'Command' })).toHaveValue('ffprobe');
    await expect(page.getByLabel('Arguments')).toHaveValue('-v error -print_format json -show_format -show_streams /input/import-1/sample.png');
  });
});
