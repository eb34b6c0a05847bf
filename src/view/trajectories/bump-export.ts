// The bump chart's downloads: SVG text, a PNG drawn from that SVG on a canvas, and the CSV of the ranks.
import { downloadBlob, downloadText } from '../present/download';

/** The PNG's pixels per SVG unit: sharp on slides and high-density screens. */
const PNG_SCALE = 2;

export const saveBumpSvg = (svg: string, stem: string): void =>
  downloadText(svg, `${stem}-trajectories.svg`, 'image/svg+xml');

export const saveBumpCsv = (csv: string, stem: string): void =>
  downloadText(csv, `${stem}-trajectories.csv`, 'text/csv');

/** The same document as the SVG download, rasterised: one picture, two formats, nothing drawn twice. */
export async function saveBumpPng(svg: string, width: number, height: number, stem: string): Promise<void> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await new Promise<HTMLImageElement>((resolve, reject) => {
      const element = new Image();
      element.onload = () => resolve(element);
      element.onerror = () => reject(new Error('The chart could not be drawn for the PNG export.'));
      element.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * PNG_SCALE);
    canvas.height = Math.round(height * PNG_SCALE);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('This browser cannot draw the PNG export (no 2D canvas).');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob === null) throw new Error('The browser could not encode the PNG export.');
    downloadBlob(blob, `${stem}-trajectories.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}
