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

/** Starts recording every animation frame's time in window.__frameTimes (until FRAMES_STOP). */
export const FRAMES_START = `
  (() => {
    window.__frameTimes = [];
    window.__framesOn = true;
    const tick = (time) => {
      window.__frameTimes.push(time);
      if (window.__framesOn) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()
`;

/** Stops the frame recorder after one more frame and resolves with the intervals between recorded frames (ms). */
export const FRAMES_STOP = `
  new Promise((resolve) => requestAnimationFrame(() => {
    window.__framesOn = false;
    const times = window.__frameTimes;
    resolve(times.slice(1).map((time, i) => time - times[i]));
  }))
`;

/**
 * Clicks the layout picker's radio for \`value\` (force, grouped, concentric, map, country) and resolves with
 * the milliseconds until the explorer reports that layout as shown (not its interim stand-in) and two more
 * frames have painted it.
 */
export const timeLayoutSwitch = (value: string): string => `
  new Promise((resolve, reject) => {
    const input = document.querySelector('input[type=radio][value=${JSON.stringify(value)}]');
    if (!input) return reject(new Error('no layout radio ${value}'));
    const started = performance.now();
    input.click();
    const check = () => {
      if (window.__explorer && window.__explorer.shown() === ${JSON.stringify(value)}) {
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - started)));
      } else if (performance.now() - started > 60000) reject(new Error('layout ${value} not shown within 60 s'));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })
`;

/** How many atlas:drawn marks exist so far. */
export const DRAWN_COUNT = `performance.getEntriesByName('atlas:drawn', 'mark').length`;

/**
 * Resolves when the expression `condition` is true, polling every `pollMs`; rejects after `timeoutMs`. The app's CSP
 * has no 'unsafe-eval', so page.waitForFunction's string predicates fail there; this script is compiled by
 * the debugger protocol instead, as page.evaluate's are.
 */
export const waitUntil = (condition: string, timeoutMs: number, pollMs = 50): string => `
  new Promise((resolve, reject) => {
    const started = performance.now();
    const check = () => {
      let value = false;
      try {
        value = (${condition});
      } catch (error) {
        value = false;
      }
      if (value) resolve(true);
      else if (performance.now() - started > ${timeoutMs}) reject(new Error(${JSON.stringify(`timed out after ${timeoutMs} ms waiting for: ${condition.slice(0, 120)}`)}));
      else setTimeout(check, ${pollMs});
    };
    check();
  })
`;
