/**
 * 6. First-load bytes of /embed/ as the dataset grows: 1×, 3× and 10× the events
 *    (synthetic-data.ts), each stances.json put into the built HTML in place of the real one,
 *    and the page loaded with that HTML (bytes.ts: gzip -9 of everything until idle).
 *
 * SvelteKit inlines the dataset fetched at prerender as
 * `<script type="application/json" data-sveltekit-fetched data-url="/data/stances.json">`
 * holding `{status, statusText, headers, body}`, with the response text as `body`. The payload is
 * rebuilt the way SvelteKit's serialize_data does it (JSON.stringify, then `<`, U+2028 and U+2029
 * escaped), so 1× reproduces the built HTML byte for byte (checked). The SVG map in the HTML keeps
 * the real data's colours: the same paths, a few fill values apart.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { firstLoadBytes } from './bytes';
import { syntheticStances } from './synthetic-data';

export interface ScalingRow {
	times: number;
	events: number;
	/** stances.json alone, gzip -9. */
	stancesGzip: number;
	/** Everything /embed/ loads until idle, gzip -9. */
	firstLoadGzip: number;
	/** Growth of the first load over 1×, %. */
	growth: number;
	errors: string[];
}

export interface ScalingResult {
	rows: ScalingRow[];
	/** The 1× HTML is the built one, byte for byte: the substitution is faithful. */
	faithful: boolean;
}

const MULTIPLES = [1, 3, 10];
const INLINED =
	/(<script type="application\/json" data-sveltekit-fetched data-url="\/data\/stances\.json">)([\s\S]*?)(<\/script>)/;
const ESCAPES: Record<string, string> = {
	'<': '\\u003C',
	'\u2028': '\\u2028',
	'\u2029': '\\u2029'
};

/** The built HTML with `stances` (a stances.json text) as the inlined response body. */
function withStances(html: string, stances: string): string {
	const match = INLINED.exec(html);
	if (!match) throw new Error('No inlined /data/stances.json in the built /embed/ HTML');
	const payload = JSON.stringify({ ...JSON.parse(match[2]), body: stances }).replace(
		/[<\u2028\u2029]/g,
		(c) => ESCAPES[c]
	);
	const [whole, open, , close] = match;
	return html.replace(whole, () => open + payload + close);
}

export async function benchEventScaling(
	browser: Browser,
	base: string,
	buildDir: string
): Promise<ScalingResult> {
	const built = readFileSync(`${buildDir}/embed/index.html`, 'utf8');
	const rows: ScalingRow[] = [];
	let faithful = false;
	for (const times of MULTIPLES) {
		const { stances, events } = syntheticStances(times);
		const html = withStances(built, stances);
		if (times === 1) faithful = html === built;
		const { gzip, errors } = await firstLoadBytes(browser, base, html);
		const growth = rows.length ? (gzip / rows[0].firstLoadGzip - 1) * 100 : 0;
		const stancesGzip = gzipSync(stances, { level: 9 }).length;
		rows.push({ times, events, stancesGzip, firstLoadGzip: gzip, growth, errors });
	}
	return { rows, faithful };
}
