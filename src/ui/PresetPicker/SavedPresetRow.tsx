import { useId, useState, type FormEvent } from 'react';
import type { SavedPreset } from '../../presets/types';
import { presetsStore } from '../../store/presets';
import { loadSavedPreset } from './actions';
import { errorNotice, type Notice } from './notice';

interface SavedPresetRowProps {
  readonly preset: SavedPreset;
  readonly onNotice: (notice: Notice) => void;
}

/** Renders one saved preset as a button that loads it, with Rename (an inline form) and Delete. */
export function SavedPresetRow({ preset, onNotice }: SavedPresetRowProps) {
  const id = useId();
  const [renaming, setRenaming] = useState(false);
  const [newName, setNewName] = useState(preset.name);

  const onRename = (event: FormEvent): void => {
    event.preventDefault();
    try {
      presetsStore.getState().renamePreset(preset.id, newName);
      setRenaming(false);
      onNotice({ kind: 'info', text: `Renamed "${preset.name}" to "${newName.trim()}".` });
    } catch (failure) {
      onNotice(errorNotice(failure));
    }
  };

  if (renaming) {
    return (
      <li className="saved-preset">
        <form className="rename" onSubmit={onRename} onKeyDown={(event) => {
            if (event.key === 'Escape') setRenaming(false);
          }}>
          <label htmlFor={`${id}-name`}>New name for {preset.name}</label>
          <input id={`${id}-name`} value={newName} onChange={(event) => setNewName(event.currentTarget.value)} autoFocus />
          <button type="submit">Save name</button>
          <button type="button" onClick={() => setRenaming(false)}>
            Cancel
          </button>
        </form>
      </li>
    );
  }

  return (
    <li className="saved-preset">
      <button
        type="button"
        onClick={() => {
          loadSavedPreset(preset);
          onNotice({ kind: 'info', text: `Loaded "${preset.name}" into the command editor.` });
        }}
        aria-describedby={`${id}-command`}
      >
        {preset.name}
      </button>
      <code id={`${id}-command`} className="description">
        {preset.command} {preset.arguments}
      </code>
      <span className="row-actions">
        <button
          type="button"
          onClick={() => {
            setNewName(preset.name);
            setRenaming(true);
          }}
        >
          Rename <span className="visually-hidden">{preset.name}</span>
        </button>
        <button
          type="button"
          onClick={() => {
            presetsStore.getState().deletePreset(preset.id);
            onNotice({ kind: 'info', text: `Deleted "${preset.name}".` });
          }}
        >
          Delete <span className="visually-hidden">{preset.name}</span>
        </button>
      </span>
    </li>
  );
}
