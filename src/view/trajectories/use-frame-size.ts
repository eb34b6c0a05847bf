// The size of an element, kept current with a ResizeObserver: the bump chart is drawn at its frame's pixel size.
import { useEffect, useState, type RefObject } from 'react';

export interface FrameSize {
  width: number;
  height: number;
}

/** { 0, 0 } until measured (and where ResizeObserver is missing, as in jsdom: then the element's size once). */
export function useFrameSize(ref: RefObject<HTMLElement | null>): FrameSize {
  const [size, setSize] = useState<FrameSize>({ width: 0, height: 0 });
  useEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const measure = (): void => {
      const width = Math.floor(element.clientWidth);
      const height = Math.floor(element.clientHeight);
      setSize((old) => (old.width === width && old.height === height ? old : { width, height }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
