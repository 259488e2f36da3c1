/**
 * 1. Recolour cost: how long a date step or a company switch takes to be drawn, against the time
 *    of one plain repaint of the same map.
 *
 * Change: the probe notes the keydown/click (capture phase, so before the app sees it); the time
 * runs to the first data-ready="true" after data-ready went "false", i.e. to maplibre's `idle`
 * after the recoloured frame. This includes Svelte's work (stances of every country, legend,
 * URL), the feature-state diff and the map frames.
 *
 * Plain repaint: the same map drawn once more, with nothing changed. maplibre listens to the
 * window's `online` event and answers it with `_update()`: sources marked dirty and a repaint
 * requested, so the next animation frame runs a whole `_render` (tile check, placement, every
 * layer drawn) with no style, data or camera change. Nothing else in the build listens to
 * `online` (at the time of writing), so a synthetic `online` event triggers one plain frame; a
 * repaint that draws nothing or moves data-ready is reported as a warning.
 * data-ready does not move for it (only colour changes set it to "false"), so the time runs from
 * the event to the end of the last map render it caused, seen by the probe (a frame callback that
 * issued WebGL draw calls; maplibre fires `idle`, which sets data-ready, at the end of that same
 * callback). Like a change, this includes the wait for the next frame, so the ratio compares like
 * with like: the cost of a recolour in units of "the map drawn once more".
 * (Resizing the window or the container by 1 px would also redraw, but it reallocates the canvas,
 * re-fits the bounds and re-evaluates zoom-dependent styles: more than a repaint.)
 *
 * Changes and repaints alternate on the same page, so drift (GC, heat) hits both alike.
 */
import type { Browser, Page } from 'playwright-core';
import { mapReady } from '../support/browser';
import { openProbed, webglReady } from './probe';
import type { CompanyStep, DateStep } from './scenarios';
import { mad, median } from './stats';

export interface Trial {
	/** Latency, ms. */
	ms: number;
	/** Map renders (callbacks that issued WebGL draw calls) within it. */
	frames: number;
	/** Main-thread time of those renders, ms. */
	renderMs: number;
	/** From the input to the start of the first map render: the app's work and the frame wait. */
	toRenderMs: number;
}

export interface ChangeTrial extends Trial {
	label: string;
	repainted: number;
}

export interface Summary {
	median: number;
	mad: number;
	renderMedian: number;
	toRenderMedian: number;
	framesMedian: number;
}

export interface RecolourResult {
	page: string;
	changes: ChangeTrial[];
	repaints: Trial[];
	change: Summary;
	repaint: Summary;
	/** Median change latency ÷ median repaint latency. */
	ratio: number;
	/** Median render time of a change ÷ median render time of a repaint. */
	renderRatio: number;
	warnings: string[];
}

/** How long a repaint is given to finish before its frames are read. */
const REPAINT_WINDOW_MS = 1000;
/** MapView clears the "changed" outline 1.6 s after a change, which draws again: let it pass. */
const CHANGED_OUTLINE_MS = 1900;

/** Waits for data-ready "false" then "true" after the noted input, and reads the trial. */
async function timeToReady(page: Page): Promise<Trial> {
	const handle = await page.waitForFunction(
		() => {
			const b = window.__bench;
			const start = b.inputAt;
			if (start === null) return null;
			const after = b.ready.filter((r) => r.t >= start);
			const off = after.findIndex((r) => r.ready === 'false');
			const on = off < 0 ? undefined : after.slice(off).find((r) => r.ready === 'true');
			if (!on) return null;
			const frames = b.frames.filter((f) => f.start >= start && f.end <= on.t);
			return {
				ms: on.t - start,
				frames: frames.length,
				renderMs: frames.reduce((sum, f) => sum + f.end - f.start, 0),
				toRenderMs: frames.length ? frames[0].start - start : NaN
			};
		},
		undefined,
		// Poll on a timer, not on every animation frame, to stay out of the frames being timed.
		{ polling: 100, timeout: 60_000 }
	);
	return (await handle.jsonValue()) as Trial;
}

/** Lets the "changed" outline clear and the map go idle, so the next trial starts from rest. */
async function settle(page: Page, afterChange: boolean): Promise<void> {
	if (afterChange) await page.waitForTimeout(CHANGED_OUTLINE_MS);
	await mapReady(page);
	await page.waitForTimeout(300);
}

async function timeChange(page: Page, act: () => Promise<void>): Promise<Trial> {
	await page.evaluate(() => {
		window.__bench.inputAt = null;
	});
	await act();
	const trial = await timeToReady(page);
	await settle(page, true);
	return trial;
}

async function timeRepaint(page: Page): Promise<Trial & { readyMoved: boolean }> {
	await page.evaluate(() => {
		window.__bench.inputAt = performance.now();
		window.dispatchEvent(new Event('online'));
	});
	await page.waitForTimeout(REPAINT_WINDOW_MS);
	const trial = await page.evaluate(() => {
		const b = window.__bench;
		const start = b.inputAt ?? 0;
		const frames = b.frames.filter((f) => f.start >= start);
		return {
			ms: frames.length ? Math.max(...frames.map((f) => f.end)) - start : NaN,
			frames: frames.length,
			renderMs: frames.reduce((sum, f) => sum + f.end - f.start, 0),
			toRenderMs: frames.length ? frames[0].start - start : NaN,
			readyMoved: b.ready.some((r) => r.t >= start)
		};
	});
	await settle(page, false);
	return trial;
}

const summary = (trials: Trial[]): Summary => ({
	median: median(trials.map((t) => t.ms)),
	mad: mad(trials.map((t) => t.ms)),
	renderMedian: median(trials.map((t) => t.renderMs)),
	toRenderMedian: median(trials.map((t) => t.toRenderMs)),
	framesMedian: median(trials.map((t) => t.frames))
});

/**
 * Runs `steps` (the first one a discarded warm-up) on a page opened at `url`, each change
 * preceded by a plain repaint.
 */
async function alternate(
	page: Page,
	label: string,
	steps: {
		label: string;
		repainted: number;
		act: () => Promise<void>;
		check: () => Promise<string | null>;
	}[]
): Promise<RecolourResult> {
	const changes: ChangeTrial[] = [];
	const repaints: Trial[] = [];
	const warnings: string[] = [];
	for (const [i, step] of steps.entries()) {
		const repaint = await timeRepaint(page);
		if (repaint.frames === 0) warnings.push(`repaint ${i}: the map did not render`);
		if (repaint.readyMoved) warnings.push(`repaint ${i}: data-ready moved during a plain repaint`);
		const change = await timeChange(page, step.act);
		const problem = await step.check();
		if (problem) warnings.push(`${step.label}: ${problem}`);
		if (i === 0) continue; // warm-up
		repaints.push({
			ms: repaint.ms,
			frames: repaint.frames,
			renderMs: repaint.renderMs,
			toRenderMs: repaint.toRenderMs
		});
		changes.push({ ...change, label: step.label, repainted: step.repainted });
	}
	const change = summary(changes);
	const repaint = summary(repaints);
	return {
		page: label,
		changes,
		repaints,
		change,
		repaint,
		ratio: change.median / repaint.median,
		renderRatio: change.renderMedian / repaint.renderMedian,
		warnings
	};
}

/** Date steps on `/`: the slider focused, one key press per step. */
export async function benchDateSteps(
	browser: Browser,
	base: string,
	plan: { start: string; company: string; steps: DateStep[] }
): Promise<RecolourResult> {
	const url = `${base}?date=${plan.start}&company=${plan.company}`;
	const page = await openProbed(browser, url);
	try {
		await webglReady(page);
		await page.waitForTimeout(500);
		const slider = page.getByTestId('slider');
		await slider.focus();
		return await alternate(
			page,
			url.slice(base.length - 1),
			plan.steps.map((step) => ({
				label: `${step.key} ${step.from} → ${step.to}`,
				repainted: step.repainted,
				act: () => page.keyboard.press(step.key),
				check: async () => (page.url().includes(`date=${step.to}`) ? null : `URL is ${page.url()}`)
			}))
		);
	} finally {
		await page.context().close();
	}
}

/** Company switches on `/` at one date: a click on the switch's label per step. */
export async function benchCompanySwitches(
	browser: Browser,
	base: string,
	plan: { date: string; steps: CompanyStep[] }
): Promise<RecolourResult> {
	const url = `${base}?date=${plan.date}&company=${plan.steps[0].from}`;
	const page = await openProbed(browser, url);
	try {
		await webglReady(page);
		await page.waitForTimeout(500);
		return await alternate(
			page,
			url.slice(base.length - 1),
			plan.steps.map((step) => ({
				label: `${step.from} → ${step.to}`,
				repainted: step.repainted,
				act: () => page.locator(`label:has(input[name="company"][value="${step.to}"])`).click(),
				check: async () =>
					(await page.locator(`input[name="company"][value="${step.to}"]`).isChecked())
						? null
						: `${step.to} is not checked`
			}))
		);
	} finally {
		await page.context().close();
	}
}
