import { applyPalette, GIFEncoder, quantize, type Palette } from 'gifenc';
import {
	BufferTarget,
	CanvasSource,
	canEncodeVideo,
	Mp4OutputFormat,
	Output,
	QUALITY_HIGH,
	WebMOutputFormat
} from 'mediabunny';
import type { TimelapsePlan } from '../../model/timelapse';

export interface EncodeJob {
	plan: TimelapsePlan;
	canvas: OffscreenCanvas;
	/** Draws the picture of `plan.dates[index]` on the canvas. */
	draw(index: number): void;
	onProgress(done: number, total: number): void;
	signal: AbortSignal;
}

export interface Encoded {
	blob: Blob;
	extension: 'mp4' | 'webm' | 'gif';
}

/** Gives the page a turn between frames: clicks, Cancel and the progress bar stay live. */
const breathe = () => new Promise((resolve) => setTimeout(resolve, 0));

const cancelled = () => new DOMException('The animation was cancelled', 'AbortError');

/**
 * H.264 in MP4 where this browser's WebCodecs can encode it at this size (mediabunny asks
 * `VideoEncoder.isConfigSupported`), else VP9 in WebM, which Chromium builds without an H.264
 * encoder (Debian's) still make.
 */
export async function videoCodec(width: number, height: number): Promise<'avc' | 'vp9'> {
	if (typeof VideoEncoder === 'undefined') throw new Error('No WebCodecs video encoder');
	if (await canEncodeVideo('avc', { width, height })) return 'avc';
	if (await canEncodeVideo('vp9', { width, height })) return 'vp9';
	throw new Error('Neither H.264 nor VP9 can be encoded here');
}

/** The plan as a video: every frame of it, each date's picture drawn once and repeated. */
export async function encodeVideo(job: EncodeJob): Promise<Encoded> {
	const { plan, canvas, signal } = job;
	const codec = await videoCodec(canvas.width, canvas.height);
	const output = new Output({
		format:
			codec === 'avc' ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat(),
		target: new BufferTarget()
	});
	const source = new CanvasSource(canvas, { codec, bitrate: QUALITY_HIGH });
	output.addVideoTrack(source, { frameRate: plan.fps });
	await output.start();
	let drawn = -1;
	try {
		for (let f = 0; f < plan.frames.length; f++) {
			if (signal.aborted) throw cancelled();
			if (plan.frames[f] !== drawn) job.draw((drawn = plan.frames[f]));
			await source.add(f / plan.fps, 1 / plan.fps);
			job.onProgress(f + 1, plan.frames.length);
			await breathe();
		}
		await output.finalize();
	} catch (error) {
		// Closes the encoder and drops what was muxed: nothing of a cancelled video stays in memory.
		if (output.state !== 'finalized') await output.cancel();
		throw error;
	}
	const extension = codec === 'avc' ? 'mp4' : 'webm';
	return {
		blob: new Blob([output.target.buffer!], { type: `video/${extension}` }),
		extension
	};
}

/** GIF disposal 1: a frame stays under the next, whose transparent pixels show it. */
const KEEP = 1;

/**
 * The plan as an animated GIF: one frame per date, shown as long as the video shows it, the last
 * one held. One palette for all frames, taken from the first (its legend holds every class
 * colour), so colours do not flicker; after the first, a frame carries only the pixels that
 * changed (the rest transparent over the frame before), which makes the file several times
 * smaller: a month changes the date stamp and a few countries.
 */
export async function encodeGif(job: EncodeJob): Promise<Encoded> {
	const { plan, canvas, signal } = job;
	const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
	const gif = GIFEncoder();
	const step = (plan.framesPerStep * 1000) / plan.fps;
	let colours: Palette | null = null;
	let previous: Uint8Array | null = null;
	for (let i = 0; i < plan.dates.length; i++) {
		if (signal.aborted) throw cancelled();
		job.draw(i);
		const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
		// At most 255 colours, so the slot after them is free to mean "unchanged".
		colours ??= quantize(data, 255);
		const unchanged = colours.length;
		const index = applyPalette(data, colours);
		const delay = i === plan.dates.length - 1 ? step + (plan.holdFrames * 1000) / plan.fps : step;
		if (previous) {
			const changes = index.slice();
			for (let k = 0; k < changes.length; k++)
				if (changes[k] === previous[k]) changes[k] = unchanged;
			gif.writeFrame(changes, canvas.width, canvas.height, {
				delay,
				transparent: true,
				transparentIndex: unchanged,
				dispose: KEEP
			});
		} else {
			const palette = [...colours, [255, 255, 255]];
			gif.writeFrame(index, canvas.width, canvas.height, { palette, delay, dispose: KEEP });
		}
		previous = index;
		job.onProgress(i + 1, plan.dates.length);
		await breathe();
	}
	gif.finish();
	return {
		blob: new Blob([gif.bytes() as Uint8Array<ArrayBuffer>], { type: 'image/gif' }),
		extension: 'gif'
	};
}
