import type { SvgShapes } from '../../map/svgMarkup';
import { timelapseDates, timelapsePlan, type TimelapseStep } from '../../model/timelapse';
import type { IsoDate, MapClass } from '../../model/types';
import { motionScene, type MotionText } from './draw';
import { encodeGif, encodeVideo, type Encoded } from './encode';

export interface AnimationRequest {
	shapes: SvgShapes;
	/** The view's map at a date: each country's class, and whether US forces are drawn on it. */
	mapAt(date: IsoDate): { cls(id: string): MapClass; military(id: string): boolean };
	start: IsoDate;
	end: IsoDate;
	step: TimelapseStep;
	width: number;
	height: number;
	format: 'video' | 'gif';
	text: MotionText;
	/** A date as the reader's language writes it, for the date stamp. */
	dateText(date: IsoDate): string;
	onProgress(done: number, total: number): void;
	signal: AbortSignal;
}

/**
 * Makes the time-lapse of the current view: the dates from start to end, drawn offscreen from
 * the SVG map's data, encoded frame by frame with a pause between frames. This module, with
 * its encoders, loads only when a reader asks for an animation.
 */
export async function makeAnimation(request: AnimationRequest): Promise<Encoded> {
	const plan = timelapsePlan(timelapseDates(request.start, request.end, request.step));
	const canvas = new OffscreenCanvas(request.width, request.height);
	const scene = motionScene(canvas.getContext('2d')!, request.shapes, request.text);
	const draw = (index: number) => {
		const date = plan.dates[index];
		scene.draw({ dateText: request.dateText(date), ...request.mapAt(date) });
	};
	const job = { plan, canvas, draw, onProgress: request.onProgress, signal: request.signal };
	try {
		return await (request.format === 'gif' ? encodeGif(job) : encodeVideo(job));
	} finally {
		// The frame's pixels (4 MB at 1080 × 1080) go as soon as the file is made or abandoned.
		canvas.width = canvas.height = 0;
	}
}
