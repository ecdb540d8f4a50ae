// What the benchmark installs in every page before the app's scripts run (Playwright's addInitScript
// goes through the DevTools protocol, so the page's Content-Security-Policy does not block it).
// It records, on the page's own clock (0 = navigation start):
//   - when the first map shape and the first chart SVG are drawn (the frame after they enter the DOM);
//   - long tasks (PerformanceObserver 'longtask');
//   - filter latency: from the input event to the record count changing (DOM updated, React's effects
//     done) and to the next frame after that, and to the view settled: the explore view's mark
//     (src/app/routes/view-settled.ts) once its open panel (map layers and lists) has committed the new
//     records, which may come after the count (the panel renders a frame later, useValueAfterPaint). The
//     "next paint" is read in the first task after that frame: where the panel renders in a task queued
//     from the same frame, it reads after the panel too, although the count was painted before it;
//   - frame intervals (requestAnimationFrame deltas) while the map is panned and zoomed.
// It must be one self-contained function: Playwright serialises it into the page.

export interface ProbeResults {
  firstMapMs: number | null;
  firstChartMs: number | null;
  longTasks: number[];
}

export interface FilterSample {
  updatedMs: number;
  paintedMs: number;
  /** To the view-settled mark; null for a build that sets none (before the mark, the count and the map committed together). */
  settledMs: number | null;
}

/** The page-side API, on window.__bench. */
export interface BenchProbe {
  results: ProbeResults;
  /** Starts timing one filter change: the next click or keydown starts the clock. */
  armFilter(countSelector: string): void;
  /** The armed change's timings, once the count has changed, a frame has been painted and the view has settled. */
  filterSample: FilterSample | null;
  startFrames(): void;
  stopFrames(): number[];
}

export const MAP_SHAPE_SELECTOR = '.leaflet-container path';
export const CHART_SVG_SELECTOR = 'svg.recharts-surface';

export function installProbes(selectors: { map: string; chart: string; settledMark: string }): void {
  const afterPaint = (callback: () => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback();
      channel.port2.postMessage(null);
    });

  const results: ProbeResults = { firstMapMs: null, firstChartMs: null, longTasks: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) results.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });

  const watchFirst = (selector: string, record: (ms: number) => void) => {
    const observer = new MutationObserver(() => {
      if (document.querySelector(selector) === null) return;
      observer.disconnect();
      requestAnimationFrame(() => record(performance.now()));
    });
    observer.observe(document, { childList: true, subtree: true });
  };
  watchFirst(selectors.map, (ms) => (results.firstMapMs = ms));
  watchFirst(selectors.chart, (ms) => (results.firstChartMs = ms));

  let frames: number[] = [];
  let framing = false;
  const probe: BenchProbe = {
    results,
    filterSample: null,
    armFilter(countSelector) {
      probe.filterSample = null;
      const count = document.querySelector(countSelector);
      if (count === null) throw new Error(`no element matches ${countSelector}`);
      const before = count.textContent;
      // A build that marks its view settled has marked it once already, when the map first drew.
      const marksSettled = performance.getEntriesByName(selectors.settledMark, 'mark').length > 0;
      let started: number | null = null;
      let counted: { updatedMs: number; paintedMs: number } | null = null;
      let settledMs: number | null = null;
      const finish = () => {
        if (counted === null || (marksSettled && settledMs === null)) return;
        probe.filterSample = { ...counted, settledMs };
      };
      const start = (event: Event) => {
        started = event.timeStamp;
        document.removeEventListener('click', start, { capture: true });
        document.removeEventListener('keydown', start, { capture: true });
      };
      document.addEventListener('click', start, { capture: true });
      document.addEventListener('keydown', start, { capture: true });
      const settled = new PerformanceObserver((list) => {
        for (const entry of list.getEntriesByName(selectors.settledMark)) {
          if (started === null || entry.startTime < started || settledMs !== null) continue;
          settledMs = entry.startTime - started;
          settled.disconnect();
          finish();
        }
      });
      if (marksSettled) settled.observe({ type: 'mark' });
      const observer = new MutationObserver(() => {
        if (count.textContent === before || started === null) return;
        observer.disconnect();
        const updatedMs = performance.now() - started;
        const from = started;
        afterPaint(() => {
          counted = { updatedMs, paintedMs: performance.now() - from };
          finish();
        });
      });
      observer.observe(count, { childList: true, characterData: true, subtree: true });
    },
    startFrames() {
      frames = [];
      framing = true;
      let last = performance.now();
      const tick = (now: number) => {
        if (!framing) return;
        frames.push(now - last);
        last = now;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    stopFrames() {
      framing = false;
      // The first interval starts mid-frame, when startFrames was called.
      return frames.slice(1);
    },
  };
  (window as unknown as { __bench: BenchProbe }).__bench = probe;
}
