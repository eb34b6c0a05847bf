// Whether CSS has clamped a text (a small frame's line clamp), so a More button shows exactly when there is more to read.
import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * True while the element's text is cut by its clamp (the clamp itself is CSS: a media query knows the frame's size).
 * Measured again when the element changes size (a resize can cut the text or show all of it) and when `text` changes;
 * not while `expanded`, when nothing is clamped.
 */
export function useClipped(element: RefObject<HTMLElement | null>, expanded: boolean, text: string): boolean {
  const [clipped, setClipped] = useState(false);
  useLayoutEffect(() => {
    const node = element.current;
    if (node === null || expanded) return;
    // A pixel of slack: line heights round differently from the scroll height.
    const measure = (): void => setClipped(node.scrollHeight > node.clientHeight + 1);
    measure();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, [element, expanded, text]);
  return clipped;
}
