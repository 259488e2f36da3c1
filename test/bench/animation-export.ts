/**
 * `tsx test/bench/animation-export.ts`: the time-lapse figures of issue 21. Makes the default
 * animation (1 January 2012 to the data's last day, a frame a month) at 1080 × 1080 through the
 * dialog of the built page (build/), once per format, and prints the time and the file's size.
 * The files are kept in bench-results/ to look at. WITHOUT_H264=1 asks for the WebM path;
 * FORMATS=video (or gif) makes only that one.
 */
import { copyFileSync, mkdirSync, statSync } from 'node:fs';
import { launch, mapReady } from '../support/browser';
import { serveStatic } from '../support/static-server';

const server = await serveStatic('build');
const browser = await launch();
mkdirSync('bench-results', { recursive: true });
try {
	const formats = (process.env.FORMATS ?? 'video,gif').split(',') as ('video' | 'gif')[];
	for (const format of formats) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		if (process.env.WITHOUT_H264)
			await page.addInitScript(() => {
				const asked = VideoEncoder.isConfigSupported.bind(VideoEncoder);
				VideoEncoder.isConfigSupported = (config) =>
					config.codec.startsWith('avc')
						? Promise.resolve({ supported: false, config })
						: asked(config);
			});
		await page.goto(server.url);
		// The page waits for its reader's first use before its app starts: mapReady makes it.
		await mapReady(page);
		await page.getByTestId('download-animation').click();
		const dialog = page.getByTestId('animation-dialog');
		await dialog.getByRole('radio', { name: format === 'gif' ? 'Animated GIF' : /Video/ }).check();
		const download = page.waitForEvent('download', { timeout: 1_800_000 });
		const started = Date.now();
		await dialog.getByTestId('animation-start').click();
		const file = await download;
		const seconds = (Date.now() - started) / 1000;
		const out = `bench-results/${file.suggestedFilename()}`;
		copyFileSync((await file.path())!, out);
		const mb = statSync(out).size / 1e6;
		console.log(`${out}: ${mb.toFixed(2)} MB in ${seconds.toFixed(1)} s`);
		await context.close();
	}
} finally {
	await browser.close();
	await server.close();
}
