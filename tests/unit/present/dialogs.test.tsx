// @vitest-environment jsdom
// The share dialog and story editor in jsdom: a modal that traps focus and gives it back, reordering by keyboard.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDatasetFromText } from '../../../src/state/actions';
import { resetAtlas } from '../../../src/state/store';
import { currentSteps, resetStory } from '../../../src/state/story';
import { ShareDialog } from '../../../src/view/present/ShareDialog';
import { StoryEditor } from '../../../src/view/present/StoryEditor';
import { iframeSnippet, viewUrl } from '../../../src/view/present/share-links';
import { defaultViewState } from '../../../src/embed/view-state';

const dataset = {
  format: 'alliance-graph@1',
  title: 'Ties "quoted" <b>bold</b>',
  actors: [
    { id: 'a', label: 'A', kind: 'cluster', country: 'FI' },
    { id: 'b', label: 'B', kind: 'agency', country: 'SE' },
  ],
  agreements: [{ id: 'ab', kind: 'bilateral', parties: ['a', 'b'] }],
  views: [
    { id: 'one', title: 'One', state: 'color=kind' },
    { id: 'two', title: 'Two', state: 'select=a' },
    { id: 'three', title: 'Three', state: 'select=b' },
  ],
};

beforeEach(() => {
  resetAtlas();
  resetStory();
  loadDatasetFromText(JSON.stringify(dataset), 'd.json');
  // After React's commit, as in a browser, so focus lands on the re-rendered buttons.
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((run) => Number(setTimeout(() => run(0), 0)));
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Opener({ which }: { which: 'share' | 'story' }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open && which === 'share' && <ShareDialog onClose={() => setOpen(false)} />}
      {open && which === 'story' && <StoryEditor onClose={() => setOpen(false)} />}
    </>
  );
}

describe('share dialog', () => {
  it('moves focus in, keeps Tab inside, closes on Escape and gives focus back to the opener', () => {
    render(<Opener which="share" />);
    const opener = screen.getByRole('button', { name: 'Open' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Share this view' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.contains(document.activeElement)).toBe(true);
    const focusables = [...dialog.querySelectorAll<HTMLElement>('button, input, textarea')];
    (focusables[focusables.length - 1] as HTMLElement).focus();
    fireEvent.keyDown(document.activeElement as Element, { key: 'Tab' });
    expect(document.activeElement).toBe(focusables[0]);
    fireEvent.keyDown(document.activeElement as Element, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(focusables[focusables.length - 1]);
    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('offers the link and an iframe whose title attribute cannot break out', () => {
    render(<ShareDialog onClose={() => undefined} />);
    const snippet = (screen.getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement).value;
    expect(snippet).toContain('title="Ties &quot;quoted&quot; &lt;b&gt;bold&lt;/b&gt;"');
    const parsed = new DOMParser().parseFromString(snippet, 'text/html').querySelector('iframe');
    expect(parsed?.getAttribute('title')).toBe(dataset.title);
    expect(new URL(parsed?.getAttribute('src') ?? '').searchParams.get('embed')).toBe('1');
  });
});

describe('share links', () => {
  it('switch embed on and off and drop the fragment, keeping the rest of the view', () => {
    const view = { ...defaultViewState(), selected: 'a,b', embed: true };
    expect(viewUrl('https://h.example/app/?x=1#frag', view, false)).toBe('https://h.example/app/?select=a%2Cb');
    expect(viewUrl('https://h.example/app/', view, true)).toBe('https://h.example/app/?select=a%2Cb&embed=1');
    expect(viewUrl('https://h.example/app/?embed=1', defaultViewState(), false)).toBe('https://h.example/app/');
    expect(iframeSnippet('https://h.example/?a=1&b=2', 'T')).toMatch(
      /^<iframe src="https:\/\/h\.example\/\?a=1&amp;b=2"/,
    );
  });
});

describe('story editor', () => {
  const clickAndWait = (target: Element) =>
    act(async () => {
      fireEvent.click(target);
      await new Promise((done) => setTimeout(done, 5));
    });

  it('moves steps with the keyboard-reachable buttons and keeps focus on the moved step', async () => {
    render(<Opener which="story" />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    const down = screen.getByRole('button', { name: 'Move step 1 down' });
    down.focus();
    await clickAndWait(down);
    expect(currentSteps().map((s) => s.id)).toEqual(['two', 'one', 'three']);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Move step 2 down');
    await clickAndWait(document.activeElement as Element);
    expect(currentSteps().map((s) => s.id)).toEqual(['two', 'three', 'one']);
    // At the end, "down" is disabled: focus goes to "up" of the same step.
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Move step 3 up');
  });

  it('captures the current view with a title and caption', () => {
    render(<StoryEditor onClose={() => undefined} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), { target: { value: 'Mine' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Caption' }), { target: { value: 'Said so' } });
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Capture this view' })));
    expect(currentSteps().at(-1)).toEqual({ id: 'mine', title: 'Mine', caption: 'Said so', state: '' });
    expect(screen.getByRole('status').textContent).toContain('Captured “Mine”');
    expect(screen.getAllByRole('listitem')).toHaveLength(4);
  });
});
