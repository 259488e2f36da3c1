/**
 * 4. Date step cost: a slider key press, against one plain repaint of the same map, in each
 *    engine. Steps and repaints alternate on the same page (drift from GC or heat hits both
 *    alike); the first pair is a discarded warm-up.
 *
 * SVG map (the reader's map): a keydown's Event Timing duration (page-probe.js), from its
 * timestamp to the presentation of the next frame, raster included: what the reader waits for,
 * as INP counts it. A step is the app's whole reaction: Svelte's update (stances of every country,
 * legend, counts, change line), the recoloured paths and their rendering. The plain repaint is a
 * keydown of a key the app ignores, on which the probe restyles and repaints every country with
 * no visible change: the map drawn once more, through the same input path to the same kind of
 * frame. So the ratio reads like the maplibre one (a step costs N redraws of the map). An empty
 * rAF-to-rAF frame would be the wrong unit: it draws nothing, so any change looks costly against
 * it; and a main-thread-only end (rAF, then a task) would miss raster, which is most of an SVG
 * frame's cost on this machine.
 *
 * maplibre (renderer=webgl), as measured before the SVG map took over: from the keydown to
 * data-ready="true" after it went "false", i.e. to maplibre's `idle` after the recoloured frame.
 * The plain repaint: maplibre answers the window's `online` event with `_update()` (sources dirty,
 * repaint requested), so a synthetic `online` makes the next animation frame a whole render with
 * nothing changed; it runs from the event to the end of the last map render it caused (the
 * probe's frame callbacks that issued WebGL draw calls). Nothing else in the build listens to
 * `online`.
 *
 * Both engines also report the steps' handler time (Event Timing processing): the app's own JS.
 */
import type { Page } from 'playwright-core';
import { mapReady } from '../support/browser';
import { REPAINT_KEY, rendererReady } from './probe';
import type { DateStep } from './scenarios';
import { mad, median } from './stats';

export interface StepsResult {
	renderer: 'svg' | 'webgl';
	page: string;
	/** Latencies, ms, after the warm-up. */
	steps: number[];
	repaints: number[];
	/** The steps' keydown handler time, ms (null: under Event Timing's 16 ms threshold). */
	stepJs: (number | null)[];
	step: { median: number; mad: number };
	repaint: { median: number; mad: number };
	/** Median step ÷ median plain repaint. */
	ratio: number;
	warnings: string[];
}

/** Event Timing reports nothing shorter: a keydown without an entry counts as this. */
const EVENT_TIMING_THRESHOLD_MS = 16;
/** MapView clears the "changed" outline 1.6 s after a step, which draws again: let it pass. */
const CHANGED_OUTLINE_MS = 1900;
/** How long a maplibre repaint is given to finish before its frames are read. */
const REPAINT_WINDOW_MS = 1000;

/** Presses `key`; once its frame is presented (or surely would be), returns its Event Timing. */
async function pressKey(page: Page, key: string) {
	const index = await page.evaluate(() => window.__bench.keys.length);
	await page.keyboard.press(key);
	await page
		.waitForFunction((i) => window.__bench.keys[i]?.duration != null, index, {
			polling: 50,
			timeout: 3000
		})
		.catch(() => undefined);
	return page.evaluate((i) => window.__bench.keys[i], index);
}

async function keyToPresented(page: Page, key: string): Promise<number> {
	return (await pressKey(page, key)).duration ?? EVENT_TIMING_THRESHOLD_MS;
}

/** Presses `key` and returns the time to data-ready "true" after it went "false" (maplibre). */
async function keyToIdle(page: Page, key: string): Promise<number> {
	await page.evaluate(() => (window.__bench.inputAt = null));
	await page.keyboard.press(key);
	const handle = await page.waitForFunction(
		() => {
			const b = window.__bench;
			const start = b.inputAt;
			if (start === null) return null;
			const after = b.ready.filter((r) => r.t >= start);
			const off = after.findIndex((r) => r.ready === 'false');
			const on = off < 0 ? undefined : after.slice(off).find((r) => r.ready === 'true');
			return on ? on.t - start : null;
		},
		undefined,
		// Poll on a timer, not on every animation frame, to stay out of the frames being timed.
		{ polling: 100, timeout: 60_000 }
	);
	return (await handle.jsonValue()) as number;
}

/** A synthetic `online` event; the time to the end of the last maplibre render it caused. */
async function onlineRepaint(page: Page): Promise<number> {
	const start = await page.evaluate(() => {
		const now = performance.now();
		window.dispatchEvent(new Event('online'));
		return now;
	});
	await page.waitForTimeout(REPAINT_WINDOW_MS);
	const end = await page.evaluate(
		(t) => Math.max(...window.__bench.frames.filter((f) => f.start >= t).map((f) => f.end)),
		start
	);
	if (!Number.isFinite(end)) throw new Error('maplibre did not render on `online`');
	return end - start;
}

const ENGINES = {
	svg: { query: '', step: keyToPresented, repaint: (page: Page) => keyToPresented(page, REPAINT_KEY) },
	webgl: { query: '&renderer=webgl', step: keyToIdle, repaint: onlineRepaint }
} as const;

/** Opens /embed/ at the plan's start in `renderer` and times each step against a repaint. */
export async function benchDateSteps(
	page: Page,
	base: string,
	renderer: 'svg' | 'webgl',
	plan: { start: string; company: string; steps: DateStep[] }
): Promise<StepsResult> {
	const engine = ENGINES[renderer];
	const path = `embed/?date=${plan.start}&company=${plan.company}${engine.query}`;
	await page.goto(base + path);
	await rendererReady(page, renderer);
	await page.getByTestId('slider').focus();
	await page.waitForTimeout(500);
	const steps: number[] = [];
	const repaints: number[] = [];
	const stepJs: (number | null)[] = [];
	const warnings: string[] = [];
	for (const [i, step] of plan.steps.entries()) {
		const repaint = await engine.repaint(page);
		await page.waitForTimeout(300);
		const keys = await page.evaluate(() => window.__bench.keys.length);
		const ms = await engine.step(page, step.key);
		const js = await page.evaluate((k) => window.__bench.keys[k]?.processing ?? null, keys);
		if (!page.url().includes(`date=${step.to}`)) {
			warnings.push(`${step.key} from ${step.from}: URL is ${page.url()}, not ${step.to}`);
		}
		await page.waitForTimeout(CHANGED_OUTLINE_MS);
		await mapReady(page);
		if (i === 0) continue;
		repaints.push(repaint);
		steps.push(ms);
		stepJs.push(js);
	}
	const under = [...steps, ...repaints].filter((ms) => ms === EVENT_TIMING_THRESHOLD_MS).length;
	if (renderer === 'svg' && under) {
		warnings.push(`${under} frames presented within ${EVENT_TIMING_THRESHOLD_MS} ms counted as that`);
	}
	const summary = (values: number[]) => ({ median: median(values), mad: mad(values) });
	const stepSummary = summary(steps);
	const repaintSummary = summary(repaints);
	return {
		renderer,
		page: '/' + path,
		steps,
		repaints,
		stepJs,
		step: stepSummary,
		repaint: repaintSummary,
		ratio: stepSummary.median / repaintSummary.median,
		warnings
	};
}
