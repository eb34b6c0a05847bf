// Where an actor brokers, as the actor panel shows it: one sentence and the top five country pairs as bars.
import { useRef, type ReactNode, type Ref } from 'react';
import type { BrokerPaths } from '../analysis/broker-paths';
import type { Brokerage } from '../analysis/brokerage';
import type { FilteredDataset } from '../model/filter';
import { countryName } from '../model/countries';
import type { Dataset } from '../model/types';
import { useAtlas } from '../state/store';
import {
  cancelBrokerPaths,
  findBrokerPaths,
  hideBrokerPaths,
  INLINE_BROKERAGE_LIMIT,
  pathsOfChoice,
  showBrokerPaths,
  shownBrokerPaths,
  useBrokerPaths,
} from '../state/broker-paths';
import { counted } from '../model/number-text';

export { INLINE_BROKERAGE_LIMIT } from '../state/broker-paths';

/** What the network shows for the chosen pair: how many paths, between how many pairs, over which ties. */
function ShownPaths({ found, place }: { found: BrokerPaths; place: string }) {
  return (
    <p className="brokerage-shown" role="status">
      On the network: {counted(found.paths, 'shortest path', 'shortest paths')} between{' '}
      {counted(found.pairs, 'pair', 'pairs')} of {place} run through it, over{' '}
      {counted(found.edges.length, 'tie', 'ties')} and {counted(found.nodes.length, 'actor', 'actors')}.{' '}
      <button type="button" className="link-button" onClick={hideBrokerPaths}>
        Hide these paths
      </button>
    </p>
  );
}

const percent = (share: number): string => `${Math.round(share * 100)} %`;

/** "Latvian and Swedish actors", "Latvian actors" (a pair within one country). */
function between(pair: readonly [string, string], name: (code: string) => string): string {
  return pair[0] === pair[1] ? `actors in ${name(pair[0])}` : `actors in ${name(pair[0])} and ${name(pair[1])}`;
}

/** The section and its heading, whichever way the split is computed. */
export function BrokerageFrame({
  children,
  headingRef,
}: {
  children: ReactNode;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  return (
    <section className="brokerage" aria-labelledby="brokerage-title">
      {/* Focusable from script only, when the section's content is replaced under the keyboard (BrokerageOnRequest). */}
      <h3 id="brokerage-title" ref={headingRef} tabIndex={headingRef === undefined ? undefined : -1}>
        Where it brokers
      </h3>
      {children}
    </section>
  );
}

/**
 * The split as a sentence and the top five country pairs as bars, each with a Show button that draws its paths on
 * the network: found as it draws, or on a network of more than INLINE_BROKERAGE_LIMIT actors by a worker first.
 */
export function BrokerageSplit({
  dataset,
  filtered,
  brokerage,
}: {
  dataset: Dataset;
  filtered: FilteredDataset;
  brokerage: Brokerage;
}) {
  const choice = useBrokerPaths((s) => s.shown);
  const pending = useBrokerPaths((s) => s.pending);
  const failed = useBrokerPaths((s) => s.failed);
  const view = useAtlas((s) => s.view);
  // Each pair's Show button, for the keyboard to go back to when its search is cancelled (Cancel goes away).
  const showButtons = useRef(new Map<string, HTMLButtonElement>());
  const id = brokerage.actor;
  const name = (code: string): string => countryName(code, dataset);
  const top = brokerage.byCountryPair.slice(0, 5);
  const shown = shownBrokerPaths(choice, view.selected, view.path, view.focus);
  const same = (a: readonly [string, string], b: readonly [string, string]): boolean => a[0] === b[0] && a[1] === b[1];
  const isShown = (pair: readonly [string, string]): boolean =>
    shown !== null && shown.actor === id && same(shown.countries, pair);
  const finding = pending !== null && pending.actor === id ? pending : null;
  const found = shown !== null && shown.actor === id ? pathsOfChoice(shown, filtered) : null;
  const show = (pair: readonly [string, string]): void => {
    if (isShown(pair)) hideBrokerPaths();
    else if (filtered.actors.length > INLINE_BROKERAGE_LIMIT) findBrokerPaths(id, pair);
    else showBrokerPaths(id, pair);
  };
  const pairName = (pair: readonly [string, string]): string =>
    pair[0] === pair[1] ? name(pair[0]) : `${name(pair[0])} – ${name(pair[1])}`;
  if (top.length === 0) {
    return <p className="note">It lies on no shortest path between two other actors (betweenness 0).</p>;
  }
  return (
    <>
      <p className="brokerage-sentence">
        Of the shortest paths between other actors that run through it, {percent(top[0]!.share)} join{' '}
        {between(top[0]!.countries, name)}
        {top.length > 1 && (
          <>
            ; {percent(top[1]!.share)} join {between(top[1]!.countries, name)}
          </>
        )}
        .
      </p>
      <ul className="brokerage-bars" aria-label="Share of its brokerage by pair of countries">
        {top.map((entry) => (
          <li key={entry.countries.join('|')}>
            <span className="brokerage-pair">{pairName(entry.countries)}</span>
            {/* Bars relative to the largest pair, so five small shares still compare at a glance. */}
            <span className="brokerage-bar" aria-hidden="true">
              <span style={{ width: `${Math.max(2, (entry.share / top[0]!.share) * 100)}%` }} />
            </span>
            <span className="brokerage-share">{percent(entry.share)}</span>
            <button
              type="button"
              className="brokerage-show"
              ref={(button) => {
                if (button === null) showButtons.current.delete(entry.countries.join('|'));
                else showButtons.current.set(entry.countries.join('|'), button);
              }}
              aria-pressed={isShown(entry.countries)}
              aria-busy={finding !== null && same(finding.countries, entry.countries)}
              aria-label={`Show the paths between ${between(entry.countries, name)} on the network`}
              title={`Show on the network the shortest paths between ${between(entry.countries, name)} that run through it`}
              onClick={() => show(entry.countries)}
            >
              Show
            </button>
          </li>
        ))}
      </ul>
      {finding !== null && (
        <p className="brokerage-shown" role="status">
          Finding the paths between {between(finding.countries, name)}… {Math.round(finding.progress * 100)} %{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              cancelBrokerPaths();
              showButtons.current.get(finding.countries.join('|'))?.focus();
            }}
          >
            Cancel
          </button>
        </p>
      )}
      {finding === null && failed !== null && (
        <p className="brokerage-shown" role="alert">
          The paths could not be found: {failed}
        </p>
      )}
      {found !== null && found.pairs > 0 && <ShownPaths found={found} place={between(found.countries, name)} />}
    </>
  );
}
