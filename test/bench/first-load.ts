/**
 * 2. Time to the first drawn map, cold (a fresh browser context per load: empty cache), against
 *    the load of a blank page from the same kind of server.
 *
 * All times are `performance.now()` in the page, i.e. ms since the navigation started:
 * - FCP: the `first-contentful-paint` paint-timing entry;
 * - SVG in DOM: when the probe's MutationObserver first saw `svg.svg-map` (parsed, not yet painted);
 * - SVG visible: the prerendered `svg.svg-map` is painted. It is in the HTML, so if the probe saw
 *   it in the DOM by FCP it was in that paint; if it arrived later, the next animation frame
 *   after it arrived (when it is rendered) is taken;
 * - WebGL ready: data-ready="true" with data-renderer="webgl" (maplibre has drawn the map);
 * - load: the navigation's loadEventEnd.
 * The blank page is a tiny HTML file (one word of text, so it has an FCP too) from a temporary
 * folder, served by the same helper; its navigation-start-to-loadEventEnd is the unit of the
 * ratios (the fixed cost of a page load here).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serveStatic } from '../support/static-server';
import { probedContext, webglReady } from './probe';
import { median } from './stats';

export interface LoadRun {
	fcp: number | null;
	svgInDom: number | null;
	svgVisible: number | null;
	webglReady: number | null;
	load: number;
}

type Timings = Record<'fcp' | 'svgInDom' | 'svgVisible' | 'webglReady' | 'load', number>;

export interface PageLoadResult {
	path: string;
	runs: LoadRun[];
	median: Timings;
	/** Each median ÷ the median blank-page load. */
	ratio: Timings;
}

export interface FirstLoadResult {
	blank: { runs: { load: number; fcp: number | null }[]; median: number; fcpMedian: number };
	pages: PageLoadResult[];
}

const BLANK_HTML =
	'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head>' +
	'<body>blank</body></html>\n';

async function withPage<T>(browser: Browser, run: (page: Page) => Promise<T>): Promise<T> {
	const context = await probedContext(browser);
	try {
		return await run(await context.newPage());
	} finally {
		await context.close();
	}
}

const loadEventEnd = (page: Page) =>
	page.evaluate(
		() =>
			(performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd
	);

async function loadBlank(browser: Browser, url: string): Promise<{ load: number; fcp: number }> {
	return withPage(browser, async (page) => {
		await page.goto(url);
		await page.waitForFunction(
			() =>
				(performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
					.loadEventEnd > 0 && performance.getEntriesByName('first-contentful-paint').length > 0
		);
		return {
			load: await loadEventEnd(page),
			fcp: await page.evaluate(
				() => performance.getEntriesByName('first-contentful-paint')[0].startTime
			)
		};
	});
}

async function loadMapPage(browser: Browser, url: string): Promise<LoadRun> {
	return withPage(browser, async (page) => {
		await page.goto(url);
		await webglReady(page);
		return page.evaluate(() => {
			const b = window.__bench;
			const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
			const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
			const svgVisible =
				b.svgAt === null || fcp === null ? null : b.svgAt <= fcp ? fcp : b.svgFrameAt;
			return {
				fcp,
				svgInDom: b.svgAt,
				svgVisible,
				webglReady: b.webglReadyAt,
				load: nav.loadEventEnd
			};
		});
	});
}

/** `runs` measured rounds (after one discarded warm-up round) of blank, then each path. */
export async function benchFirstLoad(
	browser: Browser,
	base: string,
	paths: string[],
	runs: number
): Promise<FirstLoadResult> {
	const folder = mkdtempSync(join(tmpdir(), 'bench-blank-'));
	writeFileSync(join(folder, 'blank.html'), BLANK_HTML);
	const blankServer = await serveStatic(folder);
	try {
		const blank: { load: number; fcp: number }[] = [];
		const byPath = new Map<string, LoadRun[]>(paths.map((p) => [p, []]));
		for (let round = 0; round <= runs; round++) {
			const blankRun = await loadBlank(browser, `${blankServer.url}blank.html`);
			const loads: LoadRun[] = [];
			for (const path of paths) loads.push(await loadMapPage(browser, base + path.slice(1)));
			if (round === 0) continue; // warm-up: first compilations, disk cache of the binary
			blank.push(blankRun);
			paths.forEach((path, i) => byPath.get(path)!.push(loads[i]));
		}
		const blankMedian = median(blank.map((b) => b.load));
		const pages = paths.map((path): PageLoadResult => {
			const list = byPath.get(path)!;
			const of = (key: keyof LoadRun) =>
				median(list.map((r) => r[key]).filter((v): v is number => v !== null));
			const keys = ['fcp', 'svgInDom', 'svgVisible', 'webglReady', 'load'] as const;
			const m = Object.fromEntries(keys.map((k) => [k, of(k)])) as Timings;
			const ratio = Object.fromEntries(keys.map((k) => [k, m[k] / blankMedian])) as Timings;
			return { path, runs: list, median: m, ratio };
		});
		const fcpMedian = median(blank.map((b) => b.fcp));
		return { blank: { runs: blank, median: blankMedian, fcpMedian }, pages };
	} finally {
		await blankServer.close();
		rmSync(folder, { recursive: true, force: true });
	}
}
