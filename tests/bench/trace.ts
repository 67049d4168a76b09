/**
 * Chromium trace capture over CDP, and the sums the bench needs: script time attributed to one script
 * URL (the content script, or the naive baseline), split by what called it, per task, and long tasks.
 *
 * Attribution: Blink emits a `FunctionCall` trace event (devtools.timeline) for every callback it
 * runs — MutationObserver, requestIdleCallback, timers, events — carrying the script URL of the
 * function called; `EvaluateScript`/`v8.compile` cover the script's first run. Their `dur` is wall
 * time, `tdur` the main thread's CPU time (the two differ when the OS runs something else: this
 * machine has 2 cores shared by the browser, the bench and whatever else runs).
 */
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string; functionName?: string; frame?: string } & Record<string, unknown> } & Record<string, unknown>;
}

const CATEGORIES = ['devtools.timeline', 'toplevel', 'v8.execute', 'blink.user_timing'];

export class Trace {
  private events: TraceEvent[] = [];
  private constructor(private readonly cdp: CDPSession) {}

  static async start(cdp: CDPSession): Promise<Trace> {
    const t = new Trace(cdp);
    cdp.on('Tracing.dataCollected', (e) => {
      for (const ev of e.value as unknown as TraceEvent[]) t.events.push(ev);
    });
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'], recordMode: 'recordContinuously' },
      transferMode: 'ReportEvents',
      bufferUsageReportingInterval: 1000,
    });
    return t;
  }

  async stop(): Promise<TraceEvent[]> {
    const complete = new Promise<void>((resolve) => this.cdp.once('Tracing.tracingComplete', () => resolve()));
    await this.cdp.send('Tracing.end');
    await complete;
    return this.events;
  }
}

/** A window on the trace clock (µs). */
export interface Span {
  from: number;
  to: number;
}

const isX = (e: TraceEvent) => e.ph === 'X' && typeof e.dur === 'number';
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile']);
/** What ran a callback: the event that encloses it on the same thread. */
const CALLERS = new Set(['FireIdleCallback', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'BlinkScheduler_PerformMicrotaskCheckpoint', 'RunMicrotasks']);

export interface LongTask {
  ts: number;
  durMs: number;
  cpuMs: number;
  scriptWallMs: number;
  scriptCpuMs: number;
}

export interface Slice {
  ts: number;
  wallMs: number;
  cpuMs: number;
  caller: string;
  /** Garbage collection inside the script calls (wall ms). */
  gcMs: number;
  /** Script calls in the task, and the CPU of the longest one. */
  calls: number;
  maxCallCpuMs: number;
}

export interface ScriptTime {
  /** Renderer main thread of the page. */
  thread: { pid: number; tid: number } | null;
  wallMs: number;
  cpuMs: number;
  calls: number;
  /** By caller: idle (requestIdleCallback: the scan pump), microtask (MutationObserver), timer, event, startup, other. */
  byCaller: Record<string, { wallMs: number; cpuMs: number; calls: number }>;
  /** Script time of the URL inside each top-level task, for the worst slice, and the garbage collection inside it. */
  slices: Slice[];
  /** Top-level tasks of ≥ 50 ms wall or ≥ 50 ms CPU on the main thread, with the URL's share. */
  longTasks: LongTask[];
}

function callerName(name: string): string {
  switch (name) {
    case 'FireIdleCallback':
      return 'idle';
    case 'TimerFire':
      return 'timer';
    case 'FireAnimationFrame':
      return 'frame';
    case 'EventDispatch':
      return 'event';
    case 'BlinkScheduler_PerformMicrotaskCheckpoint':
    case 'RunMicrotasks':
      return 'microtask';
    default:
      return 'other';
  }
}

/** The page's renderer main thread: the thread running most script of `urlPrefix`. */
export function mainThread(events: readonly TraceEvent[], urlPrefix: string): { pid: number; tid: number } | null {
  const counts = new Map<string, number>();
  for (const e of events) {
    if (!SCRIPT_EVENTS.has(e.name)) continue;
    const url = String(e.args?.data?.url ?? '');
    if (!url.startsWith(urlPrefix)) continue;
    const k = `${e.pid}:${e.tid}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [k, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = k;
  if (best === null) return null;
  const [pid, tid] = best.split(':').map(Number);
  return { pid: pid!, tid: tid! };
}

/**
 * Script time of `urlPrefix` on `thread` within `span` (trace µs), outermost events only (a function
 * of the script calling another of its own functions is counted once).
 */
export function scriptTime(events: readonly TraceEvent[], thread: { pid: number; tid: number } | null, urlPrefix: string, span?: Span): ScriptTime {
  const out: ScriptTime = { thread, wallMs: 0, cpuMs: 0, calls: 0, byCaller: {}, slices: [], longTasks: [] };
  if (thread === null) return out;
  const on = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && isX(e) && (!span || (e.ts >= span.from && e.ts <= span.to)));
  on.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));

  const tasks = on.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
  const callers = on.filter((e) => CALLERS.has(e.name));
  const mine = on.filter((e) => SCRIPT_EVENTS.has(e.name) && String(e.args?.data?.url ?? '').startsWith(urlPrefix));
  const gcs = on.filter((e) => e.name === 'MajorGC' || e.name === 'MinorGC');
  const gcInside = (e: TraceEvent): number => {
    let ms = 0;
    for (const g of gcs) if (g.ts >= e.ts && g.ts + (g.dur ?? 0) <= e.ts + (e.dur ?? 0)) ms += (g.dur ?? 0) / 1000;
    return ms;
  };

  // Outermost only.
  const top: TraceEvent[] = [];
  let end = -1;
  for (const e of mine) {
    if (e.ts < end) continue;
    top.push(e);
    end = e.ts + (e.dur ?? 0);
  }

  // Innermost enclosing caller / task for each event, by a sweep over events sorted by start.
  const enclosing = (list: readonly TraceEvent[], e: TraceEvent): TraceEvent | null => {
    let lo = 0;
    let hi = list.length - 1;
    let idx = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.ts <= e.ts) {
        idx = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // Walk back a little: the innermost enclosing one starts last among those that contain e.
    for (let i = idx; i >= 0 && i > idx - 64; i--) {
      const c = list[i]!;
      if (c !== e && c.ts <= e.ts && c.ts + (c.dur ?? 0) >= e.ts + (e.dur ?? 0)) return c;
    }
    return null;
  };

  const perTask = new Map<TraceEvent | null, Slice>();
  for (const e of top) {
    const wall = (e.dur ?? 0) / 1000;
    const cpu = (e.tdur ?? e.dur ?? 0) / 1000;
    out.wallMs += wall;
    out.cpuMs += cpu;
    out.calls++;
    const caller = e.name !== 'FunctionCall' ? 'startup' : callerName(enclosing(callers, e)?.name ?? '');
    const b = (out.byCaller[caller] ??= { wallMs: 0, cpuMs: 0, calls: 0 });
    b.wallMs += wall;
    b.cpuMs += cpu;
    b.calls++;
    const task = enclosing(tasks, e);
    const gc = gcInside(e);
    const s = perTask.get(task) ?? { wallMs: 0, cpuMs: 0, caller, ts: e.ts, gcMs: 0, calls: 0, maxCallCpuMs: 0 };
    s.wallMs += wall;
    s.cpuMs += cpu;
    s.gcMs += gc;
    s.calls++;
    s.maxCallCpuMs = Math.max(s.maxCallCpuMs, cpu);
    if (task === null) out.slices.push({ ts: e.ts, wallMs: wall, cpuMs: cpu, caller, gcMs: gc, calls: 1, maxCallCpuMs: cpu });
    else perTask.set(task, s);
  }
  for (const s of perTask.values()) out.slices.push(s);
  out.slices.sort((a, b) => a.ts - b.ts);

  for (const t of tasks) {
    const dur = (t.dur ?? 0) / 1000;
    const cpu = (t.tdur ?? t.dur ?? 0) / 1000;
    if (dur < 50 && cpu < 50) continue;
    out.longTasks.push({ ts: t.ts, durMs: dur, cpuMs: cpu, scriptWallMs: perTask.get(t)?.wallMs ?? 0, scriptCpuMs: perTask.get(t)?.cpuMs ?? 0 });
  }
  return out;
}

/** Top-level tasks of ≥ 50 ms wall or CPU on a thread (whatever ran in them). */
export function longTasksOn(events: readonly TraceEvent[], thread: { pid: number; tid: number } | null, span?: Span): { durMs: number; cpuMs: number }[] {
  if (thread === null) return [];
  return events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && isX(e) && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask'))
    .filter((e) => !span || (e.ts >= span.from && e.ts <= span.to))
    .map((e) => ({ durMs: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? e.dur ?? 0) / 1000 }))
    .filter((t) => t.durMs >= 50 || t.cpuMs >= 50);
}

/** Trace time (µs) of the page's `performance.mark(name)`, or null. */
export function markTs(events: readonly TraceEvent[], name: string): number | null {
  const e = events.find((x) => x.name === name && x.cat.includes('blink.user_timing'));
  return e ? e.ts : null;
}

/** The last timestamp in the trace (µs). */
export function traceEnd(events: readonly TraceEvent[]): number {
  let end = 0;
  for (const e of events) end = Math.max(end, e.ts + (e.dur ?? 0));
  return end;
}
