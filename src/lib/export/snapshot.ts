import { mapSvgMarkup, type SvgShapes } from '../map/svgMarkup';
import { MAP_COLORS, PATTERNS } from '../model/palette';
import { MAP_CLASSES, STANCES, type MapClass } from '../model/types';

export interface SnapshotInput {
	shapes: SvgShapes;
	classes: ReadonlyMap<string, MapClass>;
	military: ReadonlySet<string> | null;
	title: string;
	subtitle: string;
	counts: Record<MapClass, number>;
	source: string;
	/** The date as the reader's language writes it. */
	dateText: string;
	/** Legend labels in the reader's language, and the US-forces entry's. */
	labels: Record<MapClass, string>;
	militaryLabel: string;
	/** Countries whose stance rests on an uncertain row: a lighter ring, as on the map. */
	uncertain?: { ids: ReadonlySet<string>; label: string };
	/** A count after a label in the reader's language: " (12)", 「（12）」 in Japanese. */
	aside?: (text: string) => string;
}

/** The map's "uncertain" ring: a stroke here, the picture is drawn once at one size. */
const RING =
	'stroke="#1a1a1a" stroke-opacity="0.45" stroke-width="1.5" vector-effect="non-scaling-stroke"';

export const escapeXml = (text: string) =>
	text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * The current view as a standalone SVG document: map, title, legend and source line, so a
 * downloaded image carries its own context. Text is escaped; nothing from the data is markup.
 */
export function snapshotSvg(input: SnapshotInput): string {
	const { shapes } = input;
	const aside = input.aside ?? ((text: string) => ` (${text})`);
	const width = shapes.width;
	const top = 70;
	const legendTop = top + shapes.height + 16;
	// Markers that the page shows only zoomed in would crowd a picture of the whole world.
	const map = mapSvgMarkup(
		{ ...shapes, markers: shapes.markers.filter((m) => !m.zoomed) },
		{
			cls: (id) => input.classes.get(id) ?? 'unreviewed',
			military: (id) => !!input.military?.has(id)
		},
		'snapshot'
	)
		.replace('<svg ', `<svg x="0" y="${top}" width="${width}" height="${shapes.height}" `)
		.replace(
			/<\/svg>$/,
			`${shapes.paths
				.filter((p) => p.id && input.uncertain?.ids.has(p.id))
				.map((p) => `<path d="${p.d}" fill="none" ${RING}/>`)
				.join('')}</svg>`
		);
	const items = [
		...MAP_CLASSES.filter(
			(s) => (STANCES as readonly string[]).includes(s) || input.counts[s] > 0
		).map((s) => ({
			color: MAP_COLORS[s],
			pattern: PATTERNS[s] ? s : null,
			label: input.labels[s] + aside(String(input.counts[s]))
		})),
		...(input.military
			? [
					{
						color: '#ffffff',
						pattern: 'hatch',
						label: input.militaryLabel + aside(String(input.military.size))
					}
				]
			: []),
		...(input.uncertain
			? [
					{
						color: '#ffffff',
						pattern: null,
						ring: true,
						label: input.uncertain.label + aside(String(input.uncertain.ids.size))
					}
				]
			: [])
	];
	const height = legendTop + Math.ceil(items.length / 3) * 22 + 40;
	const entries = items.map((item, i) => {
		const x = 16 + (i % 3) * 310;
		const y = legendTop + Math.floor(i / 3) * 22;
		const box = `x="${x}" y="${y}" width="14" height="14"`;
		const pattern = item.pattern ? `<rect ${box} fill="url(#snapshot-${item.pattern})"/>` : '';
		const stroke = 'ring' in item ? RING : 'stroke="#888"';
		return `<rect ${box} fill="${item.color}" ${stroke}/>${pattern}<text x="${x + 20}" y="${y + 12}">${escapeXml(item.label)}</text>`;
	});
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="13">`,
		`<rect width="${width}" height="${height}" fill="#ffffff"/>`,
		`<text x="16" y="30" font-size="22" font-weight="700">${escapeXml(input.title)}</text>`,
		`<text x="16" y="54" fill="#444">${escapeXml(input.subtitle)} · ${escapeXml(input.dateText)}</text>`,
		map,
		entries.join(''),
		`<text x="16" y="${height - 14}" fill="#555" font-size="11">${escapeXml(input.source)}</text>`,
		'</svg>'
	].join('');
}
