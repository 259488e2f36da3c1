/**
 * 2. Bytes of /embed/, gzip level 9 of each body, by kind and by phase of a reader's visit:
 * - first load: everything requested until the page is idle with no interaction (no request in
 *   flight for QUIET_MS after the load). The SVG map is in the HTML, so this is all a reader who
 *   only looks, or scrolls past, pays for;
 * - first use: the pointer moves in; the page's own code and the dataset arrive and the app starts
 *   (src/lib/app/firstUse.ts), until the map answers hover, click and the slider;
 * - first interaction: hover a country, open it, step the slider (details/XXX.json: the summaries,
 *   quotes and sources, fetched on the reader's first sign of life);
 * - zoom: the zoom-in button, until maplibre has drawn the map (its chunk, worker, geometry).
 * A fresh context records every response of the page and its workers. The zoom engine's bytes
 * (maplibre, worker, geometry) in an earlier phase are listed: there should be none.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page, Request, Response } from 'playwright-core';
import { hoverAndOpen } from '../support/browser';
import { firstUse, rendererReady, VIEWPORT } from './probe';

export const KINDS = [
	'HTML',
	'JS',
	'CSS',
	'data',
	'maplibre',
	'worker',
	'geometry',
	'other'
] as const;
export type Kind = (typeof KINDS)[number];
/** What only the zoom engine needs. */
export const ZOOM_ENGINE: Kind[] = ['maplibre', 'worker', 'geometry'];
export const PHASES = ['first load', 'first use', 'first interaction', 'zoom'] as const;
export type Phase = (typeof PHASES)[number];

export interface Resource {
	path: string;
	kind: Kind;
	phase: Phase;
	raw: number;
	gzip: number;
}

export interface BytesResult {
	resources: Resource[];
	/** gzip bytes by phase and kind. */
	totals: Record<Phase, Record<Kind, number>>;
	/** Zoom-engine files requested before the zoom: should be none. */
	zoomEngineBeforeZoom: string[];
	/** The parts of the first HTML, each gzipped on its own (so they do not add up to it). */
	html: { part: string; raw: number; gzip: number }[];
}

/** No request in flight for this long after the load: the page is idle. */
const QUIET_MS = 2000;
const AUSTRALIA: [number, number] = [122, -27];

const gzip = (body: Buffer | string) => gzipSync(body, { level: 9 }).length;

function kindOf(response: Response, body: Buffer): Kind {
	const path = new URL(response.url()).pathname;
	if (response.request().resourceType() === 'document') return 'HTML';
	if (path.endsWith('/data/countries.json')) return 'geometry';
	if (path.endsWith('.json')) return 'data';
	if (path.includes('/workers/')) return 'worker';
	if (!/\.m?js$/.test(path)) return path.endsWith('.css') ? 'CSS' : 'other';
	// The chunk that starts maplibre's worker is the map's own code (as in .size-limit.js).
	return body.includes('maplibre-gl-worker') ? 'maplibre' : 'JS';
}

/** Records every response of `context`, tagged with the phase its request was issued in. */
function record(context: BrowserContext) {
	let phase: Phase = 'first load';
	const phaseOf = new Map<Request, Phase>();
	const inFlight = new Set<Request>();
	let lastActivity = Date.now();
	const pending: Promise<Resource>[] = [];
	let html = '';
	context.on('request', (request) => {
		phaseOf.set(request, phase);
		inFlight.add(request);
		lastActivity = Date.now();
	});
	const done = (request: Request) => {
		inFlight.delete(request);
		lastActivity = Date.now();
	};
	context.on('requestfinished', done);
	context.on('requestfailed', done);
	context.on('response', (response) =>
		pending.push(
			response.body().then((body) => {
				const kind = kindOf(response, body);
				if (kind === 'HTML') html ||= body.toString('utf8');
				return {
					path: new URL(response.url()).pathname,
					kind,
					phase: phaseOf.get(response.request()) ?? phase,
					raw: body.length,
					gzip: gzip(body)
				};
			})
		)
	);
	return {
		next(p: Phase) {
			phase = p;
		},
		async quiet() {
			while (inFlight.size || Date.now() - lastActivity < QUIET_MS) {
				await new Promise((resolve) => setTimeout(resolve, 100));
			}
		},
		all: () => Promise.all(pending),
		/** The first document's text (once `all()` has resolved). */
		html: () => html
	};
}

/** The HTML's inlined parts: SvelteKit's serialised fetches (the dataset) and the SVG map. */
function htmlParts(html: string): BytesResult['html'] {
	const part = (name: string, text: string) => ({
		part: name,
		raw: Buffer.byteLength(text),
		gzip: gzip(text)
	});
	const fetched = [...html.matchAll(/<script[^>]*data-sveltekit-fetched[^>]*>[\s\S]*?<\/script>/g)];
	const svg = /<svg[^>]*class="svg-map[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
	let rest = html.replace(svg, '');
	for (const [text] of fetched) rest = rest.replace(text, '');
	return [
		part('whole HTML', html),
		...fetched.map(([text]) => part(`inlined ${/data-url="([^"]*)"/.exec(text)?.[1]}`, text)),
		part('SVG map', svg),
		part('rest of the HTML', rest)
	];
}

/**
 * Loads /embed/ in a fresh context until idle; with `dataset`, that text is served as the
 * dataset (data/stances.json) in place of the built one. Returns the recorder, still running.
 */
async function firstLoad(browser: Browser, base: string, dataset?: string) {
	const context = await browser.newContext({ viewport: VIEWPORT });
	const recorder = record(context);
	const url = `${base}embed/`;
	if (dataset !== undefined) {
		await context.route(`${base}data/stances.json`, (route) =>
			route.fulfill({ body: dataset, contentType: 'application/json' })
		);
	}
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(url, { waitUntil: 'load' });
	await recorder.quiet();
	return { context, page, recorder, errors };
}

const sum = (resources: Resource[]) => resources.reduce((n, r) => n + r.gzip, 0);

/** The reader's first use, until the map answers and no request is in flight. */
async function useUntilAnswered(page: Page, recorder: ReturnType<typeof record>) {
	await firstUse(page);
	await rendererReady(page, 'svg');
	await recorder.quiet();
}

/**
 * gzip bytes of /embed/ before any use, and until it answers (after the first use), optionally
 * with another dataset.
 */
export async function visitBytes(
	browser: Browser,
	base: string,
	dataset?: string
): Promise<{ firstLoad: number; untilAnswers: number; errors: string[] }> {
	const { context, page, recorder, errors } = await firstLoad(browser, base, dataset);
	try {
		const firstLoad = sum(await recorder.all());
		await useUntilAnswered(page, recorder);
		return { firstLoad, untilAnswers: sum(await recorder.all()), errors };
	} finally {
		await context.close();
	}
}

export async function benchBytes(browser: Browser, base: string): Promise<BytesResult> {
	const { context, page, recorder } = await firstLoad(browser, base);
	try {
		recorder.next('first use');
		await useUntilAnswered(page, recorder);

		recorder.next('first interaction');
		await hoverAndOpen(page, AUSTRALIA, 'Australia');
		await page.keyboard.press('Escape');
		const date = await page.getByTestId('date').textContent();
		await page.getByTestId('slider').focus();
		await page.keyboard.press('ArrowLeft');
		await page.waitForFunction(
			(before) => document.querySelector('[data-testid="date"]')?.textContent !== before,
			date
		);
		await recorder.quiet();

		recorder.next('zoom');
		await page.getByTestId('zoom-in').click();
		await rendererReady(page, 'webgl');
		await recorder.quiet();

		const resources = await recorder.all();
		const totals = Object.fromEntries(
			PHASES.map((p) => [
				p,
				Object.fromEntries(
					KINDS.map((k) => [k, sum(resources.filter((r) => r.phase === p && r.kind === k))])
				)
			])
		) as BytesResult['totals'];
		return {
			resources,
			totals,
			zoomEngineBeforeZoom: resources
				.filter((r) => r.phase !== 'zoom' && ZOOM_ENGINE.includes(r.kind))
				.map((r) => r.path),
			html: htmlParts(recorder.html())
		};
	} finally {
		await context.close();
	}
}
