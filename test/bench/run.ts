/**
 * `npm run bench`: the figures of issues 8 and 21 for the built site (build/, from
 * `npx vite build`, or BENCH_BUILD), served with gzip:
 * 1. Lighthouse (mobile) performance, TBT, CLS, LCP, FCP of /embed/ and of the page, and of an
 *    embed whose URL names a view (it starts at once: src/lib/app/firstUse.ts);
 * 2. bytes of /embed/'s first load, of its first use (its code), of the first interaction and
 *    of a zoom;
 * 3. FCP as a ratio to a blank page's, and when the SVG map is painted;
 * 4. a date step's cost as a ratio to a plain repaint, in the SVG map and in maplibre;
 * 5. the longest main-thread task while the SVG map plays;
 * 6. first-load bytes with 1×, 3× and 10× the events;
 * 7. the first hover's answer on a page that waits for its first use, against a running page's.
 * It prints a report and writes bench-results/bench.json. Nothing is asserted: this machine's
 * software WebGL is slow, so read ratios and medians. A failing section is reported and skipped.
 *
 * BENCH_LIGHTHOUSE_RUNS (default 3), BENCH_LOADS (default 11) and BENCH_STEPS (default 12) set
 * the number of measured trials.
 */
import { execFileSync } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launch } from '../support/browser';
import { serveStatic } from '../support/static-server';
import { benchBytes } from './bytes';
import { benchDateSteps } from './date-steps';
import { benchEventScaling } from './event-scaling';
import { benchFirstLoad, writeBlankPage } from './first-load';
import { gzipFront } from './gzip-front';
import { benchLighthouse, LIGHTHOUSE_PAGES } from './lighthouse';
import { benchFirstHover } from './first-hover';
import { benchPlay } from './play';
import { withProbedPage } from './probe';
import { formatReport, type Results } from './report';
import { loadDataset, planDateSteps } from './scenarios';

const BUILD = process.env.BENCH_BUILD ?? 'build';
const OUT = 'bench-results';
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const LOADS = Number(process.env.BENCH_LOADS ?? 11);
const STEPS = Number(process.env.BENCH_STEPS ?? 12);

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

const results: Results = { environment: {}, lighthouse: [], steps: {}, errors: [] };

/** Runs one section; a failure is recorded in the report instead of ending the run. */
async function section<T>(name: string, run: () => Promise<T>): Promise<T | undefined> {
	const started = Date.now();
	log(`${name}…`);
	try {
		const result = await run();
		log(`${name}: done in ${Math.round((Date.now() - started) / 1000)} s`);
		return result;
	} catch (error) {
		const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
		log(`${name}: FAILED\n${message}`);
		results.errors.push({ section: name, error: message.split('\n')[0] });
		return undefined;
	}
}

function gitRevision(): string {
	try {
		const rev = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
		const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim();
		return dirty ? `${rev} + uncommitted changes` : rev;
	} catch {
		return 'unknown';
	}
}

/** Sections 2–6, in one Playwright Chromium. */
async function browserSections(browser: Browser, base: string, snapshot: string) {
	results.bytes = await section('2. bytes', () => benchBytes(browser, base));
	results.firstLoad = await section('3. first paint', () => benchFirstLoad(browser, base, LOADS));
	// One extra step: the first step and repaint of a page are a discarded warm-up.
	let plan: ReturnType<typeof planDateSteps> | undefined;
	for (const renderer of ['svg', 'webgl'] as const) {
		results.steps[renderer] = await section(`4. date steps, ${renderer}`, () => {
			plan ??= planDateSteps(loadDataset(snapshot), STEPS + 1, 'huawei');
			return withProbedPage(browser, (page) => benchDateSteps(page, base, renderer, plan!));
		});
	}
	results.play = await section('5. play', () => benchPlay(browser, base));
	results.scaling = await section('6. events ×1, ×3, ×10', () =>
		benchEventScaling(browser, base, snapshot)
	);
	results.firstHover = await section('7. first hover', () => benchFirstHover(browser, base, LOADS));
}

async function main() {
	if (!existsSync(`${BUILD}/index.html`)) {
		throw new Error('No production build in build/: run `npx vite build` first.');
	}
	results.environment = {
		date: new Date().toISOString().slice(0, 16).replace('T', ' '),
		node: process.version,
		cores: cpus().length,
		// The commit of the bench code; the build measured may be another's (BENCH_BUILD).
		commit: gitRevision(),
		build: BUILD,
		'build/ written': statSync(`${BUILD}/index.html`)
			.mtime.toISOString()
			.slice(0, 16)
			.replace('T', ' ')
	};
	// Serve a snapshot: a rebuild during the run (vite empties build/ first) must not break it.
	const snapshot = mkdtempSync(join(tmpdir(), 'bench-build-'));
	cpSync(BUILD, snapshot, { recursive: true });
	writeBlankPage(snapshot);
	const server = await serveStatic(snapshot);
	const front = await gzipFront(server.url);
	try {
		// Lighthouse first, alone: its simulated timings come from a trace of one real load.
		for (const { name, path } of LIGHTHOUSE_PAGES) {
			const result = await section(`1. Lighthouse, ${name}`, () =>
				benchLighthouse(
					`${front.url}${path}`,
					LIGHTHOUSE_RUNS,
					(run) => `${OUT}/lighthouse-${name}-${run}.json`,
					log
				)
			);
			if (result) results.lighthouse.push({ name, path, result });
		}
		const browser = await launch();
		results.environment.chromium = browser.version();
		try {
			await browserSections(browser, front.url, snapshot);
		} finally {
			await browser.close();
		}
	} finally {
		await front.close();
		await server.close();
		rmSync(snapshot, { recursive: true, force: true });
	}

	mkdirSync(OUT, { recursive: true });
	writeFileSync(`${OUT}/bench.json`, JSON.stringify(results, null, '\t') + '\n');
	process.stdout.write(formatReport(results));
	log(`wrote ${OUT}/bench.json`);
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
