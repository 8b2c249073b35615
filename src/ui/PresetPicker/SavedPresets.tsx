import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { usePresets } from '../../store/presets';
import { exportSavedPresets, importPresetFile, saveEditorAsPreset } from './actions';
import { errorNotice, type Notice } from './notice';
import { SavedPresetRow } from './SavedPresetRow';

interface SavedPresetsProps {
  readonly onNotice: (notice: Notice) => void;
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** Renders the person's own presets with forms to save the editor's command, export and import. */
export function SavedPresets({ onNotice }: SavedPresetsProps) {
  const id = useId();
  const saved = usePresets((state) => state.saved);
  const [name, setName] = useState('');

  const onSave = (event: FormEvent): void => {
    event.preventDefault();
    try {
      const preset = saveEditorAsPreset(name);
      setName('');
      onNotice({ kind: 'info', text: `Saved the command as "${preset.name}".` });
    } catch (failure) {
      onNotice(errorNotice(failure));
    }
  };

  const onImport = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (file === undefined) return;
    importPresetFile(file)
      .then(({ added, replaced }) =>
        onNotice({ kind: 'info', text: `Imported ${plural(added + replaced, 'preset')} from ${file.name}: ${added} added, ${replaced} replaced.` }),
      )
      .catch((failure: unknown) => onNotice(errorNotice(failure)));
  };

  return (
    <section className="saved-presets" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Your presets</h3>
      <form className="save-preset" onSubmit={onSave}>
        <label htmlFor={`${id}-name`}>Preset name</label>
        <input id={`${id}-name`} value={name} onChange={(event) => setName(event.currentTarget.value)} placeholder="Small WebM for the blog" />
        <button type="submit">Save as preset</button>
      </form>

      {saved.length === 0 ? (
        <p className="empty">No saved presets yet. Fill in the command below, name it and press "Save as preset".</p>
      ) : (
        <ul className="preset-list" aria-label="Saved presets">
          {saved.map((preset) => (
            <SavedPresetRow key={preset.id} preset={preset} onNotice={onNotice} />
          ))}
        </ul>
      )}

      <div className="exchange">
        <button type="button" onClick={exportSavedPresets} disabled={saved.length === 0}>
          Export presets
        </button>
        <input id={`${id}-import`} className="visually-hidden" type="file" accept=".json,application/json" onChange={onImport} />
        <label htmlFor={`${id}-import`} className="button-label">
          Import presets
        </label>
      </div>
    </section>
  );
}
