// @vitest-environment jsdom
// The header's download progress: bytes of the total (or bytes alone), and a Cancel that reaches the download.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useDownload } from '../../../src/state/download';
import { DownloadProgress, progressText } from '../../../src/view/DownloadProgress';

afterEach(() => {
  cleanup();
  useDownload.setState({ active: null });
});

describe('DownloadProgress', () => {
  it('writes bytes read in MB, of the total when the server gave one', () => {
    expect(progressText(1.5 * 1024 * 1024, 12 * 1024 * 1024)).toBe('1.5 MB of 12.0 MB');
    expect(progressText(512 * 1024, null)).toBe('0.5 MB');
  });

  it('shows nothing without a download, then a bar and Cancel that calls the download’s cancel', () => {
    const cancel = vi.fn();
    const { container } = render(<DownloadProgress />);
    expect(container.textContent).toBe('');
    act(() =>
      useDownload.setState({
        active: { source: 'd.json', progress: { received: 1024 * 1024, total: 4 * 1024 * 1024 }, cancel },
      }),
    );
    const bar = screen.getByRole('progressbar', { name: 'Downloading d.json' });
    expect(bar.getAttribute('value')).toBe(String(1024 * 1024));
    expect(bar.getAttribute('max')).toBe(String(4 * 1024 * 1024));
    expect(screen.getByTestId('download-bytes').textContent).toBe('1.0 MB of 4.0 MB');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(cancel).toHaveBeenCalledOnce();
  });
});
