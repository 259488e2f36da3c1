import type { PaintClass } from '../model/types';

/** What a renderer draws for one country. */
export interface CountryPaint {
	/** A map class, or in the compare view how the country moved. */
	cls: PaintClass;
	military: boolean;
}

/** `uncertain`: the stance shown rests on a row marked uncertain (a lighter ring). */
export type Flag = 'dim' | 'changed' | 'selected' | 'hover' | 'uncertain';

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
	/** Shows a box of the map frame (a region view); animated unless told not to, or reduced motion. */
	fitBox(box: Box, animate?: boolean): void;
	/**
	 * The map's box is now `width` CSS px wide: what has a width on screen keeps it. The width
	 * comes from the box's ResizeObserver, measured with the layout the browser does anyway.
	 */
	resize(width: number): void;
	destroy(): void;
}

/**
 * What a renderer last drew, so each update touches only what changed: a date step recolours
 * the few countries whose stance moved, not all of them. Both renderers keep one.
 */
export function drawnState() {
	const painted = new Map<string, CountryPaint>();
	const flags: Record<Flag, Set<string>> = {
		dim: new Set(),
		changed: new Set(),
		selected: new Set(),
		hover: new Set(),
		uncertain: new Set()
	};
	return {
		/** The countries whose paint differs from what was drawn; they count as drawn from now. */
		repaint(states: ReadonlyMap<string, CountryPaint>): [string, CountryPaint][] {
			const changed: [string, CountryPaint][] = [];
			for (const [id, next] of states) {
				const prev = painted.get(id);
				if (prev && prev.cls === next.cls && prev.military === next.military) continue;
				painted.set(id, next);
				changed.push([id, next]);
			}
			return changed;
		},
		/** The countries a flag now turns on and off; the flag counts as drawn from now. */
		reflag(flag: Flag, ids: ReadonlySet<string>): { on: string[]; off: string[] } {
			const current = flags[flag];
			const on = [...ids].filter((id) => !current.has(id));
			const off = [...current].filter((id) => !ids.has(id));
			flags[flag] = new Set(ids);
			return { on, off };
		},
		has: (flag: Flag, id: string) => flags[flag].has(id)
	};
}
