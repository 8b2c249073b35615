import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { PresetError } from '../presets/errors';
import type { PresetFields } from '../presets/exchange';
import { createPresetsStore, PRESETS_STORAGE_KEY } from './presets';

/** Creates a synchronous in-memory stand-in for localStorage. */
function memoryStorage(initial: Record<string, string> = {}): StateStorage & { readonly items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (name) => items.get(name) ?? null,
    setItem: (name, value) => {
      items.set(name, value);
    },
    removeItem: (name) => {
      items.delete(name);
    },
  };
}

function sequentialIds(): () => string {
  let next = 0;
  return () => {
    next += 1;
    return `id-${next}`;
  };
}

const webm: PresetFields = { name: 'ignored', engine: 'ffmpeg', command: 'ffmpeg', arguments: '-i /input/import-1/a.mp4 /output/a.webm', input: 'import-1' };
const gray: PresetFields = { name: 'Gray', engine: 'imagemagick', command: 'convert', arguments: 'a.png -colorspace Gray /output/b.png', input: '' };

function makeStore(storage = memoryStorage()) {
  return { storage, store: createPresetsStore(() => storage, sequentialIds()) };
}

function stored(storage: ReturnType<typeof memoryStorage>): unknown {
  return JSON.parse(storage.items.get(PRESETS_STORAGE_KEY) ?? 'null');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('presets store', () => {
  it('starts empty', () => {
    expect(makeStore().store.getState().saved).toEqual([]);
  });

  it('saves fields under a trimmed name', () => {
    const { store } = makeStore();
    const preset = store.getState().savePreset('  My WebM ', webm);
    expect(preset).toEqual({ ...webm, id: 'id-1', name: 'My WebM' });
    expect(store.getState().saved).toEqual([preset]);
  });

  it('rejects a taken name on save', () => {
    const { store } = makeStore();
    store.getState().savePreset('My WebM', webm);
    expect(() => store.getState().savePreset('my webm', webm)).toThrow(PresetError);
    expect(store.getState().saved).toHaveLength(1);
  });

  it('renames a preset', () => {
    const { store } = makeStore();
    const { id } = store.getState().savePreset('My WebM', webm);
    store.getState().renamePreset(id, 'Small WebM');
    expect(store.getState().saved[0]?.name).toBe('Small WebM');
  });

  it('renames to a different case of its own name', () => {
    const { store } = makeStore();
    const { id } = store.getState().savePreset('my webm', webm);
    store.getState().renamePreset(id, 'My WebM');
    expect(store.getState().saved[0]?.name).toBe('My WebM');
  });

  it('rejects a rename to a taken name', () => {
    const { store } = makeStore();
    store.getState().savePreset('Gray', gray);
    const { id } = store.getState().savePreset('My WebM', webm);
    expect(() => store.getState().renamePreset(id, 'gray')).toThrow(/already named "Gray"/);
  });

  it('rejects a rename of an unknown id', () => {
    expect(() => makeStore().store.getState().renamePreset('nope', 'x')).toThrow('No saved preset has the id "nope".');
  });

  it('deletes a preset', () => {
    const { store } = makeStore();
    const { id } = store.getState().savePreset('My WebM', webm);
    store.getState().savePreset('Gray', gray);
    store.getState().deletePreset(id);
    expect(store.getState().saved.map((preset) => preset.name)).toEqual(['Gray']);
  });

  it('imports new presets', () => {
    const { store } = makeStore();
    const summary = store.getState().importPresets([gray, { ...webm, name: 'WebM' }]);
    expect(summary).toEqual({ added: 2, replaced: 0 });
    expect(store.getState().saved.map((preset) => preset.id)).toEqual(['id-1', 'id-2']);
  });

  it('replaces a preset of the same name on import', () => {
    const { store } = makeStore();
    const { id } = store.getState().savePreset('gray', webm);
    const summary = store.getState().importPresets([gray]);
    expect(summary).toEqual({ added: 0, replaced: 1 });
    expect(store.getState().saved).toEqual([{ ...gray, id }]);
  });
});

describe('presets store persistence', () => {
  it('writes saved presets to storage', () => {
    const { store, storage } = makeStore();
    store.getState().savePreset('Gray', gray);
    expect(stored(storage)).toEqual({ state: { saved: [{ ...gray, id: 'id-1' }] }, version: 1 });
  });

  it('reads saved presets back', () => {
    const { store, storage } = makeStore();
    store.getState().savePreset('Gray', gray);
    const reopened = createPresetsStore(() => storage);
    expect(reopened.getState().saved).toEqual([{ ...gray, id: 'id-1' }]);
  });

  it('drops invalid stored entries', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const saved = [{ ...gray, id: 'a' }, { ...gray, id: 'b', engine: 'sox' }, { name: 'no id' }];
    const storage = memoryStorage({ [PRESETS_STORAGE_KEY]: JSON.stringify({ state: { saved }, version: 1 }) });
    expect(createPresetsStore(() => storage).getState().saved).toEqual([{ ...gray, id: 'a' }]);
  });

  it('warns about dropped entries', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const storage = memoryStorage({ [PRESETS_STORAGE_KEY]: JSON.stringify({ state: { saved: 'junk' }, version: 1 }) });
    createPresetsStore(() => storage);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Ignored 1 saved preset(s)'));
  });

  it('starts empty when storage is unavailable', () => {
    const store = createPresetsStore(() => {
      throw new Error('no storage');
    });
    expect(store.getState().saved).toEqual([]);
  });
});
