import { describe, expect, it } from 'vitest';
import { buildZip, sessionZipEntries, taskZipEntries } from './zip';

const blob = (text: string): Blob => new Blob([text]);

describe('taskZipEntries', () => {
  it('uses relative paths', () => {
    const entries = taskZipEntries([{ filename: 'out.mp4', data: blob('a') }, { filename: '01.png', dir: 'frames', data: blob('b') }]);
    expect(entries.map((entry) => entry.name)).toEqual(['out.mp4', 'frames/01.png']);
  });
});

describe('sessionZipEntries', () => {
  it('puts each task in its folder', () => {
    const entries = sessionZipEntries([
      { name: 'import-1', files: [{ filename: 'a.png', data: blob('a') }] },
      { name: 'command-1', files: [{ filename: 'a.png', data: blob('b') }] },
      { name: 'command-2', files: [] },
    ]);
    expect(entries.map((entry) => entry.name)).toEqual(['import-1/a.png', 'command-1/a.png']);
  });
});

describe('buildZip', () => {
  it('writes a ZIP with every name', async () => {
    const zip = new Uint8Array(await (await buildZip([{ name: 'frames/01.png', input: blob('hello') }])).arrayBuffer());
    const text = new TextDecoder('latin1').decode(zip);

    expect(text.startsWith('PK\u0003\u0004')).toBe(true);
    expect(text).toContain('frames/01.png');
    expect(text).toContain('hello');
  });
});
