/**
 * 3. First paint of /embed/, cold (a fresh browser context per load: empty cache), against a
 *    blank page from the same server.
 *
 * All times are `performance.now()` in the page, i.e. ms since the navigation started:
 * - FCP: the `first-contentful-paint` paint-timing entry;
 * - SVG map painted: the map is in the HTML, so if the probe saw `svg.svg-map` in the DOM by FCP
 *   it was in that paint; if it arrived later (a long HTML arriving in pieces), the next frame
 *   after it arrived is taken.
 * The blank page is one word of HTML (so it has an FCP too). Its FCP is the unit of the ratio:
 * the fixed cost of any first paint here, which the machine's speed scales along with ours. Its
 * load (loadEventEnd) is kept too: the previous bench divided by that, so the "before" figure
 * (8.8×) is in that unit.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { withProbedPage } from './probe';
import { median } from './stats';

export interface FirstLoadResult {
	blankFcp: number[];
	blankLoad: number[];
	fcp: number[];
	svgPainted: number[];
	median: { blankFcp: number; blankLoad: number; fcp: number; svgPainted: number };
	/** Median FCP of /embed/ ÷ median FCP of the blank page. */
	fcpRatio: number;
	/** Median FCP of /embed/ ÷ median load of the blank page (the previous bench's unit). */
	fcpToBlankLoad: number;
}

const BLANK = 'bench-blank.html';

/** Writes the blank page into the served folder. */
export function writeBlankPage(folder: string): void {
	writeFileSync(
		join(folder, BLANK),
		'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head>' +
			'<body>blank</body></html>\n'
	);
}

const fcp = (page: Page) =>
	page
		.waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime)
		.then((handle) => handle.jsonValue() as Promise<number>);

async function loadEmbed(page: Page, url: string) {
	await page.goto(url);
	const paint = await fcp(page);
	const svg = await page.waitForFunction(() => {
		const { svgAt, svgFrameAt } = window.__bench;
		return svgAt !== null && svgFrameAt !== null && { svgAt, svgFrameAt };
	});
	const { svgAt, svgFrameAt } = (await svg.jsonValue()) as { svgAt: number; svgFrameAt: number };
	return { fcp: paint, svgPainted: svgAt <= paint ? paint : svgFrameAt };
}

/** `runs` measured rounds (after one discarded warm-up round) of the blank page, then /embed/. */
export async function benchFirstLoad(
	browser: Browser,
	base: string,
	runs: number
): Promise<FirstLoadResult> {
	const result: FirstLoadResult = {
		blankFcp: [],
		blankLoad: [],
		fcp: [],
		svgPainted: [],
		median: { blankFcp: NaN, blankLoad: NaN, fcp: NaN, svgPainted: NaN },
		fcpRatio: NaN,
		fcpToBlankLoad: NaN
	};
	for (let round = 0; round <= runs; round++) {
		const blank = await withProbedPage(browser, async (page) => {
			await page.goto(base + BLANK);
			const paint = await fcp(page);
			const load = await page.evaluate(
				() =>
					(performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
						.loadEventEnd
			);
			return { fcp: paint, load };
		});
		const embed = await withProbedPage(browser, (page) => loadEmbed(page, `${base}embed/`));
		if (round === 0) continue; // warm-up: first compilations, disk cache of the binary
		result.blankFcp.push(blank.fcp);
		result.blankLoad.push(blank.load);
		result.fcp.push(embed.fcp);
		result.svgPainted.push(embed.svgPainted);
	}
	result.median = {
		blankFcp: median(result.blankFcp),
		blankLoad: median(result.blankLoad),
		fcp: median(result.fcp),
		svgPainted: median(result.svgPainted)
	};
	result.fcpRatio = result.median.fcp / result.median.blankFcp;
	result.fcpToBlankLoad = result.median.fcp / result.median.blankLoad;
	return result;
}
