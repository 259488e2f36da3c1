import type { MapClass } from '../model/types';

/** What a renderer draws for one country. */
export interface CountryPaint {
	cls: MapClass;
	military: boolean;
}

export type Flag = 'dim' | 'changed' | 'selected' | 'hover';

/** A box in the map frame's coordinates (frameSize.ts). */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/**
 * The one interface both map engines draw through: the SVG map (the reader's map) and maplibre
 * (the zoom engine). MapView hands either the same plain data; neither computes a stance.
 */
export interface MapRenderer {
	/** Colours, patterns and hatching: touches only the countries whose paint changed. */
	paint(states: ReadonlyMap<string, CountryPaint>): void;
	flag(flag: Flag, ids: ReadonlySet<string>): void;
	showMilitary(visible: boolean): void;
	/** Zooms by a factor about the centre (2 = in, 0.5 = out). */
	zoomBy(factor: number): void;
	/** Back to the whole world. */
	reset(): void;
	/** Shows a box of the map frame (a region view), without animation for reduced motion. */
	fitBox(box: Box): void;
	destroy(): void;
}
