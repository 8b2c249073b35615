import { useState } from 'react';
import { formatBytes } from '../lib/format';
import { useObjectUrl } from '../lib/useObjectUrl';
import type { Side } from './pair';
import './BeforeAfter.css';

function Figure({ title, side }: { readonly title: string; readonly side: Side }) {
  const url = useObjectUrl(side.file.data);
  const [size, setSize] = useState<string | null>(null);
  return (
    <figure className="compare-side">
      {url !== null && (
        <img
          src={url}
          alt={`${title}: ${side.path}`}
          onLoad={(event) => setSize(`${event.currentTarget.naturalWidth}×${event.currentTarget.naturalHeight}`)}
        />
      )}
      <figcaption>
        <strong>{title}</strong> <code>{side.path}</code>
        <span className="compare-facts">
          {size === null ? '' : `${size} px · `}
          {formatBytes(side.file.data.size)}
        </span>
      </figcaption>
    </figure>
  );
}

/** Renders the input image beside the output image of an image task, each with its dimensions and size. */
export function BeforeAfter({ before, after }: { readonly before: Side; readonly after: Side }) {
  return (
    <section className="before-after" aria-label="Before and after">
      <Figure title="Before" side={before} />
      <Figure title="After" side={after} />
    </section>
  );
}
