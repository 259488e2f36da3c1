/**
 * "Report a correction": a link to the newsroom's corrections desk, prefilled with what the desk
 * needs to find the row. The destination is a template set at build time (CORRECTIONS_URL): a
 * mailto: address or an https: issue form, with any of {subject} {body} {id} {country} {date}
 * {version} {url} in it. Every value is percent-encoded, so nothing a row or a URL holds can
 * break out of its place in the link.
 */
export const DEFAULT_CORRECTIONS_URL = 'mailto:?subject={subject}&body={body}';

export interface CorrectionContext {
	/** The event's id, when the report is about one row. */
	id: string | null;
	/** The country's name and code: "Germany (DEU)". */
	country: string;
	/** The event's date as shown, or the map's date. */
	date: string;
	/** The data version the reader saw. */
	version: string;
	url: string;
}

const SAFE_SCHEME = /^(mailto:|https:\/\/)/i;

export const isSafeTemplate = (template: string) => SAFE_SCHEME.test(template.trim());

export function correctionLink(template: string, ctx: CorrectionContext): string {
	if (!isSafeTemplate(template)) return '';
	const subject = `Correction: ${ctx.country}${ctx.id ? ` ${ctx.id}` : ''}`;
	const body = [
		`Row: ${ctx.id ?? '(the country as a whole)'}`,
		`Country: ${ctx.country}`,
		`Date: ${ctx.date}`,
		`Data version: ${ctx.version}`,
		`Page: ${ctx.url}`,
		'',
		'What is wrong, and the source that shows it:',
		''
	].join('\n');
	const values: Record<string, string> = {
		subject,
		body,
		id: ctx.id ?? '',
		country: ctx.country,
		date: ctx.date,
		version: ctx.version,
		url: ctx.url
	};
	return template
		.trim()
		.replace(/\{(\w+)\}/g, (whole, key: string) =>
			key in values ? encodeURIComponent(values[key]) : whole
		);
}
