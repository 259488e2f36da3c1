/** Formats the benchmark's results as the text report printed to stdout. */
import type { BytesResult } from './bytes';
import { KINDS } from './bytes';
import type { FirstLoadResult } from './first-load';
import type { LighthouseFigures, LighthouseResult, Metric } from './lighthouse';
import type { RecolourResult } from './recolour';
import { kib, median, ms, ratio, round, table } from './stats';

const OUT_HINT = 'bench-results/lighthouse-embed*-<run>.json';

export interface Results {
	environment: Record<string, string | number>;
	recolour: { dates?: RecolourResult; company?: RecolourResult };
	firstLoad?: FirstLoadResult;
	bytes?: BytesResult;
	lighthouse: {
		label: string;
		runs: LighthouseResult[];
		median?: LighthouseFigures;
		errors: string[];
	}[];
	errors: { section: string; error: string }[];
}

function recolourSection(r: Results['recolour']): string {
	const rows: (string | number)[][] = [];
	const add = (name: string, result: RecolourResult | undefined) => {
		if (!result) return;
		const { change, repaint } = result;
		rows.push([
			`plain repaint (${result.page})`,
			ms(repaint.median),
			ms(repaint.mad),
			ms(repaint.toRenderMedian),
			repaint.framesMedian,
			ms(repaint.renderMedian),
			'1×',
			''
		]);
		rows.push([
			`${name} ×${result.changes.length}`,
			ms(change.median),
			ms(change.mad),
			ms(change.toRenderMedian),
			change.framesMedian,
			ms(change.renderMedian),
			ratio(result.ratio),
			ratio(result.renderRatio)
		]);
	};
	add('date step (ArrowRight/PageUp)', r.dates);
	add('company switch', r.company);
	const warnings = [r.dates, r.company].flatMap((x) => x?.warnings ?? []);
	const plan = (name: string, result: RecolourResult | undefined) => {
		if (!result) return [];
		const n = result.changes.map((c) => c.repainted);
		const keys = ['ArrowRight', 'PageUp']
			.map((k) => [k, result.changes.filter((c) => c.label.startsWith(k)).length] as const)
			.filter(([, count]) => count > 0)
			.map(([k, count]) => `${count} ${k}`);
		return [
			`   ${name} on ${result.page}: ${result.changes.length} after a warm-up` +
				(keys.length ? ` (${keys.join(', ')})` : '') +
				`, ${Math.min(...n)}–${Math.max(...n)} countries repainted each (median ${median(n)}).`
		];
	};
	return [
		'1. Recolour cost — / at 1000×560, maplibre (data-renderer="webgl")',
		table(
			['', 'median', 'MAD', 'to 1st render', 'map frames', 'map render', 'ratio', 'render ratio'],
			rows
		),
		...plan('date steps', r.dates),
		...plan('company switches', r.company),
		'   ratio = median latency ÷ median plain-repaint latency (same page, interleaved).',
		'   to 1st render = input to the start of the first map render (app work + frame wait);',
		'   map render = main-thread time inside map renders; render ratio = its ratio to repaint.',
		...warnings.map((w) => `   warning: ${w}`)
	].join('\n');
}

function firstLoadSection(f: FirstLoadResult): string {
	const cell = (value: number, r: number) => `${ms(value)} (${ratio(r)})`;
	const rows = [
		[
			'blank page',
			'n/a',
			cell(f.blank.fcpMedian, f.blank.fcpMedian / f.blank.median),
			'n/a',
			'n/a',
			cell(f.blank.median, 1)
		],
		...f.pages.map((p) => [
			p.path,
			cell(p.median.svgInDom, p.ratio.svgInDom),
			cell(p.median.fcp, p.ratio.fcp),
			cell(p.median.svgVisible, p.ratio.svgVisible),
			cell(p.median.webglReady, p.ratio.webglReady),
			cell(p.median.load, p.ratio.load)
		])
	];
	return [
		`2. Time to first drawn map — cold loads, 1000×560, median of ${f.blank.runs.length} (× blank-page load)`,
		table(['page', 'SVG in DOM', 'FCP', 'SVG map visible', 'WebGL map ready', 'load event'], rows),
		'   SVG in DOM = parsed (not yet painted); SVG map visible = FCP if the SVG was in the DOM by',
		'   then, else the next frame; WebGL map ready = data-ready="true" with data-renderer="webgl".'
	].join('\n');
}

function bytesSection(b: BytesResult): string {
	const rows = KINDS.map((k) => [
		k,
		kib(b.totals.before[k]),
		kib(b.totals.after[k]),
		kib(b.totals.before[k] + b.totals.after[k]),
		kib(b.rawTotals.before[k] + b.rawTotals.after[k])
	]);
	const sum = (t: Record<string, number>) => Object.values(t).reduce((a, v) => a + v, 0);
	rows.push([
		'total',
		kib(sum(b.totals.before)),
		kib(sum(b.totals.after)),
		kib(sum(b.totals.before) + sum(b.totals.after)),
		kib(sum(b.rawTotals.before) + sum(b.rawTotals.after))
	]);
	const files = b.resources.map((r) => [r.path, r.kind, r.phase, kib(r.gzip), kib(r.raw)]);
	return [
		`3. Bytes on first load of ${b.path} (gzip -9, until WebGL ready)`,
		table(['kind', 'before first paint', 'after first paint', 'total gzip', 'total raw'], rows),
		'',
		'   The HTML, by part (each part gzipped alone):',
		table(
			['   part', 'gzip', 'raw'],
			b.html.map((h) => [`   ${h.part}`, kib(h.gzip), kib(h.raw)])
		),
		'',
		'   Every response:',
		table(
			['   path', 'kind', 'phase', 'gzip', 'raw'],
			files.map((f) => [`   ${f[0]}`, ...f.slice(1)])
		)
	].join('\n');
}

function lighthouseSection(targets: Results['lighthouse']): string {
	const ok = targets.filter((t) => t.median);
	const lines = [
		'4. Lighthouse 12.2.3 — /embed/, mobile defaults (simulated slow 4G, 4× CPU); ' +
			'median of each figure over the runs, [min–max]'
	];
	const spread = (values: number[], show: (v: number) => string) => {
		const [low, high] = [show(Math.min(...values)), show(Math.max(...values))];
		return values.length > 1 && low !== high ? ` [${low}–${high}]` : '';
	};
	const score = (c: string) => (t: Results['lighthouse'][number]) => {
		const show = (v: number) => String(Math.round(v * 100));
		const m = t.median!.scores[c];
		const all = t.runs.map((r) => r.scores[c]).filter((v): v is number => v !== null);
		return m === null ? 'n/a' : show(m) + spread(all, show);
	};
	const metric = (name: Metric) => (t: Results['lighthouse'][number]) => {
		const show = (v: number) => (name === 'CLS' ? String(round(v, 3)) : `${round(v / 1000, 1)} s`);
		const m = t.median!.metrics[name];
		const all = t.runs.map((r) => r.metrics[name]).filter((v): v is number => v !== null);
		return m === null ? 'n/a' : show(m) + spread(all, show);
	};
	if (ok.length) {
		const row = (name: string, f: (t: Results['lighthouse'][number]) => string) => [
			name,
			...ok.map(f)
		];
		lines.push(
			table(
				['', ...ok.map((t) => `${t.label} (${t.runs.length} runs)`)],
				[
					row('performance', score('performance')),
					row('accessibility', score('accessibility')),
					row('best-practices', score('best-practices')),
					row('FCP', metric('FCP')),
					row('LCP', metric('LCP')),
					row('TBT', metric('TBT')),
					row('CLS', metric('CLS')),
					row('Speed Index', metric('SI'))
				]
			)
		);
		for (const t of ok) {
			const below = new Map<string, string>();
			for (const r of t.runs) for (const a of r.failing) below.set(a.id, a.title);
			if (below.size)
				lines.push(`   ${t.label}, audits below 90 in some run: ${[...below.values()].join('; ')}`);
			for (const w of new Set(t.runs.flatMap((r) => r.warnings))) {
				lines.push(`   ${t.label}, warning: ${w}`);
			}
		}
		lines.push(`   full reports: ${OUT_HINT}`);
	}
	for (const t of targets) {
		for (const e of t.errors) lines.push(`   ${t.label}: LIGHTHOUSE FAILED: ${e}`);
	}
	return lines.join('\n');
}

export function formatReport(results: Results): string {
	const env = Object.entries(results.environment)
		.map(([k, v]) => `${k}: ${v}`)
		.join(' | ');
	const sections = [
		'Stance Map benchmark',
		env,
		'Software WebGL on a small machine: compare ratios and medians, not absolute milliseconds.'
	];
	if (results.recolour.dates || results.recolour.company) {
		sections.push(recolourSection(results.recolour));
	}
	if (results.firstLoad) sections.push(firstLoadSection(results.firstLoad));
	if (results.bytes) sections.push(bytesSection(results.bytes));
	if (results.lighthouse.length) sections.push(lighthouseSection(results.lighthouse));
	if (results.errors.length) {
		sections.push(
			['FAILED SECTIONS', ...results.errors.map((e) => `   ${e.section}: ${e.error}`)].join('\n')
		);
	}
	return sections.join('\n\n') + '\n';
}
