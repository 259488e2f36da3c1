/**
 * 6. Bytes of /embed/ as the dataset grows: 1×, 3× and 10× the events (synthetic-data.ts), each
 *    stances.json served in place of the real one, and the page loaded, then used (bytes.ts: gzip
 *    -9 of everything until idle).
 *
 * The prerendered HTML does not carry the dataset ($lib/app/load): the app fetches it when it
 * starts, on the reader's first use. So the first load should not grow with the events at all,
 * and what grows is what a reader who uses the map pays until it answers. The SVG map in the HTML
 * keeps the real data's colours.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { visitBytes } from './bytes';
import { syntheticStances } from './synthetic-data';

export interface ScalingRow {
	times: number;
	events: number;
	/** stances.json alone, gzip -9. */
	stancesGzip: number;
	/** Everything /embed/ loads until idle, before any use, gzip -9. */
	firstLoadGzip: number;
	/** Growth of the first load over 1×, %. */
	growth: number;
	/** Everything until it answers hover, click and the slider, gzip -9. */
	untilAnswersGzip: number;
	/** Growth of that over 1×, %. */
	untilAnswersGrowth: number;
	errors: string[];
}

export interface ScalingResult {
	rows: ScalingRow[];
	/** The 1× dataset is the built one, byte for byte: the substitution is faithful. */
	faithful: boolean;
}

const MULTIPLES = [1, 3, 10];

export async function benchEventScaling(
	browser: Browser,
	base: string,
	buildDir: string
): Promise<ScalingResult> {
	const built = readFileSync(`${buildDir}/data/stances.json`, 'utf8');
	const rows: ScalingRow[] = [];
	let faithful = false;
	for (const times of MULTIPLES) {
		const { stances, events } = syntheticStances(times);
		if (times === 1) faithful = stances === built;
		const { firstLoad, untilAnswers, errors } = await visitBytes(browser, base, stances);
		const growth = (now: number, then: number | undefined) =>
			then === undefined ? 0 : (now / then - 1) * 100;
		rows.push({
			times,
			events,
			stancesGzip: gzipSync(stances, { level: 9 }).length,
			firstLoadGzip: firstLoad,
			growth: growth(firstLoad, rows[0]?.firstLoadGzip),
			untilAnswersGzip: untilAnswers,
			untilAnswersGrowth: growth(untilAnswers, rows[0]?.untilAnswersGzip),
			errors
		});
	}
	return { rows, faithful };
}
