import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { readStoredPresets, type PresetFields } from '../presets/exchange';
import { validatePresetName } from '../presets/names';
import type { SavedPreset } from '../presets/types';

/** Key of the saved presets in localStorage. */
export const PRESETS_STORAGE_KEY = 'transmute-presets';

/** How many presets an import added and how many existing ones, matched by name, it replaced. */
export interface ImportSummary {
  readonly added: number;
  readonly replaced: number;
}

export interface PresetsState {
  /** The person's own presets, in the order they were saved. */
  readonly saved: readonly SavedPreset[];

  /** Saves the fields under `name`; raises PresetError for an empty, too long or taken name. */
  savePreset(name: string, fields: PresetFields): SavedPreset;
  /** Renames a saved preset; raises PresetError as savePreset does. */
  renamePreset(id: string, name: string): void;
  deletePreset(id: string): void;
  /** Adds presets read from a preset file. One whose name a saved preset already has, ignoring case, replaces that preset. */
  importPresets(presets: readonly PresetFields[]): ImportSummary;
}

type PersistedPresets = Pick<PresetsState, 'saved'>;

const otherNames = (saved: readonly SavedPreset[], id: string): string[] => saved.filter((preset) => preset.id !== id).map((preset) => preset.name);

/**
 * Creates a presets store persisted through `getStorage`; the app uses
 * `presetsStore`, tests make their own with an in-memory storage.
 */
export function createPresetsStore(getStorage: () => StateStorage, newId: () => string = () => crypto.randomUUID()) {
  return createStore<PresetsState>()(
    persist(
      (set, get) => ({
        saved: [],

        savePreset(name, fields) {
          const preset: SavedPreset = { ...fields, id: newId(), name: validatePresetName(name, get().saved.map((other) => other.name)) };
          set((state) => ({ saved: [...state.saved, preset] }));
          return preset;
        },

        renamePreset(id, name) {
          const { saved } = get();
          if (!saved.some((preset) => preset.id === id)) throw new Error(`No saved preset has the id ${JSON.stringify(id)}.`);
          const newName = validatePresetName(name, otherNames(saved, id));
          set({ saved: saved.map((preset) => (preset.id === id ? { ...preset, name: newName } : preset)) });
        },

        deletePreset(id) {
          set((state) => ({ saved: state.saved.filter((preset) => preset.id !== id) }));
        },

        importPresets(presets) {
          const saved = [...get().saved];
          let replaced = 0;

          for (const fields of presets) {
            const index = saved.findIndex((preset) => preset.name.toLowerCase() === fields.name.toLowerCase());
            const existing = saved[index];
            if (existing === undefined) {
              saved.push({ ...fields, id: newId() });
            } else {
              saved[index] = { ...fields, id: existing.id };
              replaced += 1;
            }
          }

          set({ saved });
          return { added: presets.length - replaced, replaced };
        },
      }),
      {
        name: PRESETS_STORAGE_KEY,
        version: 1,
        storage: createJSONStorage<PersistedPresets>(getStorage),
        partialize: (state): PersistedPresets => ({ saved: state.saved }),
        merge: (persisted, current) => {
          const stored = typeof persisted === 'object' && persisted !== null && 'saved' in persisted ? persisted.saved : undefined;
          const { presets, dropped } = readStoredPresets(stored);
          if (dropped > 0) console.warn(`Ignored ${dropped} saved preset(s) in localStorage "${PRESETS_STORAGE_KEY}" that are not valid presets.`);
          return { ...current, saved: presets };
        },
      },
    ),
  );
}

export type PresetsStore = ReturnType<typeof createPresetsStore>;

export const presetsStore = createPresetsStore(() => window.localStorage);

/** Reads a slice of the app's presets store in a React component. */
export function usePresets<T>(selector: (state: PresetsState) => T): T {
  return useStore(presetsStore, selector);
}
