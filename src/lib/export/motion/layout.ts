/** A box on the frame, in pixels. */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface MotionLayout {
	width: number;
	height: number;
	/** Text sizes scale with the frame's smaller side, so a 1080 px square reads on a phone. */
	unit: number;
	title: { x: number; y: number; size: number };
	subtitle: { x: number; y: number; size: number };
	/** The large date stamp. */
	date: { x: number; y: number; size: number };
	/** The map, fitted and centred in its box, `scale` pixels per unit of the map's frame. */
	map: Box & { scale: number };
	legend: Box & { columns: number; row: number; size: number };
	/** Source line with the data version, then the site's address. */
	source: { x: number; y: number; size: number };
	url: { x: number; y: number; size: number };
}

/** The legend's entries: the six stances, China and the unreviewed places. */
export const LEGEND_ENTRIES = 8;

/**
 * Where each part of a time-lapse frame goes for a frame size: title and date stamp on top, the
 * map in the middle, legend and source below. Wide frames put the legend in four columns.
 */
export function motionLayout(
	width: number,
	height: number,
	mapFrame: { width: number; height: number }
): MotionLayout {
	const unit = Math.min(width, height) / 1080;
	const pad = Math.round(40 * unit);
	const titleSize = Math.round(40 * unit);
	const dateSize = Math.round(76 * unit);
	const columns = width / height > 1.4 ? 4 : 2;
	const row = Math.round(40 * unit);
	const legendHeight = (LEGEND_ENTRIES / columns) * row;
	const footSize = Math.round(22 * unit);
	const foot = 2 * footSize * 1.5;
	const top = pad + titleSize * 1.3 + 30 * unit + dateSize * 1.1;
	const footTop = height - pad - foot;
	const gap = 24 * unit;
	// The map takes what the text leaves; map and legend then sit together, centred between
	// the date stamp and the source lines, so a tall frame has no hole under the map.
	const room = { width: width - 2 * pad, height: footTop - top - 2 * gap - legendHeight };
	const scale = Math.min(room.width / mapFrame.width, room.height / mapFrame.height);
	const mapWidth = mapFrame.width * scale;
	const mapHeight = mapFrame.height * scale;
	const mapY = top + (footTop - top - (mapHeight + gap + legendHeight)) / 2;
	return {
		width,
		height,
		unit,
		title: { x: pad, y: pad + titleSize, size: titleSize },
		subtitle: { x: pad, y: pad + titleSize * 1.3 + 26 * unit, size: Math.round(26 * unit) },
		date: { x: pad, y: top - 0.1 * dateSize, size: dateSize },
		map: {
			x: pad + (room.width - mapWidth) / 2,
			y: mapY,
			width: mapWidth,
			height: mapHeight,
			scale
		},
		legend: {
			x: pad,
			y: mapY + mapHeight + gap,
			width: width - 2 * pad,
			height: legendHeight,
			columns,
			row,
			size: Math.round(24 * unit)
		},
		source: { x: pad, y: height - pad - footSize * 1.5, size: footSize },
		url: { x: pad, y: height - pad, size: footSize }
	};
}
