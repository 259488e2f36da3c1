import type { SvgShapes } from '../../map/svgMarkup';
import { LIGHT } from '../../map/style';
import { MAP_COLORS, PATTERNS } from '../../model/palette';
import { MAP_CLASSES, type MapClass } from '../../model/types';
import { motionLayout, type MotionLayout } from './layout';

/** The words burned into every frame, in the reader's language. */
export interface MotionText {
	title: string;
	subtitle: string;
	labels: Record<MapClass, string>;
	/** The source line, with the data's version. */
	source: string;
	/** The site's address. */
	url: string;
}

/** One frame's map: each country's class, and whether US forces are shown on it. */
export interface MotionState {
	dateText: string;
	cls(id: string): MapClass;
	military(id: string): boolean;
}

const FONT = 'system-ui, sans-serif';
const INK = '#1a1a1a';

/**
 * A tile of one of the map's patterns (dots, stripes, US-forces hatch) as the SVG draws them,
 * 6 map units wide, for `createPattern`, scaled to the map's pixels.
 */
function patternTile(kind: 'dots' | 'stripes' | 'hatch', ink: string, scale: number) {
	const size = Math.max(2, Math.round(6 * scale));
	const tall = kind === 'stripes' ? Math.max(1, Math.round(3 * scale)) : size;
	const tile = new OffscreenCanvas(size, tall);
	const g = tile.getContext('2d')!;
	if (kind === 'dots') {
		g.fillStyle = ink;
		g.beginPath();
		g.arc(size / 2, size / 2, 1.1 * scale, 0, Math.PI * 2);
		g.fill();
	} else if (kind === 'stripes') {
		g.fillStyle = ink;
		g.fillRect(0, (1 - 0.6) * scale, size, 1.2 * scale);
	} else {
		g.strokeStyle = ink;
		g.globalAlpha = 0.75;
		g.lineWidth = 1.4 * scale;
		// A diagonal that meets itself across tiles: rotate(45) in the SVG's pattern.
		for (const o of [-size, 0, size]) {
			g.beginPath();
			g.moveTo(o, size);
			g.lineTo(o + size, 0);
			g.stroke();
		}
	}
	return tile;
}

/**
 * Draws time-lapse frames on a canvas from the SVG renderer's data: the country paths (as
 * Path2D, parsed once), their colours and patterns, the borders, the markers of small states,
 * and the title, date stamp, legend, source and address around them.
 */
export function motionScene(
	ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
	shapes: SvgShapes,
	text: MotionText
) {
	const { width, height } = ctx.canvas;
	const layout: MotionLayout = motionLayout(width, height, shapes);
	const { map } = layout;
	const countries = shapes.paths.map(({ id, d }) => ({ id, path: new Path2D(d) }));
	const borders = new Path2D(shapes.borders);
	const markers = shapes.markers.filter((m) => !m.zoomed);
	const fills = new Map<string, CanvasPattern>();
	for (const [cls, p] of Object.entries(PATTERNS))
		fills.set(cls, ctx.createPattern(patternTile(p.kind, p.ink, map.scale), 'repeat')!);
	fills.set('hatch', ctx.createPattern(patternTile('hatch', '#111111', map.scale), 'repeat')!);
	const inMap = (draw: () => void) => {
		ctx.save();
		ctx.translate(map.x, map.y);
		ctx.scale(map.scale, map.scale);
		draw();
		ctx.restore();
	};
	const overlay = (name: string, path: Path2D) => {
		const fill = fills.get(name);
		if (!fill) return;
		// The tile is drawn in pixels: undo the map's scale, so dots stay round and sharp.
		fill.setTransform(new DOMMatrix().scale(1 / map.scale));
		ctx.fillStyle = fill;
		ctx.fill(path);
	};
	const write = (
		words: string,
		at: { x: number; y: number; size: number },
		weight = 400,
		color = INK,
		room = width - at.x - layout.title.x
	) => {
		ctx.font = `${weight} ${at.size}px ${FONT}`;
		ctx.fillStyle = color;
		// Squeezed, never cut, when a language's words run longer than the frame.
		ctx.fillText(words, at.x, at.y, room);
	};

	function legend() {
		const { legend: l } = layout;
		const colWidth = l.width / l.columns;
		MAP_CLASSES.forEach((cls, i) => {
			const x = l.x + (i % l.columns) * colWidth;
			const y = l.y + Math.floor(i / l.columns) * l.row;
			const box = l.size;
			ctx.fillStyle = MAP_COLORS[cls];
			ctx.fillRect(x, y, box, box);
			const pattern = fills.get(cls);
			if (pattern) {
				pattern.setTransform(new DOMMatrix());
				ctx.fillStyle = pattern;
				ctx.fillRect(x, y, box, box);
			}
			ctx.strokeStyle = '#888888';
			ctx.lineWidth = Math.max(1, layout.unit);
			ctx.strokeRect(x, y, box, box);
			const at = { x: x + box * 1.5, y: y + box * 0.85, size: l.size };
			write(text.labels[cls], at, 400, INK, colWidth - box * 2);
		});
	}

	return {
		layout,
		draw(state: MotionState) {
			ctx.fillStyle = '#ffffff';
			ctx.fillRect(0, 0, width, height);
			write(text.title, layout.title, 700);
			write(text.subtitle, layout.subtitle, 400, '#444444');
			write(state.dateText, layout.date, 700);
			ctx.fillStyle = LIGHT.water;
			ctx.fillRect(map.x, map.y, map.width, map.height);
			inMap(() => {
				for (const { id, path } of countries) {
					ctx.fillStyle = MAP_COLORS[id ? state.cls(id) : 'unreviewed'];
					ctx.fill(path);
				}
				ctx.fillStyle = LIGHT.border;
				ctx.fill(borders);
				for (const { id, path } of countries) {
					if (!id) continue;
					overlay(state.cls(id), path);
					if (state.military(id)) overlay('hatch', path);
				}
				for (const m of markers) {
					ctx.beginPath();
					ctx.arc(m.x, m.y, 3.5, 0, Math.PI * 2);
					ctx.fillStyle = MAP_COLORS[state.cls(m.id)];
					ctx.fill();
					ctx.lineWidth = 0.8;
					ctx.strokeStyle = '#ffffff';
					ctx.stroke();
				}
			});
			legend();
			write(text.source, layout.source, 400, '#555555');
			write(text.url, layout.url, 600, '#555555');
		}
	};
}
