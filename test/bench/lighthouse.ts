/**
 * 4. Lighthouse 12 with its default (mobile) settings: a Moto G Power viewport and simulated slow
 *    4G and 4× CPU slowdown (Lantern). Its scores assume a real phone's GPU and network, so they
 *    are the most comparable figures of this report across machines; its timings are simulated.
 *
 * Chrome is the Debian Chromium the rest of the benchmark uses, started by chrome-launcher (which
 * Lighthouse depends on) with software WebGL.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/browser';
import { median } from './stats';

/** chrome-launcher adds none of Playwright's defaults: headless and no sandbox (root) come first. */
const LIGHTHOUSE_FLAGS = ['--headless=new', '--no-sandbox', ...CHROMIUM_ARGS];

export const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
export const METRICS = {
	FCP: 'first-contentful-paint',
	LCP: 'largest-contentful-paint',
	TBT: 'total-blocking-time',
	CLS: 'cumulative-layout-shift',
	SI: 'speed-index'
} as const;

export type Metric = keyof typeof METRICS;

export interface LighthouseFigures {
	/** 0–1, as in the report. */
	scores: Record<string, number | null>;
	/** Numeric values: ms, except CLS (unitless). */
	metrics: Record<Metric, number | null>;
}

export interface LighthouseResult extends LighthouseFigures {
	url: string;
	/** Audits of the three categories that did not pass, with their titles. */
	failing: { id: string; title: string; score: number | null; display?: string }[];
	warnings: string[];
	reportPath: string;
	error?: string;
}

export async function runLighthouse(url: string, reportPath: string): Promise<LighthouseResult> {
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
			onlyCategories: CATEGORIES
		});
		if (!result) throw new Error('Lighthouse returned no result');
		const { lhr } = result;
		mkdirSync(reportPath.replace(/\/[^/]*$/, ''), { recursive: true });
		writeFileSync(reportPath, JSON.stringify(lhr, null, '\t'));
		const scores = Object.fromEntries(
			CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null])
		) as Record<string, number | null>;
		const metrics = Object.fromEntries(
			Object.entries(METRICS).map(([name, id]) => [name, lhr.audits[id]?.numericValue ?? null])
		) as LighthouseResult['metrics'];
		const failing = CATEGORIES.flatMap((c) => lhr.categories[c]?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0)
			.map((ref) => lhr.audits[ref.id])
			.filter((a) => a && a.score !== null && a.score < 0.9)
			.map((a) => ({ id: a.id, title: a.title, score: a.score, display: a.displayValue }));
		const warnings = [...lhr.runWarnings];
		if (lhr.runtimeError) warnings.unshift(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
		return { url, scores, metrics, failing, warnings, reportPath };
	} finally {
		chrome.kill();
	}
}

/** Each score and metric's median over several runs (Lighthouse varies from run to run). */
export function medianFigures(runs: LighthouseFigures[]): LighthouseFigures {
	const of = (values: (number | null)[]) => {
		const present = values.filter((v): v is number => v !== null);
		return present.length ? median(present) : null;
	};
	return {
		scores: Object.fromEntries(CATEGORIES.map((c) => [c, of(runs.map((r) => r.scores[c]))])),
		metrics: Object.fromEntries(
			(Object.keys(METRICS) as Metric[]).map((m) => [m, of(runs.map((r) => r.metrics[m]))])
		) as Record<Metric, number | null>
	};
}
