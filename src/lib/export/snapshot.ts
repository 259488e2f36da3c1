import type { FirstPaint } from '$lib/app/load';
import { formatDate } from '$lib/model/dates';
import { PATTERNED, STANCE_COLORS, STANCE_LABELS } from '$lib/model/palette';
import { STANCES, type Stance } from '$lib/model/types';

export interface SnapshotInput {
	shapes: FirstPaint;
	stances: ReadonlyMap<string, Stance>;
	military: ReadonlySet<string> | null;
	title: string;
	subtitle: string;
	counts: Record<Stance, number>;
	source: string;
	date: string;
}

const escape = (text: string) =>
	text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * The current view as a standalone SVG document: map, title, legend and source line, so a
 * downloaded image carries its own context. Text is escaped; nothing from the data is markup.
 */
export function snapshotSvg(input: SnapshotInput): string {
	const { shapes } = input;
	const width = shapes.width;
	const top = 70;
	const legendTop = top + shapes.height + 16;
	const legendRows = Math.ceil((STANCES.length + (input.military ? 1 : 0)) / 3);
	const height = legendTop + legendRows * 22 + 40;
	const fill = (id: string | null) => STANCE_COLORS[(id && input.stances.get(id)) || 'none'];
	const paths = shapes.paths
		.map((p) => `<path d="${p.d}" fill="${fill(p.id)}" stroke="#fff" stroke-width="0.4"/>`)
		.join('');
	const overlays = shapes.paths
		.flatMap((p) => {
			const out: string[] = [];
			if (p.id && PATTERNED.has(input.stances.get(p.id) ?? 'none')) out.push(`<path d="${p.d}" fill="url(#dots)"/>`);
			if (p.id && input.military?.has(p.id)) out.push(`<path d="${p.d}" fill="url(#hatch)"/>`);
			return out;
		})
		.join('');
	const markers = shapes.markers
		.map((m) => `<circle cx="${m.x}" cy="${m.y}" r="3.5" fill="${fill(m.id)}" stroke="#222" stroke-width="0.5"/>`)
		.join('');
	const entries: string[] = STANCES.map((s, i) => {
		const x = 16 + (i % 3) * 310;
		const y = legendTop + Math.floor(i / 3) * 22;
		const dots = PATTERNED.has(s) ? `<rect x="${x}" y="${y}" width="14" height="14" fill="url(#dots)"/>` : '';
		return `<rect x="${x}" y="${y}" width="14" height="14" fill="${STANCE_COLORS[s]}" stroke="#888"/>${dots}<text x="${x + 20}" y="${y + 12}">${escape(STANCE_LABELS[s])} (${input.counts[s]})</text>`;
	});
	if (input.military) {
		const i = STANCES.length;
		const x = 16 + (i % 3) * 310;
		const y = legendTop + Math.floor(i / 3) * 22;
		entries.push(`<rect x="${x}" y="${y}" width="14" height="14" fill="url(#hatch)" stroke="#888"/><text x="${x + 20}" y="${y + 12}">US forces stationed (${input.military.size})</text>`);
	}
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="13">`,
		'<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="#111" stroke-opacity="0.75" stroke-width="1.4"/></pattern>',
		'<pattern id="dots" width="6" height="6" patternUnits="userSpaceOnUse"><circle cx="3" cy="3" r="1.1" fill="#fff"/></pattern></defs>',
		`<rect width="${width}" height="${height}" fill="#ffffff"/>`,
		`<text x="16" y="30" font-size="22" font-weight="700">${escape(input.title)}</text>`,
		`<text x="16" y="54" fill="#444">${escape(input.subtitle)} · ${escape(formatDate(input.date))}</text>`,
		`<g transform="translate(0 ${top})"><rect width="${width}" height="${shapes.height}" fill="#dfe9f0"/>${paths}${overlays}${markers}</g>`,
		entries.join(''),
		`<text x="16" y="${height - 14}" fill="#555" font-size="11">${escape(input.source)}</text>`,
		'</svg>'
	].join('');
}
