// Deterministic generator of realistic news corpora for the benchmark.
//
// From the seed articles (seeds/*.txt) it takes headlines, furniture, body
// sentences and quotations, turns their names and numbers into slots, and
// recombines them with its own sentence templates into articles of about
// 2.2 KB on average: figures of every shape (digits, "1.6 million", spelled
// out, percentages, money, ranges, fractions, measures, years and dates that
// are not figures), a cast of people with titles, organisations and places per
// article (most in the generated registry, some not, some spelled as variants),
// quotations with speakers, sourced and unsourced sentences, headlines and
// page furniture, a few CRLF files and non-ASCII text.
//
// Same generator version + seed + count = byte-identical corpus. A stamp file
// written last lets a later run reuse a complete corpus instead of rewriting it.
//
// Layout of bench/corpora/<count>/:
//   corpus-review.yaml      articles: articles/**/*.txt, registry: actors.yaml
//   actors.yaml             the registry: actors: [{id, name, kind, aliases, roles, description}]
//   articles/NNN/*.txt      1,000 articles per folder
//   .stamp.json             {version, seed, count, articles, bytes} once complete

import * as fs from 'node:fs';
import * as path from 'node:path';

export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 20240624;

export interface GenerateOptions {
  /** bench/corpora: the corpus goes into <root>/<count>. */
  root: string;
  count: number;
  seedsDir: string;
  seed?: number;
  log?: (message: string) => void;
}

export interface GeneratedCorpus {
  dir: string;
  count: number;
  /** Total bytes of article text. */
  bytes: number;
  /** True when an existing corpus with the same stamp was kept. */
  reused: boolean;
  /** Milliseconds spent generating (0 when reused). */
  ms: number;
}

// ---------------------------------------------------------------- randomness

function hash32(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    h = Math.imul(h ^ (p & 0xffff), 0x01000193);
    h = Math.imul(h ^ (p >>> 16), 0x01000193);
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

/** mulberry32: small, fast, good enough for text. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  /** Normal(0, 1) by Box-Muller. */
  normal(): number {
    const u = Math.max(this.next(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }
  hex(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += Math.floor(this.next() * 16).toString(16);
    return s;
  }
}

// ---------------------------------------------------------------- the world

type Kind = 'person' | 'organization' | 'place';

interface Actor {
  id: string;
  name: string;
  kind: Kind;
  aliases: string[];
  roles: string[];
  description: string;
  registered: boolean;
  /** People: the surname used on later mentions ("Kim said"). */
  short: string;
  /** Spellings the registry does not list: name-variant material. */
  variants: string[];
  pronoun: 'he' | 'she' | 'it';
}

const KOREAN_SURNAMES = ['Kim', 'Ri', 'Pak', 'Choe', 'Jang', 'Kang', 'Han', 'Jo', 'Kwon', 'Ryu', 'Yun', 'Song', 'O', 'Hyon', 'Jon'];
const KOREAN_SYLLABLES = ['Jong', 'Yo', 'Un', 'Chol', 'Song', 'Il', 'Nam', 'Gwon', 'Hyok', 'Su', 'Yong', 'Chon', 'Gun', 'Ho', 'Min', 'Sun', 'Hui', 'Ok', 'Myong', 'Thae'];
const FIRST_NAMES: Record<string, string[]> = {
  ru: ['Sergei', 'Dmitry', 'Maria', 'Anatoly', 'Yelena', 'Nikolai', 'Valentina', 'Andrei', 'Oksana', 'Viktor', 'Irina', 'Mikhail'],
  ua: ['Oleksandr', 'Olena', 'Andriy', 'Iryna', 'Volodymyr', 'Yuliia', 'Mykola', 'Kateryna', 'Dmytro', 'Halyna'],
  en: ['John', 'Linda', 'Antony', 'Karine', 'Matthew', 'Rebecca', 'Lloyd', 'Samantha', 'Robert', 'Hannah', 'Jake', 'Grace'],
  de: ['Olaf', 'Annalena', 'Boris', 'Christine', 'Markus', 'Ursula', 'Jens', 'Katrin'],
  cn: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Zhao'],
  ar: ['Ahmed', 'Fatima', 'Omar', 'Layla', 'Khalid', 'Nour', 'Hassan', 'Rania'],
  es: ['Carlos', 'Lucia', 'Javier', 'Elena', 'Miguel', 'Sofia'],
  jp: ['Fumio', 'Yoko', 'Hiroshi', 'Keiko', 'Taro', 'Naoko'],
};
const SURNAMES: Record<string, string[]> = {
  ru: ['Lavrov', 'Peskov', 'Zakharova', 'Shoigu', 'Nebenzya', 'Medvedev', 'Belousov', 'Gerasimov', 'Ryabkov', 'Volkov', 'Sokolova', 'Orlov'],
  ua: ['Kuleba', 'Shevchenko', 'Bondarenko', 'Melnyk', 'Kovalenko', 'Tkachenko', 'Zaluzhnyi', 'Podolyak', 'Yermak', 'Sybiha'],
  en: ['Kirby', 'Miller', 'Austin', 'Blinken', 'Sullivan', 'Thomas', 'Harris', 'Powell', 'Carter', 'Hughes', 'Bennett', 'Walsh'],
  de: ['Scholz', 'Baerbock', 'Pistorius', 'Lambrecht', 'Wagner', 'Hoffmann', 'Schulz', 'Becker'],
  cn: ['Wei', 'Yi', 'Ning', 'Jian', 'Mao', 'Guo'],
  ar: ['Haddad', 'Mansour', 'Khalil', 'Nasser', 'Saleh', 'Darwish', 'Aziz', 'Hamdan'],
  es: ['Garcia', 'Fernandez', 'Lopez', 'Martinez', 'Ruiz', 'Morales'],
  jp: ['Kishida', 'Hayashi', 'Kamikawa', 'Matsuno', 'Suzuki', 'Tanaka'],
};
const CULTURE_PLACE: Record<string, string> = { ru: 'Russia', ua: 'Ukraine', en: 'United States', de: 'Germany', cn: 'China', ar: 'Syria', es: 'Spain', jp: 'Japan', kp: 'North Korea' };

const ROLE_TEMPLATES = [
  'foreign minister of {place}',
  'spokesperson for the {org}',
  'defence minister of {place}',
  'vice chairman of the {org}',
  'director-general of the {org}',
  'national security spokesman',
  'senior analyst at the {org}',
  'ambassador of {place} to the United Nations',
  'deputy prime minister of {place}',
  'head of the {org}',
  'chief of staff of the {org}',
  'member of parliament for {place}',
  'military analyst',
  'press secretary of the {org}',
];

const PLACES: [string, string[]][] = [
  ['North Korea', ['Pyongyang', 'DPRK', 'N. Korea']],
  ['South Korea', ['Seoul', 'ROK']],
  ['United States', ['US', 'U.S.', 'Washington']],
  ['Russia', ['Moscow', 'Russian Federation']],
  ['Ukraine', ['Kyiv']],
  ['China', ['Beijing']],
  ['Japan', ['Tokyo']],
  ['Germany', ['Berlin']],
  ['United Kingdom', ['UK', 'Britain', 'London']],
  ['France', ['Paris']],
  ['Syria', ['Damascus']],
  ['Iran', ['Tehran']],
  ['Belarus', ['Minsk']],
  ['Poland', ['Warsaw']],
  ['Spain', ['Madrid']],
  ['Turkey', ['Ankara', 'Türkiye']],
  ['Israel', []],
  ['Egypt', ['Cairo']],
  ['India', ['New Delhi']],
  ['Brazil', ['Brasilia']],
  ['Vladivostok', []],
  ['Kharkiv', []],
  ['Donetsk', []],
  ['Lugansk', ['Luhansk']],
  ['Crimea', []],
  ['Kaliningrad', []],
  ['Odesa', ['Odessa']],
  ['Zaporizhzhia', []],
  ['Mariupol', []],
  ['Bakhmut', []],
  ['Taiwan', ['Taipei']],
  ['Vietnam', ['Hanoi']],
  ['Mongolia', ['Ulaanbaatar']],
  ['Kazakhstan', ['Astana']],
  ['Georgia', ['Tbilisi']],
  ['Moldova', ['Chisinau']],
  ['Finland', ['Helsinki']],
  ['Sweden', ['Stockholm']],
  ['Norway', ['Oslo']],
  ['Estonia', ['Tallinn']],
  ['Latvia', ['Riga']],
  ['Lithuania', ['Vilnius']],
  ['Hungary', ['Budapest']],
  ['Romania', ['Bucharest']],
  ['Italy', ['Rome']],
  ['Canada', ['Ottawa']],
  ['Australia', ['Canberra']],
  ['Pakistan', ['Islamabad']],
  ['Saudi Arabia', ['Riyadh']],
  ['Qatar', ['Doha']],
  ['Kumsusan State Guest House', []],
  ['Rason', []],
  ['Sinuiju', []],
  ['Nampo', []],
  ['Kaesong', []],
  ['Busan', []],
  ['Incheon', []],
  ['Okinawa', []],
  ['Hokkaido', []],
  ['Sakhalin', []],
];

const ORG_FIXED: [string, string[], string][] = [
  ['Korean Central News Agency', ['KCNA'], "North Korea's state news agency."],
  ["Workers' Party of Korea", ['WPK'], "North Korea's ruling party."],
  ["Central Military Commission of the Workers' Party of Korea", [], "The party's highest military body."],
  ['Wagner Group', ['Wagner'], 'Russian private military company.'],
  ['White House', [], 'Office of the President of the United States.'],
  ['National Security Council', ['NSC'], 'The US forum on national security.'],
  ['United Nations', ['UN', 'U.N.'], 'Intergovernmental organisation.'],
  ['UN Security Council', ['United Nations Security Council'], 'The UN organ for peace and security.'],
  ['Kremlin', [], 'The Russian presidency.'],
  ['Pentagon', [], 'The US Department of Defense.'],
  ['C4ADS', [], 'US non-profit security research organisation.'],
  ['TASS', [], 'Russian state news agency.'],
  ['Reuters', [], 'International news agency.'],
  ['Yonhap', ['Yonhap News Agency'], 'South Korean news agency.'],
  ['Associated Press', ['AP'], 'American news agency.'],
  ['Agence France-Presse', ['AFP'], 'French news agency.'],
  ['NATO', ['North Atlantic Treaty Organization'], 'Military alliance.'],
  ['European Union', ['EU'], 'Political and economic union.'],
  ['International Atomic Energy Agency', ['IAEA'], 'UN nuclear watchdog.'],
  ['Institute for the Study of War', ['ISW'], 'US think tank.'],
  ['Stockholm International Peace Research Institute', ['SIPRI'], 'Peace research institute.'],
  ['International Monetary Fund', ['IMF'], 'International financial institution.'],
  ['World Bank', [], 'International financial institution.'],
  ['Red Cross', ['ICRC', 'International Committee of the Red Cross'], 'Humanitarian organisation.'],
  ['Press TV', [], 'Iranian state English-language news channel.'],
  ['ZeroHedge', ['Zero Hedge'], 'Financial blog.'],
  ['Getty Images', [], 'Photo agency.'],
  ['Rosatom', [], 'Russian state nuclear corporation.'],
  ['Gazprom', [], 'Russian energy company.'],
  ['Naftogaz', [], 'Ukrainian energy company.'],
];
const ORG_PATTERNS = [
  'Ministry of Foreign Affairs of {place}',
  'Ministry of Defence of {place}',
  '{place} Institute for Strategic Studies',
  '{place} Centre for Security Policy',
  'State Statistics Service of {place}',
  '{surname} Holdings',
  '{surname} & {surname2} Consulting',
  '{place} Red Crescent',
  'National Bank of {place}',
  '{place} Border Guard Service',
  'Council on {topic}',
  '{topic} Monitoring Group',
];
const TOPICS = ['Arms Control', 'Energy Security', 'Food Security', 'Nuclear Policy', 'Maritime Affairs', 'Human Rights', 'Sanctions Enforcement', 'Cyber Defence'];

function slug(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/['\u2019]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'actor';
}

interface World {
  people: Actor[];
  orgs: Actor[];
  places: Actor[];
}

function buildWorld(seed: number): World {
  const rng = new Rng(hash32(seed, 0xa11ce));
  const used = new Set<string>();
  const ids = new Set<string>();
  const uniqueId = (name: string) => {
    let id = slug(name);
    for (let n = 2; ids.has(id); n++) id = `${slug(name)}-${n}`;
    ids.add(id);
    return id;
  };
  const places: Actor[] = PLACES.map(([name, aliases], i) => ({
    id: uniqueId(name),
    name,
    kind: 'place' as const,
    aliases,
    roles: [],
    description: aliases.length ? `${name}; ${aliases[0]} stands for it as an actor.` : `${name}.`,
    registered: i < 50,
    short: name,
    variants: [],
    pronoun: 'it' as const,
  }));
  const placeNames = PLACES.slice(0, 20).map(([n]) => n);
  const orgs: Actor[] = ORG_FIXED.map(([name, aliases, description]) => ({
    id: uniqueId(name), name, kind: 'organization' as const, aliases, roles: [], description, registered: true, short: aliases[0] ?? name, variants: [], pronoun: 'it' as const,
  }));
  const allSurnames = Object.values(SURNAMES).flat();
  while (orgs.length < 110) {
    const name = rng
      .pick(ORG_PATTERNS)
      .replace('{place}', rng.pick(placeNames))
      .replace('{surname}', rng.pick(allSurnames))
      .replace('{surname2}', rng.pick(allSurnames))
      .replace('{topic}', rng.pick(TOPICS));
    if (used.has(name)) continue;
    used.add(name);
    const acronym = name.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
    const aliases = acronym.length >= 3 && rng.chance(0.5) ? [acronym] : [];
    orgs.push({ id: uniqueId(name), name, kind: 'organization', aliases, roles: [], description: `Generated organisation ${orgs.length}.`, registered: orgs.length < 90, short: aliases[0] ?? name, variants: [], pronoun: 'it' });
  }
  const people: Actor[] = [];
  const cultures = [...Object.keys(FIRST_NAMES), 'kp', 'kp', 'kp'];
  while (people.length < 420) {
    const culture = rng.pick(cultures);
    let name: string;
    let short: string;
    const aliases: string[] = [];
    const variants: string[] = [];
    if (culture === 'kp') {
      const sur = rng.pick(KOREAN_SURNAMES);
      const a = rng.pick(KOREAN_SYLLABLES);
      const b = rng.pick(KOREAN_SYLLABLES).toLowerCase();
      name = `${sur} ${a} ${b[0].toUpperCase()}${b.slice(1)}`;
      short = sur;
      if (rng.chance(0.6)) aliases.push(`${sur} ${a}-${b}`);
      else variants.push(`${sur} ${a}-${b}`);
      const alt: Record<string, string> = { Pak: 'Park', Ri: 'Lee', Choe: 'Choi', Jo: 'Cho', Kwon: 'Kwong', Jon: 'Jeon', Ryu: 'Yoo' };
      if (alt[sur]) variants.push(`${alt[sur]} ${a}-${b}`);
    } else {
      const first = rng.pick(FIRST_NAMES[culture]);
      const last = rng.pick(SURNAMES[culture]);
      name = `${first} ${last}`;
      short = last;
      if (rng.chance(0.2)) aliases.push(`${first[0]}. ${last}`);
    }
    if (used.has(name)) continue;
    used.add(name);
    const pronoun = rng.chance(0.5) ? 'he' : 'she';
    const role = rng
      .pick(ROLE_TEMPLATES)
      .replace('{place}', CULTURE_PLACE[culture])
      .replace('{org}', rng.pick(orgs.slice(0, 40)).name);
    const registered = people.length < 260;
    people.push({ id: uniqueId(name), name, kind: 'person', aliases, roles: [role], description: `${name}, ${role}.`, registered, short, variants, pronoun });
  }
  return { people, orgs, places };
}

function yamlString(s: string): string {
  return /^[A-Za-z][A-Za-z0-9 .,'’&()-]*$/.test(s) && !/^(yes|no|true|false|null|on|off)$/i.test(s) && !s.includes(': ') ? s : JSON.stringify(s);
}

function registryYaml(world: World): string {
  const lines = [
    '# Generated by bench/generate.ts: the actor registry of a benchmark corpus.',
    'actors:',
  ];
  for (const a of [...world.people, ...world.orgs, ...world.places]) {
    if (!a.registered) continue;
    lines.push(`  - id: ${a.id}`, `    name: ${yamlString(a.name)}`, `    kind: ${a.kind}`);
    if (a.aliases.length) lines.push(`    aliases: [${a.aliases.map((x) => JSON.stringify(x)).join(', ')}]`);
    if (a.roles.length) lines.push(`    roles: [${a.roles.map((x) => JSON.stringify(x)).join(', ')}]`);
    lines.push(`    description: ${JSON.stringify(a.description)}`, '');
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------- the seeds

interface SeedMaterial {
  headlines: string[];
  furniture: string[];
  /** Body sentences with slots: {person} {sur} {org} {place} {num} {year}. */
  sentences: string[];
  /** Quotation bodies (without marks), slotted like sentences. */
  quotes: string[];
}

const SEED_ENTITIES: [string, string][] = [
  ['Kim Jong-un', 'person'], ['Kim Jong Un', 'person'], ['Kim Yo Jong', 'person'], ['Kim Yo-yong', 'person'], ['Vladimir Putin', 'person'],
  ['John Kirby', 'person'], ['Pak Jong Chon', 'person'], ['Park Jong-chon', 'person'], ['Kwong Jong Gun', 'person'], ['Tyler Durden', 'person'],
  ['Kim', 'sur'], ['Putin', 'sur'], ['Pak', 'sur'], ['Kirby', 'sur'],
  ['Korean Central News Agency', 'org'], ['KCNA', 'org'], ['Central Committee of the Workers Party of Korea', 'org'],
  ["Central Military Commission of the Workers' Party of Korea", 'org'], ["Workers' Party of Korea", 'org'], ['Wagner Group', 'org'], ['Wagner', 'org'],
  ['White House', 'org'], ['National Security Council', 'org'], ['Biden administration', 'org'], ['UN Security Council', 'org'], ['UN', 'org'],
  ['Kremlin', 'org'], ['Pentagon', 'org'], ['C4ADS', 'org'], ['Reuters', 'org'], ['Yonhap', 'org'], ['TASS', 'org'], ['Press TV', 'org'],
  ['North Korea', 'place'], ['South Korea', 'place'], ['United States', 'place'], ['US', 'place'], ['Russia', 'place'], ['Ukraine', 'place'],
  ['Pyongyang', 'place'], ['Moscow', 'place'], ['Washington', 'place'], ['Seoul', 'place'], ['Kyiv', 'place'], ['China', 'place'],
  ['Japan', 'place'], ['Syria', 'place'], ['Vladivostok', 'place'], ['Kharkiv', 'place'], ['Germany', 'place'], ['Lugansk', 'place'], ['Donetsk', 'place'],
];

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const ENTITY_RE = new RegExp(
  `\\b(${[...SEED_ENTITIES].sort((a, b) => b[0].length - a[0].length).map(([s]) => escapeRe(s)).join('|')})\\b`,
  'g',
);
const ENTITY_KIND = new Map(SEED_ENTITIES);
const NUMBER_RE = /(?<![\w.,$€£:/-]|[A-Z][a-z]+ )(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s(?:million|billion))?(?![\w:/-]|\.\d)/g;

function slot(sentence: string): string {
  return sentence
    .replace(/[{}]/g, '')
    .replace(ENTITY_RE, (m) => `{${ENTITY_KIND.get(m)}}`)
    .replace(NUMBER_RE, (m, n: string) => (/^(19|20)\d\d$/.test(n) ? '{year}' : '{num}'));
}

function loadSeeds(seedsDir: string): SeedMaterial {
  const material: SeedMaterial = { headlines: [], furniture: [], sentences: [], quotes: [] };
  const files = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
  for (const f of files) {
    const text = fs.readFileSync(path.join(seedsDir, f), 'utf8');
    const paragraphs = text.split(/\r?\n\s*\r?\n/).map((p) => p.trim()).filter(Boolean);
    let headlineSeen = false;
    for (const p of paragraphs) {
      const isBody = p.length > 90 && /[.!?”"')]$/.test(p);
      if (!isBody) {
        if (!headlineSeen && p.length >= 30 && p.length <= 140 && !/[.:]$/.test(p)) {
          material.headlines.push(slot(p.split('\n')[0]));
          headlineSeen = true;
        } else if (p.length <= 80) {
          material.furniture.push(p);
        }
        continue;
      }
      for (const s of p.split(/(?<=[.!?][”"]?)\s+(?=[A-Z“"])/)) {
        if (s.length > 25) material.sentences.push(slot(s));
      }
      for (const q of p.matchAll(/[“"]([^”"]{20,300})[”"]/g)) material.quotes.push(slot(q[1].replace(/[,.]$/, '')));
    }
  }
  return material;
}

// ---------------------------------------------------------------- figures

const NOUNS = [
  'tanks', 'artillery shells', 'tons of explosives', 'missiles', 'drones', 'troops', 'civilians', 'refugees', 'rockets', 'containers',
  'soldiers', 'workers', 'homes', 'people', 'flights', 'rail cars', 'barrels of oil', 'tonnes of grain', 'armoured vehicles', 'sanctions violations',
];
const SMALL = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fourteen', 'fifteen', 'twenty', 'thirty'];
const VAGUE = ['tens of thousands of', 'thousands of', 'hundreds of', 'dozens of', 'several hundred', 'hundreds of thousands of'];
const APPROX = ['about', 'more than', 'nearly', 'at least', 'some', 'up to', 'almost', 'roughly', 'over', 'fewer than'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function withCommas(n: number): string {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function bareNumber(rng: Rng): string {
  const r = rng.next();
  if (r < 0.35) return String(rng.int(2, 99));
  if (r < 0.6) return withCommas(rng.int(100, 99_999));
  if (r < 0.8) return `${rng.int(1, 9)}.${rng.int(1, 9)} million`;
  if (r < 0.9) return `${rng.int(10, 900)} million`;
  return `${rng.int(1, 40)} billion`;
}

function percent(rng: Rng): string {
  const v = rng.chance(0.5) ? String(rng.int(1, 99)) : `${rng.int(0, 60)}.${rng.int(1, 9)}`;
  return `${v}${rng.pick(['%', '%', ' percent', ' per cent'])}`;
}

function money(rng: Rng): string {
  const cur = rng.pick(['$', '$', '€', '£']);
  const r = rng.next();
  if (r < 0.4) return `${cur}${rng.int(1, 9)}.${rng.int(1, 9)} billion`;
  if (r < 0.7) return `${cur}${rng.int(2, 900)} million`;
  if (r < 0.8) return `${cur}${rng.int(2, 90)}m`;
  if (r < 0.9) return `${withCommas(rng.int(1, 900) * 1000)} ${rng.pick(['dollars', 'euros', 'won', 'roubles', 'hryvnias'])}`;
  return `${cur}${withCommas(rng.int(1000, 999_999))}`;
}

/** A figure with what it counts, sometimes with an approximator before it. */
function figure(rng: Rng): string {
  const approx = rng.chance(0.3) ? `${rng.pick(APPROX)} ` : '';
  const r = rng.next();
  if (r < 0.35) return `${approx}${bareNumber(rng)} ${rng.pick(NOUNS)}`;
  if (r < 0.45) return `${approx}${rng.pick(SMALL)} ${rng.pick(NOUNS)}`;
  if (r < 0.52) return `${rng.pick(VAGUE)} ${rng.pick(NOUNS)}`;
  if (r < 0.64) return `${approx}${money(rng)}`;
  if (r < 0.72) return `between ${rng.int(2, 40)} and ${rng.int(41, 90)} ${rng.pick(NOUNS)}`;
  if (r < 0.77) return `${rng.int(10, 40)}-${rng.int(41, 90)} ${rng.pick(NOUNS)}`;
  if (r < 0.82) return `${rng.pick(['a third of the', 'half of the', 'two-thirds of the', 'a quarter of the'])} ${rng.pick(NOUNS)}`;
  if (r < 0.9) return `${approx}${withCommas(rng.int(5, 3000))} ${rng.pick(['km', 'kilometres', 'miles', 'tonnes', 'square kilometres'])}`;
  return `${rng.pick(['twice as many', 'three times as many', 'ten times more'])} ${rng.pick(NOUNS)}`;
}

function date(rng: Rng): string {
  const y = rng.int(2017, 2025);
  const r = rng.next();
  if (r < 0.4) return `${rng.pick(MONTHS)} ${rng.int(1, 28)}, ${y}`;
  if (r < 0.7) return `${rng.pick(MONTHS).slice(0, 3)} ${rng.int(1, 28)}, ${y} ${rng.int(0, 23)}:${String(rng.int(0, 59)).padStart(2, '0')}`;
  return `${String(rng.int(1, 12)).padStart(2, '0')}/${String(rng.int(1, 28)).padStart(2, '0')}/${y}`;
}

// ---------------------------------------------------------------- articles

interface Cast {
  people: Actor[];
  orgs: Actor[];
  places: Actor[];
  /** How a person is written in this article (a variant spelling sometimes). */
  spelling: Map<Actor, string>;
  mentioned: Set<Actor>;
  outlet: Actor;
}

class ArticleWriter {
  constructor(
    private readonly rng: Rng,
    private readonly world: World,
    private readonly seeds: SeedMaterial,
    private readonly cast: Cast,
  ) {}

  person(): Actor {
    return this.rng.pick(this.cast.people);
  }

  /** First mention: role and full name; later: the surname. */
  personRef(p: Actor, allowShort = true): string {
    const spelled = this.cast.spelling.get(p) ?? p.name;
    if (this.cast.mentioned.has(p) && allowShort && this.rng.chance(0.7)) return p.short;
    this.cast.mentioned.add(p);
    return spelled;
  }

  personIntro(p: Actor): string {
    const name = this.personRef(p, false);
    return this.rng.chance(0.5) && p.roles[0] ? `${name}, ${p.roles[0]},` : name;
  }

  org(): string {
    const o = this.rng.pick(this.cast.orgs);
    return this.rng.chance(0.3) && o.aliases[0] ? o.aliases[0] : o.name;
  }

  place(): string {
    const p = this.rng.pick(this.cast.places);
    return this.rng.chance(0.3) && p.aliases.length ? this.rng.pick(p.aliases) : p.name;
  }

  fill(template: string): string {
    return template.replace(/\{(person|sur|org|place|num|year)\}/g, (_m, k: string) => {
      switch (k) {
        case 'person':
          return this.personRef(this.person(), false);
        case 'sur':
          return this.person().short;
        case 'org':
          return this.org();
        case 'place':
          return this.place();
        case 'num':
          return bareNumber(this.rng);
        default:
          return String(this.rng.int(2010, 2025));
      }
    });
  }

  quoteBody(withFigure: boolean): string {
    const rng = this.rng;
    if (!withFigure && rng.chance(0.6)) return this.fill(rng.pick(this.seeds.quotes));
    const lines = [
      `We have delivered ${figure(rng)} since ${rng.pick(MONTHS)}`,
      `The ${this.org()} has lost ${figure(rng)} in ${this.place()} alone`,
      `Our estimates show ${percent(rng)} of the ${rng.pick(NOUNS)} never arrived`,
      `Nobody in ${this.place()} believes the story about ${figure(rng)}`,
      `It will cost ${money(rng)} to rebuild what was destroyed`,
      `We will always stand together with the people of ${this.place()}`,
      `This is a serious challenge that can never be allowed`,
      `The situation in ${this.place()} is grave and getting worse`,
    ];
    return withFigure ? rng.pick(lines.slice(0, 5)) : rng.pick(lines);
  }

  quoted(body: string): string {
    return this.rng.chance(0.6) ? `“${body},”` : `"${body},"`;
  }

  /** One body sentence (or two, for a quotation that runs on). */
  sentence(): string {
    const rng = this.rng;
    const r = rng.next();
    if (r < 0.38) return this.fill(rng.pick(this.seeds.sentences));
    const p = this.person();
    const verb = rng.pick(['said', 'said', 'told reporters', 'noted', 'added', 'stated', 'wrote']);
    const when = rng.chance(0.4) ? ` on ${rng.pick(DAYS)}` : '';
    const t = rng.int(0, 19);
    switch (t) {
      case 0:
        return `${this.place()} received ${figure(rng)} from ${this.place()} between ${rng.pick(MONTHS)} and ${rng.pick(MONTHS)}.`;
      case 1:
        return `According to ${this.org()}, ${figure(rng)} have been moved from ${this.place()} to ${this.place()}${when}.`;
      case 2:
        return `${this.quoted(this.quoteBody(true))} ${this.personIntro(p)} ${verb}${when}.`;
      case 3:
        return `${this.personRef(p)} ${verb}${when} that ${this.place()} had sent ${figure(rng)} to ${this.place()}.`;
      case 4:
        return `The budget for the programme rose by ${percent(rng)} to ${money(rng)} in ${rng.int(2015, 2025)}.`;
      case 5:
        return `${this.org()} estimated the damage at ${money(rng)}, citing satellite images.`;
      case 6:
        return `${cap(figure(rng))} were reported in ${this.place()} last ${rng.pick(['week', 'month', 'year'])}.`;
      case 7:
        return `${this.quoted(this.quoteBody(false))} ${p.pronoun} ${rng.pick(['added', 'continued', 'noted'])}.`;
      case 8:
        return `${this.personRef(p)} further ${verb}, "${this.quoteBody(rng.chance(0.5))}."`;
      case 9:
        return `Since ${rng.int(2014, 2023)}, ${this.place()} has spent ${money(rng)} on ${rng.pick(['defence', 'reconstruction', 'energy imports', 'humanitarian aid'])}, ${this.org()} said in a report.`;
      case 10:
        return `${this.place()} and ${this.place()} signed the agreement on ${date(rng)} in ${this.place()}.`;
      case 11:
        return `Analysts say the pact will raise trade between the two countries by ${percent(rng)} within ${SMALL[rng.int(0, 5)]} years.`;
      case 12:
        return `The ${this.org()} reported ${figure(rng)} and ${figure(rng)} in its latest update.`;
      case 13:
        return `In ${rng.pick(MONTHS)} alone, ${figure(rng)} crossed the border near ${this.place()}, ${rng.chance(0.5) ? 'officials said' : 'a local official told ' + this.cast.outlet.name}.`;
      case 14:
        return `${this.personIntro(p)} ${rng.pick(['warned', 'said', 'argued'])} that ${this.place()} would face "${rng.pick(['totally undesirable consequences', 'a stronger response', 'a new world war', 'grave consequences'])}".`;
      case 15:
        return `${this.place()} has repeatedly denied the claim, although ${figure(rng)} were seen at the port of ${this.place()}.`;
      case 16:
        return `Only ${rng.int(2, 9)} of the ${rng.int(10, 40)} ${rng.pick(NOUNS)} promised in ${rng.int(2019, 2024)} have arrived.`;
      case 17:
        return `${this.quoted(this.quoteBody(true))} ${verb} ${this.personRef(p)}. "${cap(this.quoteBody(false))}."`;
      case 18:
        return `The ${rng.pick(['report', 'statement', 'briefing'])} by ${this.org()} puts the figure at ${figure(rng)}, up from ${bareNumber(rng)} a year earlier.`;
      default:
        return `${this.place()} is one of ${this.place()}'s few allies at the international level.`;
    }
  }

  paragraph(): string {
    const n = this.rng.chance(0.55) ? 1 : this.rng.int(2, 3);
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.sentence());
    return out.join(' ');
  }

  headline(): string {
    const rng = this.rng;
    if (rng.chance(0.5)) return this.fill(rng.pick(this.seeds.headlines));
    const h = [
      `${this.place()} ${rng.pick(['threatens', 'warns', 'denounces', 'backs', 'accuses'])} ${this.place()} over ${rng.pick(['arms', 'tanks', 'sanctions', 'drills', 'grain'])}`,
      `${this.place()} to send ${figure(rng)} to ${this.place()}`,
      `${this.org()}: ${cap(figure(rng))} ${rng.pick(['missing', 'delivered', 'destroyed'])}`,
      `${this.person().short} vows to ‘stand in the same trench’ with ${this.place()}`,
    ];
    return rng.pick(h);
  }
}

function cap(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

const TOP_FURNITURE = [
  (w: ArticleWriter, rng: Rng) => `News   /   ${w.place()}`,
  (_w: ArticleWriter, rng: Rng) => `Posted by on ${date(rng)}`,
  (_w: ArticleWriter, rng: Rng) => `Categories: ${rng.pick(['Breaking News', 'World', 'Politics', 'Asia'])} News`,
  () => 'Back To Top',
  (w: ArticleWriter) => `Last news in ${w.org()}`,
];
const BOTTOM_FURNITURE = ['Read More', 'Leave a Reply', 'Your email address will not be published. Required fields are marked *', 'MOST POPULAR\nLATEST NEWS\nsubscribe', 'You May Also Like', 'Recommended for you', '소아쌤'];

function writeArticle(index: number, seed: number, world: World, seeds: SeedMaterial): { name: string; text: string } {
  const rng = new Rng(hash32(seed, index, 0x5eed));
  const pool = (items: Actor[], regShare: number) => {
    const reg = items.filter((a) => a.registered);
    const unreg = items.filter((a) => !a.registered);
    return () => (unreg.length && rng.chance(1 - regShare) ? rng.pick(unreg) : rng.pick(reg));
  };
  const somePerson = pool(world.people, 0.8);
  const someOrg = pool(world.orgs, 0.85);
  const somePlace = pool(world.places, 0.9);
  const take = (f: () => Actor, n: number) => {
    const s = new Set<Actor>();
    for (let i = 0; i < n * 3 && s.size < n; i++) s.add(f());
    return [...s];
  };
  const cast: Cast = {
    people: take(somePerson, rng.int(1, 4)),
    orgs: take(someOrg, rng.int(1, 3)),
    places: take(somePlace, rng.int(2, 5)),
    spelling: new Map(),
    mentioned: new Set(),
    outlet: rng.pick(world.orgs.slice(10, 16)),
  };
  for (const p of cast.people) if (p.variants.length && rng.chance(0.15)) cast.spelling.set(p, rng.pick(p.variants));
  const w = new ArticleWriter(rng, world, seeds, cast);

  const target = Math.min(12_000, Math.max(600, Math.exp(Math.log(1740) + 0.5 * rng.normal())));
  const parts: string[] = [];
  if (rng.chance(0.6)) parts.push(rng.pick(TOP_FURNITURE)(w, rng));
  const headline = w.headline();
  parts.push(headline);
  if (rng.chance(0.2)) parts.push(headline);
  if (rng.chance(0.3)) {
    const p1 = w.person();
    parts.push(`${w.personRef(p1, false)} and ${w.personRef(w.person(), false)} in ${w.place()} in ${rng.int(2015, 2024)}. (Photo by ${w.org()})`);
  }
  if (rng.chance(0.25)) parts.push(`${date(rng)} ${rng.int(10, 999)}`);
  if (rng.chance(0.15)) parts.push('by');
  let size = parts.reduce((n, p) => n + p.length + 2, 0);
  while (size < target) {
    const p = w.paragraph();
    parts.push(p);
    size += p.length + 2;
  }
  if (rng.chance(0.2)) parts.push(`Image: ${rng.pick(['STR', 'AFP', 'Reuters'])}/${w.org()}/Getty Images`);
  if (rng.chance(0.2)) parts.push(`${w.person().name}\n${date(rng)}`);
  if (rng.chance(0.4)) parts.push(rng.pick(BOTTOM_FURNITURE));
  const eol = rng.chance(0.03) ? '\r\n' : '\n';
  const text = parts.join(`${eol}${eol}`).replace(/\n/g, eol === '\r\n' ? '\r\n' : '\n').replace(/\r\r\n/g, '\r\n') + eol;
  const name = `${String(index).padStart(6, '0')}_${rng.hex(16)}.txt`;
  return { name, text };
}

// ---------------------------------------------------------------- corpus

interface Stamp {
  version: number;
  seed: number;
  count: number;
  articles: number;
  bytes: number;
}

export function ensureCorpus(options: GenerateOptions): GeneratedCorpus {
  const seed = options.seed ?? DEFAULT_SEED;
  const dir = path.join(options.root, String(options.count));
  const stampFile = path.join(dir, '.stamp.json');
  try {
    const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8')) as Stamp;
    if (stamp.version === GENERATOR_VERSION && stamp.seed === seed && stamp.count === options.count) {
      return { dir, count: stamp.articles, bytes: stamp.bytes, reused: true, ms: 0 };
    }
  } catch {
    // no stamp: generate
  }
  const started = Date.now();
  options.log?.(`generating ${options.count} articles into ${dir} ...`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const world = buildWorld(seed);
  const seeds = loadSeeds(options.seedsDir);
  fs.writeFileSync(path.join(dir, 'actors.yaml'), registryYaml(world));
  fs.writeFileSync(
    path.join(dir, 'corpus-review.yaml'),
    `# Generated by bench/generate.ts (version ${GENERATOR_VERSION}, seed ${seed}).\narticles:\n  include:\n    - "articles/**/*.txt"\nregistry: actors.yaml\nrules:\n  unsourced-figure: warning\n  name-variant: information\n`,
  );
  let bytes = 0;
  let folder = '';
  for (let i = 0; i < options.count; i++) {
    const shard = path.join(dir, 'articles', String(Math.floor(i / 1000)).padStart(3, '0'));
    if (shard !== folder) {
      fs.mkdirSync(shard, { recursive: true });
      folder = shard;
    }
    const { name, text } = writeArticle(i, seed, world, seeds);
    const buf = Buffer.from(text, 'utf8');
    bytes += buf.length;
    fs.writeFileSync(path.join(shard, name), buf);
  }
  const stamp: Stamp = { version: GENERATOR_VERSION, seed, count: options.count, articles: options.count, bytes };
  fs.writeFileSync(stampFile, JSON.stringify(stamp, null, 2) + '\n');
  return { dir, count: options.count, bytes, reused: false, ms: Date.now() - started };
}

/** The names of registered actors (name and aliases), to find mention positions by text. */
export function registeredNames(seed = DEFAULT_SEED): string[] {
  const world = buildWorld(seed);
  const out: string[] = [];
  for (const a of [...world.people, ...world.orgs, ...world.places]) if (a.registered) out.push(a.name, ...a.aliases);
  return out;
}

// Usage: node generate.js <count> [<root> [<seedsDir>]]
declare const require: { main: unknown } | undefined;
declare const module: unknown;
if (typeof require !== 'undefined' && require.main === module) {
  const count = Number(process.argv[2] ?? 1000);
  const root = process.argv[3] ?? path.resolve('bench/corpora');
  const seedsDir = process.argv[4] ?? path.resolve('seeds');
  const r = ensureCorpus({ root, count, seedsDir, log: (m) => console.error(m) });
  console.log(JSON.stringify(r));
}
