// @vitest-environment jsdom
// The error panel's heading and lead for each kind of failure, and what it says is on screen under it.
import { cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDatasetFromText, markOrigin, reportLoadFailure } from '../../../src/state/actions';
import { resetAtlas } from '../../../src/state/store';
import { ErrorPanel } from '../../../src/view/ErrorPanel';
import { failureWording } from '../../../src/view/failure-wording';

const SOURCE = 'https://h.example/d.json';

beforeEach(resetAtlas);
afterEach(cleanup);

describe('failureWording', () => {
  it('a bad address asks to correct the link, not the file', () => {
    expect(failureWording('address', SOURCE, 1, 'none')).toEqual({
      heading: `Cannot use the address ${SOURCE}`,
      lead: 'Correct the address in the link:',
    });
  });

  it('a network failure names unreachable, offline and cross-origin, not the file', () => {
    const { heading, lead } = failureWording('network', SOURCE, 1, 'unchanged');
    expect(heading).toBe(`Could not reach ${SOURCE}`);
    expect(lead).toMatch(/^The dataset shown is unchanged\. .*unreachable.*offline.*does not allow other sites/);
    expect(lead).not.toMatch(/Fix these places/);
  });

  it("a server answer is the server's word", () => {
    expect(failureWording('server', SOURCE, 1, 'sample')).toEqual({
      heading: `The server refused ${SOURCE}`,
      lead: 'The bundled sample is shown. What the server answered:',
    });
  });

  it('a stopped download (too large, timed out, cancelled) says nothing of it was loaded', () => {
    expect(failureWording('stopped', SOURCE, 1, 'unchanged')).toEqual({
      heading: `Stopped loading ${SOURCE}`,
      lead: 'The dataset shown is unchanged. Nothing of it was loaded:',
    });
  });

  it('only problems in the contents ask to fix places in the file, counted', () => {
    expect(failureWording('contents', 'bad.json', 3, 'none')).toEqual({
      heading: 'Could not open bad.json: 3 problems',
      lead: 'Fix these places in the file and open it again:',
    });
    expect(failureWording('contents', 'bad.json', 1, 'none').heading).toBe('Could not open bad.json: 1 problem');
  });
});

describe('ErrorPanel', () => {
  const good = JSON.stringify({
    format: 'alliance-graph@1',
    actors: [{ id: 'a', label: 'A', kind: 'cluster', country: 'FI' }],
    agreements: [],
  });

  it('on a first visit whose ?data= failed, says the sample is shown under a network failure', () => {
    loadDatasetFromText(good, 'Sample');
    markOrigin('sample');
    reportLoadFailure(SOURCE, `Could not fetch ${SOURCE} (Failed to fetch).`, 'network');
    const { container } = render(<ErrorPanel />);
    expect(container.querySelector('h2')?.textContent).toBe(`Could not reach ${SOURCE}`);
    expect(container.textContent).toContain('The bundled sample is shown.');
    expect(container.textContent).not.toContain('Fix these places');
    expect(container.querySelector('[data-failure-kind]')?.getAttribute('data-failure-kind')).toBe('network');
  });

  it('a failure recorded without a kind is worded as a problem in the file', () => {
    reportLoadFailure('x.json', 'Could not read the file.');
    const { container } = render(<ErrorPanel />);
    expect(container.querySelector('h2')?.textContent).toBe('Could not open x.json: 1 problem');
  });
});
