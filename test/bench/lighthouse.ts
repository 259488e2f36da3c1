/**
 * 1. Lighthouse 12 performance with its default (mobile) settings: a Moto G Power viewport,
 *    simulated slow 4G and 4× CPU slowdown (Lantern). Its scores assume a real phone's GPU and
 *    network, so they are the most comparable figures of this report across machines; its
 *    timings are simulated from the trace of one real load.
 *
 * Chrome is the Debian Chromium the rest of the benchmark uses, started by chrome-launcher (which
 * Lighthouse depends on) with software WebGL. The site must be served with gzip, as any real
 * host does: Lantern charges the bytes on the wire.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/browser';
import { median } from './stats';

/** chrome-launcher adds none of Playwright's defaults: headless and no sandbox (root) come first. */
const LIGHTHOUSE_FLAGS = ['--headless=new', '--no-sandbox', ...CHROMIUM_ARGS];

/** The pages Lighthouse loads: the embed and the page as a reader first finds them, and an embed
 * whose URL names a view (as the share tools' snippets do), which starts its script at once. */
export const LIGHTHOUSE_PAGES = [
	{ name: 'embed', path: 'embed/' },
	{ name: 'page', path: '' },
	{ name: 'embed-view', path: 'embed/?date=2020-07-14&country=GBR' }
] as const;

export const METRICS = {
	FCP: 'first-contentful-paint',
	LCP: 'largest-contentful-paint',
	TBT: 'total-blocking-time',
	CLS: 'cumulative-layout-shift'
} as const;
export type Metric = keyof typeof METRICS;

export interface LighthouseFigures {
	/** 0–100. */
	performance: number | null;
	/** ms, except CLS (unitless). */
	metrics: Record<Metric, number | null>;
}

export interface LighthouseRun extends LighthouseFigures {
	/** Performance audits that did not pass, with their figures (why the score is what it is). */
	failing: { title: string; display?: string }[];
	warnings: string[];
}

export interface LighthouseResult {
	runs: LighthouseRun[];
	median: LighthouseFigures;
	errors: string[];
}

async function runOnce(url: string, reportPath: string): Promise<LighthouseRun> {
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM,
		chromeFlags: LIGHTHOUSE_FLAGS,
		logLevel: 'silent'
	});
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance']
		});
		if (!result) throw new Error('Lighthouse returned no result');
		const { lhr } = result;
		mkdirSync(dirname(reportPath), { recursive: true });
		writeFileSync(reportPath, JSON.stringify(lhr, null, '\t'));
		const score = lhr.categories.performance?.score;
		const metrics = Object.fromEntries(
			Object.entries(METRICS).map(([name, id]) => [name, lhr.audits[id]?.numericValue ?? null])
		) as Record<Metric, number | null>;
		const failing = (lhr.categories.performance?.auditRefs ?? [])
			.map((ref) => lhr.audits[ref.id])
			.filter((a) => a && a.score !== null && a.score < 0.9)
			.map((a) => ({ title: a.title, display: a.displayValue }));
		const warnings = [...lhr.runWarnings];
		if (lhr.runtimeError) warnings.unshift(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
		return {
			performance: score == null ? null : Math.round(score * 100),
			metrics,
			failing,
			warnings
		};
	} finally {
		chrome.kill();
	}
}

/** `runs` runs of `url` (one retry each: a Chrome that fails to start should not cost a run). */
export async function benchLighthouse(
	url: string,
	runs: number,
	reportPath: (run: number) => string,
	log: (message: string) => void
): Promise<LighthouseResult> {
	const result: LighthouseResult = {
		runs: [],
		median: { performance: null, metrics: { FCP: null, LCP: null, TBT: null, CLS: null } },
		errors: []
	};
	for (let run = 1; run <= runs; run++) {
		for (let attempt = 1; attempt <= 2; attempt++) {
			try {
				log(`Lighthouse run ${run}/${runs}${attempt > 1 ? ' (retry)' : ''}…`);
				result.runs.push(await runOnce(url, reportPath(run)));
				break;
			} catch (error) {
				result.errors.push(`run ${run}, attempt ${attempt}: ${(error as Error).message}`);
			}
		}
	}
	// Each figure's median over the runs: Lighthouse varies from run to run.
	const of = (values: (number | null)[]) => {
		const present = values.filter((v): v is number => v !== null);
		return present.length ? median(present) : null;
	};
	result.median = {
		performance: of(result.runs.map((r) => r.performance)),
		metrics: Object.fromEntries(
			(Object.keys(METRICS) as Metric[]).map((m) => [m, of(result.runs.map((r) => r.metrics[m]))])
		) as Record<Metric, number | null>
	};
	return result;
}
