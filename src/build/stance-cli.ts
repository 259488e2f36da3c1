/**
 * `npm run -s stance -- <ISO3> <YYYY-MM-DD> [--company huawei|zte|any]`: one country's stance at a
 * date as one JSON object, read from the built static/data/stances.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isIsoDate } from '../lib/model/dates';
import { militaryAt } from '../lib/model/militaryAt';
import { stanceAt } from '../lib/model/stanceAt';
import { decodeDataset } from '../lib/model/eventCodec';
import type { CompanyChoice, Dataset } from '../lib/model/types';

const USAGE = 'usage: npm run -s stance -- <ISO3> <YYYY-MM-DD> [--company huawei|zte|any]';
const CHOICES: CompanyChoice[] = ['huawei', 'zte', 'any'];

export function answer(dataset: Dataset, args: string[]): { ok: boolean; text: string } {
	const positional: string[] = [];
	let company: CompanyChoice = 'huawei';
	for (let i = 0; i < args.length; i++) {
		if (args[i] === '--company') {
			const value = args[++i] as CompanyChoice;
			if (!CHOICES.includes(value))
				return { ok: false, text: `--company must be huawei, zte or any\n${USAGE}` };
			company = value;
		} else positional.push(args[i]);
	}
	const [code, date] = positional;
	if (positional.length !== 2) return { ok: false, text: USAGE };
	const country = dataset.countries.find((c) => c.id === code.toUpperCase());
	if (!country)
		return { ok: false, text: `unknown country code: ${code} (use ISO 3166-1 alpha-3, e.g. GBR)` };
	if (!isIsoDate(date)) return { ok: false, text: `not a date: ${date} (use YYYY-MM-DD)` };
	const presence = militaryAt(country, date);
	const events = country.events.filter(
		(e) => e.date <= date && (company === 'any' || e.company === company || e.company === 'both')
	);
	const result = {
		country: country.id,
		name: country.name,
		date,
		company,
		// The vendors' home (China) has no stance; `home` says so rather than a misleading `none`.
		...(country.home ? { home: true, stance: null } : { stance: stanceAt(country, date, company) }),
		reviewed: country.reviewed,
		usMilitary: presence !== undefined,
		usMilitaryLevel: presence?.level ?? null,
		events
	};
	return { ok: true, text: JSON.stringify(result, null, 2) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const wire = JSON.parse(readFileSync(join(process.cwd(), 'static/data/stances.json'), 'utf8'));
	const dataset = decodeDataset(wire);
	const { ok, text } = answer(dataset, process.argv.slice(2));
	(ok ? console.log : console.error)(text);
	process.exit(ok ? 0 : 2);
}
