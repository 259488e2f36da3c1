import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
export { firstUse } from '../support/browser';

/** What page-probe.js records in the page (all times: ms since navigation start). */
export interface ProbeState {
	svgAt: number | null;
	svgFrameAt: number | null;
	/** Keydowns: event timestamp; Event Timing duration and processing, null under 16 ms. */
	keys: { key: string; at: number; duration: number | null; processing: number | null }[];
}

declare global {
	interface Window {
		__bench: ProbeState;
	}
}

const PROBE = readFileSync(new URL('./page-probe.js', import.meta.url), 'utf8');

/** The key on which the probe repaints the map with nothing changed. */
export const REPAINT_KEY = 'Shift';

export const VIEWPORT = { width: 1000, height: 560 };

/** A fresh context (empty cache and storage) with the probe injected into every page. */
export async function probedContext(browser: Browser): Promise<BrowserContext> {
	const context = await browser.newContext({ viewport: VIEWPORT });
	await context.addInitScript({ content: PROBE });
	return context;
}

/** Runs `use` on a page of a fresh probed context, closed afterwards. */
export async function withProbedPage<T>(
	browser: Browser,
	use: (page: Page) => Promise<T>
): Promise<T> {
	const context = await probedContext(browser);
	try {
		return await use(await context.newPage());
	} finally {
		await context.close();
	}
}

/** Waits for the map to be drawn by `renderer` (data-ready="true"). */
export async function rendererReady(
	page: Page,
	renderer: 'svg' | 'webgl',
	timeout = 120_000
): Promise<void> {
	await page.waitForSelector(
		`[data-testid="map"][data-ready="true"][data-renderer="${renderer}"]`,
		{ timeout }
	);
}
