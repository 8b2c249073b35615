import { useId, useState } from 'react';
import type { Preset } from '../../presets/types';
import { chooseBuiltinPreset } from './actions';
import { BuiltinPresetList } from './BuiltinPresetList';
import { errorNotice, type Notice } from './notice';
import { SavedPresets } from './SavedPresets';
import './PresetPicker.css';

/** Renders the built-in and saved presets. Choosing one fills the command editor, where it can be edited before Run. */
export function PresetPicker() {
  const id = useId();
  const [notice, setNotice] = useState<Notice | null>(null);

  const onChoose = (preset: Preset): void => {
    try {
      const { missing } = chooseBuiltinPreset(preset);
      setNotice(missing === null ? { kind: 'info', text: `Loaded "${preset.name}" into the command editor. Edit it if needed, then press Run.` } : { kind: 'warning', text: missing.message });
    } catch (failure) {
      setNotice(errorNotice(failure));
    }
  };

  return (
    <section className="panel preset-picker" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Presets</h2>
      <BuiltinPresetList onChoose={onChoose} />
      <SavedPresets onNotice={setNotice} />
      <p role="status" className={notice?.kind === 'warning' ? 'notice warning' : 'notice'} data-testid="preset-status">
        {notice !== null && notice.kind !== 'error' ? notice.text : ''}
      </p>
      <p role="alert" className="notice error" data-testid="preset-error">
        {notice?.kind === 'error' ? notice.text : ''}
      </p>
    </section>
  );
}
