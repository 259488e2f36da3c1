/**
 * 4. Date step cost: a slider key press, against one plain repaint of the same map, in the SVG
 *    map and in maplibre (renderer=webgl), on /embed/ with the same steps.
 *
 * Both are a keydown's Event Timing duration (page-probe.js): from its timestamp to the
 * presentation of the next frame, raster and compositing included; what the reader waits for, as
 * INP counts it. A step is the app's whole reaction: Svelte's update (stances of every country,
 * legend, counts, change line), the recoloured map and the frame that shows it. The plain
 * repaint is a keydown of a key the app ignores, on which the probe has the map drawn once more
 * with nothing changed (every SVG country restyled; maplibre's whole frame redrawn), through the
 * same input path to the same kind of frame. So a ratio of 1× means a step costs what drawing the
 * map costs anyway, whichever the engine.
 * Rejected units: an empty rAF-to-rAF frame draws nothing, so any change looks costly against
 * it; a main-thread end (rAF, then a task; or maplibre's `idle`) misses raster and the software
 * GPU's work, which are most of a frame's cost on this machine.
 *
 * Steps and repaints alternate on the same page, so drift (GC, heat) hits both alike; the first
 * pair is a discarded warm-up (it also warms caches, on the first key).
 */
import type { Page } from 'playwright-core';
import { mapReady } from '../support/browser';
import { REPAINT_KEY, rendererReady } from './probe';
import type { DateStep } from './scenarios';
import { median } from './stats';

export interface StepsResult {
	renderer: 'svg' | 'webgl';
	page: string;
	/** Keydown to presented frame, ms, after the warm-up. */
	steps: number[];
	repaints: number[];
	/** The steps' keydown handler time (Event Timing processing), ms: the app's own JS. */
	stepJs: number[];
	median: { step: number; repaint: number; stepJs: number };
	/** Median step ÷ median plain repaint. */
	ratio: number;
	warnings: string[];
}

/** Event Timing reports nothing shorter: a keydown without an entry counts as this. */
const EVENT_TIMING_THRESHOLD_MS = 16;
/** MapView clears the "changed" outline 1.6 s after a step, which draws again: let it pass. */
const CHANGED_OUTLINE_MS = 1900;

/** Presses `key`; returns its Event Timing, once its frame is presented (or surely was). */
async function press(page: Page, key: string) {
	const index = await page.evaluate(() => window.__bench.keys.length);
	await page.keyboard.press(key);
	await page
		.waitForFunction((i) => window.__bench.keys[i]?.duration, index, {
			polling: 50,
			timeout: 3000
		})
		.catch(() => undefined);
	const { duration, processing } = await page.evaluate((i) => window.__bench.keys[i], index);
	return { ms: duration ?? EVENT_TIMING_THRESHOLD_MS, js: processing ?? 0, under: !duration };
}

/** Opens /embed/ at the plan's start in `renderer` and times each step against a repaint. */
export async function benchDateSteps(
	page: Page,
	base: string,
	renderer: 'svg' | 'webgl',
	plan: { start: string; company: string; steps: DateStep[] }
): Promise<StepsResult> {
	const query = renderer === 'webgl' ? '&renderer=webgl' : '';
	const path = `embed/?date=${plan.start}&company=${plan.company}${query}`;
	await page.goto(base + path);
	await rendererReady(page, renderer);
	await page.getByTestId('slider').focus();
	await page.waitForTimeout(500);
	const steps: number[] = [];
	const repaints: number[] = [];
	const stepJs: number[] = [];
	const warnings: string[] = [];
	let under = 0;
	for (const [i, step] of plan.steps.entries()) {
		const repaint = await press(page, REPAINT_KEY);
		await page.waitForTimeout(300);
		const change = await press(page, step.key);
		// Also long enough for the URL, which follows the view once the reader settles.
		await page.waitForTimeout(CHANGED_OUTLINE_MS);
		if (!page.url().includes(`date=${step.to}`)) {
			warnings.push(`${step.key} from ${step.from}: URL is ${page.url()}, not ${step.to}`);
		}
		await mapReady(page);
		if (i === 0) continue;
		repaints.push(repaint.ms);
		steps.push(change.ms);
		stepJs.push(change.js);
		under += Number(repaint.under) + Number(change.under);
	}
	if (under) {
		warnings.push(
			`${under} frames presented within ${EVENT_TIMING_THRESHOLD_MS} ms, counted as that`
		);
	}
	const m = { step: median(steps), repaint: median(repaints), stepJs: median(stepJs) };
	return {
		renderer,
		page: '/' + path,
		steps,
		repaints,
		stepJs,
		median: m,
		ratio: m.step / m.repaint,
		warnings
	};
}
