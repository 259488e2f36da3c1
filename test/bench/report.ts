/**
 * The text report: one summary table of issue 21's figures (issue 8's, raised), each beside its
 * "before" figure and its target, then the details behind each figure. "Before" is the build of
 * f15a8b4 (7 December 2026, before the page waited for its first use), measured by this bench;
 * run the bench on both builds in one sitting (BENCH_BUILD) to compare.
 */
import { KINDS, PHASES, ZOOM_ENGINE, type BytesResult, type Kind, type Phase } from './bytes';
import type { StepsResult } from './date-steps';
import type { ScalingResult } from './event-scaling';
import type { FirstHoverResult } from './first-hover';
import type { FirstLoadResult } from './first-load';
import type { LighthouseResult } from './lighthouse';
import type { PlayResult } from './play';
import { kib, middleHalf, ms, ratio, round, table } from './stats';

export interface Results {
	environment: Record<string, string | number>;
	lighthouse: { name: string; path: string; result: LighthouseResult }[];
	bytes?: BytesResult;
	firstLoad?: FirstLoadResult;
	steps: { svg?: StepsResult; webgl?: StepsResult };
	play?: PlayResult;
	scaling?: ScalingResult;
	firstHover?: FirstHoverResult;
	errors: { section: string; error: string }[];
}

interface Row {
	figure: string;
	value: string;
	before: string;
	target: string;
	/** null: no target, or no figure. */
	met: boolean | null;
}

const seconds = (v: number) => `${round(v / 1000, 2)} s`;
const MISSING = 'n/a';

/** A row whose figure may be missing (its section failed). */
function row(
	figure: string,
	value: number | null | undefined,
	show: (v: number) => string,
	before: string,
	target: string,
	meets?: (v: number) => boolean
): Row {
	const present = value !== null && value !== undefined && Number.isFinite(value);
	return {
		figure,
		value: present ? show(value) : MISSING,
		before,
		target,
		met: present && meets ? meets(value) : null
	};
}

const phaseTotal = (b: BytesResult, phase: Phase, kinds: readonly Kind[] = KINDS) =>
	kinds.reduce((n, k) => n + b.totals[phase][k], 0);

/** A Lighthouse score is met at 100 for the median with no run below 98. */
const lighthouseMet = (result: LighthouseResult) =>
	result.median.performance === 100 && result.runs.every((run) => (run.performance ?? 0) >= 98);

function lighthouseRows(r: Results): Row[] {
	const before: Record<string, { score: string; tbt: string }> = {
		embed: { score: '71', tbt: '1045 ms' },
		page: { score: '72', tbt: '790 ms' },
		'embed-view': { score: '59', tbt: '713 ms' }
	};
	return r.lighthouse.flatMap(({ name, path, result }) => {
		const targeted = name !== 'embed-view';
		const lh = result.median;
		return [
			{
				...row(
					`1. Lighthouse /${path} (median of ${result.runs.length})`,
					lh.performance,
					(v) => `${v} (${result.runs.map((x) => x.performance).join(', ')})`,
					before[name]?.score ?? '',
					targeted ? '100, none < 98' : ''
				),
				met: targeted && lh.performance !== null ? lighthouseMet(result) : null
			},
			row(
				'   TBT',
				lh.metrics.TBT,
				(v) => `${Math.round(v)} ms`,
				before[name]?.tbt ?? '',
				targeted ? '≤ 50 ms' : '',
				targeted ? (v) => v <= 50 : undefined
			),
			row(
				'   CLS',
				lh.metrics.CLS,
				(v) => String(round(v, 3)),
				'',
				'0',
				(v) => v === 0
			),
			row('   LCP', lh.metrics.LCP, seconds, '', ''),
			row('   FCP', lh.metrics.FCP, seconds, '', '')
		];
	});
}

function summaryRows(r: Results): Row[] {
	const b = r.bytes;
	const longest = r.play?.longest[0];
	const scale = (times: number) => r.scaling?.rows.find((x) => x.times === times)?.growth;
	return [
		...lighthouseRows(r),
		row(
			'2. First load of /embed/, before any use, gzip',
			b && phaseTotal(b, 'first load'),
			kib,
			'123 KiB',
			''
		),
		row(
			'   until it answers hover, click and slider',
			b && phaseTotal(b, 'first load') + phaseTotal(b, 'first use'),
			kib,
			'123 KiB',
			'≤ 80 KiB',
			(v) => v <= 80 * 1024
		),
		{
			figure: '   maplibre/worker/countries.json without zoom',
			value: b
				? b.zoomEngineBeforeZoom.length
					? b.zoomEngineBeforeZoom.join(', ')
					: 'none'
				: MISSING,
			before: 'none',
			target: 'none',
			met: b ? b.zoomEngineBeforeZoom.length === 0 : null
		},
		row(
			'   details (one country), on first interaction',
			b?.totals['first interaction'].data,
			kib,
			'',
			''
		),
		row('   zoom-in adds (maplibre, worker, geometry)', b && phaseTotal(b, 'zoom'), kib, '', ''),
		row('3. FCP ÷ blank page FCP', r.firstLoad?.fcpRatio, ratio, '3.15×', '≤ 2×', (v) => v <= 2),
		row('   SVG map painted', r.firstLoad?.median.svgPainted, ms, '', ''),
		row(
			'4. SVG date step ÷ plain repaint',
			r.steps.svg?.ratio,
			ratio,
			'1.09×',
			'≤ 1.15×',
			(v) => v <= 1.15
		),
		row(
			'   maplibre date step ÷ plain repaint',
			r.steps.webgl?.ratio,
			ratio,
			'1.25×',
			'≤ 1.5×',
			(v) => v <= 1.5
		),
		row(
			'5. Longest task during play (wall)',
			longest?.ms,
			(v) => `${ms(v)} (CPU ${ms(longest!.cpuMs)})`,
			'',
			'≤ 50 ms',
			(v) => v <= 50
		),
		row('6. First load at 3× events', scale(3), (v) => `+${round(v, 1)} %`, '', ''),
		row(
			'   First load at 10× events',
			scale(10),
			(v) => `+${round(v, 1)} %`,
			'',
			'≤ +10 %',
			(v) => v <= 10
		),
		row(
			'   until it answers, at 10× events',
			r.scaling?.rows.find((x) => x.times === 10)?.untilAnswersGrowth,
			(v) => `+${round(v, 1)} %`,
			'',
			''
		),
		row('7. First hover answered (cold, waits for use)', r.firstHover?.median.first, ms, '', ''),
		row('   a later hover (running)', r.firstHover?.median.later, ms, '', '')
	];
}

function summary(r: Results): string {
	const rows = summaryRows(r).map((x) => [
		x.figure,
		x.value,
		x.before,
		x.target,
		x.met === null ? '' : x.met ? 'yes' : 'NO'
	]);
	return table(['figure', 'this run', 'before', 'target', 'met'], rows);
}

function lighthouseDetails(path: string, lh: LighthouseResult): string[] {
	const s = (v: number | null) => (v === null ? MISSING : seconds(v));
	const lines = lh.runs.map(
		({ performance, metrics: m }, i) =>
			`   run ${i + 1}: ${performance}, TBT ${ms(m.TBT)}, LCP ${s(m.LCP)}, FCP ${s(m.FCP)}, CLS ${m.CLS}`
	);
	const failing = new Map<string, string[]>();
	for (const { title, display } of lh.runs.flatMap((run) => run.failing)) {
		failing.set(title, [...(failing.get(title) ?? []), ...(display ? [display] : [])]);
	}
	if (failing.size) lines.push('   audits below 90 in some run:');
	for (const [title, values] of failing) {
		lines.push(`     ${title}${values.length ? ` (${[...new Set(values)].join(', ')})` : ''}`);
	}
	for (const w of new Set(lh.runs.flatMap((run) => run.warnings))) lines.push(`   warning: ${w}`);
	for (const e of lh.errors) lines.push(`   FAILED: ${e}`);
	return [`1. Lighthouse 12.2.3, /${path}, mobile defaults, gzip`, ...lines];
}

function bytesDetails(b: BytesResult): string[] {
	const rows = KINDS.map((k) => [k, ...PHASES.map((p) => kib(b.totals[p][k]))]);
	rows.push(['total', ...PHASES.map((p) => kib(phaseTotal(b, p)))]);
	rows.push(['of which zoom engine', ...PHASES.map((p) => kib(phaseTotal(b, p, ZOOM_ENGINE)))]);
	return [
		'2. Bytes of /embed/ (gzip -9 of each body), by phase of a visit',
		table(['kind', ...PHASES], rows),
		'   first load = until idle with no interaction; first use = the pointer moves in, until the',
		'   map answers; first interaction = hover, open a country, step the slider; zoom = the',
		'   zoom-in button until maplibre has drawn.',
		'   The first HTML, by part (each gzipped alone):',
		table(
			['   part', 'gzip', 'raw'],
			b.html.map((h) => [`   ${h.part}`, kib(h.gzip), kib(h.raw)])
		),
		'   Every response:',
		table(
			['   path', 'phase', 'kind', 'gzip'],
			b.resources.map((x) => [`   ${x.path}`, x.phase, x.kind, kib(x.gzip)])
		)
	];
}

function firstLoadDetails(f: FirstLoadResult): string[] {
	return [
		`3. Cold loads, median of ${f.fcp.length}: blank page FCP ${ms(f.median.blankFcp)} ` +
			`(load ${ms(f.median.blankLoad)}), /embed/ FCP ${ms(f.median.fcp)}, ` +
			`SVG map painted ${ms(f.median.svgPainted)}`,
		`   FCP ÷ blank page load (the previous bench's unit, of "before" 8.8×): ` +
			ratio(f.fcpToBlankLoad),
		`   middle half of the loads: blank page FCP ${middleHalf(f.blankFcp, ms)}, ` +
			`/embed/ FCP ${middleHalf(f.fcp, ms)}; the ratio moves between runs of the bench ` +
			'(2.0×–3.2× on this machine, 30 November 2026), so compare builds in one run.'
	];
}

function stepsDetails(s: Results['steps']): string[] {
	const results = [s.svg, s.webgl].filter((x): x is StepsResult => !!x);
	return [
		'4. Date steps, keydown to presented frame (Event Timing, 8 ms resolution)',
		table(
			['   page', 'steps', 'step', 'repaint', 'ratio', 'step JS'],
			results.map((x) => [
				`   ${x.page}`,
				x.steps.length,
				ms(x.median.step),
				ms(x.median.repaint),
				ratio(x.ratio),
				ms(x.median.stepJs)
			])
		),
		'   medians; step JS = the keydown handlers, Svelte updates included. Middle half of each:',
		...results.map(
			(x) =>
				`   ${x.renderer} steps: step ${middleHalf(x.steps, ms)}, repaint ${middleHalf(x.repaints, ms)}`
		),
		...results.flatMap((x) => x.warnings.map((w) => `   warning (${x.renderer}): ${w}`))
	];
}

function playDetails(p: PlayResult): string[] {
	return [
		`5. Play, ${p.recordedMs / 1000} s (${p.dates[0]} → ${p.dates[1]}): ${p.tasks} main-thread ` +
			`tasks, ${p.over50.wall} over 50 ms wall, ${p.over50.cpu} over 50 ms CPU; ` +
			`longest CPU ${ms(p.longestCpuMs)}. Longest by wall:`,
		...p.longest.map(
			(t) =>
				`   ${ms(t.ms)} (CPU ${ms(t.cpuMs)}) at ${seconds(t.at)}: ` +
				(t.parts.map((x) => `${x.name} ${ms(x.ms)}`).join(', ') || 'no page work')
		)
	];
}

function scalingDetails(s: ScalingResult): string[] {
	return [
		'6. Bytes as events grow (synthetic, jittered copies of data/events.csv)',
		table(
			['   events', 'stances.json gzip', 'first load gzip', 'growth', 'until it answers', 'growth'],
			s.rows.map((x) => [
				`   ${x.times}× (${x.events})`,
				kib(x.stancesGzip),
				kib(x.firstLoadGzip),
				`+${round(x.growth, 1)} %`,
				kib(x.untilAnswersGzip),
				`+${round(x.untilAnswersGrowth, 1)} %`
			])
		),
		...(s.faithful
			? []
			: ['   warning: the 1× dataset differs from the built one (build/ older than data/?)']),
		...s.rows.flatMap((x) => x.errors.map((e) => `   ${x.times}× page error: ${e}`))
	];
}

function firstHoverDetails(h: FirstHoverResult): string[] {
	return [
		`7. Hover to tooltip on /embed/, median of ${h.first.length} cold loads: first hover ` +
			`${ms(h.median.first)} (the page's code fetched and started), a later one ${ms(h.median.later)}`,
		`   middle half: first ${middleHalf(h.first, ms)}, later ${middleHalf(h.later, ms)}`
	];
}

export function formatReport(r: Results): string {
	const sections = [
		[
			'Stance Map benchmark (issues 8 and 21): /embed/ and the page, served with gzip',
			Object.entries(r.environment)
				.map(([k, v]) => `${k}: ${v}`)
				.join(' | '),
			'Software WebGL on a small machine: read ratios and medians, not absolute milliseconds.'
		],
		[summary(r)],
		...r.lighthouse.map(({ path, result }) => lighthouseDetails(path, result)),
		r.bytes ? bytesDetails(r.bytes) : [],
		r.firstLoad ? firstLoadDetails(r.firstLoad) : [],
		r.steps.svg || r.steps.webgl ? stepsDetails(r.steps) : [],
		r.play ? playDetails(r.play) : [],
		r.scaling ? scalingDetails(r.scaling) : [],
		r.firstHover ? firstHoverDetails(r.firstHover) : [],
		r.errors.length
			? ['FAILED SECTIONS', ...r.errors.map((e) => `   ${e.section}: ${e.error}`)]
			: []
	];
	return (
		sections
			.filter((s) => s.length)
			.map((s) => s.join('\n'))
			.join('\n\n') + '\n'
	);
}
