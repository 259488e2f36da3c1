import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
	'--use-angle=swiftshader',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

/** Real Chromium with software WebGL2. A missing browser is a failure, never a skip. */
export async function launch(extraArgs: string[] = []): Promise<Browser> {
	if (!existsSync(CHROMIUM)) {
		throw new Error(
			`Chromium not found at ${CHROMIUM}. Install it with: apt-get update && apt-get install -y chromium ` +
				'(or set CHROMIUM_PATH).'
		);
	}
	return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** One Chromium for a test file: launched before its tests, closed after them. */
export function sharedBrowser(): () => Browser {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => browser;
}

/**
 * A page in a fresh context of its own (empty cache and storage), which closing the page closes.
 * When the browser closes first (a page a test left open), the context is gone with it.
 */
export async function isolatedPage(
	browser: Browser,
	options: BrowserContextOptions
): Promise<Page> {
	const context = await browser.newContext(options);
	const page = await context.newPage();
	page.on('close', () => void context.close().catch(() => undefined));
	return page;
}

/** Collects console errors and uncaught exceptions of a page. */
export function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
}

/** Waits for the map contract: data-ready="true" once the current state is drawn. */
/**
 * The reader's first use of a map page that waits for it (src/lib/app/firstUse.ts): the pointer
 * moving in the corner, away from every country and control. Two moves, as a move to where the
 * pointer already is sends no event.
 */
export async function firstUse(page: Page): Promise<void> {
	await page.mouse.move(1, 1);
	await page.mouse.move(0, 0);
}

/** The map is drawn and answering (the page's first use made, if it waits for one). */
export async function mapReady(page: Page, timeout = 60_000): Promise<void> {
	await firstUse(page);
	await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout });
}

export interface Rgb {
	r: number;
	g: number;
	b: number;
}

export const hexToRgb = (hex: string): Rgb => ({
	r: parseInt(hex.slice(1, 3), 16),
	g: parseInt(hex.slice(3, 5), 16),
	b: parseInt(hex.slice(5, 7), 16)
});

/** Screenshot pixels of a page region, decoded. */
export async function pixels(
	page: Page,
	clip: { x: number; y: number; width: number; height: number }
) {
	const png = PNG.sync.read(await page.screenshot({ clip }));
	const out: Rgb[] = [];
	for (let i = 0; i < png.data.length; i += 4)
		out.push({ r: png.data[i], g: png.data[i + 1], b: png.data[i + 2] });
	return out;
}

/** The share of pixels within `tolerance` (per channel) of a colour. */
export function shareOf(px: Rgb[], color: Rgb, tolerance = 12): number {
	const near = px.filter(
		(p) =>
			Math.abs(p.r - color.r) <= tolerance &&
			Math.abs(p.g - color.g) <= tolerance &&
			Math.abs(p.b - color.b) <= tolerance
	);
	return near.length / px.length;
}

/**
 * Where a longitude/latitude falls on the page's map element. Both renderers fit the same frame
 * (src/lib/map/frame.ts) centred in the element, so the SVG projection locates points on either.
 */
export async function pointOnMap(page: Page, lngLat: [number, number]) {
	const { frameProjection } = await import('../../src/lib/map/frame');
	const { projection, width, height } = frameProjection();
	const [fx, fy] = projection(lngLat)!;
	const box = (await page.locator('[data-testid="map"]').boundingBox())!;
	const scale = Math.min(box.width / width, box.height / height);
	return {
		x: box.x + (box.width - width * scale) / 2 + fx * scale,
		y: box.y + (box.height - height * scale) / 2 + fy * scale
	};
}

/** Pixels in a square around a place on the map. */
export async function pixelsAround(page: Page, lngLat: [number, number], half = 8) {
	const p = await pointOnMap(page, lngLat);
	return pixels(page, {
		x: Math.round(p.x - half),
		y: Math.round(p.y - half),
		width: half * 2,
		height: half * 2
	});
}

/** Points at a place on the map (tooltip names the country), clicks it, and waits for its panel. */
export async function hoverAndOpen(page: Page, lngLat: [number, number], name: string) {
	const p = await pointOnMap(page, lngLat);
	await page.mouse.move(p.x, p.y);
	await page.locator('.tooltip strong', { hasText: name }).waitFor();
	await page.mouse.click(p.x, p.y);
	await page.getByTestId('details').locator('h2', { hasText: name }).waitFor();
}

/** How far the page scrolls sideways (0: no horizontal overflow). */
export const sidewaysOverflow = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * axe-core's findings on a page (or the part of it `include` selects) at every impact, each as
 * its rule, impact and elements.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
	const builder = new AxeBuilder({ page });
	const result = await (include ? builder.include(include) : builder).analyze();
	return result.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target).join(' ')}`
	);
}
