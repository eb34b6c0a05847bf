// The download on screen (the header's progress bar and its Cancel); the download itself is threads/download.ts.
import { create } from 'zustand';
import type { Progress } from '../threads/download';

/** The download on screen: its name and progress, and how to cancel it; null when none runs. */
export interface DownloadState {
  active: { source: string; progress: Progress; cancel: () => void } | null;
}

export const useDownload = create<DownloadState>()(() => ({ active: null }));

/** Cancels the download on screen, if any (the Cancel button; a newer load does it too). */
export const cancelDownload = (): void => useDownload.getState().active?.cancel();
