// Attribution: is a figure's claim sourced by its sentence or its quotation?
//
// A sentence attributes its claims when it holds an attribution cue:
//  - a verb of saying or reporting WITH its source: "the US said", "Analysts
//    say", "said Kim", "the US confirming", "which on Thursday promised",
//    "was confirmed by the ministry"; not a hedge ("is said to", "an estimated",
//    "reported cases", "declined to confirm", "was reported");
//  - "according to X", "citing X", "figures from X", "a report by X",
//    "allegations by X", "X has issued ... allegations";
// A figure inside a direct quotation is sourced when the quotation's speaker
// is named (a cue outside the quoted words) in the figure's sentence, in a
// sentence the quotation runs over, or in the sentence just before it.
//
// Word lists are data at the top. Pure, never throws.

import type { Span } from './types';
import { NAME_TITLES, type Segmentation } from './sentences';
import { isNumberWord, sentenceTokens, type Figure, type Token } from './figures';
import { partitionPoint } from './text';
import { isDemonym } from './actors';

export interface Attribution {
  sourced: boolean;
  /** The attribution words ("according to C4ADS", "the US said") when sourced. */
  source?: Span & { text: string };
  /** Where the source was found: the figure's own sentence, or the speaker of its quotation. */
  via?: 'sentence' | 'quotation';
}

/** An attribution cue in a sentence. */
export interface Cue extends Span {
  /** The attribution words, as reported ("the US said", "The US ... has issued repeat vague allegations"). */
  text: string;
  kind: 'verb' | 'according' | 'citing' | 'noun';
  /**
   * The cue covers only figures from this offset on: a clause joined by ", and"
   * with a subject of its own ("..., and economists estimate 6 billion"), or
   * the noun phrase of a reduced passive ("..., below the 12% reported by customs officials").
   */
  from?: number;
  /**
   * The cue covers only figures before this offset: the narrative clause after
   * a statement issued ("The White House released a report on Saturday as
   * President Joe Biden met the leaders of six Gulf countries").
   */
  until?: number;
}

// ---------------------------------------------------------------------------
// Lexicons

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Verbs of saying and reporting: every form, with its lemma. */
const SAY_FORMS = new Map<string, string>();
for (const entry of (
  'say:says:said:saying tell:tells:told:telling state:states:stated:stating add:adds:added:adding note:notes:noted:noting ' +
  'announce:announces:announced:announcing confirm:confirms:confirmed:confirming promise:promises:promised:promising ' +
  'claim:claims:claimed:claiming allege:alleges:alleged:alleging estimate:estimates:estimated:estimating ' +
  'report:reports:reported:reporting write:writes:wrote:writing:written accuse:accuses:accused:accusing warn:warns:warned:warning ' +
  'caution:cautions:cautioned:cautioning insist:insists:insisted:insisting argue:argues:argued:arguing explain:explains:explained:explaining stress:stresses:stressed:stressing ' +
  'declare:declares:declared:declaring pledge:pledges:pledged:pledging vow:vows:vowed:vowing reveal:reveals:revealed:revealing ' +
  'disclose:discloses:disclosed:disclosing acknowledge:acknowledges:acknowledged:acknowledging admit:admits:admitted:admitting ' +
  'assert:asserts:asserted:asserting assure:assures:assured:assuring predict:predicts:predicted:predicting forecast:forecasts:forecasted:forecasting ' +
  'calculate:calculates:calculated:calculating testify:testifies:testified:testifying tweet:tweets:tweeted:tweeting ' +
  'mention:mentions:mentioned:mentioning reiterate:reiterates:reiterated:reiterating emphasise:emphasises:emphasised:emphasising ' +
  'emphasize:emphasizes:emphasized:emphasizing concede:concedes:conceded:conceding complain:complains:complained:complaining ' +
  'recount:recounts:recounted:recounting recall:recalls:recalled:recalling project:projects:projected:projecting ' +
  'inform:informs:informed:informing brief:briefs:briefed:briefing cite:cites:cited quote:quotes:quoted ' +
  'publish:publishes:published:publishing charge:charges:charged:charging contend:contends:contended:contending ' +
  'maintain:maintains:maintained:maintaining point:points:pointed:pointing specify:specifies:specified:specifying ' +
  'show:shows:showed:shown:showing find:finds:found:finding suggest:suggests:suggested:suggesting indicate:indicates:indicated:indicating ' +
  'put:puts:putting peg:pegs:pegged record:records:recorded:recording count:counts:counted:counting tally:tallies:tallied:tallying ' +
  // "posted" has no base form here: "the post said" is a noun
  'describe:describes:described:describing assess:assesses:assessed:assessing continue:continues:continued posted:posting ' +
  'clarify:clarifies:clarified:clarifying remark:remarked reply:replied ' +
  'analyze:analyzes:analyzed analyse:analysed highlight:highlights:highlighted underline:underlines:underlined ' +
  'underscore:underscores:underscored observe:observes:observed ' +
  'reconfirm:reconfirms:reconfirmed:re-confirm:re-confirms:re-confirmed restate:restates:restated reaffirm:reaffirms:reaffirmed ' +
  'affirm:affirms:affirmed ' +
  // "documents" and "document" are nouns: "the group has documented 1,500 deaths"
  'documented:documenting ' +
  'publicize:publicizes:publicized:publicizing publicise:publicises:publicised:publicising ' +
  // "the statement read", "the report reads": only as a written text's tag (see verbCue)
  'read:reads'
).split(/\s+/)) {
  const forms = entry.split(':');
  for (const f of forms) SAY_FORMS.set(f, forms[0]);
}
/** Verbs that attribute only with a data subject ("figures show", "the study found") or a particle ("pointed out", "put ... at"). */
const DATA_VERBS = words('show find suggest indicate record count tally assess');
/** Lemmas that take any subject but need a following word to be speech. */
/**
 * The word each needs, looked for within `reach` words after the verb (six by default; "put ... at" may
 * hold a long object: "put the total amount of grain exported from three ports since the deal was reached at").
 */
const NEEDS_PARTICLE = new Map<string, { word: RegExp; reach?: number }>(
  Object.entries({
    analyze: { word: /^that$/ }, analyse: { word: /^that$/ }, highlight: { word: /^that$/ }, underline: { word: /^that$/ },
    underscore: { word: /^that$/ }, observe: { word: /^that$/ }, point: { word: /^out$/ }, put: { word: /^at$/, reach: 29 }, peg: { word: /^at$/, reach: 29 },
    describe: { word: /^(?:as|how)$/ }, charge: { word: /^(?:that)$/ }, maintain: { word: /^(?:that)$/ },
    brief: { word: /^(?:reporters|journalists|lawmakers|media|the)$/ }, posted: { word: /^(?:on)$/ },
  }),
);
/** Lemmas whose -s form is more often a noun: a verb only after a subject-like word. */
const NOUNLIKE_S = words('states reports claims estimates notes promises pledges vows forecasts projects tweets records counts charges quotes points finds shows');
/** Degrees and honours written after a name between commas ("Jean Kaseya, MD, MPH, said"). */
const CREDENTIALS = /^(?:MD|PhD|MPH|DrPH|MBBS|MBA|RN|DO|DDS|DVM|JD|Esq|Jr|Sr|CBE|OBE|MBE|KC|QC|FRCP|FRS)$/;
/** Subjects for DATA_VERBS. */
const DATA_NOUNS = words(
  'data figures figure statistics stats survey surveys poll polls study studies report reports records record census analysis analyses estimates estimate ' +
    'images footage documents document research tally count numbers results assessment assessments review audit investigation inquiry models ' +
    'calculations tracker database findings projections figures evidence intelligence imagery monitoring register registry index ' +
    'photos photographs pictures videos ' +
    // a briefing's papers: "South Korea’s Unification Ministry recorded 196 defectors entering the country last year, a briefing said"
    'briefing bulletin',
);
/** Conjunctions that open an adverbial clause: a speaker inside one speaks for it only. */
const ADVERBIAL_OPENERS = words('although though after before because since until unless once whereas while when');

/** Nouns that carry a source after by/from: "figures from the ministry", "a report by C4ADS". */
const SOURCE_NOUNS = words(
  'figures figure data statistics stats report reports study studies survey poll estimates estimate allegations allegation claims claim accusations ' +
    'statement statements assessment analysis research tally count census records documents information intelligence numbers calculations findings ' +
    'projections forecast forecasts review audit investigation account accounts testimony reporting reckoning calculation briefing remarks comments ' +
    'announcement',
);
/** What a toll is "from": an event, never a source ("the death count from the earthquake", "figures from the war"). */
const EVENT_NOUNS = words(
  'earthquake earthquakes quake quakes temblor tremor aftershock aftershocks tsunami storm storms hurricane typhoon cyclone tornado flood floods flooding ' +
    'fire fires wildfire wildfires blaze explosion explosions blast blasts crash crashes collision attack attacks strike strikes airstrike airstrikes ' +
    'bombing bombings shelling fighting war wars conflict invasion offensive battle battles clashes violence disaster disasters outbreak pandemic epidemic ' +
    'virus disease heatwave drought famine eruption landslide landslides avalanche collapse shooting shootings riots unrest',
);
/** What a tally counts, never a speaker: "7 deaths reported in this week", "cholera cases reported from January". */
const TALLY_NOUNS = words('case cases death deaths crime casualties fatalities infections injuries incidents attacks strikes arrests crimes violations outbreaks hospitalisations hospitalizations admissions losses killings launches crossings arrivals');
/** "has issued ... allegations": verbs whose object is a statement. */
const ISSUE_VERBS = words('issued issues issue issuing made makes make making levelled leveled levels released releases release publishing published publishes gave gives give provided provides provide presented presents repeated repeats shared shares filed files lodged lodges voiced voices cited cites put puts');
/** A role noun, or one with its rank joined by a hyphen: "chairman", "vice-chairman", "co-founder". */
function roleNoun(w: string): boolean {
  return ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.replace(/^(?:vice|co|deputy|assistant|acting|sub)-/, ''));
}
/** What a warning can be before a noun it names: "warning letters", "warning shots". */
const WARNING_THINGS = words('letter letters notice notices shot shots sign signs label labels light lights system systems sticker stickers');
const ISSUE_OBJECTS = words('allegations allegation claims claim accusations accusation estimates estimate figures figure statement statements report data statistics assessment warning warnings numbers tally count');

const BE = words("is are was were be been being am 's ’s");
const AUX = words(
  'has have had will would could can may might should shall must did does do also then now later earlier previously repeatedly recently already again ' +
    'further first once initially separately publicly officially reportedly allegedly still even just too subsequently since originally ' +
    'today yesterday tonight',
);
const NEGATION = words("not n't never neither nor cannot can't won't didn't doesn't don't hasn't haven't hadn't wouldn't couldn't no longer");
const REFUSAL = words('declined refused declines refuses refuse decline failed fails unable reluctant');
const DETERMINERS = words('the a an its their his her our this that these those some several many most other another both each every all');
const PRONOUNS = words('he she they we i it you who');
const RELATIVE = words('who which that');
const PREPOSITIONS = words(
  'of in on at to from by with for into onto over under across through about against between among during since until before after near off via ' +
    'per toward towards within without amid despite like as than including outside inside beyond along around behind below above throughout upon',
);
const CLAUSE_STOP = words(
  'and or but nor yet so if because while when where whereas although though whether unless once that which who whom whose what why how ' +
    'is are was were be been being has have had do does did will would shall should can could may might must not',
);
const TIME_WORDS = words(
  'monday tuesday wednesday thursday friday saturday sunday week month year morning afternoon evening night weekend january february march april ' +
    'june july august september october november december',
);
const TIME_INTRO = words('on last this earlier late early next in');
/** Adverbs in -ly that are not adverbs. */
const LY_NOUNS = words(
  'family ally supply assembly rally italy july reply daily weekly monthly elderly tally anomaly monopoly oligopoly quarterly yearly hourly ' +
    'early deadly costly friendly lonely lovely orderly holy ugly oily bully kelly emily sally holly molly polly billy beverly shelly',
);

// ---------------------------------------------------------------------------
// Token helpers

function isWord(t: Token | undefined): boolean {
  if (!t) return false;
  const c = t.text.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return t.text !== t.lower || t.text.toUpperCase() !== t.text || /^\p{N}/u.test(t.text);
}
/** A firm whose name opens with a digit, as a subject: "3M said" (not "300 said"). */
const DIGIT_FIRMS = /^3M$/;

/** Who makes, sells or runs what an "of" phrase names: "the world's largest maker of cancer drugs". */
const MAKER_NOUNS = /^(?:makers?|producers?|manufacturers?|suppliers?|exporters?|importers?|operators?|owners?|sellers?|providers?|buyers?|retailers?|distributors?|developers?|builders?|miners?|growers?)$/;

/** A lower-case particle between the capitalised words of a name: "Rio Grande do Sul", "Banco de la Nación". */
function nameParticle(toks: Token[], k: number): boolean {
  const t = toks[k];
  return !!t && /^(?:do|da|dos|das|de|del|la|di|du|van|von|der|den)$/.test(t.lower) && t.text === t.lower && isWord(toks[k - 1]) && isCap(toks[k - 1]) && isWord(toks[k + 1]) && isCap(toks[k + 1]);
}

/** A surname written with a lower-case particle: "al-Qedra", "el-Sisi", "bin-Salman". */
function particleName(t: Token): boolean {
  return /^(?:al|el|ad|an|ar|as|ash|at|az|ul|bin|ibn|abu)[-‐]\p{Lu}/u.test(t.text);
}

function isCap(t: Token): boolean {
  // (ASCII from the code: only A-Z change when lower-cased and not when upper-cased)
  const code = t.text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = t.text[0];
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
function isAdverb(t: Token): boolean {
  if (t.lower.length <= 4 || !t.lower.endsWith('ly') || LY_NOUNS.has(t.lower)) return false;
  // (a capitalised "-lly" or "-aly" that no "-ally" or "-fully" adverb spells is a name: "a move Lilly said", "Kelly
  // said", "Healy told")
  return !(isCap(t) && (/(?:[^a]l|[^f]ul)ly$/.test(t.lower) || t.lower.endsWith('aly')) && !t.lower.endsWith('ally'));
}
/** Can this token end a subject noun phrase? */
function npEnd(tok: Token | undefined): boolean {
  if (!tok) return false;
  const t = tok;
  if (!isWord(t)) return /^["”’']$/.test(t.text); // a quoted name: reports "Reuters"
  if (PRONOUNS.has(t.lower)) return true;
  if (CLAUSE_STOP.has(t.lower) || PREPOSITIONS.has(t.lower) || DETERMINERS.has(t.lower) || AUX.has(t.lower)) return false;
  if (isAdverb(t)) return false;
  // ("member states said", "several Gulf states reported": a noun before the verb)
  if (SAY_FORMS.has(t.lower) && !isCap(t) && !DATA_NOUNS.has(t.lower) && t.lower !== 'states') return false;
  return true;
}
/** Can this token sit inside a subject noun phrase (before its end)? */
function npInside(tok: Token | undefined): boolean {
  if (!tok) return false;
  const t = tok;
  // ("state media reported", "North Korean state media said": "state" as a modifier)
  if (t.lower === 'state') return true;
  if (!isWord(t)) return t.text === '-' || t.text === '&' || t.text === '.';
  if (PRONOUNS.has(t.lower) || CLAUSE_STOP.has(t.lower) || AUX.has(t.lower) || DETERMINERS.has(t.lower)) return false;
  if (PREPOSITIONS.has(t.lower) && t.lower !== 'of' && t.lower !== 'for') return false;
  if (isAdverb(t)) return false;
  if (SAY_FORMS.has(t.lower) && !isCap(t) && !DATA_NOUNS.has(t.lower)) return false;
  return true;
}

/** Nouns that a relative clause with no "that" is about, before its speaker: "a move Lilly said was made", "a figure Kyiv disputes". */
const CLAUSE_OBJECT_NOUNS = words('move decision step plan deal measure change figure figures number numbers amount sum claim claims estimate toll total rate level cut increase rise fall drop loss price cost policy proposal offer');

/** Heads that take "of"/"for" inside a source's name: "a spokesman for the government", "director-general of the department". */
const ROLE_NOUNS = words(
  'spokesman spokeswoman spokesperson spokespeople director director-general head chief minister ministry member members representative ' +
    'representatives secretary secretary-general president vice-president leader leaders official officials commander chairman chairwoman chair ' +
    'governor mayor ambassador envoy analyst analysts expert experts professor researcher researchers department office agency council committee ' +
    'government deputy adviser advisor advisers advisors general staff coordinator commissioner head spokespersons sources source ' +
    'officer officers prosecutor prosecutors judge inspector sheriff administrator negotiator diplomat diplomats economist auditor registrar attorney lawyer lawyers ' +
    'chancellor vice-chancellor superintendent statistician manager ceo founder executive',
);

/** Sides in a negotiation or a conflict, who speak as one. */
const PARTIES = words('parties sides countries nations governments members allies partners signatories powers delegations negotiators');

/** Heads of a subject that a short prepositional phrase may follow: "economists at the WIFO institute estimate". */
const PEOPLE_HEADS = new Set([
  ...ROLE_NOUNS,
  ...words('economists analysts researchers scientists experts traders investors officials sources forecasters strategists diplomats observers lawmakers executives people'),
  // those who saw it: "..., said a Kyi Tauk Pauk resident"
  ...words('resident residents witness witnesses eyewitness eyewitnesses villager villagers survivor survivors doctor doctors medic medics activist activists'),
  // ("..., says one of the region's senior cops"; "but aid workers in Goma said")
  ...words('cop cops workers rescuers volunteers employees journalists reporters organisers organizers monitors campaigners'),
  // one of those who trade or work: "..., said one Singapore-based trader", "one banker said"
  ...words('trader investor banker bankers dealer dealers broker brokers farmer farmers shopkeeper shopkeepers driver drivers teacher teachers nurse nurses worker parent parents passenger passengers student students'),
]);

/** Nouns that a "from" phrase names the source of: "a statement from the ministry", "data from the bank". */
const DATA_NOUNS_AND_STATEMENTS = new Set([...DATA_NOUNS, 'statement', 'statements', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'source', 'sources', 'letter', 'memo', 'note', 'release']);

/** Bodies that report ("The company, which employs 12,000 people, reported"): a relative clause may stand between them and the verb. */
const BODY_HEADS = words(
  'company firm bank group organization organisation institute bureau authority authorities administration regime junta court parliament cabinet legislature police army military navy force forces coalition mission regulator insurer lender carrier airline retailer union operator manufacturer agency utility system observatory monitor ' +
    'charity charities league foundation association federation council committee commission ministry department watchdog nonprofit ' +
    'panel tribunal board jury secretariat taskforce ' +
    // the media: "..., reported the Yonhap News TV portal", "the newspaper said"
    'newspaper newspapers daily broadcaster broadcasters outlet outlets portal website channel network tabloid magazine publication',
);

/** A word in a plural's form: ends in "s", not in "'s", "ss", "us" or "is" ("officials", "armaments"; not "crisis", "bus"). */
function pluralForm(w: string): boolean {
  return /s$/.test(w) && !/['’]s$/.test(w) && !/(?:ss|us|is)$/.test(w);
}

/** A lower-case word that names who can speak: a body's head, a role, people, a pronoun ("the charity", "officials", "they"). */
function speakerNoun(t: Token): boolean {
  return BODY_HEADS.has(t.lower) || ROLE_NOUNS.has(t.lower) || PEOPLE_HEADS.has(t.lower) || PRONOUNS.has(t.lower);
}

function spanText(text: string, toks: Token[], a: number, b: number): Span & { text: string } {
  return { start: toks[a].start, end: toks[b].end, text: text.slice(toks[a].start, toks[b].end) };
}

/** A cue over tokens a..b (a literal, not a spread: spread objects each get a hidden class of their own in V8). */
function cueSpan(text: string, toks: Token[], a: number, b: number, kind: Cue['kind']): Cue {
  return { start: toks[a].start, end: toks[b].end, text: text.slice(toks[a].start, toks[b].end), kind };
}

/** Start of the noun phrase that ends at token j (walking back), or -1. */
/** Prepositions written capitalised inside organisations' names. */
const NAME_PREPOSITIONS = new Set(['without', 'against', 'on', 'for', 'in', 'at', 'under']);

/** Months before a capitalised subject are times (not "May" or "August": names too). */
const MONTH_NAMES = words('january february march april june july september october november december');

/** Is token i a day number written after its month ("May 5", "January 31", "Sept 3")? */
function dayAfterMonth(toks: Token[], i: number): boolean {
  const m = toks[i - 1];
  return /^\d{1,2}(?:st|nd|rd|th)?$/.test(toks[i]?.text ?? '') && !!m && isCap(m) && (MONTH_NAMES.has(m.lower) || /^(?:may|aug|august|jan|feb|mar|apr|jun|jul|sep|sept|oct|nov|dec)$/.test(m.lower));
}

function npBack(toks: Token[], j: number, floor: number): number {
  // "the U.N. says", "Acme Inc. said": the abbreviation's full stop ends the phrase
  if (j - 1 >= floor && toks[j].text === '.' && isWord(toks[j - 1]) && toks[j - 1].end === toks[j].start) j--;
  if (j < floor || !npEnd(toks[j])) return -1;
  if (isWord(toks[j]) && PRONOUNS.has(toks[j].lower)) return j;
  let k = j;
  if (!isWord(toks[j])) {
    // a quoted name ("Reuters", "Yonhap"): a few capitalised words between the marks
    let q = j - 1;
    while (q >= floor && j - q < 6 && isWord(toks[q]) && isCap(toks[q])) q--;
    return q >= floor && q < j - 1 && /^["“‘']$/.test(toks[q].text) ? q : -1;
  }
  while (k - 1 >= floor && j - k < 12) {
    const p = toks[k - 1];
    // a hyphen with a space after it is a dash ("(Reuters) - Russian President Vladimir Putin said"), not "U.S.-backed"
    if (p.text === '-' && toks[k].start > p.end) break;
    // a participle as an adjective after a determiner: "a reporting partner in North Korea told"
    if (isWord(p) && !isCap(p) && /ing$/.test(p.lower) && SAY_FORMS.has(p.lower) && k - 2 >= floor && DETERMINERS.has(toks[k - 2].lower)) {
      k--;
      continue;
    }
    // the possessive of an abbreviation, written apart: "the U.N.’s children agency" (U.N / . / ’ / s)
    if ((p.text === '’' || p.text === "'") && toks[k].lower === 's' && toks[k].start === p.end && toks[k - 2]?.text === '.' && toks[k - 2].end === p.start) {
      k--;
      continue;
    }
    if (!npInside(p)) {
      if (nameParticle(toks, k - 1) && k - 2 >= floor) {
        k -= 2;
        continue;
      }
      // "a spokesman for the ministry": the determiner after a role's "of"/"for"
      const q = toks[k - 2];
      const r = toks[k - 3];
      // "Doctors Without Borders", "Campaign Against Arms Trade": a capitalised preposition inside a name
      if (isWord(p) && isCap(p) && NAME_PREPOSITIONS.has(p.lower) && isCap(toks[k]) && q && isWord(q) && isCap(q) && k - 2 >= floor) {
        k -= 2;
        continue;
      }
      if (DETERMINERS.has(p.lower) && q && (q.lower === 'of' || q.lower === 'for') && k - 3 >= floor && r && (ROLE_NOUNS.has(r.lower) || (isWord(r) && isCap(r)))) {
        k -= 2;
        continue;
      }
      // "and" inside a body's name: "the Food and Agriculture Organization", "The Alliance for Peace and Democracy said"
      if (p.lower === 'and' && q && isWord(q) && isCap(q) && k - 2 >= floor && isWord(toks[k]) && isCap(toks[k]) && (/^(?:organization|organisation|commission|council|authority|agency|administration|ministry|department|bureau|institute|service|board|front|alliance|union|party|fund|bank|association|society|foundation|committee|corporation|programme|program|centre|center|tribunal|court)$/.test(capsFrom(toks, k).lower) || (/^(?:of|for)$/.test(toks[k - 3]?.lower ?? '') && k - 4 >= floor && isWord(toks[k - 4]) && isCap(toks[k - 4])))) {
        k -= 2;
        continue;
      }
      // two names' modifiers joined by "and" before the people who speak: "Ukrainian and U.S. officials said"
      if (p.lower === 'and' && isWord(toks[k]) && isCap(toks[k]) && q && isWord(q) && isCap(q) && isDemonym(q.text) && k - 2 >= floor && !isCap(toks[j]) && (ROLE_NOUNS.has(toks[j].lower) || PEOPLE_HEADS.has(toks[j].lower) || BODY_HEADS.has(toks[j].lower))) {
        k -= 2;
        continue;
      }
      break;
    }
    // "5,600 buildings Turkish officials said were destroyed": a counted noun before the subject is the
    // figure the clause is about, not part of who says it
    if (isWord(p) && !isCap(p) && isCap(toks[k]) && k - 2 >= floor && /^\d/.test(toks[k - 2].text)) break;
    // "..., a move Lilly said was made to ...", "a figure Moscow disputes": the noun the clause is about, then who speaks
    if (isWord(p) && !isCap(p) && CLAUSE_OBJECT_NOUNS.has(p.lower) && isWord(toks[k]) && isCap(toks[k]) && k - 2 >= floor && DETERMINERS.has(toks[k - 2].lower)) break;
    // "In January President Biden had announced": a month before a capitalised word is a time, not the subject's
    if (isWord(p) && isCap(p) && MONTH_NAMES.has(p.lower) && isWord(toks[k]) && isCap(toks[k])) break;
    // "nine out of 10 voters said": a ratio is one phrase
    if (p.lower === 'of' && toks[k - 2]?.lower === 'out' && k - 3 >= floor && isWord(toks[k - 3]) && /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)$/i.test(toks[k - 3].text)) {
      k -= 3;
      continue;
    }
    // (or a maker of goods: "The world’s largest maker of cancer drugs said")
    if ((p.lower === 'of' || p.lower === 'for') && !(toks[k - 2] && (ROLE_NOUNS.has(toks[k - 2].lower) || MAKER_NOUNS.test(toks[k - 2].lower) || (isCap(toks[k - 2]) && isWord(toks[k - 2]))))) break;
    k--;
  }
  if (toks[k].lower === 'of' || toks[k].lower === 'for') k++;
  // (not a relative "that" before a name or people: "the quake that Afghan state media said killed 1,000 people",
  // "a toll that officials said rose"; "that report said" keeps its determiner)
  const relativeThat = toks[k - 1]?.lower === 'that' && isWord(toks[j]) && (isCap(toks[k]) || /^(?:media|people|police)$/.test(toks[j].lower) || pluralForm(toks[j].lower));
  if (k - 1 >= floor && DETERMINERS.has(toks[k - 1].lower) && !relativeThat) k--;
  return k;
}

/** The last of the capitalised words from k: "Agriculture Organization of the ..." → "Organization". */
function capsFrom(toks: Token[], k: number): Token {
  let e = k;
  while (toks[e + 1] && isWord(toks[e + 1]) && isCap(toks[e + 1])) e++;
  return toks[e];
}

/** The head of the noun phrase toks[j..last]: its last word before "of", "in", "at", "for" or "and" ("the fighting in Bakhmut" → "fighting"). */
function npHead(toks: Token[], j: number, last: number): number {
  for (let k = j + 1; k <= last; k++) if (/^(?:of|in|at|for|and)$/.test(toks[k].lower)) return k - 1;
  return last;
}

/** The noun phrase from token j forward (for inverted "said Kim", "according to X"); returns its last token or -1. */
function npForward(toks: Token[], j: number, max: number): number {
  let k = j;
  let last = -1;
  if (toks[k] && toks[k].text === '[') {
    // a placeholder the reviewer completes: "according to [source]"
    let q = k + 1;
    while (q < toks.length && q - k < 8 && toks[q].text !== ']') q++;
    return q < toks.length && toks[q].text === ']' ? q : -1;
  }
  if (toks[k] && /^["“‘']$/.test(toks[k].text)) {
    // reports "Reuters"
    let q = k + 1;
    while (q < toks.length && q - k < 8 && !/^["”’']$/.test(toks[q].text)) q++;
    return q < toks.length ? q : -1;
  }
  if (isWord(toks[k]) && PRONOUNS.has(toks[k].lower) && toks[k].lower !== 'who') return k;
  while (k < toks.length && k - j < max) {
    const t = toks[k];
    if (!isWord(t)) {
      // (a dash between spaces ends the phrase: "according to new official statistics - giving the country ...")
      // (a full stop only inside an abbreviation or before a capital: "U.S. government", "Corp. Chief"; not "the police. the police")
      if ((t.text === '-' || t.text === '&' || t.text === '.' || t.text === '’' || t.text === "'") && last === k - 1 && isWord(toks[k + 1]) && !(t.text === '-' && t.start > toks[k - 1].end && toks[k + 1].start > t.end) && !(t.text === '.' && toks[k + 1].start > t.end && !isCap(toks[k + 1]) && !/^(?:\p{Lu}\.)+\p{Lu}$/u.test(toks[k - 1].text))) {
        k++;
        continue;
      }
      break;
    }
    const lw = t.lower;
    // "that" after a noun opens a clause: "by The Wall Street Journal that North Korea may have ..."
    if (lw === 'that' && last >= 0) break;
    if (DETERMINERS.has(lw)) {
      // (an article right after the phrase's noun opens the next phrase: "the statistics shared by the Union Minister
      // the all-India average prices")
      if (last === k - 1 && /^(?:the|a|an)$/.test(lw)) break;
      k++;
      continue;
    }
    // ("said a statement from the ministry")
    // (and "to" inside a body's name: "the International Campaign to Ban Landmines", "the Committee to Protect Journalists")
    // (and "people familiar with the matter")
    if (lw === 'of' || lw === 'for' || lw === 'and' || lw === 'at' || lw === 'in' || (lw === 'with' && last === k - 1 && toks[last].lower === 'familiar') || (lw === 'from' && last >= 0 && DATA_NOUNS_AND_STATEMENTS.has(toks[last].lower)) || (lw === 'to' && last === k - 1 && isCap(toks[last]) && /^(?:campaign|committee|coalition|movement|alliance|fund|foundation|commission|mission|project|initiative|network|programme|program|council|partnership)$/.test(toks[last].lower) && isWord(toks[k + 1]) && isCap(toks[k + 1]))) {
      if (last >= 0 && toks[k + 1] && (isCap(toks[k + 1]) || DETERMINERS.has(toks[k + 1].lower))) {
        k++;
        continue;
      }
      break;
    }
    // ("according to recently released ... data": an adverb before the participle that opens the phrase)
    if (isAdverb(t) && last < 0 && toks[k + 1] && /ed$/.test(toks[k + 1].lower)) {
      k++;
      continue;
    }
    // ("USA Today", "India Today": a capitalised "Today" after a name is the name's)
    if (lw === 'today' && isCap(t) && last === k - 1 && isCap(toks[last])) {
      last = k++;
      continue;
    }
    // (a capitalised "May" after a name's word is its surname, no modal: "said Theresa May"; not a date: "Reuters May 5")
    if (lw === 'may' && isCap(t) && last === k - 1 && isCap(toks[last]) && !/^\d/.test(toks[k + 1]?.text ?? '')) {
      last = k++;
      continue;
    }
    // (a lower-case particle inside a name: "the Rio Grande do Sul Civil Defense")
    if (nameParticle(toks, k)) {
      k++;
      continue;
    }
    if (CLAUSE_STOP.has(lw) || PREPOSITIONS.has(lw) || isAdverb(t) || AUX.has(lw)) break;
    // (a noun after a determiner, though a verb of saying too: "according to the state civil defence authority")
    // ("according to state media": "state" before a noun is no verb)
    const modifier = isWord(toks[k + 1]) && !CLAUSE_STOP.has(toks[k + 1].lower) && !DETERMINERS.has(toks[k + 1].lower) && !PRONOUNS.has(toks[k + 1].lower) && !PREPOSITIONS.has(toks[k + 1].lower);
    // (a noun that ends the phrase after its modifiers: "according to SMMT’s revised forecast", "the group's latest estimate")
    if (SAY_FORMS.has(lw) && !isCap(t) && last === k - 1 && k > j && (!toks[k + 1] || !isWord(toks[k + 1])) && /^(?:forecast|forecasts|estimate|estimates|report|reports|count|tally|projection|projections)$/.test(lw)) {
      last = k;
      break;
    }
    if (SAY_FORMS.has(lw) && !isCap(t) && !DATA_NOUNS.has(lw) && !(modifier && ((k > j && DETERMINERS.has(toks[k - 1].lower)) || lw === 'state'))) break;
    if (/^\d/.test(t.text) && last < 0) break;
    // (a count after the name starts the clause: "according to the World Food Programme 12 million people")
    if (/^\d/.test(t.text) && toks[k + 1] && /^(?:million|billion|trillion|thousand|hundred|percent|per|%)$/.test(toks[k + 1].lower)) break;
    // a new phrase after a lower-case noun: "according to these initial results only four political groups have"
    // (not a year that dates the phrase's noun: "said a provisional 2011 Census report")
    const dating = /^(?:1[89]|20)\d\d$/.test(t.text) && !!toks[k + 1] && isWord(toks[k + 1]) && !/^\d/.test(toks[k + 1].text);
    if (last >= 0 && !isCap(toks[last]) && !isCap(t) && !dating && (lw === 'only' || isNumberWord(lw) || /^\d/.test(t.text))) break;
    last = k++;
  }
  return last;
}

interface Subject {
  start: number;
  /** For "The US ... has issued": the token span of the separated subject NP. */
  detached?: [number, number];
}

/**
 * The subject of the verb at token v: walks back over auxiliaries, adverbs,
 * time phrases and a relative pronoun to a noun phrase. -1: none; -2: negated,
 * passive or infinitive (no source).
 */
function subjectOf(toks: Token[], v: number, floor: number, progressive: boolean): Subject | -1 | -2 {
  let j = v - 1;
  let sawRelative = false;
  let steps = 0;
  while (j >= floor && steps++ < 16) {
    const t = toks[j];
    const lw = t.lower;
    if (NEGATION.has(lw)) return -2;
    if (REFUSAL.has(lw)) return -2;
    // (but "was able to confirm" reports as "confirmed" does: "The UN office was able to confirm that 847 civilians ...")
    if (lw === 'to' && toks[j - 1]?.lower === 'able' && j - 2 >= floor && (BE.has(toks[j - 2].lower) || AUX.has(toks[j - 2].lower))) {
      j -= 2;
      while (j > floor && (BE.has(toks[j - 1].lower) || AUX.has(toks[j - 1].lower))) j--;
      j--;
      continue;
    }
    if (lw === 'to') return -2; // infinitive: "expected to announce", "declined to say"
    if (BE.has(lw)) {
      if (!progressive) return -2; // passive: "is said to", "was reported"
      j--;
      continue;
    }
    if (AUX.has(lw) || (isWord(t) && (isAdverb(t) || /^(?:also|now|still|further|already|again|even|long|always|often|once)$/.test(lw)))) {
      j--;
      continue;
    }
    // a day before its month: "The Reserve Bank on Thursday, 10 August announced"
    if (j - 1 >= floor && (MONTH_NAMES.has(lw) || lw === 'may' || lw === 'august') && isCap(t) && /^\d{1,2}$/.test(toks[j - 1].text)) {
      j -= 2;
      while (j >= floor && (toks[j].text === ',' || TIME_WORDS.has(toks[j].lower) || /^(?:on|in|since|by)$/.test(toks[j].lower))) j--;
      continue;
    }
    // a day after its month: "Officials on May 5 reported"
    if (j - 1 >= floor && dayAfterMonth(toks, j)) {
      j -= 2;
      if (j >= floor && /^(?:on|in|since|by)$/.test(toks[j].lower)) j--;
      continue;
    }
    // a year with its preposition: "nations raising funds for tuberculosis implementation in 2012 have reported"
    if (/^(?:19|20)\d\d$/.test(t.text) && j - 1 >= floor && /^(?:in|since|during|until|through)$/.test(toks[j - 1].lower)) {
      j -= 2;
      continue;
    }
    if (TIME_WORDS.has(lw) && isWord(t)) {
      // "in September", "in early September", "late last week"
      let k = j - 1;
      while (k > floor && toks[k] && /^(?:early|late|mid|last|this|next|previous)$/.test(toks[k].lower)) k--;
      j = toks[k] && TIME_INTRO.has(toks[k].lower) ? k - 1 : k;
      continue;
    }
    if (RELATIVE.has(lw) && !sawRelative) {
      sawRelative = true;
      j--;
      if (toks[j]?.text === ',') j--;
      continue;
    }
    break;
  }
  if (j < floor) return -1;
  // A parenthesised acronym or aside after the subject: "the Council (NDRRMC) said"
  if (toks[j].text === ')') {
    let p = j - 1;
    while (p > floor && j - p < 8 && toks[p].text !== '(' && toks[p].text !== ')') p--;
    if (p > floor && toks[p].text === '(') j = p - 1;
    else return -1;
  }
  // Coordinated verbs share the subject: "Umerov thanked Berlin and said Kyiv needed 25 batteries".
  // (or contrasted, when the first subject can speak: "Modi didn't provide a new target but re-confirmed ...";
  // not "A 45% rally ... as taxes are paid in rubles but calculated ...")
  if ((toks[j].lower === 'and' || toks[j].lower === 'but') && j > floor && !sawRelative) {
    const first = firstNP(toks, afterDateline(toks, floor, j), j);
    if (first && toks[j].lower === 'but') {
      const head = toks[first[1]];
      // (or parties that speak: "The European parties to the deal have seen progress ... but said")
      if (!(isCap(head) || PRONOUNS.has(head.lower) || ROLE_NOUNS.has(head.lower) || PEOPLE_HEADS.has(head.lower) || BODY_HEADS.has(head.lower) || PARTIES.has(head.lower))) return -1;
    }
    return first ? { start: first[0], detached: first } : -1;
  }
  // A stray comma after a body's acronym that opens the clause: "The National Emergency Management Agency (NEMA), has said"
  if (toks[j].text === ',' && toks[j - 1]?.text === ')' && toks[j - 3]?.text === '(' && j - 4 >= floor && /^\p{Lu}[\p{Lu}\d&]{1,9}$/u.test(toks[j - 2].text) && isWord(toks[j - 4]) && isCap(toks[j - 4]) && v - j <= 3) {
    const start = npBack(toks, j - 4, floor);
    if (start >= 0 && start === afterDateline(toks, floor, start)) return { start };
  }
  // A name's degrees between commas belong to it: "Africa CDC Director-General Jean Kaseya, MD, MPH, said"
  while (toks[j]?.text === ',' && j - 2 > floor && CREDENTIALS.test(toks[j - 1].text) && toks[j - 2].text === ',' && isWord(toks[j - 3]) && isCap(toks[j - 3]) && !sawRelative) j -= 2;
  if (toks[j].text === ',' && toks[j - 1] && isWord(toks[j - 1]) && isCap(toks[j - 1]) && !CREDENTIALS.test(toks[j - 1].text) && toks.slice(j + 1, v).every((x) => x.text === ',' || CREDENTIALS.test(x.text)) && j + 1 < v && !sawRelative) {
    const start = npBack(toks, j - 1, floor);
    if (start >= 0 && (start === afterDateline(toks, floor, start) || toks[start - 1]?.text === ',')) return { start };
  }
  // An apposition between commas: "Kim Yo Jong, the leader’s sister, said"
  if (toks[j].text === ',' && !sawRelative) {
    let p = j - 1;
    // (a second apposition before this one: "The returning officer, Prof. Ada Bello, of the Federal University, Gashua, said")
    for (let comma = j, hop = 0; hop < 3; hop++) {
      p = comma - 1;
      // (a relative clause on the apposition's noun ends it: "Sviatlana Tsikhanouskaya, leader of the exiled Belarus
      // opposition whose husband Siarhei was released from jail in June, said")
      for (let k = comma - 1; k > floor + 1 && comma - k < 30 && toks[k].text !== ','; k--) if (/^(?:who|whose|which)$/.test(toks[k].lower) && isWord(toks[k - 1]) && !isCap(toks[k - 1]) && !CLAUSE_STOP.has(toks[k - 1].lower)) p = k - 1;
      // (a name's "and" between capitals and its acronym in brackets: "director-general of the Africa Centers for Disease Control and Prevention (Africa CDC),";
    // two roles joined by "and": "Lee Min, regional vice-chairman and chief executive of the lending arm, said";
    // or two nouns joined by "and" right before the closing comma: "Ukraine, a major grain grower and exporter, says")
      while (p > floor && comma - p < 20 && toks[p].text !== ',' && (!isWord(toks[p]) ? /^[-&.’'()]$/.test(toks[p].text) : (!CLAUSE_STOP.has(toks[p].lower) || (toks[p].lower === 'as' && toks[p - 1]?.lower === 'known') || (toks[p].lower === 'and' && isWord(toks[p - 1]) && isWord(toks[p + 1]) && ((isCap(toks[p - 1]) && isCap(toks[p + 1])) || (roleNoun(toks[p - 1].lower) && roleNoun(toks[p + 1].lower)) || (!isCap(toks[p + 1]) && !PRONOUNS.has(toks[p + 1].lower) && !DETERMINERS.has(toks[p + 1].lower) && !AUX.has(toks[p + 1].lower) && !SAY_FORMS.has(toks[p + 1].lower) && toks[p + 2]?.text === ',')))) && !AUX.has(toks[p].lower) && !(SAY_FORMS.has(toks[p].lower) && !DATA_NOUNS.has(toks[p].lower)))) p--;
      // a participle of saying opens a clause between the commas: "Zelensky, stating he would support the ceasefire, said"
      if (!(p > floor && toks[p].text === ',')) {
        let q = comma - 1;
        while (q > floor && comma - q < 20 && toks[q].text !== ',') q--;
        // (or a participle of publishing: "Home Office figures, published on Monday, showed")
        if (q > floor && toks[q].text === ',' && toks[q + 1] && SAY_FORMS.has(toks[q + 1].lower) && (toks[q + 1].lower.endsWith('ing') || /^(?:published|released|issued)$/.test(toks[q + 1].lower))) p = q;
      }
      if (!(p > floor && toks[p].text === ',' && p < comma - 1)) break;
      // (a participle clause on where the body is: "..., head of the group known as CRDH, based in Irumu, said")
      if (hop < 2 && toks[p + 1] && /^(?:based|located|headquartered)$/.test(toks[p + 1].lower) && comma - p < 8) {
        comma = p;
        continue;
      }
      const start = npBack(toks, p - 1, floor);
      // (a role with its "of" phrase, opening the clause: "Ethiopia's minister of agriculture, Mitiku Kassa, said")
      if (start === floor) for (let k = start + 1; k < p - 1; k++) if (toks[k].lower === 'of' && ROLE_NOUNS.has(toks[k - 1].lower)) return { start };
      // (not the object of a preposition: "... in the outskirts of Dera Ismail Khan, a main city in the province, said Dr Nasir Malik")
      const objectOf = start > floor && isWord(toks[start - 1]) && /^(?:in|of|at|near|from|to|on|into|outside|inside)$/.test(toks[start - 1].lower);
      // (a report or a body too: "The report, released Wednesday by a panel ..., estimated")
      // (a date is no speaker: "..., its fifth hike since March, as it battles inflation, reports Reuters")
      // (the head before an abbreviation's full stop: "Alison Management Corp., the ship operator, revealed")
      const hw = toks[p - 1].text === '.' && p - 2 >= floor && toks[p - 2].end === toks[p - 1].start ? toks[p - 2] : toks[p - 1];
      // (a role in a place that opens its clause after a comma, the person's name in an apposition of its own: "..., the
      // agency's envoy in Niger, Anna Berg, said"; after a name it is the name's, and a town follows: see below)
      if (hop === 0 && objectOf && /^(?:in|at)$/.test(toks[start - 1].lower) && start - 2 >= floor && isWord(toks[start - 2]) && ROLE_NOUNS.has(toks[start - 2].lower) && comma - p >= 3 && toks.slice(p + 1, comma).every((x) => isWord(x) && isCap(x))) {
        const s2 = npBack(toks, start - 2, floor);
        if (s2 > floor + 1 && toks[s2 - 1].text === ',' && isWord(toks[s2 - 2]) && !isCap(toks[s2 - 2])) return { start: s2 };
      }
      // (a town after a place of work, in an apposition of its own: "Avi Kumar, a consultant at Fortis Hospital, Okhla, said")
      if (hop < 2 && objectOf && /^(?:at|in)$/.test(toks[start - 1].lower) && comma - p <= 3 && toks.slice(p + 1, comma).every((x) => isWord(x) && isCap(x)) && toks.slice(floor, start).some((x) => x.text === ',')) {
        comma = p;
        continue;
      }
      // (the speaker before a place: "The monitoring system in Chile, known as VigiFlu, also estimates")
      if (objectOf && /^(?:in|at|from)$/.test(toks[start - 1].lower) && start - 2 >= floor && isWord(toks[start - 2]) && (BODY_HEADS.has(toks[start - 2].lower) || ROLE_NOUNS.has(toks[start - 2].lower) || PEOPLE_HEADS.has(toks[start - 2].lower))) {
        // (where the phrase opens its clause: not a role after a name, "Kaniz Fatema, superintendent of Police in Munshiganj district, ...")
        const s2 = npBack(toks, start - 2, floor);
        if (s2 >= 0 && toks[s2 - 1]?.text !== ',') return { start: s2 };
      }
      // (a name's own connector between capitals, the name opening the clause: "Research in Motion's co-chief executive, James
      // L. Balsillie, said", "Bank of America's chief, ..., said")
      if (objectOf && /^(?:in|of|on)$/.test(toks[start - 1].lower) && start - 2 >= floor && isWord(toks[start - 2]) && isCap(toks[start - 2]) && isCap(toks[start]) && (start - 2 === floor || toks[start - 3].text === ',')) return { start: start - 2 };
      // (nor a list of places after a preposition: "... of tornado touchdowns in Oklahoma, Kansas, Nebraska and Iowa, said Pat Slattery")
      let listAt = start - 1;
      while (listAt > floor && (toks[listAt].text === ',' || (isWord(toks[listAt]) && isCap(toks[listAt])))) listAt--;
      const listAfterPreposition = start > floor && toks[start - 1].text === ',' && listAt >= floor && listAt < start - 2 && /^(?:in|of|at|from|across|to|into|including)$/.test(toks[listAt].lower) && toks.slice(p + 1, comma).some((x) => x.lower === 'and') && toks.slice(p + 1, comma).every((x) => x.lower === 'and' || (isWord(x) && isCap(x)));
      // (or any noun that opens the sentence before a name between commas: "The largest buyer of Russian oil, India, said")
      const namedAfter = start === floor && hop === 0 && DETERMINERS.has(toks[start].lower) && toks.slice(p + 1, comma).every((x) => isWord(x) && isCap(x));
      if (start >= 0 && !objectOf && !listAfterPreposition && isWord(hw) && !(TIME_WORDS.has(hw.lower) || hw.lower === 'may') && (isCap(hw) || particleName(hw) || ROLE_NOUNS.has(hw.lower) || DATA_NOUNS.has(hw.lower) || BODY_HEADS.has(hw.lower) || namedAfter)) return { start };
      if (!(objectOf && toks[start - 1].lower === 'of' && start - 2 > floor && toks[start - 2].text === ',')) break;
      comma = start - 2;
    }
    // A relative clause between commas: "Chirwa, who is seeking a second term, said"
    for (p = j - 1; p > floor && j - p < 30 && toks[p].text !== ','; p--);
    if (p > floor && toks[p].text === ',' && toks[p + 1] && /^(?:who|whose|which)$/.test(toks[p + 1].lower)) {
      // (the name before its acronym in brackets: "The Nigerian Communications Commission (NCC), which disclosed this, stated")
      const h = toks[p - 1].text === ')' && toks[p - 3]?.text === '(' && /^\p{Lu}[\p{Lu}\d&]{1,9}$/u.test(toks[p - 2].text) && p - 4 >= floor ? p - 4 : p - 1;
      const start = npBack(toks, h, floor);
      const speaks = (k: number) => isWord(toks[k]) && (isCap(toks[k]) || particleName(toks[k]) || ROLE_NOUNS.has(toks[k].lower) || BODY_HEADS.has(toks[k].lower) || PEOPLE_HEADS.has(toks[k].lower));
      // (the clause's noun after a preposition is no subject: "... sent 13,000 containers to Russia, which could hold
      // 6 million shells, reported Yonhap"; the head before the preposition may be: "Officials in Kyiv, who ..., said")
      if (start > floor && isWord(toks[start - 1]) && /^(?:in|of|at|near|from|to|on|into|outside|inside|for|with)$/.test(toks[start - 1].lower)) {
        const s2 = start - 2 >= floor && speaks(start - 2) ? npBack(toks, start - 2, floor) : -1;
        return s2 >= 0 ? { start: s2 } : -1;
      }
      // (a clause on "whose" tells of what the subject has, no words of its: "Tony Xu, whose stake is worth $2.8 billion, said"
      // shows "Tony Xu ... said")
      const whose = toks[p + 1].lower === 'whose';
      if (start >= 0 && isWord(toks[h]) && (isCap(toks[h]) || particleName(toks[h]) || ROLE_NOUNS.has(toks[h].lower) || BODY_HEADS.has(toks[h].lower))) return whose ? { start, detached: [start, h] } : { start };
      // (any noun that opens its clause, alone or joined by "and" to a name: "OPEC and its partners, which ..., say")
      if (start >= 0 && isWord(toks[h]) && !isAdverb(toks[h])) {
        const joined = start - 2 >= floor && toks[start - 1].lower === 'and' && isWord(toks[start - 2]) && isCap(toks[start - 2]) ? npBack(toks, start - 2, floor) : -1;
        if (start === floor || joined === floor) return { start: joined === floor ? joined : start };
      }
    }
    return -1;
  }
  const start = npBack(toks, j, floor);
  if (start < 0) return -1;
  // An NP that is the object of a preposition ("back to the summer has issued")
  // is not the subject: the subject is the clause's first noun phrase.
  const before = toks[start - 1];
  // "economists at the WIFO institute estimate": the head before a short prepositional phrase
  // (or a body's: "authorities from the two countries said", "police in the three provinces said")
  if (before && /^(?:at|from|in|with)$/.test(before.lower) && start - 2 >= floor && isWord(toks[start - 2]) && (PEOPLE_HEADS.has(toks[start - 2].lower) || BODY_HEADS.has(toks[start - 2].lower))) {
    const s2 = npBack(toks, start - 2, floor);
    if (s2 >= 0) return { start: s2 };
  }
  // (two places joined by "and": "officials in China and Taiwan report")
  if (before && before.lower === 'and' && start - 4 >= floor && isWord(toks[start - 2]) && isCap(toks[start - 2]) && /^(?:at|from|in|with)$/.test(toks[start - 3].lower) && isWord(toks[start - 4]) && PEOPLE_HEADS.has(toks[start - 4].lower)) {
    const s2 = npBack(toks, start - 4, floor);
    if (s2 >= 0) return { start: s2 };
  }
  // "..., a reporting partner in North Korea told": a noun phrase that opens its clause after a comma, then a place
  if (before && /^(?:at|from|in|with)$/.test(before.lower) && start - 2 >= floor && isWord(toks[start - 2]) && !isCap(toks[start - 2]) && !/(?:ed|ing)$/.test(toks[start - 2].lower)) {
    const s2 = npBack(toks, start - 2, floor);
    if (s2 > floor && toks[s2 - 1].text === ',' && DETERMINERS.has(toks[s2].lower)) return { start: s2 };
  }
  // (and with a participle of place between: "..., a United Nations official based in Papua New Guinea told")
  if (before && /^(?:at|in)$/.test(before.lower) && start - 3 >= floor && /^(?:based|stationed|located)$/.test(toks[start - 2].lower) && isWord(toks[start - 3]) && !isCap(toks[start - 3])) {
    const s2 = npBack(toks, start - 3, floor);
    if (s2 >= floor && (s2 === floor || toks[s2 - 1].text === ',') && DETERMINERS.has(toks[s2].lower)) return { start: s2 };
  }
  // "The EU naval force patrolling the Indian Ocean said": a participle's object is not the subject; the phrase
  // before it, opening the clause, is (not a verb of saying: "a reporting partner")
  if (before && isWord(before) && !isCap(before) && /[a-z]{3}ing$/.test(before.lower) && !SAY_FORMS.has(before.lower) && start - 2 >= floor && isWord(toks[start - 2])) {
    const s2 = npBack(toks, start - 2, floor);
    if (s2 >= 0 && (s2 === floor || /^[,;:]$/.test(toks[s2 - 1].text)) && (isCap(toks[start - 2]) || ROLE_NOUNS.has(toks[start - 2].lower) || BODY_HEADS.has(toks[start - 2].lower) || PEOPLE_HEADS.has(toks[start - 2].lower) || PARTIES.has(toks[start - 2].lower))) return { start: s2 };
  }
  // "Economists polled by Reuters had forecast", "analysts surveyed by LSEG expected": the people polled
  if (before && before.lower === 'by' && start - 3 >= floor && /^(?:polled|surveyed|interviewed|questioned|consulted|contacted)$/.test(toks[start - 2].lower) && isWord(toks[start - 3]) && PEOPLE_HEADS.has(toks[start - 3].lower)) {
    const s2 = npBack(toks, start - 3, floor);
    if (s2 >= 0) return { start: s2 };
  }
  // "government officials briefed on the matter said": the people briefed
  if (before && before.lower === 'on' && start - 3 >= floor && toks[start - 2].lower === 'briefed' && isWord(toks[start - 3]) && (PEOPLE_HEADS.has(toks[start - 3].lower) || ROLE_NOUNS.has(toks[start - 3].lower))) {
    const s2 = npBack(toks, start - 3, floor);
    if (s2 >= 0) return { start: s2 };
  }
  // "data from the statistics office showed", "a survey by Gallup found": the data noun the phrase follows
  if (before && (before.lower === 'from' || before.lower === 'by') && start - 2 >= floor && isWord(toks[start - 2]) && DATA_NOUNS.has(toks[start - 2].lower)) {
    const s2 = npBack(toks, start - 2, floor);
    if (s2 >= 0) return { start: s2 };
  }
  // "two people familiar with the talks said", "a source close to the ministry told": the head
  // before the adjective that the phrase follows
  const adjective = toks[start - 2];
  if (before && adjective && start - 3 >= floor && isWord(adjective) && ((before.lower === 'with' && adjective.lower === 'familiar') || (before.lower === 'to' && adjective.lower === 'close'))) {
    const s2 = npBack(toks, start - 3, floor);
    if (s2 >= 0) return { start: s2 };
  }
  // ("came after the US said": after, before, since and until open a clause whose subject is a speaker;
  // not "after the partial mobilisation announced in September")
  const clauseOpener = !!before && /^(?:after|before|since|until)$/.test(before.lower) && (isCap(toks[j]) || ROLE_NOUNS.has(toks[j].lower) || BODY_HEADS.has(toks[j].lower) || PEOPLE_HEADS.has(toks[j].lower) || NOUNLIKE_S.has(toks[j].lower));
  if (!sawRelative && !progressive && before && isWord(before) && PREPOSITIONS.has(before.lower) && !/^(?:as|of|like|than|for|by)$/.test(before.lower) && !clauseOpener && !PRONOUNS.has(toks[j].lower)) {
    // (a tag at the sentence's end opens after its comma: "..., their updated report on the 2018 access plan said.",
    // "..., the provisional data presented to the Council of Common Interest (CCI) shows.")
    if (!toks[v + 1] || /^[.!]$/.test(toks[v + 1].text)) {
      let c = start - 2;
      while (c > floor && start - c < 16 && toks[c].text !== ',' && !CLAUSE_STOP.has(toks[c].lower) && !(SAY_FORMS.has(toks[c].lower) && !DATA_NOUNS.has(toks[c].lower) && !NOUNLIKE_S.has(toks[c].lower))) c--;
      const head = c > floor && toks[c].text === ',' ? firstNP(toks, c + 1, start - 1) : undefined;
      if (head && head[0] === c + 1 && (DETERMINERS.has(toks[c + 1].lower) || isCap(toks[c + 1]))) return { start: c + 1 };
    }
    const first = firstNP(toks, floor, start - 1);
    if (first) return { start: first[0], detached: first };
  }
  // two names joined by "and" that open their clause speak together: "..., South Korea and Japan say"
  // (not "fired at Kyiv and Ukraine said": a name after a preposition is no subject)
  if (before?.lower === 'and' && isCap(toks[start]) && start - 2 >= floor && isWord(toks[start - 2]) && isCap(toks[start - 2])) {
    const s2 = npBack(toks, start - 2, floor);
    if (s2 >= 0 && (s2 === floor || /^(?:[,;:—–]|that)$/.test(toks[s2 - 1].lower))) return { start: s2 };
  }
  return { start };
}

/** The comma that closes a relative clause after the verb at v, before the main clause's verb ("..., was down 5%"), or -1. */
function relativeClose(toks: Token[], v: number): number {
  for (let k = v + 1; k < toks.length - 1 && k - v < 40; k++) {
    if (toks[k].text === ';') return -1;
    // (or any verb of saying in the past: "The company, which reported revenue below expectations, projected sales of ...")
    if (toks[k].text === ',' && (/^(?:was|were|is|are|has|had|have|will|would|fell|rose|jumped|dropped|closed|ended|gained|lost|slipped|climbed|posted|reported|saw|said|says|told|added|expects|expected|forecast|raised|cut|lowered)$/.test(toks[k + 1].lower) || (/ed$/.test(toks[k + 1].lower) && SAY_FORMS.has(toks[k + 1].lower)))) return k;
  }
  return -1;
}

/**
 * "A study of more than 100,000 adults found", "a survey by the bank of 2,000
 * firms shows": a data noun with its "of"/"by"/"from"/"for" phrase, however long,
 * opening the clause of a data verb at v (no comma or clause word between).
 */
function dataSubject(toks: Token[], v: number, floor: number): Subject | undefined {
  for (let d = v - 2; d >= floor && v - d <= 14; d--) {
    const t = toks[d];
    if (t.text === ',' || t.text === ';' || CLAUSE_STOP.has(t.lower) || AUX.has(t.lower) || BE.has(t.lower)) return undefined;
    // (or its participle: "Government data released on January 31 showed")
    // (or the period it covers: "Data for November showed", "Figures for the third quarter show")
    if (isWord(t) && DATA_NOUNS.has(t.lower) && (/^(?:of|by|from|for)$/.test(toks[d + 1]?.lower ?? '') || MADE_BY.has(toks[d + 1]?.lower ?? ''))) {
      const np = MADE_BY.has(toks[d + 1].lower) ? npBack(toks, d, floor) : -1;
      const start = np >= 0 ? np : d - 1 >= floor && DETERMINERS.has(toks[d - 1].lower) ? d - 1 : d;
      // the phrase opens its clause: nothing but a conjunction or the clause start before it
      return start === floor || /^(?:and|but|[,;:])$/.test(toks[start - 1].lower) ? { start } : undefined;
    }
  }
  return undefined;
}

/**
 * Past a wire story's dateline at the clause's start: "PARIS (Reuters) – ", "KABUL, Oct 5 (Reuters) - ", "NEW DELHI: "
 * (a place in capitals, maybe a date and an agency in brackets, then a dash or a colon); else `floor`.
 */
function afterDateline(toks: Token[], floor: number, limit: number): number {
  let k = floor;
  while (k < limit && isWord(toks[k]) && /^\p{Lu}[\p{Lu}.'’-]+$/u.test(toks[k].text)) k++;
  if (k === floor) return floor;
  for (let n = 0; k < limit && n < 10 && !/^[-–—:]$/.test(toks[k].text); n++, k++) if (!/^[,.()/]$/.test(toks[k].text) && !/^\d{1,2}$/.test(toks[k].text) && !(isWord(toks[k]) && isCap(toks[k]))) return floor;
  return k < limit && /^[-–—:]$/.test(toks[k].text) ? k + 1 : floor;
}

/** The noun phrase that opens the clause at `floor` (for "The US throughout months ... has issued"). */
/** Past tenses not in -ed that end a subject's noun phrase: "Police gave no details but said". */
const IRREGULAR_PAST = words('gave took made went came held kept met paid sent spent sold bought brought built began became grew knew thought found left lost won ran saw wrote drove fell rose stood struck fought broke shot threw chose spoke stole sank tore fled');

function firstNP(toks: Token[], floor: number, limit: number): [number, number] | undefined {
  let k = floor;
  while (k < limit && !isWord(toks[k])) k++;
  if (k >= limit) return undefined;
  const t = toks[k];
  if (PREPOSITIONS.has(t.lower) || CLAUSE_STOP.has(t.lower) || isAdverb(t)) return undefined;
  let last = -1;
  let j = k;
  if (DETERMINERS.has(t.lower)) j++;
  // (a past tense after the phrase is its verb: "Russia fired 30 drones, saying")
  // (past the full stop of a title: "Dr. Richard Peeperkorn, WHO representative ..., said")
  while (j < limit && ((isWord(toks[j]) && npInside(toks[j])) || (j > k && toks[j].text === '.' && NAME_TITLES.has(toks[j - 1].text) && !!toks[j + 1] && isCap(toks[j + 1]))) && !PREPOSITIONS.has(toks[j].lower) && !NEGATION.has(toks[j].lower) && j - k < 8 && !(j > k && !isCap(toks[j]) && (/[a-z]ed$/.test(toks[j].lower) || IRREGULAR_PAST.has(toks[j].lower)) && !DETERMINERS.has(toks[j - 1].lower))) last = j++;
  return last >= k ? [k, last] : undefined;
}

function clauseFloor(toks: Token[], v: number, sentenceFloor: number): number {
  // a semicolon or a colon starts a new clause for the subject search
  for (let k = v - 1; k > sentenceFloor; k--) if (toks[k].text === ';') return k + 1;
  return sentenceFloor;
}

// ---------------------------------------------------------------------------
// Cues of one sentence

/** Is there a "by" after the verb at v that names an agent, not a deadline? */
function agentAfter(toks: Token[], v: number): boolean {
  for (let k = v + 1; k < toks.length; k++) if (toks[k].lower === 'by' && !deadlineAt(toks, k)) return true;
  return false;
}

/** Is "by" at k a deadline ("by Monday night", "by the end of June"), not an agent? */
function deadlineAt(toks: Token[], k: number): boolean {
  const n = toks[k + 1]?.lower ?? '';
  return TIME_WORDS.has(n) || /^(?:then|now|tomorrow|tonight|noon|midnight|next|early|late|mid|\d{4})$/.test(n) || (n === 'the' && /^(?:end|start|beginning|middle|close|time)$/.test(toks[k + 2]?.lower ?? ''));
}

/**
 * The last token of the speaker after the verb at token v: "..., said Kim", "said the ministry", "said engineer
 * Nirmal Prasad", "..., says health ministry", "said one resident", `reports "Reuters"`. -1 when the words after name no one.
 */
function invertedSpeaker(toks: Token[], v: number): number {
  const lw = toks[v].lower;
  const prev = toks[v - 1];
  const last = npForward(toks, v + 1, 10);
  if (last > v) {
    const first = toks[v + 1];
    // (a determiner's phrase names a speaker: "said the ministry", not "estimated the amount")
    let h = v + 1;
    while (h < last && !/^(?:of|for|at|from|in|with|on)$/.test(toks[h + 1].lower)) h++;
    const head = toks[h];
    // (not a time: "..., estimated the previous September for each year, ..."; "said a ... report released Wednesday" is a report)
    let timeOnly = TIME_WORDS.has(head.lower);
    for (let k = v + 1; k < h && timeOnly; k++) timeOnly = DETERMINERS.has(toks[k].lower) || /^(?:previous|following|same|early|late|mid)$/.test(toks[k].lower);
    const speaker = timeOnly ? false : !DETERMINERS.has(first.lower) || isCap(head) || ROLE_NOUNS.has(head.lower) || BODY_HEADS.has(head.lower) || PEOPLE_HEADS.has(head.lower) || DATA_NOUNS_AND_STATEMENTS.has(head.lower) || SOURCE_NOUNS.has(head.lower);
    // (or a role before a name: "..., said engineer Nirmal Prasad", "said police spokesman Mahmud Bassal")
    const roleName = /^(?:said|says|added|told|confirmed|stated|noted|explained)$/.test(lw) && isWord(first) && !isCap(first) && !DETERMINERS.has(first.lower) && (isCap(toks[last]) || particleName(toks[last])) && isWord(toks[last]);
    // (or a body with no article, as headlines write it: "..., says health ministry")
    // (and officials of a kind: "..., say disaster relief officials")
    const bareBody = /^(?:said|says|say|added)$/.test(lw) && isWord(first) && !isCap(first) && !DETERMINERS.has(first.lower) && !PRONOUNS.has(first.lower) && h === last && (BODY_HEADS.has(head.lower) || ROLE_NOUNS.has(head.lower) || SOURCE_NOUNS.has(head.lower) || (PEOPLE_HEADS.has(head.lower) && /s$/.test(head.lower)));
    // (or one of a group: "..., said one resident", "another official said")
    // (and "said one of its residents")
    const member = toks[v + 2]?.lower === 'of' ? toks[last] : head;
    const oneOf = /^(?:one|another)$/.test(first.lower) && (PEOPLE_HEADS.has(member.lower) || ROLE_NOUNS.has(member.lower));
    // (a verb after the phrase makes it a clause's subject, not a speaker: "..., said the government will spend", "..., said it is important")
    const after = toks[last + 1];
    const clause = prev?.text === ',' && !!after && isWord(after) && /^(?:is|are|was|were|will|would|could|can|may|might|should|must|had|has|have)$/.test(after.lower);
    // ("..., Guadalupe Taddei, said that Jorge Álvarez ... came in third": "that" opens what was said)
    if (first.lower === 'that') return -1;
    // (a name written in camel case is a name: "..., said iQair, a website that tracks air pollution")
    if (!clause && ((isWord(first) && (PRONOUNS.has(first.lower) || isCap(first) || /^\p{Ll}{1,2}\p{Lu}/u.test(first.text) || DETERMINERS.has(first.lower)) && speaker) || roleName || bareBody || oneOf || /^["“]$/.test(first.text))) return last;
  }
  return -1;
}

/** A cue that speaks for its own clause only: from `from` on, and to the first comma after the verb at v when `toComma`. */
function ownClause(span: Cue, from: number, toks: Token[], v: number, toComma: boolean): Cue {
  let close = -1;
  if (toComma) for (let k = v + 1; k < toks.length && close < 0; k++) if (toks[k].text === ',') close = k;
  return close >= 0 ? { ...span, from, until: toks[close].start } : { ...span, from };
}

/** A number or a word of quantity among the `n` tokens from k: "at over five", "at two-thirds", "at twice as many". */
function quantityWithin(toks: Token[], k: number, n: number): boolean {
  return toks.slice(k, k + n).some((x) => /^[\d$€£¥₹]/.test(x.text) || x.lower.split(/[-–]/).some((w) => isNumberWord(w) || /^(?:dozens?|hundreds|thousands|millions|billions|half|halves|thirds?|quarters?|several|few|twice|double|triple|treble)$/.test(w)));
}

function verbCue(text: string, toks: Token[], v: number): Cue | undefined {
  const t = toks[v];
  const lemma = SAY_FORMS.get(t.lower);
  if (!lemma) return undefined;
  const prev = toks[v - 1];
  const next = toks[v + 1];
  const lw = t.lower;
  // "you" in general is no source: "If you add that to those already recovered, the toll could top 100"
  if (prev && prev.lower === 'you' && lw === lemma) return undefined;
  // a plural's possessive is a noun: "Four states' minimum wage will rise to $17", "the reports’ authors"
  if (/s$/.test(lw) && next && /^['’]$/.test(next.text) && next.start === t.end && toks[v + 2] && isWord(toks[v + 2]) && toks[v + 2].start > next.end) return undefined;
  // A plural before an -s form makes it a noun, not the plural's verb: "for investments and armaments projects", "defence budget estimates"
  if (NOUNLIKE_S.has(lw) && prev && isWord(prev) && !isCap(prev) && pluralForm(prev.lower) && !/^(?:news|its|has|was|thus|plus|always|perhaps|sometimes|whereas)$/.test(prev.lower)) return undefined;
  // A noun after the name it is of, which follows an amount or a possessive: "its $20 billion Liquefied Natural Gas (LNG)
  // project in Mozambique", "their Arctic LNG 2 project" (not "Officials (UN) project 40 deaths")
  if (lw === lemma && !isCap(t) && /^(?:project|report|estimate|forecast|count|record|survey|tally|plan)$/.test(lw) && prev && (isCap(prev) || prev.text === ')')) {
    let b = v - 1;
    for (let guard = 0; b > 0 && guard < 8; guard++) {
      if (toks[b].text === ')' && toks[b - 1] && isCap(toks[b - 1]) && toks[b - 2]?.text === '(') b -= 3;
      else if (isWord(toks[b]) && isCap(toks[b])) b--;
      else if (/^\d/.test(toks[b].text) && toks[b - 1] && isWord(toks[b - 1]) && isCap(toks[b - 1])) b--;
      else break;
    }
    const before = toks[b];
    if (b < v - 1 && before && (/^(?:its|their|his|her|our|million|billion|trillion|bn|m)$/.test(before.lower) || /^[\d$€£¥₩₹₽₴]/.test(before.text))) return undefined;
  }
  // A capitalised word inside a name is no verb: "The United States has committed", "Crime Reports"
  // (only the -s forms that are more often nouns: "North Korea Says ..." stays a headline's verb)
  // (a headline's data and its verb are none: "Poll Shows 61% Back the Plan", "Study Finds")
  if (NOUNLIKE_S.has(lw) && isCap(t) && prev && isWord(prev) && isCap(prev) && t.start === prev.end + 1 && !(/^(?:shows|finds)$/.test(lw) && DATA_NOUNS.has(prev.lower))) return undefined;
  // A capitalised base form after a capitalised word, before punctuation, a capital or a verb, ends a name:
  // "the Armed Conflict Location and Event Data Project, over 29,683", "the Drudge Report said" (not "Officials Say 300 Killed",
  // nor a title-case headline's plural and "Say": "Afghan Officials Say US Air Strike Kills 11 Civilians")
  if (lw === lemma && isCap(t) && prev && isWord(prev) && isCap(prev) && t.start === prev.end + 1 && (!next || !isWord(next) ? !/^[\d$€£¥₩₹₽₴]/.test(next?.text ?? '') : isCap(next) || SAY_FORMS.has(next.lower)) && !(lw === 'say' && /[^s']s$/.test(prev.lower))) return undefined;
  // "in Zacatecas state.", "Kano state officials": a region after its name, not a verb
  if (lw === 'state' && !isCap(t) && prev && isWord(prev) && isCap(prev) && (!next || !isWord(next) || PREPOSITIONS.has(next.lower) || ROLE_NOUNS.has(next.lower) || PEOPLE_HEADS.has(next.lower) || BODY_HEADS.has(next.lower) || /^(?:capital|governor|government|police|legislature|assembly)$/.test(next.lower))) return undefined;
  // "the former Lagos State governor polled", "Osun State Command": "State" after a place's name, before the office or body it heads
  if (lw === 'state' && isCap(t) && prev && isWord(prev) && isCap(prev) && t.start === prev.end + 1 && next && isWord(next) && !isCap(next) && (ROLE_NOUNS.has(next.lower) || PEOPLE_HEADS.has(next.lower) || BODY_HEADS.has(next.lower) || /^(?:capital|governor|government|police|legislature|assembly|house|command|university|polytechnic|chapter|council)$/.test(next.lower))) return undefined;
  // (or before a preposition, a conjunction or punctuation: "the divisions of Lagos State by the administration", "Lagos State, and")
  if (lw === 'state' && isCap(t) && prev && isWord(prev) && isCap(prev) && t.start === prev.end + 1 && (!next || !isWord(next) || PREPOSITIONS.has(next.lower) || /^(?:and|or|but)$/.test(next.lower))) return undefined;
  // "officials of the abolished state firm": "state" before what the state owns or runs is a noun
  if (lw === 'state' && !isCap(t) && next && isWord(next) && !isCap(next) && /^(?:firm|firms|company|companies|corporation|media|television|tv|broadcaster|agency|agencies|enterprise|enterprises|bank|banks|utility|utilities|oil|energy|run|owned|funds|budget|level|department|departments|officials|news|secrets?|visit|dinner|funeral|banquet|lender|lenders|insurer|railway|airline|carrier|power|water|schools?|hospitals?)$/.test(next.lower)) return undefined;
  // "The U.S. State Department accused": "State" before a capitalised word is a name's
  if (lw === 'state' && isCap(t) && next && isWord(next) && isCap(next) && !/^(?:that|the|a|an|it|he|she|they|we)$/.test(next.lower)) return undefined;
  // a forecast temperature, a participle after its scale: "with highs of 38 degrees Celsius forecast, ..."
  if (/^(?:forecast|expected|predicted|projected)$/.test(lw) && prev && (/^(?:celsius|fahrenheit|centigrade|degrees)$/.test(prev.lower) || /^\d+(?:\.\d+)?°?[CF]$/.test(prev.text)) && (!next || /^[,.;)]$/.test(next.text) || /^(?:for|in|on|this|next|today|tomorrow)$/.test(next.lower))) return undefined;
  // a participle after a percentage qualifies it: "a smaller rise than the 0.5 per cent recorded in May"
  if (/ed$/.test(lw) && prev && (prev.text === '%' || prev.lower === 'percent' || (prev.lower === 'cent' && toks[v - 2]?.lower === 'per')) && next && isWord(next) && /^(?:in|on|at|during|last|this|over|for|since|earlier|a|the)$/.test(next.lower)) return undefined;
  // a cricket innings closed: "scored 247 for six declared", "had declared their first innings on 312"
  if (lw === 'declared' && prev && (/^\d/.test(prev.text) || isNumberWord(prev.lower))) return undefined;
  // admitted to a hospital is no admission of anything: "one in every 187 patients admitted to the hospital"
  if (lemma === 'admit' && next?.lower === 'to' && toks.slice(v + 2, v + 5).some((x) => /^(?:hospitals?|icu|intensive|clinics?|wards?|care|treatment)$/.test(x.lower))) return undefined;
  if (/^declar(?:e|es|ed|ing)$/.test(lw) && next && (next.lower === 'innings' || (/^(?:their|the|its|his|her|our|a)$/.test(next.lower) && (toks[v + 2]?.lower === 'innings' || toks[v + 3]?.lower === 'innings')))) return undefined;
  // "officials briefed on the matter said": the participle names who was told; the verb after it speaks
  if (lw === 'briefed' && next?.lower === 'on' && prev && isWord(prev) && (PEOPLE_HEADS.has(prev.lower) || ROLE_NOUNS.has(prev.lower))) return undefined;
  // "admitting privileges at nearby hospitals": a hospital's leave to admit, no admission
  if (lw === 'admitting' && next && /^(?:privileges|rights|physician|physicians|doctor|doctors|hospital|office|staff|diagnosis)$/.test(next.lower)) return undefined;
  // an -ing noun after an article and a modifier that speaks for no one: "Taiwan issued a land warning and evacuated ..."
  if (/ing$/.test(lw) && prev && isWord(prev) && !isCap(prev) && !speakerNoun(prev) && /^(?:a|an|the)$/.test(toks[v - 2]?.lower ?? '') && (!next || !isWord(next) || /^(?:and|or|but|for|to|in|on|at|of)$/.test(next.lower))) return undefined;
  // "the bank's former money laundering reporting officer": a reporting role, no report
  if (lw === 'reporting' && next && /^(?:officer|officers|requirements?|obligations?|rules?|period|standards?|line|lines|system|systems|deadline|season)$/.test(next.lower)) return undefined;
  // "Rest assured, ...": an idiom, no one assures
  if (lw === 'assured' && prev?.lower === 'rest') return undefined;
  // "issue warning letters", "fired warning shots": a warning that names what is sent is a noun's modifier
  if (lw === 'warning' && next && WARNING_THINGS.has(next.lower)) return undefined;
  // Adjectives: "an estimated 300", "reported cases", "the promised tanks", "300 confirmed deaths"
  if (/(?:ed|en|wn)$/.test(lw) || lw === 'told' || lw === 'said' || lw === 'found') {
    // (an adverb after a subject or an auxiliary is the verb's: "Duterte has officially pegged", "The ministry officially reported")
    const adverbOfVerb = /^(?:newly|widely|officially)$/.test(prev?.lower ?? '') && !!toks[v - 2] && isWord(toks[v - 2]) && (AUX.has(toks[v - 2].lower) || PRONOUNS.has(toks[v - 2].lower) || (isCap(toks[v - 2]) && !DETERMINERS.has(toks[v - 2].lower)));
    // (not a year with its preposition after a subject, the verb with its object: "The company in 2019 reported 40 deaths")
    const yearBetween = !!prev && /^(?:19|20)\d\d$/.test(prev.text) && v >= 3 && /^(?:in|since|during|through)$/.test(toks[v - 2].lower) && isWord(toks[v - 3]) && !!next && (startsNumber(toks, v + 1) || /^(?:that|a|an|the|its|their|his|her|about|nearly|almost|more|some|over)$/.test(next.lower));
    if (prev && (DETERMINERS.has(prev.lower) || (/^\d/.test(prev.text) && !dayAfterMonth(toks, v - 1) && !DIGIT_FIRMS.test(prev.text) && !yearBetween) || (lw !== 'said' && !adverbOfVerb && /^(?:newly|widely|officially|self|so-called|of|with|for)$/.test(prev.lower)))) {
      if (!(prev.lower === 'that' && isWord(toks[v - 2]))) return undefined;
    }
    // (or after an adverb that follows an article or a number, before a noun: "the four previously mentioned types";
    // not "The two jointly announced 300 job cuts")
    if (prev && isWord(prev) && isAdverb(prev) && toks[v - 2] && (DETERMINERS.has(toks[v - 2].lower) || /^\d/.test(toks[v - 2].text) || isNumberWord(toks[v - 2].lower)) && next && isWord(next) && !isCap(next) && !startsNumber(toks, v + 1) && !/^(?:that|to|on|in|by|at|it|he|she|they|a|an|the)$/.test(next.lower)) return undefined;
    // (or after an adjective of order, before a noun: "in the latest reported quarter", "the first confirmed case")
    if (prev && /^(?:latest|last|first|previous|recent|most|earliest|initial|final)$/.test(prev.lower) && toks[v - 2] && DETERMINERS.has(toks[v - 2].lower) && next && isWord(next) && !isCap(next) && !/^(?:that|to|on|in|by|at|it|he|she|they)$/.test(next.lower)) return undefined;
    // (a number in words too, before the state or tally it qualifies: "Thirty-five confirmed dead", "four alleged insurgents")
    // (or an adjective of a tally: "The cumulative confirmed cases", "one confirmed case")
    if (prev && isWord(prev) && (isNumberWord(prev.lower) || /^(?:cumulative|total|new|additional|overall|combined)$/.test(prev.lower)) && next && (next.lower === 'dead' || TALLY_NOUNS.has(next.lower) || TALLY_NOUNS.has(next.lower + 's') || (isWord(next) && !isCap(next) && /s$/.test(next.lower) && !/^(?:that|this|his|its)$/.test(next.lower)))) return undefined;
  }
  // "... $600 million less than analysts had forecast", "higher than officials reported": a comparison with what
  // they said, so the sentence's own figures are not theirs
  {
    let k = v - 1;
    while (k >= 0 && isWord(toks[k]) && (AUX.has(toks[k].lower) || BE.has(toks[k].lower) || isAdverb(toks[k]) || /^(?:also|now|still|originally|initially|previously|earlier|first)$/.test(toks[k].lower))) k--;
    // (the speakers' phrase may hold a place of work: "than analysts at the bank had forecast")
    let n = 0;
    while (k >= 0 && n < 7 && isWord(toks[k]) && !CLAUSE_STOP.has(toks[k].lower) && (!PREPOSITIONS.has(toks[k].lower) || /^(?:at|of|from|in)$/.test(toks[k].lower)) && toks[k].lower !== 'than') {
      k--;
      n++;
    }
    // (not a number after "than", which is the subject's own: "More than 300 residents said")
    if (n > 0 && k >= 0 && toks[k].lower === 'than' && !startsNumber(toks, k + 1) && !isNumberWord(toks[k + 1].lower) && !/^(?:a|an|half|dozens|hundreds|thousands|millions)$/.test(toks[k + 1].lower)) return undefined;
  }
  // "declared a state of emergency", "declared war": an act, not a statement
  if (lemma === 'declare' && next && /^(?:states?|war|holiday|curfew|emergency|disaster|victory|bankruptcy|independence|ceasefire|martial)$/.test((DETERMINERS.has(next.lower) ? toks[v + 2]?.lower : next.lower) ?? '')) return undefined;
  // "Estimated Quiapo crowd swells to 200K": a participle that opens the sentence before its noun is an adjective
  if (v === 0 && /^(?:estimated|reported|confirmed|alleged|claimed|projected|expected|promised|announced)$/.test(lw) && next && isWord(next) && !DETERMINERS.has(next.lower) && !PRONOUNS.has(next.lower) && next.lower !== 'that') return undefined;
  // "arrested accused Jawad Ali": the accused after a verb is a person, not an accusation
  if (lw === 'accused' && prev && isWord(prev) && !isCap(prev) && /ed$/.test(prev.lower) && !BE.has(prev.lower) && !AUX.has(prev.lower) && !SAY_FORMS.has(prev.lower)) return undefined;
  // "medical and written tests": "written" before its noun is an adjective
  if (lw === 'written' && next && isWord(next) && !isCap(next) && !DETERMINERS.has(next.lower) && !PRONOUNS.has(next.lower) && !PREPOSITIONS.has(next.lower) && !/^(?:that|to|in|by|about|on|off|down|up|out|back|into|and|or)$/.test(next.lower) && !startsNumber(toks, v + 1)) return undefined;
  // "Haaland's reported £51 million release clause": a participle after a possessive
  if (/ed$/.test(lw) && prev && /['’]s?$/.test(prev.text) && isWord(prev) && next && (startsNumber(toks, v + 1) || /^[$€£¥₩₹₽₴]/.test(next.text) || (isWord(next) && !isCap(next) && !/^(?:that|to|on|in|by)$/.test(next.lower)))) return undefined;
  // "the World Bank's debtor reporting systems": a gerund before the noun it names
  if (/ing$/.test(lw) && next && isWord(next) && /^(?:systems?|requirements?|rules?|standards?|obligations?|periods?|deadlines?|process(?:es)?|platforms?|tools?|guidelines|framework|season|agency|agencies|line|lines)$/.test(next.lower)) return undefined;
  // "With 155 of 156 constituencies reporting": results coming in, not a source
  if (/ing$/.test(lw) && prev && isWord(prev) && /^(?:constituencies|precincts|districts|stations|wards|counties|states|provinces|booths|centres|centers|units)$/.test(prev.lower) && toks[v - 2] && (/^\d/.test(toks[v - 2].text) || isNumberWord(toks[v - 2].lower) || toks[v - 2].lower === 'polling')) return undefined;
  // "with eight reporting double-digit declines": a number's participle reports a tally, names no source
  if (/ing$/.test(lw) && prev && (/^\d/.test(prev.text) || /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)$/.test(prev.lower))) return undefined;
  // "Volkswagen will recall 600,000 vehicles", "the vehicles recalled": a recall of goods, not a memory told
  // (only before "that", a quotation or as a tag: "he recalled that ...", "..., she recalled.")
  if (lemma === 'recall' && !(next && (next.lower === 'that' || next.lower === 'how' || /^[,.;:"“‘']$/.test(next.text))) && !(prev && /^[,"”’']$/.test(prev.text))) return undefined;
  // "..., he said, adding that ...": the participle belongs to the speaker just named, whose cue covers the sentence
  if (/ing$/.test(lw) && prev?.text === ',' && toks[v - 2] && /^(?:said|says|told|tells|added|adds|stated|noted|wrote)$/.test(toks[v - 2].lower) && toks[v - 3] && isWord(toks[v - 3])) return undefined;
  // (or a tag with its time between: "..., the Prime Minister announced on Wednesday, adding that")
  if (/ing$/.test(lw) && prev?.text === ',' && (lw === 'adding' || lw === 'noting' || lw === 'saying')) {
    for (let k = v - 2; k >= Math.max(1, v - 5) && isWord(toks[k]); k--) if (/^(?:said|says|told|tells|added|adds|stated|noted|wrote|announced|reported|confirmed|declared)$/.test(toks[k].lower) && !isCap(toks[k]) && isWord(toks[k - 1])) return undefined;
  }
  // "on speculation the Bank of Japan could announce a shift": a statement that may come is none yet
  if (lw === lemma && prev && /^(?:could|might|may|will|would|should|can|must)$/.test(prev.lower) && !(next && /^[,.;:"”’']$/.test(next.text))) return undefined;
  // "It is worth noting that ...": no one notes
  if (prev && (prev.lower === 'worth' || prev.lower === 'worthwhile')) return undefined;
  // "the confirmed death toll", "the reported tally": a participle before the noun of a total
  if (/ed$/.test(lw) && next && /^(?:death|toll|tally|total|count)$/.test(next.lower) && !startsNumber(toks, v + 2) && !(prev && isWord(prev) && (PRONOUNS.has(prev.lower) || PEOPLE_HEADS.has(prev.lower) || BODY_HEADS.has(prev.lower)))) return undefined;
  // "40 jails told to take more inmates", "residents were told to leave": an order passed on, not a statement
  if (lw === 'told' && next?.lower === 'to' && toks[v + 2] && isWord(toks[v + 2]) && !isCap(toks[v + 2]) && !DETERMINERS.has(toks[v + 2].lower) && !PRONOUNS.has(toks[v + 2].lower) && !PEOPLE_HEADS.has(toks[v + 2].lower) && !/^(?:reporters|journalists|media|parliament|lawmakers)$/.test(toks[v + 2].lower)) return undefined;
  // "52,987 houses reported as damaged": a reduced passive with no agent before the state it reports (not "as of Monday")
  if (/ed$/.test(lw) && next?.lower === 'as' && prev && isWord(prev) && (!isCap(prev) || v === 1) && !PRONOUNS.has(prev.lower) && toks[v + 2] && isWord(toks[v + 2]) && !isCap(toks[v + 2]) && toks[v + 2].lower !== 'of' && !toks.slice(v + 1, v + 6).some((x) => x.lower === 'by')) return undefined;
  // "2000 papers written in this year's examinations": a participle after a counted noun, then a time or place, with no agent
  if (/(?:ed|en)$/.test(lw) && prev && isWord(prev) && !isCap(prev) && /s$/.test(prev.lower) && toks[v - 2] && (/^\d/.test(toks[v - 2].text) || isNumberWord(toks[v - 2].lower)) && next && /^(?:in|on|at|during|over|since|across|this|last)$/.test(next.lower) && !toks.slice(v + 1, v + 6).some((x) => x.lower === 'by')) return undefined;
  // "an estimated $179 million budget deficit projected for 2011": a participle after a counted noun of a word or two,
  // then a time or a place, with no agent (not "300 people reported in a survey that")
  // (an adverb of time between: "a £250m boost already announced earlier in the summer")
  if (/(?:ed|en)$/.test(lw) && next && /^(?:in|on|at|during|over|since|across|this|last|for|earlier|previously)$/.test(next.lower) && !toks.slice(v + 1, v + 6).some((x) => x.lower === 'by')) {
    const n0 = toks[v - 1] && /^(?:already|previously|recently|earlier|originally|initially|first)$/.test(toks[v - 1].lower) ? v - 2 : v - 1;
    let k = n0;
    while (k > n0 - 2 && toks[k] && isWord(toks[k]) && !isCap(toks[k]) && !countWord(toks[k]) && !PRONOUNS.has(toks[k].lower) && !DETERMINERS.has(toks[k].lower) && !PREPOSITIONS.has(toks[k].lower)) k--;
    const noun = toks[n0];
    if (k < n0 && noun && countWord(toks[k]) && !PEOPLE_HEADS.has(noun.lower) && !BODY_HEADS.has(noun.lower) && !ROLE_NOUNS.has(noun.lower)) return undefined;
  }
  // "17 files and 27.7 million database records": a counted noun, not a verb
  if (NOUNLIKE_S.has(lw) && !isCap(t) && prev && isWord(prev) && !isCap(prev) && (countWord(prev) || countWord(toks[v - 2]))) return undefined;
  // "85 people reported missing": a reduced passive before the state it reports
  if (/ed$/.test(lw) && prev && isWord(prev) && !isCap(prev) && !PRONOUNS.has(prev.lower) && next && /^(?:missing|dead|killed|injured|wounded|hurt|displaced|detained|arrested|trapped)$/.test(next.lower)) return undefined;
  // "the total reported was 232,972": a participle after its noun, then the clause's verb
  if (/ed$/.test(lw) && prev && isWord(prev) && !isCap(prev) && !PRONOUNS.has(prev.lower) && next && /^(?:is|was|were|are)$/.test(next.lower)) return undefined;
  // "over four times the rate reported over June-July": a participle after a determined noun that speaks for no one
  // (not a verb whose "that" follows the time: "The exchange announced on Thursday that hackers stole ...", nor a tag
  // with its time at the sentence's end: "..., the fund announced on Wednesday.")
  if (/ed$/.test(lw) && prev && isWord(prev) && !isCap(prev) && toks[v - 2] && (DETERMINERS.has(toks[v - 2].lower) || (/(?:st|est)$/.test(toks[v - 2].lower) && isWord(toks[v - 2]) && !isCap(toks[v - 2]) && !!toks[v - 3] && DETERMINERS.has(toks[v - 3].lower))) && next && (/^(?:over|in|during|since|for|at|last|this|on)$/.test(next.lower) || (next.lower === 'so' && toks[v + 2]?.lower === 'far')) && !toks.slice(v + 1, v + 5).some((x) => x.lower === 'by' || x.lower === 'that') && !(toks[v - 3]?.text === ',' && toks.slice(v + 1).every((x) => !isWord(x) || TIME_WORDS.has(x.lower) || TIME_INTRO.has(x.lower))) && !(ROLE_NOUNS.has(prev.lower) || BODY_HEADS.has(prev.lower) || PEOPLE_HEADS.has(prev.lower) || DATA_NOUNS_AND_STATEMENTS.has(prev.lower) || SOURCE_NOUNS.has(prev.lower) || PRONOUNS.has(prev.lower))) return undefined;
  // "Only 5 of the 11 tanks promised in 2023 have arrived": a participle after a counted, determined noun
  // (not a verb with its object after it: "Officials in the two countries announced 40 deaths", "reported more than a dozen")
  if (/ed$/.test(lw) && prev && isWord(prev) && /s$/.test(prev.lower) && toks[v - 2] && /^(?:\d|one$|two$|three$|four$|five$|six$|seven$|eight$|nine$|ten$)/.test(toks[v - 2].lower) && toks[v - 3] && /^(?:the|those|these|its|their|his|her|our)$/.test(toks[v - 3].lower) && !(next && /^(?:that|,|on|to|by)$/.test(next.lower)) && !startsNumber(toks, v + 1) && !(next && /^(?:a|an|the|its|their|more|about|some|nearly|almost|over|at)$/.test(next.lower) && !/^(?:year|month|week|day|decade|while|time)$/.test(toks[v + 2]?.lower ?? ''))) return undefined;
  // a tally's noun and its participle, with a time or place and no agent: "7 deaths reported in this week",
  // "the number of cholera cases reported from January to November" (not "Witnesses reported on Sunday")
  // (or an adverb or the sentence's end: "409,222 cases and 4,738 deaths reported globally")
  // (a deadline is no agent: "8,431 cases reported by the end of June"; nor is a level: "pollution levels reported above 300")
  // (or the numbers of such a tally: "with the highest numbers recorded in the Eastern Mediterranean Region")
  // (and the tally's noun with what it is of: "940 cases of measles reported in 26 states")
  // (or results made public: "as per official results announced late Saturday")
  if (/ed$/.test(lw) && prev && isWord(prev) && (TALLY_NOUNS.has(prev.lower) || /^(?:levels|rates|readings|temperatures|numbers|totals)$/.test(prev.lower) || (prev.lower === 'results' && /^(?:announced|released|published|issued|declared)$/.test(lw)) || (toks[v - 2]?.lower === 'of' && !isCap(prev) && TALLY_NOUNS.has(toks[v - 3]?.lower ?? ''))) && (!next || /^[.;,]$/.test(next.text) || (isWord(next) && isAdverb(next)) || /^(?:in|on|from|during|since|over|between|across|this|last|so|until|through|throughout|at|due|as|with|for|among|nationwide|globally|worldwide|above|below|by|late|early)$/.test(next.lower)) && !agentAfter(toks, v)) return undefined;
  // A reduced passive: "damage estimated at $11 billion" (not "estimated at least 300")
  // (a speaker before and no amount after is the active verb: "Breton mentioned at a press conference that")
  if (/ed$/.test(lw) && next && next.lower === 'at' && toks[v + 2] && !/^(?:least|most)$/.test(toks[v + 2].lower)) {
    const speakerBefore = !!prev && isWord(prev) && (isCap(prev) || PRONOUNS.has(prev.lower)) && !isCap(t);
    if (!speakerBefore || startsNumber(toks, v + 2) || /^[$€£¥₩₹₽₴]/.test(toks[v + 2].text)) return undefined;
  }
  // Nouns: "amid reports", "the claims", "member states"? "Russia's estimates"
  const invertedAfterComma = !!prev && prev.text === ',' && !!next && (/^["“]$/.test(next.text) || (isWord(next) && isCap(next)));
  // "all the Western states excluding Montana", "the Baltic states": a plural after a determined name's adjective
  // (not "the US states that ...")
  // (a tag after a comma at the sentence's end is a verb: "..., the UN estimates.", "..., the agency reports.")
  // (the word before, past a dotted abbreviation's last dot: "the U.N. estimates" is "the", "U.N", ".", "estimates")
  // (or past a name's acronym in brackets: "The News Agency of Nigeria (NAN) reports")
  const pwAt = prev?.text === '.' && /^\p{Lu}(?:\.\p{Lu})+$/u.test(toks[v - 2]?.text ?? '') ? v - 2 : prev?.text === ')' && toks[v - 3]?.text === '(' && /^\p{Lu}{2,8}$/u.test(toks[v - 2]?.text ?? '') && isWord(toks[v - 4]) && isCap(toks[v - 4]) ? v - 4 : v - 1;
  const pw = toks[pwAt];
  // the object of a participle or a preposition: "topping Wall Street estimates", "above Street estimates"
  // (not after a word that opens a clause: "after Reuters reports", "as Moscow claims")
  let objectNoun = false;
  // (a weekday or a month is when, not whose: "Data released Friday shows")
  if (NOUNLIKE_S.has(lw) && pw && isWord(pw) && isCap(pw) && !TIME_WORDS.has(pw.lower)) {
    let c = pwAt;
    // (over a name's own small words: "the International Organization for Migration reports")
    while (c > 0 && ((isWord(toks[c - 1]) && isCap(toks[c - 1])) || (toks[c - 1].text === '.' && toks[c - 1].start === toks[c - 2]?.end) || (/^(?:of|for|and|de|the|on)$/.test(toks[c - 1].lower) && c > 1 && isWord(toks[c - 2]) && isCap(toks[c - 2])))) c--;
    const b = toks[c - 1];
    // (or a quantifier: "in many Balkan and Central European states, reflecting ...")
    objectNoun = !!b && isWord(b) && !isCap(b) && !/^(?:after|before|since|as|until|because|while|when|where|whereas|although|though|if|that|and|but|or|so)$/.test(b.lower) && (/(?:ing|ed)$/.test(b.lower) || PREPOSITIONS.has(b.lower) || /^(?:beat|beats|top|tops|miss|misses|than|many|several|some|most|all|both|other|few|numerous|various|these|those)$/.test(b.lower));
  }
  // (or right after a verb of beating or missing, or after a possessive: "Microsoft beats forecasts as ...",
  // "beating analysts' earnings estimates")
  if (NOUNLIKE_S.has(lw) && pw && isWord(pw) && !isCap(pw) && pwAt === v - 1 && (/^(?:beat|beats|top|tops|miss|misses|exceed|exceeds|meet|meets|trail|trails|lag|lags)$/.test(pw.lower) || /^(?:[’']|\p{L}+s[’'])$/u.test(toks[pwAt - 1]?.text ?? ''))) objectNoun = true;
  // (or right after a verb: "received reports on Wednesday", "dismissed claims that")
  if (NOUNLIKE_S.has(lw) && pw && isWord(pw) && !isCap(pw) && pwAt === v - 1 && /(?:ed|ing)$/.test(pw.lower) && !SAY_FORMS.has(pw.lower) && !/^(?:need|feed|seed|breed|bed|red|shed|bleed|speed|thing|king|ring|wing|spring|string|wedding|building|ceiling|evening|morning|meeting|briefing|ruling|setting|funding|spending|rating|polling)$/.test(pw.lower)) objectNoun = true;
  const tagStart = !objectNoun && NOUNLIKE_S.has(lw) && (!next || /^[.;!]$/.test(next.text)) && !!pw && isWord(pw) ? npBack(toks, pwAt, 0) : -1;
  const endTag = tagStart > 0 && toks[tagStart - 1].text === ',';
  if (NOUNLIKE_S.has(lw) && !endTag && !isCap(t) && pw && isWord(pw) && isCap(pw) && toks[pwAt - 1] && DETERMINERS.has(toks[pwAt - 1].lower) && !(next && (/^(?:that|it|its|he|she|they|the|a|an|in|on|:|,)$/.test(next.lower) || (lemma !== 'state' && startsNumber(toks, v + 1))))) return undefined;
  if (NOUNLIKE_S.has(lw) && !invertedAfterComma && !endTag) {
    if (objectNoun) return undefined;
    // (what a number counts: "executing 83 road rehabilitation projects", "the 12 reports")
    // (and a number word that opens the sentence: "Five states -- Alabama, ... -- have a rate")
    for (let k = v - 1; k >= Math.max(0, v - 4) && isWord(toks[k]) && (!isCap(toks[k]) || k === 0); k--) if (/^\d/.test(toks[k].text) || isNumberWord(toks[k].lower)) return undefined;
    // (the subject of a verb of saying right after it: "Gulf states said", "Company reports showed"; or of an auxiliary:
    // "Several northern Indian states have also been affected")
    if (next && isWord(next) && !isCap(next) && ((SAY_FORMS.has(next.lower) && /(?:ed|said|told|wrote|found|showed|shown)$/.test(next.lower)) || (lw === 'states' && /^(?:have|had|are|were|remain|face|saw|also)$/.test(next.lower)))) return undefined;
    // (a counted noun: "the other top ten U.S. states for EV sales")
    if (pwAt > 0 && pw && isCap(pw) && (/^\d/.test(toks[pwAt - 1].text) || isNumberWord(toks[pwAt - 1].lower))) return undefined;
    if (!pw || !isWord(pw) || DETERMINERS.has(pw.lower) || PREPOSITIONS.has(pw.lower) || /['’]s?$/.test(pw.text) || CLAUSE_STOP.has(pw.lower)) return undefined;
    if (next && (next.lower === 'of' || next.lower === 'by' || next.lower === 'from')) return undefined;
    // (an adjective compared before it is a noun's: "among the most violent states in Mexico, with about 500 ...")
    if (pwAt === v - 1 && !isCap(pw) && pwAt > 0 && /^(?:most|more|least|less)$/.test(toks[pwAt - 1].lower)) return undefined;
    // (a plural before it is its subject, "officials claims"; an adjective in -ous is none: "previous estimates")
    if (!isCap(pw) && !PRONOUNS.has(pw.lower) && !(/s$/.test(pw.lower) && !/(?:ss|us|is)$/.test(pw.lower)) && !DATA_NOUNS.has(pw.lower)) {
      // "US says" fine; "security claims" is a noun compound unless a clause follows
      // (or a body or role with its article before an amount, at a clause's start: "The ministry estimates 40 percent
      // growth"; not an object: "She read the police reports 40 times")
      // (or a name's possessive, then a modifier, opening the sentence, before an amount or its article: "Iraq's oil
      // minister reports an agreed cut of 1.2 million barrels")
      const det = toks[pwAt - 1];
      const beforeDet = toks[pwAt - 2];
      const ownerFirst = !!det && isWord(det) && !isCap(det) && pwAt - 2 === 0 && !!beforeDet && isCap(beforeDet) && /['’]s$/.test(beforeDet.text) && (startsNumber(toks, v + 1) || /^(?:a|an)$/.test(next?.lower ?? ''));
      const bodyBeforeAmount =
        (BODY_HEADS.has(pw.lower) || ROLE_NOUNS.has(pw.lower)) &&
        (ownerFirst ||
          (!!det && /^(?:the|a|its|their)$/.test(det.lower) && startsNumber(toks, v + 1) &&
            (!beforeDet || !isWord(beforeDet) || isCap(beforeDet) || /^(?:that|and|but|while|as|when|because|since|so|now)$/.test(beforeDet.lower))));
      // (or after an adverb of the verb, "The system, known as MoMo, also estimates"; or before an amount's noun, "The
      // monitoring system estimates a total of 5,783")
      const verbAdverb = /^(?:also|now|further|separately|currently|still|additionally|regularly|meanwhile)$/.test(pw.lower);
      const amountNoun = /^(?:a|an)$/.test(next?.lower ?? '') && /^(?:total|rise|fall|drop|increase|decrease|decline|jump|loss|profit|surplus|deficit|shortfall|tally|toll)$/.test(toks[v + 2]?.lower ?? '');
      if (!bodyBeforeAmount && !verbAdverb && !amountNoun && !(next && /^(?:that|it|he|she|they|on|in|the)$/.test(next.lower))) return undefined;
    }
  }
  // Base forms ("state", "report", "estimate") are verbs after a plural or pronoun subject or an auxiliary:
  // "Analysts say", "officials estimate", "they claim", "will announce"; not "the kingdom's state oil company"
  // (a base form before "was" or "of" is a noun: "while the police estimate was a maximum of 100,000")
  if (lw === lemma && !isCap(t) && next && /^(?:was|is|were|of)$/.test(next.lower)) return undefined;
  if (lw === lemma && lemma !== 'put' && lemma !== 'forecast' && lemma !== 'posted' && lemma !== 'read' && prev && isWord(prev)) {
    const pluralOrVerbal = (pl: string) => /^(?:i|we|you|they|who|will|would|can|could|may|might|must|should|shall|did|do|does|also|not|to)$/.test(pl) || pluralForm(pl) || /^(?:people|police|media|staff|personnel|data)$/.test(pl);
    // (past an adverb of the verb: "Officials now say")
    const pv = /^(?:now|still|already|again|even|often|usually|generally|repeatedly|typically|commonly|widely|privately|publicly)$/.test(prev.lower) && toks[v - 2] && isWord(toks[v - 2]) ? toks[v - 2] : prev;
    let verbal = pluralOrVerbal(prev.lower) || (pv !== prev && pluralOrVerbal(pv.lower));
    // (past when and how the subject came out: ", new figures out today show.", "figures released on Monday show")
    if (!verbal && !isCap(t)) {
      let k = v - 1;
      while (k > v - 5 && k > 0 && isWord(toks[k]) && (TIME_WORDS.has(toks[k].lower) || MADE_BY.has(toks[k].lower) || /^(?:today|yesterday|tonight|out|on|last|this|earlier)$/.test(toks[k].lower))) k--;
      verbal = k < v - 1 && isWord(toks[k]) && DATA_NOUNS.has(toks[k].lower) && /s$|^data$/.test(toks[k].lower);
    }
    // (two names joined by "and" are plural: "South Korea and Japan say")
    if (!verbal && isCap(prev)) {
      let k = v - 1;
      while (k > 0 && isWord(toks[k]) && isCap(toks[k])) k--;
      verbal = k > 0 && k < v - 1 && toks[k].lower === 'and' && isWord(toks[k - 1]) && isCap(toks[k - 1]);
    }
    // a plural head before a short prepositional phrase: "economists at the institute estimate"
    for (let k = v - 2; !verbal && !isCap(t) && k >= Math.max(1, v - 7); k--) {
      const w = toks[k];
      // (over places joined by "and": "Officials in China and Taiwan report that")
      if (w.lower === 'and' && isWord(toks[k - 1]) && isCap(toks[k - 1]) && isWord(toks[k + 1]) && isCap(toks[k + 1])) continue;
      if (!isWord(w) || CLAUSE_STOP.has(w.lower)) break;
      if (/^(?:at|of|in|from|with)$/.test(w.lower)) {
        const head = toks[k - 1];
        verbal = isWord(head) && PEOPLE_HEADS.has(head.lower);
        break;
      }
    }
    if (!verbal) return undefined;
  }
  // "claimed 300 lives", "claimed the lives of", "claimed one life"
  // (nor a claim to places, seats or titles won: "claiming a record eight places", "claimed 40 seats", "claimed the title")
  if (lemma === 'claim') for (let k = v + 1; k < Math.min(toks.length, v + 6); k++) if (/^(?:lives|life|places|place|seats|seat|title|titles|spot|spots|victory|win|wins|crown|medal|medals|gold|silver|bronze|trophy|prize|pole|podium|points)$/.test(toks[k].lower)) return undefined;
  // "who claimed to be a captain": a claim of who one is, not of a figure
  if (lemma === 'claim' && next?.lower === 'to' && toks[v + 2]?.lower === 'be' && /^(?:a|an|the)$/.test(toks[v + 3]?.lower ?? '')) return undefined;
  // "an attack claimed by the group": owning an act, not stating a figure
  if (lemma === 'claim' && next?.lower === 'by' && prev && /^(?:attacks?|bombings?|strikes?|blasts?|explosions?|assaults?|raids?|ambush(?:es)?|killings?|shootings?|kidnappings?|abductions?|operations?)$/.test(prev.lower)) return undefined;
  // "add" is speech only as a tag or before a clause: "she added", "added that"; not "added 200,000 jobs"
  // "a study published in Nature": a participle after its noun, not the clause's verb
  if (MADE_BY.has(lw) && prev && (DATA_NOUNS.has(prev.lower) || SOURCE_NOUNS.has(prev.lower))) return undefined;
  // "Russia said to have suffered ...": a headline's "is said to", a hedge
  if ((lw === 'said' || lw === 'reported' || lw === 'believed' || lw === 'thought' || lw === 'estimated') && next?.lower === 'to' && /^(?:have|be|been|number|total|hold|own|control|possess)$/.test(toks[v + 2]?.lower ?? '')) return undefined;
  // "Gross value added, seen as ..., rose": the economists' noun
  if (lemma === 'add' && prev?.lower === 'value') return undefined;
  // "forecast" is the noun after a determiner ("it revised that forecast down to 8 percent"), a possessive or an adjective
  // of its kind ("the board's revised forecast", "SMMT’s forecast"), or what it forecasts ("its net profit forecast to
  // 2.0 trillion yen")
  if (
    lw === 'forecast' &&
    prev &&
    (/^(?:the|a|an|that|this|its|their|his|her|our|whose)$/.test(prev.lower) ||
      (isWord(prev) &&
        (/['’]s$/.test(prev.text) ||
          /^(?:revised|latest|updated|initial|official|new|previous|original|earlier|current|central|consensus|median|average|grim|bleak|gloomy|dire|rosy|upbeat|optimistic|pessimistic|cautious|conservative|modest|dismal|sunny)$/.test(prev.lower) ||
          /^(?:profit|profits|growth|sales|revenue|revenues|earnings|output|inflation|budget|weather|demand|price|production|income|loss|losses|deficit|spending|jobs|gdp|cpi|rate|rates|harvest|crop)$/.test(prev.lower))))
  )
    return undefined;
  // the noun before its verb: "the staff risk-adjusted forecast for 2024 was 4.7 percent"
  if (lw === 'forecast' && next && (/^(?:was|is|were|are)$/.test(next.lower) || (next.lower === 'for' && ((prev && isWord(prev) && !isCap(prev) && !PRONOUNS.has(prev.lower) && !PEOPLE_HEADS.has(prev.lower)) || /^(?:was|is|were|are)$/.test(toks[v + 3]?.lower ?? ''))))) return undefined;
  // a noun before "of": "below the consensus forecast of 173,000", "an estimate of 300", "the U.S. state of California"
  if (next?.lower === 'of' && /^(?:forecast|estimate|report|count|record|claim|project|predict|survey|tally|state)$/.test(lemma) && !/ed$/.test(lw)) return undefined;
  // "Manufacturing performed strongly, adding 18,000 jobs": "add" with a number is arithmetic, not speech
  if (lemma === 'add' && next && startsNumber(toks, v + 1)) return undefined;
  // "Tottenham scored and conceded more than 60", "City conceding only 23", "conceded two goals": goals let in, not speech
  // (a clause after it is speech still: "He conceded 300 jobs would go")
  if (lemma === 'concede' && next) {
    if (startsNumber(toks, v + 1) || (/^(?:only|just)$/.test(next.lower) && toks[v + 2] && startsNumber(toks, v + 2))) {
      let clause = false;
      for (let k = v + 1; k < Math.min(toks.length, v + 7) && !clause; k++) clause = /^(?:would|will|had|have|has|were|was|are|is|could|might|may|must|should)$/.test(toks[k].lower);
      if (!clause) return undefined;
    }
    for (let k = v + 1; k < Math.min(toks.length, v + 4) && isWord(toks[k]); k++) if (/^(?:goals?|penalty|penalties|points|runs|wickets|sets?|games|tries|corners?|defeat|ground)$/.test(toks[k].lower)) return undefined;
  }
  // "wheat futures were up 1%, adding to a slight earlier gain": "add to" is arithmetic too
  if (lemma === 'add' && next?.lower === 'to') return undefined;
  if (lemma === 'add' || lemma === 'note' || lemma === 'record' || lemma === 'count') {
    const tag = !next || !isWord(next) || /^(?:that|in|on|during)$/.test(next.lower);
    const afterQuote = prev && /^[,"”’']$/.test(prev.text);
    if (!tag && !afterQuote && lemma !== 'note') return undefined;
    if (lemma === 'note' && next && /^\d/.test(next.text)) return undefined;
  }
  // "read" is speech only as a written text's tag: "..., the report read.", "the statement reads: “...”"
  // (an adverb may come between: "..., the statement reads further.", "the letter read in part:")
  if (lemma === 'read') {
    let e = v + 1;
    if (toks[e]?.lower === 'further' || toks[e]?.lower === 'partly') e++;
    else if (toks[e]?.lower === 'in' && toks[e + 1]?.lower === 'part') e += 2;
    if (!(prev && isWord(prev) && WRITTEN_TEXTS.has(prev.lower) && (!toks[e] || /^[,.;:"“”’']$/.test(toks[e].text)))) return undefined;
  }
  // "he continued" is speech only as the tag of a quotation
  if (lemma === 'continue') {
    if (next && isWord(next)) return undefined;
    let quoted = false;
    for (let k = v - 1; k >= Math.max(0, v - 5) && !quoted; k--) quoted = /^["”’']$/.test(toks[k].text);
    // or a tag after reported speech: "..., is thought to be spending $100 million a month, Kirby continued."
    // (past tense, lower case: a headline's "..., Rescue Efforts Continue" is no tag)
    let tag = false;
    if (lw === 'continued' && toks[v].text === lw) {
      for (let k = v - 1; k >= Math.max(1, v - 4) && !tag && isWord(toks[k]) && (isCap(toks[k]) || PRONOUNS.has(toks[k].lower)); k--) tag = toks[k - 1].text === ',';
    }
    if (!quoted && !tag) return undefined;
  }
  const particle = NEEDS_PARTICLE.get(lemma);
  if (particle) {
    let ok = false;
    const end = Math.min(toks.length, v + 1 + (particle.reach ?? 6));
    // ("putting 11,000 jobs at risk", "put lives at stake": a state, not an estimate)
    // (an estimate names its number soon after "at": not "putting the city at a significant health risk")
    for (let k = v + 1; k < end && !ok; k++) ok = particle.word.test(toks[k].lower) && !(lemma === 'put' && (/^(?:risk|stake|ease|odds|bay|rest|loggerheads|work|peril|home|play|hand|least)$/.test(toks[k + 1]?.lower ?? '') || !quantityWithin(toks, k + 1, 5)));
    if (!ok) return undefined;
  }
  const progressive = lw.endsWith('ing');
  // a gerund after a preposition names no source: "Besides claiming the title, ...", "without saying how"
  if (progressive && prev && isWord(prev) && /^(?:besides|without)$/.test(prev.lower)) return undefined;
  // "declared a state of emergency", "declared war": declaring a state of things, not stating a figure
  // (or a kind of emergency: "has declared a water emergency", "declared a health emergency")
  if (lemma === 'declare' && next && (/^(?:war|independence|bankruptcy|mourning|martial|emergency|ceasefire|curfew|holiday|disaster)$/.test(next.lower) || (/^(?:a|an|the)$/.test(next.lower) && (/^(?:state|emergency|ceasefire|curfew|holiday|disaster|national|nationwide|truce|day|period|moratorium|lockdown)$/.test(toks[v + 2]?.lower ?? '') || /^(?:emergency|drought|disaster|famine|epidemic|outbreak)$/.test(toks[v + 3]?.lower ?? ''))))) return undefined;
  // "a man accused of stealing goods worth Sh37 million": the accused, not an accuser
  if (lw === 'accused' && next?.lower === 'of' && prev && isWord(prev) && !isCap(prev) && !PRONOUNS.has(prev.lower) && !ROLE_NOUNS.has(prev.lower) && !BODY_HEADS.has(prev.lower) && !PEOPLE_HEADS.has(prev.lower)) return undefined;
  // "an amount of paper reported to weigh more than 2 tons", "a haul said to be worth": a hedge, no one reporting it
  // ("reported to parliament", "said to him" still tell)
  if (/^(?:reported|said|estimated|rumou?red|believed|thought)$/.test(lw) && next?.lower === 'to' && /^(?:be|have|weigh|cost|number|total|hold|contain|exceed|reach|top|stand|amount|range|measure|account|comprise|include|involve|house|employ|own|earn|make|generate|carry|span|stretch|cover)$/.test(toks[v + 2]?.lower ?? '')) return undefined;
  // "186 structures confirmed to be completely or partially collapsed", "161 People Confirmed Dead": a state found, no one
  // who reports it ("confirmed to Reuters" still tells)
  if (lw === 'confirmed' && next && (/^(?:dead|killed|missing|injured|infected|positive|negative|destroyed|damaged)$/.test(next.lower) || (next.lower === 'to' && /^(?:be|have|been)$/.test(toks[v + 2]?.lower ?? '')))) return undefined;
  // "the rush of money into the ETFs helps explain the asset’s run", "could help to explain": a cause, not a speaker
  if (lemma === 'explain' && prev && (/^help(?:s|ed|ing)?$/.test(prev.lower) || (prev.lower === 'to' && /^help(?:s|ed|ing)?$/.test(toks[v - 2]?.lower ?? '')))) return undefined;
  // "Lives claimed by traffic accidents": what took them, not a claim
  if (lemma === 'claim' && prev && isWord(prev) && /^(?:lives|life|deaths|toll|victims)$/.test(prev.lower)) return undefined;
  // "charges laid against nine accused", "the accused told the court": the people charged, a noun
  if (lw === 'accused' && prev && (/^\d/.test(prev.text) || isNumberWord(prev.lower) || /^(?:the|all|both|several|other)$/.test(prev.lower))) return undefined;
  // "claim" as winning: "claiming the title", "claimed victory", "claimed the top spot"
  // (a few words on: "has claimed the biggest first prize")
  if (lemma === 'claim') for (let k = v + 1; k < Math.min(toks.length, v + 6) && isWord(toks[k]); k++) if (/^(?:title|titles|championship|championships|crown|victory|win|trophy|medal|medals|gold|silver|bronze|prize|throne|spot|seat|seats|pole|lead)$/.test(toks[k].lower)) return undefined;
  // claiming asylum or benefits is asking for them: "people claiming political refuge", "claiming Jobseeker’s Allowance"
  if (lemma === 'claim' && next && (/^(?:asylum|refuge|protection|benefits?|compensation|damages|unemployment|allowances?|expenses|welfare|pensions?)$/.test(next.lower) || (isCap(next) && /^(?:allowance|credit|benefits?|support)$/.test(toks[v + 2]?.lower ?? '')) || (/^(?:political|refugee|jobless|disability|housing|child|state)$/.test(next.lower) && /^(?:asylum|refuge|status|benefits?|allowances?|support|pensions?)$/.test(toks[v + 2]?.lower ?? '')))) return undefined;
  // writing an examination is sitting it: "candidates who wrote the exams", "learners writing their papers"
  if (lemma === 'write') for (let k = v + 1; k < Math.min(toks.length, v + 8) && isWord(toks[k]); k++) if (/^(?:exams?|examinations?|tests?|papers?|matric|finals)$/.test(toks[k].lower)) return undefined;
  // "were only accused or convicted of traffic offences": accused by no one named, a passive without its agent
  if (lw === 'accused' && (next?.lower === 'of' || ((next?.lower === 'or' || next?.lower === 'and') && /ed$/.test(toks[v + 2]?.lower ?? '') && toks[v + 3]?.lower === 'of'))) {
    let k = v - 1;
    while (k >= 0 && isWord(toks[k]) && (isAdverb(toks[k]) || /^(?:only|also|already|not|never|falsely|wrongly)$/.test(toks[k].lower))) k--;
    if (k >= 0 && BE.has(toks[k].lower) && !agentAfter(toks, v)) return undefined;
    // (or a headline's participle after a bare noun: "Superintendent accused of defecating on track")
    if (k === v - 1 && k >= 0 && isWord(toks[k]) && (k === 0 || !isWord(toks[k - 1]) || isCap(toks[k - 1]) || DETERMINERS.has(toks[k - 1].lower)) && !PRONOUNS.has(toks[k].lower) && !agentAfter(toks, v)) return undefined;
  }
  // "Minister Ali Waheed was quoted in a statement as saying that ...": the one quoted says it
  if (lw === 'saying' && prev?.lower === 'as') {
    for (let k = v - 2; k >= Math.max(2, v - 10); k--) {
      if (toks[k].lower !== 'quoted' || !BE.has(toks[k - 1].lower)) continue;
      const start = npBack(toks, k - 2, 0);
      if (start >= 0 && isWord(toks[k - 2]) && (isCap(toks[k - 2]) || PRONOUNS.has(toks[k - 2].lower) || ROLE_NOUNS.has(toks[k - 2].lower) || PEOPLE_HEADS.has(toks[k - 2].lower))) return cueSpan(text, toks, start, v, 'verb');
    }
  }
  // Passive with an agent: "was confirmed by the ministry", "as reported by Yonhap"
  // (a time between: "a hack reported last month by Remixpoint")
  let byAt = v + 1;
  // (or a date: "It was also reported on January 4 by The Wall Street Journal")
  while (byAt - v <= 4 && toks[byAt] && (TIME_WORDS.has(toks[byAt].lower) || (/^\d{1,2}(?:st|nd|rd|th)?$/.test(toks[byAt].text) && byAt > v + 1 && TIME_WORDS.has(toks[byAt - 1].lower)) || (/^(?:last|this|on|in|earlier|later)$/.test(toks[byAt].lower) && toks[byAt + 1] && (TIME_WORDS.has(toks[byAt + 1].lower) || /^(?:month|week|year|day)$/.test(toks[byAt + 1].lower))))) byAt++;
  // (or a particle: "the markets, reported on by the group,")
  if (toks[byAt]?.lower === 'on' && toks[byAt + 1]?.lower === 'by') byAt++;
  if (toks[byAt]?.lower !== 'by') byAt = v + 1;
  // (not a deadline: "He said by Monday night 8,000 people will be evacuated", "said by the end of June")
  // (nor the means: "He said by phone that about 6,600 people had been displaced")
  const deadline = toks[byAt]?.lower === 'by' && (deadlineAt(toks, byAt) || /^(?:phone|telephone|email|e-mail|text|video|videolink|letter|radio|mail|satellite)$/.test(toks[byAt + 1]?.lower ?? ''));
  if (toks[byAt] && toks[byAt].lower === 'by' && !deadline && /(?:ed|en|wn|told|said|found)$/.test(lw)) {
    const last = npForward(toks, byAt + 1, 12);
    if (last <= byAt) return undefined;
    // "..., below the 12% reported by customs": a participle right after its noun covers that clause only
    if (prev && (isWord(prev) || prev.text === '%') && !BE.has(prev.lower) && !AUX.has(prev.lower) && !isAdverb(prev) && !PREPOSITIONS.has(prev.lower) && !CLAUSE_STOP.has(prev.lower)) {
      let k = v - 1;
      while (k > 0 && toks[k - 1].text !== ',' && toks[k - 1].text !== ';') k--;
      if (k > 0) return { start: toks[v].start, end: toks[last].end, text: text.slice(toks[v].start, toks[last].end), kind: 'verb', from: toks[k].start };
    }
    return cueSpan(text, toks, v, last, 'verb');
  }
  // a speaker after the verb, ending the sentence, is its subject rather than a phrase before the comma: "Under the
  // government of Jair Bolsonaro, rainforest loss increased by 59.5 percent, said the Climate Observatory."
  // (not a time: "Kim, the leader’s sister, said Monday.")
  if (prev?.text === ',' && !progressive && /^(?:said|says|added|adds|noted|stated|wrote|reported|estimated|warned|explained)$/.test(lw) && next && isWord(next) && !TIME_WORDS.has(next.lower) && !/^(?:may|today|yesterday|tonight|earlier|later|last|this|on)$/.test(next.lower)) {
    const last = invertedSpeaker(toks, v);
    if (last > v && (last === toks.length - 1 || /^[.!?]$/.test(toks[last + 1].text))) return cueSpan(text, toks, v, last, 'verb');
  }
  const floor = clauseFloor(toks, v, 0);
  const subject = DATA_VERBS.has(lemma) ? dataSubject(toks, v, floor) ?? subjectOf(toks, v, floor, progressive) : subjectOf(toks, v, floor, progressive);
  if (subject === -2) return undefined;
  // an amount speaks for no one: "its previous forecast of ¥100 billion announced in May"
  if (subject !== -1 && !subject.detached && v > 1 && (/^(?:million|billion|trillion|percent|%|crore|lakh|bn|mn)$/.test(toks[v - 1].lower) || (/^\d/.test(toks[v - 1].text) && /^[$€£¥₩₹₽₴]$/.test(toks[v - 2].text)))) return undefined;
  // (nor does the thing an amount buys, before a participle: "to pay for a ¥21.3-trillion stimulus announced a month earlier")
  if (subject !== -1 && !subject.detached && v > 2 && lw.endsWith('ed') && isWord(toks[v - 1]) && !isCap(toks[v - 1]) && /^\d/.test(toks[v - 2].text) && /^[$€£¥₩₹₽₴]$/.test(toks[v - 3]?.text ?? '') && /^(?:a|an)$/.test(toks[v - 4]?.lower ?? '') && /^(?:for|of|to|with|from|in|on|into|by)$/.test(toks[v - 5]?.lower ?? '')) return undefined;
  if (subject !== -1) {
    if (DATA_VERBS.has(lemma)) {
      const head = toks[v - 1];
      let ok = false;
      for (let k = subject.start; k < v && !ok; k++) ok = DATA_NOUNS.has(toks[k].lower);
      // (a body's statement: "The General Staff has indicated in a statement published on Facebook that ...")
      if (!ok && lemma === 'indicate') ok = toks.slice(v + 1, v + 4).some((x) => x.lower === 'that') || (toks[v + 1]?.lower === 'in' && /^(?:a|its|the)$/.test(toks[v + 2]?.lower ?? '') && /^(?:statement|report|post|briefing)$/.test(toks[v + 3]?.lower ?? ''));
      // (a finding stated by a body or people: "The charity found that 64 of the 75 prisons ..."; not "Police found 30 bodies")
      if (!ok && lemma === 'find' && toks[v + 1]?.lower === 'that' && head && isWord(head)) ok = isCap(head) || speakerNoun(head);
      if (!ok && !(head && DATA_NOUNS.has(head.lower))) return undefined;
    }
    if (subject.detached) {
      const [a, b] = subject.detached;
      const sub = text.slice(toks[a].start, toks[b].end);
      // the verb phrase starts at the auxiliaries right before the verb
      let vs = v;
      while (vs - 1 > b && (AUX.has(toks[vs - 1].lower) || BE.has(toks[vs - 1].lower))) vs--;
      return { start: toks[a].start, end: t.end, text: `${sub} ... ${text.slice(toks[vs].start, t.end)}`, kind: 'verb' };
    }
    // ", and economists estimate ...": a clause with a subject of its own covers only itself
    const a1 = toks[subject.start - 1];
    const a2 = toks[subject.start - 2];
    // "... in what it described as a simulated strike": the words are the speaker's only from "what" on
    if (a1 && a1.lower === 'what' && subject.start - 1 > 0) {
      return { start: toks[subject.start].start, end: t.end, text: text.slice(toks[subject.start].start, t.end), kind: 'verb', from: a1.start };
    }
    // "..., with the rebels accusing the army of ...": an absolute phrase speaks for itself only, from "with" on
    if (a1 && a1.lower === 'with' && t.lower.endsWith('ing') && subject.start > 1) {
      return { ...cueSpan(text, toks, subject.start, v, 'verb'), from: a1.start };
    }
    // "... after it admitted safety failures", "Though he described Bankman-Fried as “extremely smart,” ...": a speaker
    // in an adverbial clause speaks for that clause only: from its conjunction on, to its comma where it opens the
    // sentence or follows a comma (not "as": "As the minister said, ..." speaks for the sentence)
    if (a1 && ADVERBIAL_OPENERS.has(a1.lower)) {
      return ownClause(cueSpan(text, toks, subject.start, v, 'verb'), a1.start, toks, v, subject.start === 1 || (!!a2 && /^[,;:(—–]$/.test(a2.text)));
    }
    // "..., beating the forecast of analysts, who had put it at $14.1 billion": a relative clause after a comma speaks for itself only
    if (a1 && a1.text === ',' && /^(?:who|which)(?:['’]d|['’]ve|['’]s)?$/.test(toks[subject.start].lower) && subject.start > 1) {
      return { start: toks[subject.start].start, end: t.end, text: text.slice(toks[subject.start].start, t.end), kind: 'verb', from: toks[subject.start].start };
    }
    // (so does one whose pronoun the subject search passed: "of analysts polled by LSEG, who had put it at"; not
    // "the ministry, which oversees the army, said", whose verb is outside the clause)
    for (let k = v - 1; k > subject.start; k--) {
      if (toks[k].text === ',') break;
      if (/^(?:who|which)$/.test(toks[k].lower) && toks[k - 1].text === ',') {
        const span = cueSpan(text, toks, subject.start, v, 'verb');
        // (and ends where the clause closes before the main verb: "Barclays, which yesterday confirmed ..., was down 5%")
        const close = relativeClose(toks, v);
        return close >= 0 ? { ...span, from: toks[k].start, until: toks[close].start } : { ...span, from: toks[k].start };
      }
    }
    // "... rising in about 30 countries around the world that reported cholera outbreaks in 2022, ...": a relative clause
    // on "that" speaks for itself only, to its comma ("a report that said 5 people died" still sources its own figure)
    const rel = toks[v - 1];
    // (a one-word subject too: "close to 2,000 people marched with banners that said ...")
    if (rel && rel.lower === 'that' && v - 2 >= subject.start && isWord(toks[v - 2]) && !SAY_FORMS.has(toks[v - 2].lower) && !BE.has(toks[v - 2].lower) && !AUX.has(toks[v - 2].lower)) {
      return ownClause(cueSpan(text, toks, subject.start, v, 'verb'), rel.start, toks, v, true);
    }
    if (a1 && ((a1.text === ';') || (a2 && a2.text === ',' && /^(?:and|but|while|whereas)$/.test(a1.lower)))) {
      return { start: toks[subject.start].start, end: t.end, text: text.slice(toks[subject.start].start, t.end), kind: 'verb', from: toks[subject.start].start };
    }
    return cueSpan(text, toks, subject.start, v, 'verb');
  }
  if (DATA_VERBS.has(lemma)) return undefined;
  // Inverted (see invertedSpeaker): "..., said Kim", "“...,” she added", `reports "Reuters"` (not an -ing form: "..., stating he would")
  // (not an order at the sentence's start: "Report it by dialling 901", "Tell them")
  if ((!prev || !isWord(prev) || /^[,"”’':]$/.test(prev.text)) && !progressive && !(!prev && /^(?:it|them|him|her|us|me|this|that|these|those)$/.test(toks[v + 1]?.lower ?? ''))) {
    const last = invertedSpeaker(toks, v);
    if (last > v) return cueSpan(text, toks, v, last, 'verb');
  }
  // "The minister, while presenting the budget, said ...", "Aregbesola who spoke at the launch in Osogbo, said ...": the
  // speaker opens the sentence, a clause about them between
  // (or a time between: "Miner Barrick Gold Corp, on Thursday reported")
  const timed = !!prev && isWord(prev) && /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/.test(prev.lower) && (toks[v - 2]?.text === ',' || (toks[v - 2]?.lower === 'on' && toks[v - 3]?.text === ','));
  if (!progressive && (prev?.text === ',' || timed) && /^(?:said|says|told|tells|added|adds|stated|states|noted|notes|announced|revealed|disclosed|explained|stressed|insisted|confirmed|estimated|reported|warned|claimed)$/.test(lw)) {
    // (after an agency's credit that opens the story: "(Reuters) – Miner Barrick Gold Corp, on Thursday reported")
    const opening = toks[0]?.text === '(' && toks[2]?.text === ')' && /^[-–—]$/.test(toks[3]?.text ?? '') ? 4 : 0;
    const first = firstNP(toks, opening, v - 1);
    const head = first ? toks[first[1]] : undefined;
    // (past the name's acronym in brackets: "The Serious Fraud Office (SFO), which brought the case, said")
    const acronym = first && toks[first[1] + 1]?.text === '(' && toks[first[1] + 3]?.text === ')' && /^\p{Lu}{2,8}$/u.test(toks[first[1] + 2]?.text ?? '');
    let at = first ? first[1] + (acronym ? 4 : 1) : -1;
    // (or past what the speaker is of, where, and when, up to a comma: "Zimbabwe's Ministry of Health and Child Care on Wednesday, said",
    // "A local official in the southern region of Mani, the site of another fire, estimated")
    if (first && toks[at] && /^(?:of|for|in|at|from|on)$/.test(toks[at].lower)) {
      let k = at;
      while (k < v - 1 && toks[k].text !== ',' && isWord(toks[k]) && (isCap(toks[k]) || /^(?:of|for|in|at|from|on|and|the|a|an|southern|northern|eastern|western|central|region|province|state|district|county|city|town|village|area)$/.test(toks[k].lower))) k++;
      if (toks[k]?.text === ',') at = k;
    }
    const aside = first ? toks[at] : undefined;
    if (first && head && first[1] + 1 < v - 1 && (isCap(head) || PRONOUNS.has(head.lower) || ROLE_NOUNS.has(head.lower) || BODY_HEADS.has(head.lower) || PEOPLE_HEADS.has(head.lower)) && aside && (aside.text === ',' || /^(?:who|which|while|when)$/.test(aside.lower)) && !toks.slice(first[1] + 1, v).some((x) => isWord(x) && !isCap(x) && SAY_FORMS.has(x.lower))) {
      const sub = text.slice(toks[first[0]].start, toks[first[1]].end);
      return { start: toks[first[0]].start, end: t.end, text: `${sub} ... ${t.text}`, kind: 'verb' };
    }
    // (a full name in apposition between commas, whatever opens the sentence: "Announcing the results on national
    // television, the president of the National Electoral Institute (INE), Guadalupe Taddei, said")
    let n = v - 2;
    while (n >= 0 && isWord(toks[n]) && (isCap(toks[n]) || particleName(toks[n]))) n--;
    if (prev?.text === ',' && n >= 0 && toks[n].text === ',' && v - 2 - n >= 2 && isCap(toks[n + 1])) return cueSpan(text, toks, n + 1, v, 'verb');
  }
  // "…, saying that": the subject of the main clause
  // (after a tag of its own the participle is that speaker's, whose cue covers the sentence:
  // "“...,” said a resident, declining to be named, adding that ...")
  // (past a wire story's dateline: "GENEVA (AP) — The United Nations appealed ..., saying")
  if (prev && prev.text === ',' && progressive && !tagBefore(toks, v - 1)) {
    // (past a participle's clause that opens the sentence: "Asked about suggestions that ..., Prof Van Tam likened ..., saying")
    let from = afterDateline(toks, 0, v - 1);
    if (isWord(toks[from]) && isCap(toks[from]) && /^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(toks[from].text) && isWord(toks[from + 1]) && !isCap(toks[from + 1])) {
      let c = from + 1;
      while (c < v - 1 && toks[c].text !== ',') c++;
      if (c < v - 1) from = c + 1;
    }
    const first = firstNP(toks, from, v - 1);
    // (a subject that can speak: not "Deaths rose by 81 last week, putting the region's fatality count at 622")
    let speaks = false;
    for (let k = first ? first[0] : 0; first && k <= first[1] && !speaks; k++) {
      const w = toks[k];
      // (a sentence's first word is capitalised whatever it is: "Deaths rose ...", not "Reuters")
      speaks = isWord(w) && ((isCap(w) && !(k === 0 && /^\p{Lu}\p{Ll}+[^s]s$/u.test(w.text))) || speakerNoun(w) || DATA_NOUNS.has(w.lower) || PARTIES.has(w.lower));
    }
    // (not things: "Deaths rose by 81 last week, putting the region's fatality count at 622")
    if (first && speaks) {
      const sub = text.slice(toks[first[0]].start, toks[first[1]].end);
      return { start: toks[first[0]].start, end: t.end, text: `${sub} ... ${t.text}`, kind: 'verb' };
    }
  }
  return undefined;
}

/** A number or a scale word that counts what follows it ("27.7", "million"), not a year ("2023 data shows"). */
function countWord(t: Token | undefined): boolean {
  if (!t) return false;
  return /^(?:million|billion|trillion|thousand|hundred|dozen)$/.test(t.lower) || (/^\d/.test(t.text) && !/^(?:1[89]|20)\d\d$/.test(t.text));
}

/** Whether a verb of a tag ("said", "told", ...) stands among toks[0, end). */
function tagBefore(toks: Token[], end: number): boolean {
  for (let k = 0; k < end; k++) {
    const x = toks[k];
    if (/^(?:said|says|told|tells|added|adds|stated|states|wrote|writes)$/.test(x.lower) && isWord(x) && !isCap(x)) return true;
  }
  return false;
}

/** Every word a cue of findCues starts at (one look-up rules out the other words). */
const CUE_WORDS = new Set<string>(['according', 'citing', 'cited', 'quoted', 'by', 'per', ...SOURCE_NOUNS, ...ISSUE_OBJECTS, ...SAY_FORMS.keys()]);
/** The lengths of the CUE_WORDS that begin with each ASCII character, one bit a length (all are ASCII and short): most words are ruled out without hashing them. */
const CUE_LENGTHS = new Uint32Array(128);
for (const w of CUE_WORDS) {
  if (w.charCodeAt(0) >= 128 || w.length >= 32) throw new Error(`cue word out of the length table: ${w}`);
  CUE_LENGTHS[w.charCodeAt(0)] |= 1 << w.length;
}

/** A number opens the phrase at j ("information from half a million volunteers" counts people, it names no source). */
function startsNumber(toks: Token[], j: number): boolean {
  const t = toks[j];
  if (/^\d/.test(t.text)) return true;
  // (written in lower case: "a report by Zero Hedge" names its source)
  const u = /^(?:a|an)$/.test(t.lower) ? toks[j + 1] : t;
  if (!u || u.text !== u.lower) return false;
  return isNumberWord(u.lower) || /^(?:more|less|fewer|some|about|nearly|almost|around|over)$/.test(u.lower);
}

/** What "per" divides by, not whom it cites: "per cent", "per capita", "per day". */
const PER_UNITS = words('cent capita day week month year hour minute second barrel tonne ton person head share unit kilogram kg litre liter gallon mile kilometre kilometer household annum kilowatt-hour kwh megawatt-hour mwh pound ounce bag quintal acre hectare');

/** Participles between a source noun and its maker: "data compiled by LSEG". */
/** Written texts that "read" what they say: "the statement read". */
const WRITTEN_TEXTS = words('statement statements report letter post message note notice document release communique communiqué text caption sign placard banner announcement order decree resolution declaration email tweet');

/** What "according to" may follow that names no source: "according to plan", "according to the schedule". */
const MANNER_HEADS = /^(?:plan|plans|schedule|tradition|custom|protocol|expectations?|procedure|script|design|instructions)$/;

const MADE_BY = new Set(['released', 'published', 'compiled', 'provided', 'issued', 'conducted', 'commissioned', 'prepared', 'collected', 'supplied', 'obtained', 'gathered', 'produced', 'shared', 'seen', 'reviewed', 'analysed', 'analyzed']);

/** Every attribution cue of the sentence text[start, end). */
export function findCues(text: string, start: number, end: number): Cue[] {
  const cues: Cue[] = [];
  let toks: Token[];
  try {
    toks = sentenceTokens(text, start, end);
  } catch {
    return cues;
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const lw = t.lower;
    const f = lw.charCodeAt(0);
    if (f >= 128 || lw.length >= 32 || (CUE_LENGTHS[f] & (1 << lw.length)) === 0 || !CUE_WORDS.has(lw) || !isWord(t)) continue;
    // "according to X"
    if (lw === 'according' && toks[i + 1]?.lower === 'to') {
      let last = npForward(toks, i + 2, 14);
      // "according to data compiled by LSEG", "according to estimates by the Global Trade Research Initiative",
      // "according to a study published Tuesday in JAMA Neurology", "according to an AFP tally based on official figures"
      if (last >= i + 2) {
        const linking = (w: string) => MADE_BY.has(w) || w === 'based';
        let m = last + 1;
        let made = linking(toks[last].lower);
        if (!made && toks[m] && linking(toks[m].lower)) {
          made = true;
          m++;
        }
        while (made && toks[m] && (TIME_WORDS.has(toks[m].lower) || toks[m].lower === 'on' || toks[m].lower === 'last' || toks[m].lower === 'this') && toks[m - 1].lower !== 'based') m++;
        const link = toks[m]?.lower;
        const ok = link === 'by' ? made || SOURCE_NOUNS.has(toks[last].lower) : made && (toks[m - 1].lower === 'based' ? link === 'on' : link === 'in');
        if (ok && toks[m + 1] && !/^\d/.test(toks[m + 1].text)) {
          const more = npForward(toks, m + 1, 12);
          if (more >= m + 1) last = more;
        }
      }
      // (not a manner: "if all goes according to plan", "according to schedule"; "according to the plan" cites a document)
      // (nor one the phrase reader ran past: "if all goes according to plan and the board approves")
      const manner = MANNER_HEADS.test(toks[i + 2]?.lower ?? '') && (last === i + 2 || /^(?:and|or|but|so|if|as|then|when|while)$/.test(toks[i + 3]?.lower ?? ''));
      if (last >= i + 2 && !manner) {
        cues.push(cueSpan(text, toks, i, last, 'according'));
        // (the phrase's words are no verbs of their own: "according to the latest Census estimates")
        i = last;
      }
      continue;
    }
    // "per the UN", "per Ukrainian data": "according to" in short (not "per cent", "per day", "$80 per barrel")
    // (after "as", any phrase: "as per official results announced by the commission")
    if (lw === 'per' && toks[i + 1] && isWord(toks[i + 1]) && (/^(?:the|a|an)$/.test(toks[i + 1].lower) || isCap(toks[i + 1]) || toks[i - 1]?.lower === 'as') && !(i > 0 && /^[\d$€£¥%]/.test(toks[i - 1].text))) {
      const last = npForward(toks, i + 1, 14);
      const head = toks[last];
      if (last >= i + 1 && head && !PER_UNITS.has(head.lower) && (isCap(head) || DATA_NOUNS.has(head.lower) || SOURCE_NOUNS.has(head.lower) || BODY_HEADS.has(head.lower) || ROLE_NOUNS.has(head.lower))) {
        cues.push(cueSpan(text, toks, i, last, 'according'));
        continue;
      }
    }
    // "citing X", "cited by X", "quoted by X"
    if (lw === 'citing' || ((lw === 'cited' || lw === 'quoted') && toks[i + 1]?.lower === 'by')) {
      const from = lw === 'citing' ? i + 1 : i + 2;
      const last = npForward(toks, from, 14);
      // (what is cited is a source: a name, a body, people, a document; not a reason: "citing direct threats", "citing health concerns")
      let source = last >= from;
      if (source && lw === 'citing') {
        // (any of its words: "citing three unnamed people familiar with the matter")
        source = false;
        for (let k = from; k <= last && !source; k++) {
          const h = toks[k].lower;
          source = (isWord(toks[k]) && isCap(toks[k])) || DATA_NOUNS_AND_STATEMENTS.has(h) || SOURCE_NOUNS.has(h) || BODY_HEADS.has(h) || ROLE_NOUNS.has(h) || PEOPLE_HEADS.has(h) || WRITTEN_TEXTS.has(h) || /^(?:media|witnesses|residents)$/.test(h);
        }
      }
      if (source) {
        cues.push(cueSpan(text, toks, i, last, 'citing'));
        continue;
      }
    }
    // "was quoted as saying"
    if (lw === 'quoted' && toks[i + 1]?.lower === 'as' && toks[i + 2]?.lower === 'saying') {
      const s = subjectOf(toks, i, 0, true);
      const a = s !== -1 && s !== -2 ? s.start : i;
      cues.push(cueSpan(text, toks, a, i + 2, 'verb'));
      i += 2;
      continue;
    }
    // "figures from X", "a report by X", "allegations by X", "by the ministry's count"
    // (not what a toll is from: "the death count from the earthquake")
    if (SOURCE_NOUNS.has(lw) && toks[i + 1] && /^(?:by|from)$/.test(toks[i + 1].lower)) {
      let j = i + 2;
      const last = npForward(toks, j, 12);
      // (nor a comparison with other figures: "the highest figure from the previous ones", "figures from a year earlier")
      // (nor a time: "more than 88 reports by late Saturday of tornado touchdowns")
      const byTime = toks[i + 1].lower === 'by' && last >= j && (TIME_WORDS.has(toks[npHead(toks, j, last)].lower) || /^(?:late|early|mid|noon|midnight|then|now|today|tonight|yesterday)$/.test(toks[j].lower));
      if (last >= j && !byTime && !startsNumber(toks, j) && !(toks[i + 1].lower === 'from' && (EVENT_NOUNS.has(toks[npHead(toks, j, last)].lower) || /^(?:ones?|years?|months?|weeks?|days?|quarters?|levels?|periods?|highs?|lows?|peaks?|earlier|ago|before)$/.test(toks[npHead(toks, j, last)].lower)))) {
        let a = i;
        if (toks[a - 1] && DETERMINERS.has(toks[a - 1].lower)) a--;
        cues.push(cueSpan(text, toks, a, last, 'noun'));
        continue;
      }
    }
    if (SOURCE_NOUNS.has(lw) && toks[i + 1] && MADE_BY.has(toks[i + 1].lower) && toks[i + 2]?.lower === 'by') {
      const last = npForward(toks, i + 3, 12);
      if (last >= i + 3) {
        cues.push(cueSpan(text, toks, toks[i - 1] && DETERMINERS.has(toks[i - 1].lower) ? i - 1 : i, last, 'noun'));
        i = last;
        continue;
      }
    }
    if (lw === 'by' && i + 2 < toks.length) {
      // "by the ministry's count", "by some estimates", "by one tally"
      for (let k = i + 1; k < Math.min(toks.length, i + 6); k++) {
        if (/^(?:count|estimate|estimates|tally|reckoning|calculation|calculations|account|accounts)$/.test(toks[k].lower)) {
          // ("by all accounts", "by most accounts": a hedge, as "reportedly" is; not "by his own account")
          if (!(toks[k].lower === 'accounts' && k === i + 2 && /^(?:all|most|many)$/.test(toks[i + 1].lower))) cues.push(cueSpan(text, toks, i, k, 'noun'));
          break;
        }
        if (!isWord(toks[k])) break;
      }
    }
    // "has issued repeat vague allegations": a statement made by the subject
    // (not a warning that names what is sent: "will issue warning letters to 500 agents")
    if (ISSUE_OBJECTS.has(lw) && !(/^warnings?$/.test(lw) && WARNING_THINGS.has(toks[i + 1]?.lower ?? ''))) {
      for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
        if (!isWord(toks[k])) break;
        // (a claim filed or lodged is a demand, for asylum or damages, not a statement: "lodged their claim in Britain")
        if (ISSUE_VERBS.has(toks[k].lower) && /^claims?$/.test(lw) && /^(?:filed|files|lodged|lodges)$/.test(toks[k].lower)) break;
        if (ISSUE_VERBS.has(toks[k].lower)) {
          const s = subjectOf(toks, k, clauseFloor(toks, k, 0), toks[k].lower.endsWith('ing'));
          if (s !== -1 && s !== -2) {
            if (s.detached) {
              const [a, b] = s.detached;
              let vs = k;
              while (vs - 1 > b && (AUX.has(toks[vs - 1].lower) || BE.has(toks[vs - 1].lower))) vs--;
              cues.push({ start: toks[a].start, end: t.end, text: `${text.slice(toks[a].start, toks[b].end)} ... ${text.slice(toks[vs].start, t.end)}`, kind: 'noun' });
            } else cues.push(cueSpan(text, toks, s.start, i, 'noun'));
            const until = narrativeAfter(toks, i + 1);
            if (until !== undefined) cues[cues.length - 1].until = until;
          }
          break;
        }
      }
    }
    if (SAY_FORMS.has(lw)) {
      const c = verbCue(text, toks, i);
      if (c) {
        // "claimed responsibility for 3 attacks, 30km from the capital": the claim covers what it owns, up to the next comma
        if (SAY_FORMS.get(lw) === 'claim' && /^(?:responsibility|credit|ownership)$/.test(toks[i + 1]?.lower ?? '')) {
          let k = i + 2;
          while (k < toks.length && !/^[,;:]$/.test(toks[k].text)) k++;
          if (k < toks.length) c.until = toks[k].start;
        }
        cues.push(c);
      }
    }
  }
  return cues;
}

/**
 * Where a clause of narrative starts after the object of a statement issued:
 * "as", "while" or "when" opening a clause with a subject of its own ("as
 * President Joe Biden was about to meet", "while the army advanced").
 */
function narrativeAfter(toks: Token[], j: number): number | undefined {
  for (let k = j; k + 1 < toks.length; k++) {
    const lw = toks[k].lower;
    if (lw === 'that' || lw === 'showing' || lw === 'saying' || lw === 'which' || toks[k].text === ':') return undefined;
    // (or a second verb of the subject's, no saying: "Taiwan issued a land warning and evacuated more than 3,000 people")
    if (lw === 'and' && isWord(toks[k + 1]) && !isCap(toks[k + 1]) && /[a-z]ed$/.test(toks[k + 1].lower) && !SAY_FORMS.has(toks[k + 1].lower)) return toks[k].start;
    if (lw !== 'as' && lw !== 'while' && lw !== 'when' && lw !== 'whereas') continue;
    const nx = toks[k + 1];
    if (!isWord(nx) || /^(?:of|well|part|many|much|a|an|to|far|soon|long|for|if|though|such|usual|expected|planned|promised|agreed|required|follows)$/.test(nx.lower)) continue;
    if (isCap(nx) || /^(?:the|his|her|its|their|he|she|they|it|we|i|you)$/.test(nx.lower)) return toks[k].start;
  }
  return undefined;
}

// ---------------------------------------------------------------------------

// Cues per sentence of the document being attributed: only the latest document
// is kept (figures are attributed one document at a time), so an analysed
// document does not carry its cues around.
interface Cache {
  seg: Segmentation;
  text: string;
  cues: Map<number, Cue[]>;
  reporters: Map<number, number[][]>;
  /** One attribution per cue and way (sentence, quotation): the figures a cue sources share it. Keyed by sentence index * 2 (+ 1 for a quotation), then cue index. */
  made: Map<number, Attribution[]>;
}
let cache: Cache | undefined;

function cuesOf(text: string, seg: Segmentation, index: number): Cue[] {
  if (!cache || cache.seg !== seg || cache.text !== text) cache = { seg, text, cues: new Map(), reporters: new Map(), made: new Map() };
  let cues = cache.cues.get(index);
  if (!cues) {
    const s = seg.sentences[index];
    cues = s && s.kind !== 'furniture' ? findCues(text, s.start, s.end) : [];
    cache.cues.set(index, cues);
  }
  return cues;
}

/** A cue reports the clause of a later cue when only "… that" (or nothing) stands between them: "X said that Y estimated". */
const REPORTED_GAP = /^(?:\s*|[^,;.]{0,60}\bthat\s+)$/;
/** Longest gap REPORTED_GAP is tried on (its words are at most 60 characters and "that"; whitespace runs beyond are not expected). */
const MAX_REPORTED_GAP = 200;

/**
 * For each cue of a sentence, the cues that report its clause. Worked out once
 * per sentence from the cues ending just before each one, so a sentence with
 * hundreds of cues costs their number, not its square, per figure.
 */
function reportersOf(text: string, seg: Segmentation, index: number, cues: Cue[]): number[][] {
  cuesOf(text, seg, index);
  let out = cache!.reporters.get(index);
  if (out) return out;
  const byEnd = cues.map((_, i) => i).sort((a, b) => cues[a].end - cues[b].end);
  out = cues.map(() => [] as number[]);
  cues.forEach((c, i) => {
    const from = partitionPoint(byEnd.length, (k) => cues[byEnd[k]].end < c.start - MAX_REPORTED_GAP);
    for (let k = from; k < byEnd.length && cues[byEnd[k]].end <= c.start; k++) {
      const o = byEnd[k];
      if (o !== i && REPORTED_GAP.test(text.slice(cues[o].end, c.start))) out![i].push(o);
    }
  });
  cache!.reporters.set(index, out);
  return out;
}

/** Index of the sentence that holds offset `at` (or the last before it). */
function sentenceAt(seg: Segmentation, at: number): number {
  return Math.max(0, partitionPoint(seg.sentences.length, (i) => seg.sentences[i].start <= at) - 1);
}

function insideQuote(seg: Segmentation, cue: Span): boolean {
  const k = quotationOf(seg, cue);
  return k >= 0;
}

/** The quotation whose quoted words hold the span, if any. */
function quotationOf(seg: Segmentation, span: Span): number {
  const found = partitionPoint(seg.quotations.length, (i) => seg.quotations[i].start <= span.start) - 1;
  if (found < 0) return -1;
  const q = seg.quotations[found];
  return span.start >= q.inner.start && span.end <= q.inner.end ? found : -1;
}

/**
 * The attribution of an unsourced figure. Attributions are shared (every
 * figure a cue sources gets the same object, every unsourced figure this one)
 * and kept as long as their document: never to be changed (this one is frozen).
 */
const UNSOURCED: Attribution = Object.freeze({ sourced: false });

/**
 * A sourced attribution, one object: its own span and words are the source
 * (`source` answers the object itself), instead of an attribution and a source
 * object each. Shared by the figures of a cue; kept as long as the analysis.
 */
abstract class SourcedBy implements Attribution {
  readonly via: 'sentence' | 'quotation';
  readonly start: number;
  readonly end: number;
  constructor(via: 'sentence' | 'quotation', start: number, end: number) {
    this.via = via;
    this.start = start;
    this.end = end;
  }
  get sourced(): true {
    return true;
  }
  abstract readonly text: string;
  get source(): Span & { text: string } {
    return this;
  }
  /** As plain data. */
  toJSON(): Attribution {
    return { sourced: true, source: { start: this.start, end: this.end, text: this.text }, via: this.via };
  }
}

/** Source words that are the article's own characters (most): read from the article when asked, no string of their own. */
class SourcedBySpan extends SourcedBy {
  readonly #article: string;
  constructor(via: 'sentence' | 'quotation', start: number, end: number, article: string) {
    super(via, start, end);
    this.#article = article;
  }
  get text(): string {
    return this.#article.slice(this.start, this.end);
  }
}

/** The span and way of an attribution sourced by the article's own characters (undefined for any other). */
export function ownWords(a: Attribution): { via: 'sentence' | 'quotation'; start: number; end: number } | undefined {
  return a instanceof SourcedBySpan ? a : undefined;
}

/** An attribution sourced by the article's own characters `article[start, end)`. */
export function sourcedByWords(via: 'sentence' | 'quotation', start: number, end: number, article: string): Attribution {
  return new SourcedBySpan(via, start, end, article);
}

/** Source words reported otherwise than written ("the US ... has issued"). */
class SourcedByWords extends SourcedBy {
  readonly #text: string;
  constructor(via: 'sentence' | 'quotation', start: number, end: number, text: string) {
    super(via, start, end);
    this.#text = text;
  }
  get text(): string {
    return this.#text;
  }
}

/** The attribution that cue `index` of sentence `sentence` gives, made once per cue and way for the document being attributed. */
function sourcedBy(sentence: number, index: number, via: 'sentence' | 'quotation'): Attribution {
  const key = sentence * 2 + (via === 'quotation' ? 1 : 0);
  let made = cache!.made.get(key);
  if (!made) cache!.made.set(key, (made = []));
  let a = made[index];
  if (!a) {
    const c = cache!.cues.get(sentence)![index];
    const text = cache!.text;
    const own = c.text.length === c.end - c.start && text.startsWith(c.text, c.start);
    a = made[index] = own ? new SourcedBySpan(via, c.start, c.end, text) : new SourcedByWords(via, c.start, c.end, c.text);
  }
  return a;
}

export function attribute(text: string, seg: Segmentation, figure: Figure): Attribution {
  try {
    const s = seg.sentences[figure.sentence];
    if (!s) return UNSOURCED;
    const all = cuesOf(text, seg, figure.sentence);
    const scoped = all.some((c) => c.from !== undefined || c.until !== undefined);
    const isOwn = (c: Cue) => !scoped || ((c.from === undefined || c.from <= figure.start) && (c.until === undefined || figure.start < c.until));
    const own = scoped ? all.filter(isOwn) : all;
    if (own.length) {
      // prefer the cue nearest the figure, but not a clause reported by another cue
      // ("Weilguni said the Greens would insist on 45 euros": Weilguni said), nor a
      // later cue across a contrast ("Ozols told ... 'two or three more times', though he added")
      // or in an absolute phrase ("officials have estimated that ... 11,000 troops ..., with reports suggesting")
      // or in a relative clause on what came before ("... 46 injured in the strikes, which Islamabad described as")
      const reporters = reportersOf(text, seg, figure.sentence, all);
      const outer = all.filter((c, i) => isOwn(c) && !reporters[i].some((o) => isOwn(all[o])));
      let cands = outer.length ? outer : own;
      // a figure inside a quotation: the tag outside it names the source, not the speaker's own words
      // ("... and you can say that at least several million shells have been sent," the minister clarified)
      const qf = quotationOf(seg, figure);
      if (qf >= 0) {
        const q = seg.quotations[qf];
        const tags = cands.filter((c) => c.start >= q.end || c.end <= q.start);
        if (tags.length) cands = tags;
      }
      // a cue whose subject is the figure itself gives way to another: "The other four suspects admit the
      // charges, police said" is the police's
      // (the figure opens the cue and its verb follows: not "The agency, reporting 40 deaths, said", "citing two officials")
      const notSelf = cands.filter((c) => !(c.start <= figure.start && figure.end < c.end && !c.text.includes(' ... ') && /^(?:(?:the|other|another|some|all|those|these)\s+)*$/i.test(text.slice(c.start, figure.start)) && !/[,;]/.test(text.slice(figure.end, c.end))));
      if (notSelf.length && notSelf.length < cands.length) cands = notSelf;
      let best = cands[0];
      const dist = (c: Cue) => Math.abs(c.start - figure.start);
      // (on a tie, a finite verb before a participle of the same subject: "Zelensky, stating ..., said")
      for (const c of cands) if (dist(c) < dist(best) || (dist(c) === dist(best) && c.kind === 'verb' && best.kind === 'verb' && /ing$/.test(best.text) && !/ing$/.test(c.text))) best = c;
      if (best.start >= figure.end && /[,;]\s*(?:(?:though|although|but|while|whereas|with)\b|which\b[^,;]*$)/.test(text.slice(figure.end, best.start))) {
        const before = cands.filter((c) => c.end <= figure.start);
        if (before.length) best = before[before.length - 1];
      }
      return sourcedBy(figure.sentence, all.indexOf(best), 'sentence');
    }
    const qi = quotationOf(seg, figure);
    if (qi < 0) return UNSOURCED;
    // the chain of quotations carried over paragraph breaks, and the sentences they run over
    let first = qi;
    for (let guard = 0; seg.quotations[first].continues !== undefined && guard < 50; guard++) first = seg.quotations[first].continues!;
    const from = sentenceAt(seg, seg.quotations[first].start);
    const to = sentenceAt(seg, Math.max(seg.quotations[qi].end - 1, seg.quotations[qi].start));
    const candidates: number[] = [];
    for (let k = from; k <= to && k - from < 40; k++) candidates.push(k);
    if (from > 0) candidates.push(from - 1);
    if (figure.sentence > 0 && !candidates.includes(figure.sentence - 1)) candidates.push(figure.sentence - 1);
    for (const k of candidates) {
      if (k === figure.sentence) continue;
      const cues = cuesOf(text, seg, k);
      for (let ci = 0; ci < cues.length; ci++) {
        const c = cues[ci];
        if (c.kind === 'verb' && !insideQuote(seg, c)) return sourcedBy(k, ci, 'quotation');
      }
    }
    return UNSOURCED;
  } catch {
    return UNSOURCED;
  }
}
