import { useId } from 'react';
import { BUILTIN_PRESETS } from '../../presets/builtin';
import { PRESET_GROUPS, type Preset } from '../../presets/types';

interface BuiltinPresetListProps {
  readonly onChoose: (preset: Preset) => void;
}

/** Renders the built-in presets as one collapsible list per group, each preset a button with its description. */
export function BuiltinPresetList({ onChoose }: BuiltinPresetListProps) {
  const id = useId();

  return (
    <div className="preset-groups">
      {PRESET_GROUPS.map((group) => {
        const presets = BUILTIN_PRESETS.filter((preset) => preset.group === group);
        return (
          <details key={group} className="preset-group">
            <summary>
              {group} <span className="count">({presets.length})</span>
            </summary>
            <ul className="preset-list" aria-label={`${group} presets`}>
              {presets.map((preset) => (
                <li key={preset.id}>
                  <button type="button" onClick={() => onChoose(preset)} aria-describedby={`${id}-${preset.id}`} data-preset-id={preset.id}>
                    {preset.name}
                  </button>
                  <span id={`${id}-${preset.id}`} className="description">
                    {preset.description}
                  </span>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </div>
  );
}
