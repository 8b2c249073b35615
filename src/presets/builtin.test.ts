import { describe, expect, it } from 'vitest';
import { isEngineCommand } from '../tasks/engines';
import { splitArguments, type GlobExpander } from '../tasks/split';
import { applyPreset, mediaKindOf } from './apply';
import { BUILTIN_PRESETS } from './builtin';
import { PRESET_GROUPS, type AvailableFile, type MediaKind } from './types';

// Matches every pattern, so a quoted word that was wrongly expanded as a glob fails the test.
const expandAll: GlobExpander = () => ['EXPANDED'];

/** One file of each kind, named with a space and a quote so that unquoted placeholders show. */
const ODD_FILES: readonly AvailableFile[] = [
  { taskName: 'import-1', filename: "my clip's.mp4", type: 'video/mp4' },
  { taskName: 'import-2', filename: 'my song.mp3', type: 'audio/mpeg' },
  { taskName: 'import-3', filename: 'my photo.png', type: 'image/png' },
  { taskName: 'import-4', filename: 'my logo.png', type: 'image/png' },
];

/** Path of the first file in ODD_FILES of one of `kinds`, the file `{input}` should get. */
function firstPath(kinds: readonly MediaKind[]): string | undefined {
  const file = ODD_FILES.find((candidate) => {
    const kind = mediaKindOf(candidate);
    return kind !== null && kinds.includes(kind);
  });
  return file === undefined ? undefined : `/input/${file.taskName}/${file.filename}`;
}

describe('BUILTIN_PRESETS', () => {
  it('has at least 30 presets', () => {
    expect(BUILTIN_PRESETS.length).toBeGreaterThanOrEqual(30);
  });

  it('has unique kebab-case ids', () => {
    const ids = BUILTIN_PRESETS.map((preset) => preset.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has unique names', () => {
    const names = BUILTIN_PRESETS.map((preset) => preset.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it('fills every group', () => {
    for (const group of PRESET_GROUPS) expect(BUILTIN_PRESETS.some((preset) => preset.group === group)).toBe(true);
  });

  it('lists presets in group order', () => {
    const order = BUILTIN_PRESETS.map((preset) => PRESET_GROUPS.indexOf(preset.group));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe.each(BUILTIN_PRESETS.map((preset) => [preset.id, preset] as const))('preset %s', (_id, preset) => {
  it('names a command of its engine', () => {
    expect(isEngineCommand(preset.engine, preset.command)).toBe(true);
  });

  it('has a one-line description', () => {
    expect(preset.description).toMatch(/^\S.*\.$/);
    expect(preset.description).not.toContain('\n');
  });

  it('uses only known placeholders', () => {
    const placeholders = preset.arguments.match(/\{[a-z0-9]+\}/g) ?? [];
    for (const placeholder of placeholders) expect(['{input}', '{input2}', '{inputs}', '{name}']).toContain(placeholder);
  });

  it('declares accepts2 exactly when it uses input2', () => {
    expect(preset.accepts2 !== undefined).toBe(preset.arguments.includes('{input2}'));
  });

  it('accepts files exactly when it reads one', () => {
    const readsFile = /\{inputs?\}/.test(preset.arguments);
    expect(preset.accepts.length > 0).toBe(readsFile);
  });

  it('finds its files and splits cleanly', () => {
    const applied = applyPreset(preset, ODD_FILES);
    expect(applied.missing).toBeNull();
    expect(() => splitArguments(applied.arguments, expandAll)).not.toThrow();
  });

  it('passes the input path as one word', () => {
    const words = splitArguments(applyPreset(preset, ODD_FILES).arguments, expandAll);
    const path = firstPath(preset.accepts);
    if (path !== undefined) expect(words).toContain(path);
  });

  it('writes to /output/ or captures output', () => {
    const words = splitArguments(applyPreset(preset, ODD_FILES).arguments, expandAll);
    const writes = words.some((word) => word.startsWith('/output/') || word === '/output');
    expect(writes || preset.captureOutput === true).toBe(true);
  });

  it('captures output in the Inspect group', () => {
    expect(preset.captureOutput === true).toBe(preset.group === 'Inspect');
  });
});
