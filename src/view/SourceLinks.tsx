// A list of source references as links (opened in a new tab without access to this page), or plain text without a URL.
import type { Source } from '../model/types';
import { safeHref } from './labels';

export function SourceLinks({ ids, sources }: { ids: readonly string[]; sources: ReadonlyMap<string, Source> }) {
  if (ids.length === 0) return null;
  return (
    <span className="sources">
      Sources:{' '}
      {ids.map((id, i) => {
        const source = sources.get(id);
        const text = source?.title ?? id;
        const href = safeHref(source?.url);
        return (
          <span key={`${i}\u0001${id}`}>
            {i > 0 && ', '}
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {text}
              </a>
            ) : (
              text
            )}
          </span>
        );
      })}
    </span>
  );
}
