import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { motionLayout } from '../../src/lib/export/motion/layout';
import { frameProjection } from '../../src/lib/map/frame';
import { decodeDataset, type WireDataset } from '../../src/lib/model/eventCodec';
import { mapClassAt } from '../../src/lib/model/mapClass';
import { MAP_COLORS } from '../../src/lib/model/palette';
import { timelapseDates, timelapsePlan } from '../../src/lib/model/timelapse';
import {
	axeViolations,
	hexToRgb,
	isolatedPage,
	mapReady,
	sharedBrowser,
	type Rgb
} from '../support/browser';

/**
 * "Download animation": a short range, year by year, made in Chromium through the dialog, then
 * read back: the video in a <video>, the GIF block by block and through ImageDecoder.
 */
const base = inject('baseUrl');
const chromium = sharedBrowser();
const START = '2012-06-30';
const END = '2014-12-31';
const SIZE = 1080;
const plan = timelapsePlan(timelapseDates(START, END, 'year'));
/** Frames made before Cancel, and the buffer bytes they hold at least (encoded video, muxer). */
const HEAP_FRAMES = 120;
const HEAP_HELD = 1_000_000;

// The United States (Kansas): a large country with no pattern over it, whose stance toward
// Huawei changes between the start and the end.
const dataset = decodeDataset(
	JSON.parse(readFileSync('static/data/stances.json', 'utf8')) as WireDataset
);
const usa = dataset.countries.find((c) => c.id === 'USA')!;
const colourAt = (date: string) => hexToRgb(MAP_COLORS[mapClassAt(usa, date, 'huawei')]);
const shapes = JSON.parse(readFileSync('static/data/svg-map.json', 'utf8'));
const layout = motionLayout(SIZE, SIZE, shapes);
const [fx, fy] = frameProjection().projection([-98, 39])!;
const point = {
	x: Math.round(layout.map.x + fx * layout.map.scale),
	y: Math.round(layout.map.y + fy * layout.map.scale)
};

/** A browser whose WebCodecs cannot encode H.264, as Debian's Chromium builds may be. */
const WITHOUT_H264 = () => {
	const asked = VideoEncoder.isConfigSupported.bind(VideoEncoder);
	VideoEncoder.isConfigSupported = (config) =>
		config.codec.startsWith('avc') ? Promise.resolve({ supported: false, config }) : asked(config);
};

async function dialogFor(
	browser: Browser,
	withoutH264 = false
): Promise<{ page: Page; dialog: Locator }> {
	const page = await isolatedPage(browser, { viewport: { width: 1280, height: 900 } });
	if (withoutH264) await page.addInitScript(WITHOUT_H264);
	await page.goto(`${base}?date=${END}`);
	await mapReady(page);
	await page.getByTestId('download-animation').click();
	const dialog = page.getByTestId('animation-dialog');
	await dialog.waitFor();
	return { page, dialog };
}

async function make(dialog: Locator, page: Page, format: 'video' | 'gif') {
	await dialog.getByLabel('From').fill(START);
	await dialog.getByLabel('To').fill(END);
	await dialog.getByLabel('One frame per').selectOption('year');
	await dialog.getByRole('radio', { name: format === 'gif' ? 'Animated GIF' : /Video/ }).check();
	const download = page.waitForEvent('download', { timeout: 110_000 });
	await dialog.getByTestId('animation-start').click();
	const file = await download;
	return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/**
 * A page to read the files in: a secure context (ImageDecoder needs one) without the site's CSP
 * (which keeps blob: media out of its pages).
 */
async function reader(browser: Browser): Promise<Page> {
	const page = await isolatedPage(browser, { viewport: { width: 400, height: 400 } });
	const url = `${base}reader.html`;
	await page.route(url, (route) =>
		route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Reader</title>' })
	);
	await page.goto(url);
	return page;
}

/** The GIF's frames and their delays (ms), read from its blocks. */
function gifFrames(b: Buffer): number[] {
	const table = (packed: number) => (packed & 0x80 ? 3 * (1 << ((packed & 7) + 1)) : 0);
	const subBlocks = (p: number) => {
		while (b[p]) p += b[p] + 1;
		return p + 1;
	};
	expect(b.subarray(0, 6).toString('latin1')).toBe('GIF89a');
	let p = 13 + table(b[10]);
	let delay = 0;
	const delays: number[] = [];
	while (p < b.length && b[p] !== 0x3b) {
		if (b[p] === 0x21) {
			if (b[p + 1] === 0xf9) delay = b.readUInt16LE(p + 4) * 10;
			p = subBlocks(p + 2);
		} else if (b[p] === 0x2c) {
			delays.push(delay);
			p = subBlocks(p + 10 + table(b[p + 9]) + 1);
		} else throw new Error(`unexpected GIF block ${b[p]} at ${p}`);
	}
	return delays;
}

/** Mean colour of a 5×5 square around the point, from a canvas the picture was drawn on. */
const SAMPLE = `(g, x, y) => {
	const d = g.getImageData(x - 2, y - 2, 5, 5).data;
	const mean = (o) => Math.round(d.filter((_, i) => i % 4 === o).reduce((a, v) => a + v, 0) / 25);
	return { r: mean(0), g: mean(1), b: mean(2) };
}`;

const near = (a: Rgb, b: Rgb, tolerance: number) =>
	Math.max(Math.abs(a.r - b.r), Math.abs(a.g - b.g), Math.abs(a.b - b.b)) <= tolerance;

describe('Download animation', () => {
	it.each([
		['as this browser can', ['mp4', 'webm'], false],
		['as WebM where H.264 cannot be encoded', ['webm'], true]
	])(
		'makes a video %s that plays in Chromium, at its size and length, from the start’s colours to the end’s',
		async (_, formats, withoutH264) => {
			const { page, dialog } = await dialogFor(chromium(), withoutH264);
			const started = Date.now();
			const { name, bytes } = await make(dialog, page, 'video');
			const ext = name.split('.').pop();
			// Debian's Chromium may have no H.264 encoder: WebM (VP9) is then chosen without asking.
			expect(formats).toContain(ext);
			expect(name).toBe(`stance-map-huawei-${START}-${END}.${ext}`);
			await expect(page.getByTestId('animation-status').textContent()).resolves.toContain(name);
			console.log(`video ${ext}: ${bytes.length} bytes in ${Date.now() - started} ms`);

			const player = await reader(chromium());
			const info = await player.evaluate(
				async ({ b64, type, x, y, sample }) => {
					const pick = new Function(`return ${sample}`)();
					const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
					const video = document.createElement('video');
					video.muted = true;
					video.src = URL.createObjectURL(new Blob([data], { type }));
					await new Promise((resolve, reject) => {
						video.onloadedmetadata = resolve;
						video.onerror = () => reject(new Error(`cannot decode: ${video.error?.message}`));
					});
					const at = async (t: number) => {
						video.currentTime = t;
						await new Promise((resolve) => (video.onseeked = resolve));
						// On a busy machine the decoded frame can lag the seeked event: wait until it is
						// presented (or half a second), so the picture read is the one at t.
						await Promise.race([
							new Promise((resolve) => video.requestVideoFrameCallback(resolve)),
							new Promise((resolve) => setTimeout(resolve, 500))
						]);
						const canvas = document.createElement('canvas');
						canvas.width = video.videoWidth;
						canvas.height = video.videoHeight;
						const g = canvas.getContext('2d')!;
						g.drawImage(video, 0, 0);
						return pick(g, x, y);
					};
					const first = await at(0.05);
					const last = await at(video.duration - 0.05);
					return {
						width: video.videoWidth,
						height: video.videoHeight,
						duration: video.duration,
						first,
						last
					};
				},
				{ b64: bytes.toString('base64'), type: `video/${ext}`, ...point, sample: SAMPLE }
			);
			expect(info.width).toBe(SIZE);
			expect(info.height).toBe(SIZE);
			expect(Math.abs(info.duration - plan.seconds) / plan.seconds).toBeLessThanOrEqual(0.1);
			expect(near(colourAt(START), colourAt(END), 30)).toBe(false);
			expect(info.first, 'first frame').toSatisfy((c: Rgb) => near(c, colourAt(START), 24));
			expect(info.last, 'last frame').toSatisfy((c: Rgb) => near(c, colourAt(END), 24));
			await Promise.all([page.close(), player.close()]);
		}
	);

	it('makes a GIF with one frame per date, the last one held, from the start’s colours to the end’s', async () => {
		const { page, dialog } = await dialogFor(chromium());
		const started = Date.now();
		const { name, bytes } = await make(dialog, page, 'gif');
		expect(name).toBe(`stance-map-huawei-${START}-${END}.gif`);
		console.log(`gif: ${bytes.length} bytes in ${Date.now() - started} ms`);
		const delays = gifFrames(bytes);
		expect(delays).toHaveLength(plan.dates.length);
		const total = delays.reduce((a, b) => a + b, 0) / 1000;
		expect(Math.abs(total - plan.seconds) / plan.seconds).toBeLessThanOrEqual(0.1);
		expect(delays.at(-1)).toBeGreaterThan(delays[0]);

		const viewer = await reader(chromium());
		const info = await viewer.evaluate(
			async ({ b64, x, y, sample }) => {
				const pick = new Function(`return ${sample}`)();
				const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
				const decoder = new ImageDecoder({ data, type: 'image/gif' });
				await decoder.tracks.ready;
				const count = decoder.tracks.selectedTrack!.frameCount;
				const at = async (frameIndex: number) => {
					const { image } = await decoder.decode({ frameIndex });
					const canvas = document.createElement('canvas');
					canvas.width = image.displayWidth;
					canvas.height = image.displayHeight;
					const g = canvas.getContext('2d')!;
					g.drawImage(image, 0, 0);
					image.close();
					return { ...pick(g, x, y), width: canvas.width, height: canvas.height };
				};
				return { count, first: await at(0), last: await at(count - 1) };
			},
			{ b64: bytes.toString('base64'), ...point, sample: SAMPLE }
		);
		expect(info.count).toBe(plan.dates.length);
		expect([info.first.width, info.first.height]).toEqual([SIZE, SIZE]);
		expect(info.first, 'first frame').toSatisfy((c: Rgb) => near(c, colourAt(START), 12));
		expect(info.last, 'last frame').toSatisfy((c: Rgb) => near(c, colourAt(END), 12));
		await Promise.all([page.close(), viewer.close()]);
	});

	it('stops on Cancel, saves nothing, releases its memory, and stays responsive while it works', async () => {
		const { page, dialog } = await dialogFor(chromium());
		const cdp = await page.context().newCDPSession(page);
		/**
		 * The bytes of the page's ArrayBuffers after a full collection: where the encoded video,
		 * the muxer's output and the GIF's pixels live (the export's code stays loaded, in the heap).
		 */
		const buffers = async () => {
			await cdp.send('HeapProfiler.collectGarbage');
			return (await cdp.send('Runtime.getHeapUsage')).backingStorageSize;
		};
		await dialog.getByLabel('From').fill('2012-01-01');
		await dialog.getByLabel('One frame per').selectOption('month');
		let downloads = 0;
		page.on('download', () => downloads++);
		const idle = await buffers();
		await dialog.getByTestId('animation-start').click();
		const bar = page.getByTestId('animation-progress');
		await expect
			.poll(() => bar.evaluate((el: HTMLProgressElement) => el.value), { timeout: 60_000 })
			.toBeGreaterThan(HEAP_FRAMES);
		const working = await buffers();
		// The page answers between frames: a frame of its own comes within a second.
		const gap = await page.evaluate(() => {
			const t0 = performance.now();
			return new Promise<number>((r) => requestAnimationFrame(() => r(performance.now() - t0)));
		});
		expect(gap).toBeLessThan(1000);
		await page.getByTestId('animation-cancel').click();
		await expect
			.poll(() => page.getByTestId('animation-status').textContent())
			.toContain('Cancelled');
		await expect(bar.count()).resolves.toBe(0);
		await page.waitForTimeout(1500);
		expect(downloads).toBe(0);
		// What the video held (its encoded frames, the muxer's output) is gone.
		const after = await buffers();
		expect(working - idle).toBeGreaterThan(HEAP_HELD);
		expect(after - idle).toBeLessThan((working - idle) / 4);
		await expect(dialog.getByTestId('animation-start').isVisible()).resolves.toBe(true);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});
});
