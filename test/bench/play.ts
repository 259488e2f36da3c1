/**
 * 5. Main-thread tasks while the SVG map plays: /embed/ at today, a click on play (which starts
 *    from 2012, a month every 400 ms), PLAY_MS recorded with Chromium's tracing.
 *
 * A task is a `RunTask` on the page's renderer main thread (the busiest `CrRendererMain`: only
 * this page is open), as Lighthouse counts them for TBT; over 50 ms is a long task. Tasks that
 * carry the benchmark's own DevTools protocol traffic (Playwright resolving the click) are not
 * the page's and are left out. Each of the longest tasks is described by its outermost DevTools
 * timeline events (event handlers, timers, style, layout, paint...), summed by name.
 * A task's wall time is what blocks the reader (and what Lighthouse and the longtask API count);
 * its thread (CPU) time is what the page did: on this 2-core machine the OS can deschedule the
 * main thread mid-task while the GPU process rasterises in software, which a phone's GPU would not.
 */
import type { Browser } from 'playwright-core';
import { firstUse, rendererReady, withProbedPage } from './probe';

export interface Task {
	/** ms after the recording started (the click on play). */
	at: number;
	/** Wall time, ms. */
	ms: number;
	/** The main thread's CPU time within it, ms. */
	cpuMs: number;
	/** What it did: outermost timeline events by name, ms, longest first. */
	parts: { name: string; ms: number }[];
}

export interface PlayResult {
	recordedMs: number;
	tasks: number;
	/** Tasks over 50 ms, by wall time and by CPU time. */
	over50: { wall: number; cpu: number };
	/** The longest tasks by wall time. */
	longest: Task[];
	/** The longest CPU time of any task, ms. */
	longestCpuMs: number;
	/** The slider's date before and after: play did advance. */
	dates: [string, string];
}

const PLAY_MS = 10_000;
const LONG_TASK_MS = 50;
const SHOWN = 3;

interface TraceEvent {
	name: string;
	cat: string;
	ph: string;
	pid: number;
	tid: number;
	ts: number;
	dur?: number;
	tdur?: number;
	args?: {
		name?: string;
		data?: { type?: string };
		chrome_mojo_event_info?: { mojo_interface_tag?: string };
	};
}

const within = (outer: TraceEvent, e: TraceEvent) =>
	e !== outer && e.ts >= outer.ts && e.ts + (e.dur ?? 0) <= outer.ts + outer.dur!;

/** The outermost DevTools timeline events inside `task`, summed by name. */
function describe(task: TraceEvent, events: TraceEvent[]): Task['parts'] {
	const timeline = events
		.filter((e) => within(task, e) && e.cat.split(',').includes('devtools.timeline'))
		.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
	const totals = new Map<string, number>();
	let end = -Infinity;
	for (const e of timeline) {
		if (e.ts < end) continue; // nested in the previous outermost event
		end = e.ts + e.dur!;
		const name = e.args?.data?.type ? `${e.name} (${e.args.data.type})` : e.name;
		totals.set(name, (totals.get(name) ?? 0) + e.dur! / 1000);
	}
	return [...totals]
		.map(([name, ms]) => ({ name, ms }))
		.sort((a, b) => b.ms - a.ms)
		.filter((p) => p.ms >= 0.5);
}

function mainThreadTasks(trace: { traceEvents: TraceEvent[] }) {
	const all = trace.traceEvents;
	const mains = new Set(
		all
			.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
			.map((e) => `${e.pid}:${e.tid}`)
	);
	const busy = new Map<string, number>();
	for (const e of all) {
		const thread = `${e.pid}:${e.tid}`;
		if (e.name === 'RunTask' && e.ph === 'X' && mains.has(thread)) {
			busy.set(thread, (busy.get(thread) ?? 0) + e.dur!);
		}
	}
	const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
	const events = all.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main);
	const devtools = (task: TraceEvent) =>
		events.some(
			(e) =>
				within(task, e) &&
				e.args?.chrome_mojo_event_info?.mojo_interface_tag === 'blink.mojom.DevToolsSession'
		);
	const tasks = events.filter((e) => e.name === 'RunTask' && !devtools(e));
	return { tasks, events };
}

export async function benchPlay(browser: Browser, base: string): Promise<PlayResult> {
	return withProbedPage(browser, async (page) => {
		await page.goto(`${base}embed/`);
		await firstUse(page);
		await rendererReady(page, 'svg');
		await page.waitForTimeout(1000);
		const date = () =>
			page
				.getByTestId('date')
				.textContent()
				.then((d) => d ?? '');
		const before = await date();
		await browser.startTracing(page);
		await page.getByTestId('play').click();
		await page.waitForTimeout(PLAY_MS);
		const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
		const after = await date();
		const { tasks, events } = mainThreadTasks(trace);
		const first = Math.min(...tasks.map((t) => t.ts));
		const longest = [...tasks].sort((a, b) => b.dur! - a.dur!).slice(0, SHOWN);
		const cpu = (t: TraceEvent) => (t.tdur ?? t.dur!) / 1000;
		return {
			recordedMs: PLAY_MS,
			tasks: tasks.length,
			over50: {
				wall: tasks.filter((t) => t.dur! / 1000 > LONG_TASK_MS).length,
				cpu: tasks.filter((t) => cpu(t) > LONG_TASK_MS).length
			},
			longest: longest.map((t) => ({
				at: (t.ts - first) / 1000,
				ms: t.dur! / 1000,
				cpuMs: cpu(t),
				parts: describe(t, events)
			})),
			longestCpuMs: Math.max(...tasks.map(cpu)),
			dates: [before, after]
		};
	});
}
