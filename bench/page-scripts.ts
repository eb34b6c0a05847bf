// Scripts the app benchmark runs inside the page, kept as plain text so no bundler helper leaks into them.

/** Installed before any page script: records every long task (> 50 ms on the main thread) with its start and length. */
export const LONG_TASK_OBSERVER = `
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) {
    window.__longTasksUnsupported = String(error);
  }
`;

/** Marks named `name` so far, as plain objects (time since navigation start, and detail). */
export const marksScript = (name: string): string => `
  performance.getEntriesByName(${JSON.stringify(name)}, 'mark').map((entry) => ({ time: entry.startTime, detail: entry.detail ?? null }))
`;

/** Resolves when the first drawn frame with at least one node exists. */
export const FIRST_PAINT_READY = `
  performance.getEntriesByName('atlas:drawn', 'mark').some((entry) => entry.detail && entry.detail.nodes > 0)
`;

/**
 * Runs one store action through window.__atlasPerf and resolves with the milliseconds until the canvas
 * has drawn its result (the next atlas:drawn mark). `call` is e.g. "setFilters({year: 2012})".
 */
export const timeRedraw = (call: string): string => `
  new Promise((resolve, reject) => {
    const before = performance.getEntriesByName('atlas:drawn', 'mark').length;
    const started = performance.now();
    window.__atlasPerf.${call};
    const check = () => {
      const marks = performance.getEntriesByName('atlas:drawn', 'mark');
      if (marks.length > before) resolve(marks[before].startTime - started);
      else if (performance.now() - started > 60000) reject(new Error('no redraw within 60 s after ${call.replace(/'/g, '')}'));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })
`;

/**
 * Selects an actor and resolves with the milliseconds until the side panel names it and one more
 * frame has been painted (selection restyles a few elements; it does not redraw the scene).
 */
export const timeSelect = (id: string, label: string): string => `
  new Promise((resolve, reject) => {
    const started = performance.now();
    window.__atlasPerf.selectActor(${JSON.stringify(id)});
    const check = () => {
      const side = document.querySelector('aside.side') || document.body;
      if (side && side.textContent.includes(${JSON.stringify(label)})) {
        requestAnimationFrame(() => resolve(performance.now() - started));
      } else if (performance.now() - started > 30000) reject(new Error('the side panel never showed the selected actor'));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })
`;
