/**
 * `npm run bench`: performance figures of the built site (build/, from `npx vite build`).
 *
 * 1. recolour cost of a date step and of a company switch, as a ratio to a plain map repaint;
 * 2. time to the SVG first paint and to the WebGL map, as a ratio to a blank page's load;
 * 3. gzip bytes of /embed/'s first load, by kind, before and after the first paint;
 * 4. Lighthouse (mobile) on /embed/.
 * It prints a report and writes bench-results/bench.json. Nothing is asserted: this machine's
 * software WebGL is slow, so read ratios and medians. A failing section is reported and skipped.
 *
 * BENCH_CHANGES (default 12), BENCH_LOADS (default 5) and BENCH_LIGHTHOUSE_RUNS (default 3) set
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
import { launch } from '../support/browser';
import { serveStatic } from '../support/static-server';
import { benchBytes } from './bytes';
import { benchFirstLoad } from './first-load';
import { gzipFront } from './gzip-front';
import { medianFigures, runLighthouse } from './lighthouse';
import { benchCompanySwitches, benchDateSteps } from './recolour';
import { formatReport, type Results } from './report';
import { loadDataset, planCompanySteps, planDateSteps } from './scenarios';

const BUILD = 'build';
const OUT = 'bench-results';
const CHANGES = Number(process.env.BENCH_CHANGES ?? 12);
const LOADS = Number(process.env.BENCH_LOADS ?? 5);
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

const results: Results = { environment: {}, recolour: {}, lighthouse: [], errors: [] };

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

/** Sections 1–3, in one Playwright Chromium. */
async function browserSections(base: string, dataset: ReturnType<typeof loadDataset>) {
	const browser = await launch();
	results.environment.chromium = browser.version();
	try {
		// One extra step each: the first change (and repaint) of a page is a discarded warm-up.
		results.recolour.dates = await section('1. recolour: date steps', () =>
			benchDateSteps(browser, base, planDateSteps(dataset, CHANGES + 1, 'huawei'))
		);
		results.recolour.company = await section('1. recolour: company switches', () =>
			benchCompanySwitches(browser, base, planCompanySteps(dataset, CHANGES + 1))
		);
		results.firstLoad = await section('2. first load', () =>
			benchFirstLoad(browser, base, ['/', '/embed/'], LOADS)
		);
		results.bytes = await section('3. bytes of /embed/', () =>
			benchBytes(browser, base, '/embed/')
		);
	} finally {
		// Lighthouse starts its own Chromium: close this one first so they do not share the CPU.
		await browser.close();
	}
}

/** Section 4: LIGHTHOUSE_RUNS runs against the plain test server, then behind a gzip front. */
async function lighthouseSection(base: string) {
	const front = await gzipFront(base);
	try {
		const targets = [
			{ label: 'serveStatic (no compression)', base, file: 'lighthouse-embed' },
			{ label: 'gzip front', base: front.url, file: 'lighthouse-embed-gzip' }
		];
		for (const target of targets) {
			const entry: Results['lighthouse'][number] = { label: target.label, runs: [], errors: [] };
			results.lighthouse.push(entry);
			for (let run = 1; run <= LIGHTHOUSE_RUNS; run++) {
				// One retry: a Chrome that fails to start or a protocol timeout should not cost a run.
				for (let attempt = 1; attempt <= 2; attempt++) {
					const name = `4. Lighthouse, ${target.label}, run ${run}/${LIGHTHOUSE_RUNS}`;
					try {
						log(`${name}${attempt > 1 ? ' (retry)' : ''}…`);
						const report = `${OUT}/${target.file}-${run}.json`;
						entry.runs.push(await runLighthouse(`${target.base}embed/`, report));
						break;
					} catch (error) {
						const message = error instanceof Error ? error.message : String(error);
						log(`${name}: FAILED: ${message}`);
						entry.errors.push(`run ${run}, attempt ${attempt}: ${message}`);
						if (attempt === 2) results.errors.push({ section: name, error: message });
					}
				}
			}
			if (entry.runs.length) entry.median = medianFigures(entry.runs);
		}
	} finally {
		await front.close();
	}
}

async function main() {
	if (!existsSync(`${BUILD}/index.html`)) {
		throw new Error('No production build in build/: run `npx vite build` first.');
	}
	results.environment = {
		date: new Date().toISOString().slice(0, 16).replace('T', ' '),
		node: process.version,
		cores: cpus().length,
		commit: gitRevision(),
		'build/ written': statSync(`${BUILD}/index.html`)
			.mtime.toISOString()
			.slice(0, 16)
			.replace('T', ' ')
	};
	// Serve a snapshot: a rebuild during the run (vite empties build/ first) must not break it.
	const snapshot = mkdtempSync(join(tmpdir(), 'bench-build-'));
	cpSync(BUILD, snapshot, { recursive: true });
	const server = await serveStatic(snapshot);
	try {
		await browserSections(server.url, loadDataset(snapshot));
		await lighthouseSection(server.url);
	} finally {
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
