import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** What page-probe.js records in the page (all times: ms since navigation start). */
export interface ProbeState {
	svgAt: number | null;
	svgFrameAt: number | null;
	/** Keydowns: event timestamp; Event Timing duration and processing, null under 16 ms. */
	keys: { key: string; at: number; duration: number | null; processing: number | null }[];
	ready: { t: number; ready: string | null; renderer: string | null }[];
	frames: { kind: 'frame' | 'resize'; start: number; end: number; draws: number }[];
	inputAt: number | null;
}

declare global {
	interface Window {
		__bench: ProbeState;
	}
}

const PROBE = readFileSync(new URL('./page-probe.js', import.meta.url), 'utf8');

/** The key that makes the probe repaint the SVG map with nothing changed. */
export const REPAINT_KEY = 'Shift';

export const VIEWPORT = { width: 1000, height: 560 };

/** A fresh context (empty cache and storage) with the probe injected into every page. */
export async function probedContext(browser: Browser): Promise<BrowserContext> {
	const context = await browser.newContext({ viewport: VIEWPORT });
	await context.addInitScript({ content: PROBE });
	return context;
}

/** Opens `url` in a fresh probed context; close it with `page.context().close()`. */
export async function openProbed(browser: Browser, url: string): Promise<Page> {
	const context = await probedContext(browser);
	const page = await context.newPage();
	await page.goto(url);
	return page;
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
