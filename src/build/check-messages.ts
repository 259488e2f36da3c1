/**
 * Fails when a language lacks a message or has one English does not: Paraglide would quietly
 * fall back to English, and a German reader would meet an English button. `npm run i18n` (and so
 * `npm run check` and `npm run data`) runs it, and vite.config.ts runs it before every build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = 'src/i18n/messages';
const BASE = 'en';

export function missingKeys(files: Record<string, Record<string, string>>): string[] {
	const keys = (locale: string) =>
		new Set(Object.keys(files[locale]).filter((k) => k !== '$schema'));
	const base = keys(BASE);
	const problems: string[] = [];
	for (const locale of Object.keys(files).sort()) {
		const own = keys(locale);
		for (const key of base)
			if (!own.has(key)) problems.push(`${DIR}/${locale}.json: missing "${key}"`);
		for (const key of own)
			if (!base.has(key)) problems.push(`${DIR}/${locale}.json: "${key}" is not in ${BASE}.json`);
		for (const key of own)
			if (!files[locale][key]?.trim()) problems.push(`${DIR}/${locale}.json: "${key}" is empty`);
	}
	return problems;
}

/** The problems of the message files in this project. */
export function checkMessages(): string[] {
	const files = Object.fromEntries(
		readdirSync(DIR)
			.filter((f) => f.endsWith('.json'))
			.map((f) => [f.replace('.json', ''), JSON.parse(readFileSync(join(DIR, f), 'utf8'))])
	);
	return missingKeys(files);
}

function main() {
	const problems = checkMessages();
	if (problems.length) {
		console.error(problems.join('\n'));
		process.exit(1);
	}
}

if (import.meta.url === `file://${process.argv[1]}`) main();
