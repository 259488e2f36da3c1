/**
 * Finding a country by what readers type: its name in their language or in English, its ISO
 * code, or a common alias or former name ("UK", "Holland", "Burma", "Ivory Coast").
 */

/** Aliases and former names, by country, in the site's languages. */
export const ALIASES: Record<string, readonly string[]> = {
	GBR: [
		'UK',
		'U.K.',
		'Britain',
		'Great Britain',
		'England',
		'Großbritannien',
		'Gran Bretagna',
		'Inghilterra',
		'イギリス',
		'英国'
	],
	USA: [
		'US',
		'U.S.',
		'USA',
		'America',
		'United States of America',
		'Vereinigte Staaten',
		'Amerika',
		'Stati Uniti',
		'アメリカ',
		'米国'
	],
	CIV: ['Ivory Coast', "Cote d'Ivoire", 'Elfenbeinküste', "Costa d'Avorio", '象牙海岸'],
	NLD: ['Holland', 'The Netherlands', 'Olanda', 'ホラント'],
	MMR: ['Burma', 'Birma', 'Birmania', 'ビルマ'],
	COD: ['DRC', 'DR Congo', 'Congo-Kinshasa', 'Zaire'],
	COG: ['Congo-Brazzaville', 'Republic of the Congo'],
	CZE: ['Czech Republic', 'Czechia', 'Tschechien', 'Cechia', 'Repubblica Ceca', 'チェコ共和国'],
	TUR: ['Turkey', 'Türkiye', 'Turkiye', 'Türkei', 'Turchia'],
	SWZ: ['Swaziland', 'Eswatini', 'Swasiland'],
	MKD: ['Macedonia', 'FYROM', 'Mazedonien'],
	CPV: ['Cape Verde', 'Kap Verde', 'Capo Verde'],
	TLS: ['East Timor', 'Osttimor', 'Timor Est'],
	KOR: ['South Korea', 'Korea', 'Südkorea', 'Corea del Sud', '韓国'],
	PRK: ['North Korea', 'Nordkorea', 'Corea del Nord', '北朝鮮'],
	RUS: ['Russia', 'Russland', 'Russia'],
	VAT: ['Vatican', 'Holy See', 'Vatikan', 'Vaticano'],
	ARE: ['UAE', 'Emirates', 'VAE', 'Emirati Arabi'],
	LAO: ['Laos'],
	IRN: ['Iran', 'Persia'],
	SYR: ['Syria', 'Syrien', 'Siria'],
	VNM: ['Vietnam', 'Viet Nam'],
	TWN: ['Taiwan', 'Republic of China'],
	BIH: ['Bosnia', 'Bosnien'],
	XKX: ['Kosovo', 'Kosova'],
	MDA: ['Moldova', 'Moldau'],
	LKA: ['Ceylon'],
	BOL: ['Bolivia'],
	VEN: ['Venezuela'],
	TZA: ['Tanzania'],
	FSM: ['Micronesia'],
	STP: ['Sao Tome', 'São Tomé']
};

export interface Searchable {
	id: string;
	/** The name in the reader's language. */
	name: string;
	english: string;
}

/** Case, accents and punctuation never decide a match. */
export const normalise = (s: string) =>
	s
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLocaleLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

/**
 * The countries a query names, best first: an exact name, code or alias; then names that begin
 * with it; then names that contain it. An empty query finds nothing.
 */
export function searchCountries<T extends Searchable>(
	query: string,
	countries: readonly T[],
	limit = 8
): T[] {
	const q = normalise(query);
	if (!q) return [];
	const scored = countries.flatMap((c) => {
		const words = [c.name, c.english, ...(ALIASES[c.id] ?? [])].map(normalise);
		if (words.includes(q) || c.id.toLowerCase() === q) return [{ c, score: 0 }];
		if (words.some((w) => w.startsWith(q))) return [{ c, score: 1 }];
		if (q.length > 2 && words.some((w) => w.includes(q))) return [{ c, score: 2 }];
		return [];
	});
	return scored
		.sort((a, b) => a.score - b.score || a.c.name.localeCompare(b.c.name))
		.slice(0, limit)
		.map((s) => s.c);
}
