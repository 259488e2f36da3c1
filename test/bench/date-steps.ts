/**
 * 4. Date step cost: a slider key press, against one plain repaint of the same map, in each
 *    engine. Steps and repaints alternate on the same page (drift from GC or heat hits both
 *    alike); the first pair is a discarded warm-up.
 *
 * SVG map (the reader's map): the time from the keydown's event timestamp to the end of the
 * frame after it (page-probe.js: the first task after that frame's style, layout and paint). A
 * step is the app's whole reaction: Svelte's update (stances of every country, legend, counts,
 * change line), the recoloured paths and their rendering. The plain repaint is a keydown of a key
 * the app ignores on which the probe restyles and repaints every country with no visible change:
 * the map drawn once more, measured through the same input path and the same frame. So the ratio
 * reads like the maplibre one: a step costs N redraws of the map, and 1× means the app adds
 * nothing to the browser's own drawing. (An empty rAF-to-rAF frame would be the wrong unit: it
 * draws nothing, so any map change would look expensive against it.) Raster runs off the main
 * thread and is in neither figure.
 *
 * maplibre (renderer=webgl): the time from the keydown to data-ready="true" after it went
 * "false", i.e. to maplibre's `idle` after the recoloured frame. The plain repaint: maplibre
 * answers the window's `online` event with `_update()` (sources dirty, repaint requested), so a
 * synthetic `online` makes the next animation frame a whole render with nothing changed; it runs
 * from the event to the end of the last map render it caused (the probe's frame callbacks that
 * issued WebGL draw calls). Nothing else in the build listens to `online`.
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
	step: { median: number; mad: number };
	repaint: { median: number; mad: number };
	/** Median step ÷ median plain repaint. */
	ratio: number;
	warnings: string[];
}

/** MapView clears the "changed" outline 1.6 s after a step, which draws again: let it pass. */
const CHANGED_OUTLINE_MS = 1900;
/** How long a maplibre repaint is given to finish before its frames are read. */
const REPAINT_WINDOW_MS = 1000;
const poll = { polling: 50, timeout: 60_000 };

/** Presses `key` and returns the time from its keydown to the end of the next rendered frame. */
async function keyToFrame(page: Page, key: string): Promise<number> {
	const index = await page.evaluate(() => window.__bench.keys.length);
	await page.keyboard.press(key);
	const handle = await page.waitForFunction(
		(i) => {
			const k = window.__bench.keys[i];
			return k && k.frameEnd !== null ? k.frameEnd - k.at : null;
		},
		index,
		poll
	);
	return (await handle.jsonValue()) as number;
}

/** Presses `key` and returns the time to data-ready "true" after it went "false" (maplibre). */
async function keyToIdle(page: Page, key: string): Promise<number> {
	await page.evaluate(() => (window.__bench.inputAt = null));
	await page.keyboard.press(key);
	const handle = await page.waitForFunction(() => {
		const b = window.__bench;
		const start = b.inputAt;
		if (start === null) return null;
		const after = b.ready.filter((r) => r.t >= start);
		const off = after.findIndex((r) => r.ready === 'false');
		const on = off < 0 ? undefined : after.slice(off).find((r) => r.ready === 'true');
		return on ? on.t - start : null;
	}, poll);
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
	svg: {
		query: '',
		step: keyToFrame,
		repaint: (page: Page) => keyToFrame(page, REPAINT_KEY)
	},
	webgl: {
		query: '&renderer=webgl',
		step: keyToIdle,
		repaint: onlineRepaint
	}
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
	const warnings: string[] = [];
	for (const [i, step] of plan.steps.entries()) {
		const repaint = await engine.repaint(page);
		await page.waitForTimeout(300);
		const ms = await engine.step(page, step.key);
		if (!page.url().includes(`date=${step.to}`)) {
			warnings.push(`${step.key} from ${step.from}: URL is ${page.url()}, not ${step.to}`);
		}
		await page.waitForTimeout(CHANGED_OUTLINE_MS);
		await mapReady(page);
		if (i === 0) continue;
		repaints.push(repaint);
		steps.push(ms);
	}
	const summary = (values: number[]) => ({ median: median(values), mad: mad(values) });
	const step = summary(steps);
	const repaint = summary(repaints);
	return {
		renderer,
		page: '/' + path,
		steps,
		repaints,
		step,
		repaint,
		ratio: step.median / repaint.median,
		warnings
	};
}
