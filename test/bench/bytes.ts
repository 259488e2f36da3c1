/**
 * 3. Bytes on the first load of a page, gzip level 9 (what a compressing static host would send;
 *    the test server itself sends identity bodies).
 *
 * A fresh context records every response (the page's and its workers') until the map is
 * data-ready with WebGL; each body is gzipped with node:zlib and summed by kind. "Before first
 * paint" is everything requested before the map's code and geometry: MapView asks for both in
 * the same task, after the SVG is on screen, so the split is the request of countries.json (less
 * a small window, as the import of the maplibre chunk may be issued a moment before the fetch).
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';
import { webglReady } from './probe';

export const KINDS = ['HTML', 'JS', 'CSS', 'geometry', 'data', 'worker', 'other'] as const;
export type Kind = (typeof KINDS)[number];
export type Phase = 'before' | 'after';

export interface Resource {
	path: string;
	kind: Kind;
	phase: Phase;
	raw: number;
	gzip: number;
}

export interface BytesResult {
	path: string;
	resources: Resource[];
	/** gzip bytes by kind and phase. */
	totals: Record<Phase, Record<Kind, number>>;
	rawTotals: Record<Phase, Record<Kind, number>>;
	/** The parts of the HTML, each gzipped on its own (so they do not add up to the HTML). */
	html: { part: string; raw: number; gzip: number }[];
}

/** Requests issued this long before countries.json still count as the map's (its code chunk). */
const SPLIT_WINDOW_MS = 50;

const gzip = (body: Buffer | string) => gzipSync(body, { level: 9 }).length;

function kindOf(response: Response): Kind {
	const path = new URL(response.url()).pathname;
	if (response.request().resourceType() === 'document') return 'HTML';
	if (path.endsWith('/data/countries.json')) return 'geometry';
	if (/\/data\/[^/]+\.json$/.test(path)) return 'data';
	if (/worker/i.test(path)) return 'worker';
	if (path.endsWith('.js') || path.endsWith('.mjs')) return 'JS';
	if (path.endsWith('.css')) return 'CSS';
	return 'other';
}

/** The HTML's inlined parts: SvelteKit's serialised fetches (the dataset) and the SVG map. */
function htmlParts(html: string): { part: string; raw: number; gzip: number }[] {
	const part = (name: string, texts: string[]) => {
		const text = texts.join('');
		return { part: name, raw: Buffer.byteLength(text), gzip: gzip(text) };
	};
	const fetched = [...html.matchAll(/<script[^>]*data-sveltekit-fetched[^>]*>[\s\S]*?<\/script>/g)];
	const byUrl = fetched.map((m) => ({
		url: /data-url="([^"]*)"/.exec(m[0])?.[1] ?? '?',
		text: m[0]
	}));
	const svg = /<svg[^>]*class="svg-map[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
	let rest = html.replace(svg, '');
	for (const f of byUrl) rest = rest.replace(f.text, '');
	return [
		part('whole HTML', [html]),
		...byUrl.map((f) => part(`inlined ${f.url}`, [f.text])),
		part('SVG first-paint map', [svg]),
		part('rest of the HTML', [rest])
	];
}

const zero = (): Record<Kind, number> =>
	Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;

export async function benchBytes(
	browser: Browser,
	base: string,
	path: string
): Promise<BytesResult> {
	const context = await browser.newContext({ viewport: { width: 1000, height: 560 } });
	const page = await context.newPage();
	const requestedAt = new Map<object, number>();
	const pending: Promise<Omit<Resource, 'phase'> & { at: number; body?: string }>[] = [];
	context.on('request', (request) => requestedAt.set(request, performance.now()));
	// context-level, so requests of the maplibre worker are seen too
	context.on('response', (response) => {
		const at = requestedAt.get(response.request()) ?? performance.now();
		pending.push(
			response.body().then((body) => ({
				path: new URL(response.url()).pathname,
				kind: kindOf(response),
				raw: body.length,
				gzip: gzip(body),
				at,
				body: kindOf(response) === 'HTML' ? body.toString('utf8') : undefined
			}))
		);
	});
	try {
		await page.goto(base + path.slice(1));
		await webglReady(page);
		const seen = await Promise.all(pending);
		const split = Math.min(
			...seen.filter((r) => r.kind === 'geometry').map((r) => r.at - SPLIT_WINDOW_MS)
		);
		const resources = seen
			.sort((a, b) => a.at - b.at)
			.map(({ path, kind, raw, gzip, at }): Resource => ({
				path,
				kind,
				phase: at < split ? 'before' : 'after',
				raw,
				gzip
			}));
		const totals = { before: zero(), after: zero() };
		const rawTotals = { before: zero(), after: zero() };
		for (const r of resources) {
			totals[r.phase][r.kind] += r.gzip;
			rawTotals[r.phase][r.kind] += r.raw;
		}
		const html = seen.find((r) => r.kind === 'HTML')?.body ?? '';
		return { path, resources, totals, rawTotals, html: htmlParts(html) };
	} finally {
		await context.close();
	}
}
