import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DARK_MAP_COLORS, MAP_COLORS, STANCE_COLORS } from '../../src/lib/model/palette';
import { MAP_CLASSES } from '../../src/lib/model/types';
import { DARK, LIGHT } from '../../src/lib/map/style';
import {
	collectErrors,
	hexToRgb,
	hoverAndOpen,
	sharedBrowser,
	mapReady,
	pixels,
	pixelsAround,
	shareOf,
	type Rgb
} from '../support/browser';

const base = inject('baseUrl');
const AUSTRALIA: [number, number] = [122, -27];
/** What the zoom engine costs: its code, its worker, its geometry. */
const ZOOM_ENGINE = /maplibre|\/workers\/|countries\.json/;
const chromium = sharedBrowser();

async function open(path: string) {
	const page = await chromium().newPage({ viewport: { width: 1100, height: 900 } });
	const requests: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	const errors = collectErrors(page);
	await page.goto(base + path);
	await mapReady(page);
	return { page, requests, errors };
}

const renderer = (page: Page) => page.getByTestId('map').getAttribute('data-renderer');

/**
 * The colour classes a pixel can belong to: every map class (the compare view's colours are not
 * drawn here), water, and country borders.
 */
const CLASSES: [string, Rgb][] = [
	...MAP_CLASSES.map((k) => [k, hexToRgb(MAP_COLORS[k])] as [string, Rgb]),
	['water', hexToRgb(LIGHT.water)],
	['border', hexToRgb('#ffffff')]
];
function classify(p: Rgb): string {
	let best = 'other';
	let bestDistance = 40;
	for (const [name, c] of CLASSES) {
		const d = Math.hypot(p.r - c.r, p.g - c.g, p.b - c.b);
		if (d < bestDistance) [best, bestDistance] = [name, d];
	}
	return best;
}
/** The majority class of each 6×6 block: edges, borders and pattern dots do not decide it. */
async function blockClasses(page: Page): Promise<string[]> {
	const box = (await page.getByTestId('map').boundingBox())!;
	const w = Math.floor(box.width / 6) * 6;
	const h = Math.floor(box.height / 6) * 6;
	const px = await pixels(page, { x: Math.ceil(box.x), y: Math.ceil(box.y), width: w, height: h });
	const out: string[] = [];
	for (let by = 0; by < h; by += 6)
		for (let bx = 0; bx < w; bx += 6) {
			const votes = new Map<string, number>();
			for (let y = by; y < by + 6; y++)
				for (let x = bx; x < bx + 6; x++) {
					const c = classify(px[y * w + x]);
					votes.set(c, (votes.get(c) ?? 0) + 1);
				}
			out.push([...votes].sort((a, b) => b[1] - a[1])[0][0]);
		}
	return out;
}

describe('the light embed', () => {
	it('answers hover, click, scrub, play and keys without ever requesting maplibre', async () => {
		const { page, requests, errors } = await open('embed/?date=2018-06-01');
		expect(await renderer(page)).toBe('svg');
		await hoverAndOpen(page, AUSTRALIA, 'Australia');
		await page.keyboard.press('Escape');
		const slider = page.getByTestId('slider');
		await slider.focus();
		await page.keyboard.press('PageUp');
		await expect.poll(() => page.getByTestId('date').textContent()).toBe('1 January 2019');
		// Australia excluded both vendors from 5G in August 2018: the SVG map was recoloured.
		expect(
			shareOf(await pixelsAround(page, AUSTRALIA), hexToRgb(STANCE_COLORS.banned))
		).toBeGreaterThan(0.3);
		await page.getByTestId('play').click();
		await expect.poll(() => page.getByTestId('date').textContent()).not.toBe('1 January 2019');
		await page.getByTestId('play').click();
		await page.getByTestId('legend').locator('[data-stance="banned"]').focus();
		await page.waitForTimeout(500);
		expect(requests.filter((u) => ZOOM_ENGINE.test(u))).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('brings maplibre when the reader zooms in, and zooms', async () => {
		const { page, requests, errors } = await open('embed/?date=2020-08-01');
		await page.getByTestId('zoom-in').click();
		await expect.poll(() => renderer(page), { timeout: 60_000 }).toBe('webgl');
		await mapReady(page);
		expect(requests.some((u) => /maplibre/.test(u))).toBe(true);
		expect(requests.some((u) => /countries\.json/.test(u))).toBe(true);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('draws the zoom engine in the theme the embed asks for', async () => {
		const { page, errors } = await open(
			'embed/?date=2020-08-01&military=0&theme=dark&renderer=webgl'
		);
		await expect.poll(() => renderer(page), { timeout: 60_000 }).toBe('webgl');
		await mapReady(page);
		const SOUTH_ATLANTIC: [number, number] = [-20, -30];
		expect(shareOf(await pixelsAround(page, SOUTH_ATLANTIC), hexToRgb(DARK.water))).toBeGreaterThan(
			0.9
		);
		// Australia had shut out both vendors by August 2020.
		expect(
			shareOf(await pixelsAround(page, AUSTRALIA), hexToRgb(DARK_MAP_COLORS.banned))
		).toBeGreaterThan(0.3);
		expect(errors).toEqual([]);
		await page.close();
	});

	// The world view is the swap the issue measures (97% on the v2 data; 96.9% on v3, whose
	// changed countries put more of the land's blocks on borders the two renderers draw apart). Zoomed into Europe the first paint's
	// coarser coastlines (a hundred times more simplified, to keep the HTML small) part from
	// maplibre's finer ones along every border, so the same view agrees a little less.
	it.each([
		['the world', '', 0.965],
		['the Europe view', '&region=europe', 0.93]
	])(
		'loads maplibre up front with renderer=webgl, drawing %s as the SVG does',
		async (_name, region, agreement) => {
			const view = `embed/?date=2020-08-01&military=0${region}`;
			const svg = await open(view);
			const before = await blockClasses(svg.page);
			expect(svg.requests.filter((u) => ZOOM_ENGINE.test(u))).toEqual([]);
			await svg.page.close();

			const gl = await open(`${view}&renderer=webgl`);
			await expect.poll(() => renderer(gl.page), { timeout: 60_000 }).toBe('webgl');
			await mapReady(gl.page);
			const after = await blockClasses(gl.page);
			await gl.page.close();

			expect(after.length).toBe(before.length);
			const land = before.flatMap((c, i) =>
				(MAP_CLASSES as readonly string[]).includes(c) ? [i] : []
			);
			expect(land.length).toBeGreaterThan(500);
			const same = land.filter((i) => after[i] === before[i]).length / land.length;
			expect(same).toBeGreaterThanOrEqual(agreement);
		}
	);
});
