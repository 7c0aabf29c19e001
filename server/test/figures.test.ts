// One construction per test: the figures found in a sentence, by their exact text.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findFigures, type Figure } from '../src/core/figures';
import { segment } from '../src/core/sentences';
import { marked, offsetOf } from './util';

function figures(text: string): Figure[] {
  return findFigures(text, segment(text));
}
function texts(text: string): string[] {
  return figures(text).map((f) => f.text);
}
/** `[[...]]` marks every expected figure span; nothing else may be found. */
function expectMarked(source: string): void {
  const { text, spans } = marked(source);
  const got = figures(text).map((f) => ({ start: f.start, end: f.end, text: f.text }));
  assert.deepEqual(got, spans, text);
}

test('digits with separators and decimals, with what they count', () => {
  expectMarked('Germany shipped [[1,245,000 silicon wafers]] and [[14 vessels]] carrying [[2.5 tons]].');
  expectMarked('The US will send [[31 M1 Abrams tanks]] and Germany will provide [[14 Leopard 2 A6 tanks]].');
  expectMarked('The toll rose to [[45]] on Monday.');
});

test('scale words: million, billion, bn, trillion, thousand, m', () => {
  expectMarked('Russia likely received about [[1.6 million artillery shells]] and [[300 thousand rounds]].');
  expectMarked('The fund holds [[$4.5bn]], the bank [[2 trillion won]] and the state [[€3m]].');
  const [f] = figures('They fired 1.6 million shells.');
  assert.equal(f.value, 1_600_000);
  assert.equal(f.unit, 'shell');
});

test('spelled-out numbers: compounds, dozens, hundreds of, tens of thousands of, two + noun', () => {
  expectMarked('[[Thirty-one people]] fled, [[a dozen warships]] sailed and [[dozens of residents]] left.');
  expectMarked('North Korea supplied [[tens of thousands of artillery shells]] and [[hundreds of rockets]].');
  expectMarked('The pact binds the [[two countries]] after [[two missiles]] were fired.');
  expectMarked('[[Several hundred families]] queued and [[a few thousand protesters]] marched.');
  assert.equal(figures('They sent two hundred and fifty thousand shells.')[0].value, 250_000);
});

test('percentages: %, percent, per cent, percentage points', () => {
  expectMarked('Prices rose [[3.2%]], wages [[4 percent]], rents [[5 per cent]] and rates [[0.25 percentage points]].');
  assert.equal(figures('Prices rose 3.2%.')[0].kind, 'percent');
});

test('money: $, €, £, ₩, won, rubles, dollars, $1.2bn', () => {
  expectMarked('Aid of [[€50 billion]], [[£2.5bn]], [[₩300 billion]], [[300 billion rubles]] and [[US$2 million]] was pledged.');
  expectMarked('Canada gave [[500 million Canadian dollars]] and Japan [[1.5 trillion won]]; the package is worth [[$1.2bn]].');
  const f = figures('The package is worth $1.2bn.')[0];
  assert.equal(f.kind, 'money');
  assert.equal(f.unit, 'USD');
  assert.equal(f.value, 1.2e9);
});

test('ranges: "300 to 800 troops", "300-800", "between 20 and 30", "two or three"', () => {
  expectMarked('Images show [[300 to 800 troops]] and [[300-800 soldiers]] at the base.');
  expectMarked('Between [[20 and 30 drones]] and [[two or three missiles]] were launched.');
  const f = figures('Images show 300 to 800 troops.')[0];
  assert.deepEqual([f.value, f.high, f.kind], [300, 800, 'range']);
  // "from X to Y" states two figures
  expectMarked('The toll rose from [[300]] to [[800 people]].');
});

test('multipliers and fractions: four-fold, threefold, N times, more than half, a third of, two-thirds of', () => {
  expectMarked('Attacks rose [[four-fold]], output [[threefold]] and costs [[2.5 times]].');
  expectMarked('[[More than half of Ukraine’s generating capacity]] and [[a third of the substations]] were hit.');
  expectMarked('[[Two-thirds of households]] had no heat; [[one in five children]] is poor.');
});

test('approximators stay outside the span and are reported apart', () => {
  const cases: [string, string, string][] = [
    ['about 1,200 homes', 'about', '1,200 homes'],
    ['more than 40 bridges', 'more than', '40 bridges'],
    ['nearly 90 schools', 'nearly', '90 schools'],
    ['at least 16 people', 'at least', '16 people'],
    ['some 3,000 volunteers', 'some', '3,000 volunteers'],
    ['over 200 boats', 'over', '200 boats'],
    ['up to 5,000 residents', 'up to', '5,000 residents'],
    ['roughly 600 children', 'roughly', '600 children'],
    ['almost 70 roads', 'almost', '70 roads'],
  ];
  for (const [phrase, approx, span] of cases) {
    const text = `Officials counted ${phrase} on Monday.`;
    const [f] = figures(text);
    assert.equal(f.text, span, phrase);
    assert.equal(f.approximator, approx, phrase);
    assert.equal(f.start, offsetOf(text, span));
  }
  // part of a fraction phrase, the approximator is inside the span
  assert.deepEqual(texts('More than half of the shells were duds.'), ['More than half of the shells']);
});

test('not figures: dates, years, times, weekdays', () => {
  assert.deepEqual(texts('On January 28, 2023 at 4:46 pm, on Jan. 5, on 13 March and on Monday, in 2019 and since 2017.'), []);
  assert.deepEqual(texts('Lawmakers met at 10 a.m. and at 15:43 GMT on the 2022-23 budget in the 1990s.'), []);
  expectMarked('Spending will reach [[42 trillion won]] in 2025.');
  expectMarked('In 2022, [[2000 soldiers]] were trained.');
});

test('not figures: relative dates and durations', () => {
  assert.deepEqual(texts('Talks stalled two days ago after three years, a 10-day session, 48 hours of shelling, months of delay and a five-year plan.'), []);
  assert.deepEqual(texts('Conscripts will serve 18 months instead of 21.'), []);
});

test('not figures: ages', () => {
  assert.deepEqual(texts('A 45-year-old officer, aged 45, and Park Min-ho, 52, testified; a 19-year-old was freed.'), []);
  assert.deepEqual(texts('The decree covers men aged 18 to 30.'), []);
});

test('not figures: ordinals', () => {
  assert.deepEqual(texts('Its seventh test, the 3rd division, the 21st deployment and the second time.'), []);
});

test('not figures: model designations', () => {
  assert.deepEqual(texts('The M1 Abrams, the Leopard 2 A6, SU-24 bombers, F-16 jets, Kh-101 missiles, the S-400 and the T-90.'), []);
  assert.deepEqual(texts('The shells are 155mm rounds.'), []);
});

test('not figures: numbers inside names', () => {
  assert.deepEqual(texts('The G7 targeted Office 39 and Unit 731 under Resolution 2231 during COVID-19; the Group of Seven met.'), []);
});

test('not figures: URLs, ids, phone numbers, list numbering', () => {
  assert.deepEqual(texts('See https://courts.example.org/rulings/2024/1187 or www.example.org/case/55123 and case No. 4471.'), []);
  assert.deepEqual(texts('Call +82 2 1234 5678 now.'), []);
  assert.deepEqual(texts('1. Conscripts serve longer.\n2) Reservists may be called.'), []);
});

test('not figures: page furniture', () => {
  assert.deepEqual(texts('Jun 24, 2024 15:43 143\n\nTanks arrive in Kyiv  - 1\n\n1,204 views\n\nSat, 01/28/2023 – 16:00'), []);
});

test('"one": of the, pronoun, idioms are not figures; one + a concrete noun is', () => {
  assert.deepEqual(texts('It was one of the worst nights; the only one left; no one slept; at one point; one day; one resident recalled.'), []);
  expectMarked('[[One person]] was killed and [[one Russian drone]] was shot down.');
  assert.deepEqual(texts('A new world war is coming and a shelter opened.'), []);
});

test('capitals: title-case headlines keep their figures; capitalised numbers mid-sentence are names', () => {
  expectMarked('North Korea Sends [[3,000 Troops]] To Russia');
  expectMarked('The governor wrote: "[[Two people]] were killed."');
  assert.deepEqual(texts('Leaders of the Group of Seven met.'), []);
});

test('counted noun phrase: stops at verbs, prepositions and time words', () => {
  expectMarked('[[300 troops]] arrived while [[12]] died and [[2 million barrels of sunflower oil]] last year.');
  expectMarked('[[600 prisoners of war]] and [[5,000 tonnes of grain]] from Odesa, [[20,000 new childcare places]].');
  expectMarked('[[300 artillery shells]] and [[40 armoured vehicles]] and [[3 more impacts]].');
  expectMarked('Floods killed [[57 people]] and left [[67 missing]]; [[12 dead]] and [[300]] killed.');
});

test('"of state" belongs to the count unless a name starts there: "[[two heads of state]]", "[[three squads]] of State Rescue Service divers"', () => {
  expectMarked('Talks drew [[two heads of state]] while [[three squads]] of State Rescue Service divers searched. [[40 Heads of State]] Gather In Rome');
});

test('figure fields: kind, sentence index, counted noun span', () => {
  const text = 'Headline\n\nThe US said it will send 31 M1 Abrams tanks.';
  const [f] = figures(text);
  assert.equal(f.kind, 'count');
  assert.equal(f.sentence, 1);
  assert.equal(f.counted && text.slice(f.counted.start, f.counted.end), 'tanks');
  assert.equal(f.counted?.start, offsetOf(text, 'tanks'));
});

test('never throws, stays fast on hostile input', () => {
  const inputs = ['', '1 '.repeat(50000), '$$$ 1 $', '😀 12 😀', 'one one one one', '1,000,000,000,000,000,000,000 tanks', '0.0.0.0', '-1', 'a dozen of of of', 'tens of of thousands of'];
  for (const i of inputs) {
    const t0 = Date.now();
    const fs = figures(i);
    assert.ok(Date.now() - t0 < 3000, i.slice(0, 20));
    for (const f of fs) assert.equal(i.slice(f.start, f.end), f.text);
  }
});

test('"from X to Y" is one range unless a verb of change comes before: "cost from 300 to 800 pounds"', () => {
  expectMarked('Season tickets cost from [[300 to 800 pounds]], and [[40,000 fans]] wait.');
  expectMarked('Estimates ranged from [[20 to 30 drones]].');
  expectMarked('The toll rose on Monday from [[300]] to [[800 people]].');
});

test('"at the age of 11" is an age, not a figure', () => {
  expectMarked('He joined the academy at the age of 11 and signed [[two contracts]].');
});

test('ages are no figures: "between the ages of 12 and 15", "before they turn 21", "13 and 14 year olds"; "turned [[200 applicants]] away" is', () => {
  expectMarked('Pupils between the ages of 12 and 15 get [[two doses]].');
  expectMarked('Many marry before they turn 21, and Wales’ 13 and 14 year olds walk less.');
  expectMarked('The college turned [[200 applicants]] away.');
});

test('glued speed units: "185km/h (115mph)"', () => {
  expectMarked('Sustained winds of [[185km/h]] ([[115mph]]) hit the coast.');
});

test('word counts: "Dozens dead", "only one in five", "seven of our neighbours"', () => {
  expectMarked('Typhoon: [[Dozens dead]] as storm batters north');
  expectMarked('Only [[one in five]] had returned to their villages.');
  expectMarked('"[[Seven of our neighbours]] are still missing," she said.');
});

test('words that are also names of object properties ("constructor", "valueOf") read like any other word', () => {
  const names = Object.getOwnPropertyNames(Object.prototype).filter((n) => /^[A-Za-z]+$/.test(n));
  assert.ok(names.includes('constructor') && names.includes('valueOf'));
  // the same word with another first letter is not a property name: it must read the same
  const read = (s: string, w: string) => figures(s).map((f) => ({ text: f.text.replace(w, 'W'), value: f.value, unit: f.unit?.replace(w.toLowerCase(), 'w'), kind: f.kind }));
  for (const w of names) {
    const other = 'q' + w.slice(1);
    for (const sentence of ['They hired 40 W last year.', 'Ten W were seen.', 'A W cost 5 dollars.', 'The W rose to 12 tonnes, officials said.']) {
      assert.deepEqual(read(sentence.replace('W', w), w), read(sentence.replace('W', other), other), `${w}: ${sentence}`);
    }
  }
  assert.deepEqual(texts('They hired 40 constructor last year.'), ['40 constructor']);
});

test('counted noun phrase: a verb in -s after a plural is not a noun; coordinated modifiers share the plural head', () => {
  expectMarked('[[One in five households]] lacks access, and a population of [[26 million]] faces hunger.');
  expectMarked('Dealers sold [[300,114 electric and hybrid vehicles]], [[76 sanctions violations]] and [[40 arms suppliers]].');
  expectMarked('They shipped [[6.2 million tonnes of grain]] and [[ten artillery pieces]].');
});

test('"nine out of 10 voters" is a ratio, like "one in five households"', () => {
  expectMarked('[[Nine out of 10 voters]] named the economy, and [[one in five households]] lacks heat.');
});

test('"10 out of 10" is one ratio, all of the whole (not two figures "10"); "20 in 20 regions" is not one', () => {
  expectMarked('He called it a "[[10 out of 10]]" season, and [[20]] in [[20 regions]] voted.');
});

test('temperatures: "45C", "45°C", "45 degrees Celsius" (not "5G" or "F-16")', () => {
  expectMarked('Temperatures hit [[45C]] in Delhi and [[113F]] in Phoenix; it was [[45°C]] or [[45 degrees Celsius]].');
  expectMarked('The 5G network and F-16 jets were shown.');
});

test('fractions: "a fifth of", "a tenth of" (not the ordinals "the fifth day"); two fractions joined by "and" stay two', () => {
  expectMarked('Russia occupies [[a fifth of the territory]] and [[a tenth of the coast]]. On the fifth day the tenth convoy came.');
  expectMarked('[[Two-thirds of the population]] and [[three-quarters of hospitals]] lack power.');
});

test('a change in percentage points, then a level, is two figures; "5% to 10%" is one range', () => {
  expectMarked('Unemployment rose [[0.5 percentage points]] to [[4.2%]], within a range of [[5% to 10%]].');
});

test('rupees: "Rs 500 crore" is money in INR', () => {
  expectMarked('The company posted a net loss of [[Rs 500 crore]] and RS 40 was a product code.');
  assert.equal(figures('It lost Rs 500 crore.')[0].unit, 'INR');
});

test('age groups are no figures: "children under 5", "people aged over 65", "voters aged 18 to 24"', () => {
  expectMarked('UNICEF says [[3.4 million children]] under 5 are at risk, and people aged over 65 get a booster.');
  expectMarked('Voters aged 18 to 24 backed Labour by [[20 points]]. Those over 80 waited. There are over [[500 children]].');
});

test('a group\'s size after "of" ("a family of [[five]]") and a legal count ("[[one count]] of fraud") are figures; "by one count" is not', () => {
  expectMarked('Rescuers found [[six bodies]], and a family of [[five]] is missing. A crew of [[six]] survived.');
  expectMarked('He was convicted of [[two counts]] of fraud and [[one count]] of money laundering. By one count, [[300 people]] died.');
});

test('"a fifth of the total", "a third of the total budget": "total" is the noun a fraction counts', () => {
  expectMarked('AI chips made up [[roughly a fifth of the total]], and [[a third of the total budget]] went to defence.');
});

test('rate moves in fractions of a point: "a [[quarter-point hike]]", "[[a quarter point]]"', () => {
  expectMarked('Markets price a [[90%]] chance of a [[quarter-point hike]]; the bank cut by [[a quarter point]] and then by a [[half-point]].');
  expectMarked('In the first quarter point guard James scored. At the half point of the season he rested.');
});

test('"22 Republicans joining most Democrats" ends at the capitalised plural; "4 million Australians are under 16" has no figure "16"', () => {
  expectMarked('The bill passed with [[22 Republicans]] joining most Democrats, and the US sends [[31 M1 Abrams tanks]].');
  expectMarked('Around [[4 million Australians]] are under 16, or about [[15%]] of the population. Deaths were over [[100]].');
});

test('number forms of scraped pages: "[[one-thousand containers]]", "[[10 000 shipping containers]]", and a calibre inside a count', () => {
  expectMarked('More than [[one-thousand containers]] left, and Seoul found at least [[10 000 shipping containers]] and [[1 200 000 euros]].');
  expectMarked('It could hold more than [[6 million 152 mm artillery shells]]; they fired 152 mm shells, and on March 5 100 people fled.');
  assert.equal(figures('Seoul found 10 000 containers.')[0].value, 10000);
});

test('headlinese without the article: "[[up to quarter of a million dead]]"', () => {
  expectMarked('Russia suffered [[up to quarter of a million dead]], and [[a quarter of a million people]] fled. In the third of a series of talks.');
});

test('a spelled number with a two-word unit: "[[a few hundred square kilometers]]"', () => {
  expectMarked('Kyiv\'s forces have occupied [[a few hundred square kilometers]], and [[two square kilometres]] burned.');
});

test('a list of designations is one name: "[[12 Shahed 191 and 129 drones]]"; "its Shahed 191 and 129 drones" counts nothing', () => {
  expectMarked('Russia selected [[six Mohajer-6 drones]] and [[12 Shahed 191 and 129 drones]]. Iran showed its Shahed 191 and 129 drones in June. Group 7 and [[12 people]] left.');
});

test('a time after the counted noun ends it: "at least [[one ballistic missile]] early Friday morning"; numbers read out: "[[three-point-six percent]]"', () => {
  expectMarked('North Korea fired at least [[one ballistic missile]] early Friday morning. Russia sent [[200 troops]] late last month. It saw [[300 early voters]].');
  expectMarked('The jobless rate has been at [[three-point-six percent]] for months; it was a make-or-break point.');
});

test('a verb in -s after the singular noun ends the phrase: "The [[1,200-kilometre Nord Stream 1 pipeline]] runs under the Baltic Sea"; "[[300 fishing boats]] in the sea" stays', () => {
  expectMarked('The [[1,200-kilometre Nord Stream 1 pipeline]] runs under the Baltic Sea. A [[300-mile border]] stretches along it. It has [[300 fishing boats]] in the sea.');
});

test('a number as the subject of a verb, or short of a mark, stands alone: "[[88,115]] represents an increase", "[[1,221]] short of capacity"; "scored [[90 marks]]" counts', () => {
  expectMarked('The total of [[88,115]] represents an increase of [[170]] and is [[1,221]] short of the capacity. Its [[2,000]] means a lot. He scored [[90 marks]] in the test.');
});

test('tallies listed after the noun they count are figures: "would win [[50 seats]], Labour [[34]], ACT [[11]] and Te Pāti Māori [[4]]"; "Unit 731" and "Act 11" alone are names', () => {
  expectMarked('It projected that National would win [[50 seats]], Labour [[34]], Greens [[14]], ACT [[11]], New Zealand First [[8]] and Te Pāti Māori [[4]].');
  expectMarked('The Conservatives won [[365 seats]], Labour [[202]] and the Liberal Democrats [[11]].');
  expectMarked('They visited Unit 731, Route 66 and Camp 5. The law, Act 11, passed.');
});

test('a model’s number after a count is part of what it counts, and no figure of its own: "[[five additional 777 freighters]]", "[[75 737 MAX 8s]]"; "its embattled 737 MAX" is a model', () => {
  expectMarked('DHL ordered [[14 777 freighters]] worth [[$4.75 billion]]. Qatar Airways ordered [[five additional 777 freighters]]. The order for an additional [[75 737 MAX 8s]] was signed. Boeing landed [[30 firm orders]] for its embattled 737 MAX.');
  expectMarked('The club hired [[300 people]] and moved [[120 tonnes of goods]].');
});

test('a capital glued to a number after a name is a model’s letter, no scale: "Britain’s Skynet 5B was deployed" holds no figure; "raised [[5B dollars]]" and "[[$5B]]" do', () => {
  expectMarked('Britain’s Skynet 5B was deployed, Arianespace said. Tesla raised [[5B dollars]]. It paid [[$5B]].');
});

test('Uganda’s "Shs" is a currency ("passes [[Shs 32.5trillion]] budget"); a village’s number with its letters is no figure ("in Chak No 261-RB")', () => {
  expectMarked('Parliament passes [[Shs 32.5trillion]] budget. It spent [[Shs 13.1trillion]] on roads. Firing in Chak No 261-RB injured [[one girl]].');
});

test('a ranking’s top before a preposition counts nothing: "dominated the top 10 in the rankings"; "the top [[10 exporters]]" counts them', () => {
  expectMarked('US universities dominated the top 10 in the rankings, claiming a record [[eight places]]. Oil is sold by the top [[10 exporters]].');
});

test('"km/hr" and "kmph" are speeds as "km/h" is: "runs at [[130 km/hr]] and covers a distance of [[1659 kms]]"', () => {
  expectMarked('The train runs at a speed of [[130 km/hr]] and covers a distance of [[1659 kms]]. Buses run at [[60 kmph]] and stop.');
});

test('a relative clause\'s subject after the counted noun ends it: "the [[16 HIMARS]] Ukraine has received", "the [[5 F-16s]] Norway pledged"', () => {
  expectMarked('Ukrainian forces celebrated the [[16 HIMARS]] Ukraine has received. The [[5 F-16s]] Norway pledged arrived. It sent [[31 M1 Abrams tanks]].');
});

test('the relative-clause cut needs a Title Case name after a noun that is none: "[[48 Shahed-136/131 strike UAVs]] were downed", "the [[15-member Security Council]] has met"', () => {
  expectMarked('Ukraine said [[48 Shahed-136/131 strike UAVs]] were downed. The [[15-member Security Council]] has met. The [[31 tanks]] Germany promised came.');
});

test('"over [[60]] in one of its biggest strikes" is no ratio; "[[One in five households]]" is', () => {
  expectMarked('Russia attacked Kharkiv, killing [[two people]] and injuring over [[60]] in one of its biggest strikes. [[One in five households]] is poor.');
});

test('a year before "levels" or "prices" is no count, and scores are no ranges: "from 2005 levels", "poised at 1-1", "won 3-1"; "[[10-15 people]]" stays', () => {
  expectMarked('The US will cut emissions by [[50-52 per cent]] from 2005 levels. The game was poised at 1-1 and they won 3-1. Between [[10-15 people]] died.');
});

test('"m" glued to a number before a dimension is metres: "a large [[115m long]] ship loading containers"; "[[5m]]" alone stays a scale', () => {
  expectMarked('VOA found a large [[115m long]] ship loading containers. It costs [[5m]] a year.');
  assert.equal(figures('A large 115m long ship.')[0].unit, 'm');
});

test('modifiers joined by "and" share their plural noun: "[[6,000 North Korean engineering and military construction personnel]]", "[[300 armored and unarmored vehicles]]"; "[[300 tanks]] and [[40 jets]]", "2021 Ashworth and [[two colleagues]]" stay apart', () => {
  expectMarked('He agreed to send [[6,000 North Korean engineering and military construction personnel]] to Kursk. It sent [[300 armored and unarmored vehicles]], [[300 tanks]] and [[40 jets]].');
  expectMarked('Between 2016 and 2021 Ashworth and [[two colleagues]] used [[1,700 fake trades]]. There were [[300]] killed and [[40 wounded]].');
});

test('a licence version in a photo credit is no figure: "Anna Berg, CC BY 4.0, via Wikimedia Commons", "CC BY-SA 3.0"; "rose by [[4.0 percent]]" stays', () => {
  expectMarked('Missile parade. Photo: Anna Berg, CC BY 4.0, via Wikimedia Commons. Photo: Jan Novak, CC BY-SA 3.0. Prices rose by [[4.0 percent]].');
});

test('a name\'s acronym in parentheses stays inside the counted phrase: "[[three People\'s Liberation Army (PLA) aircraft]]", "[[four China Coast Guard (CCG) vessels]]"', () => {
  expectMarked('Officials tracked [[three People\'s Liberation Army (PLA) aircraft]] and [[four China Coast Guard (CCG) vessels]] near the island. It sent [[30 Patriot]] (PAC) to Kyiv.');
});

test('"[[40 U.S. troops]]" and "[[31 confirmed U.S. deaths]]" go past the full stop of "U.S."; "[[112,163 measles cases]]"; a Title Case headline "[[19 Companies]] Laying Off [[Thousands of Workers]]"', () => {
  expectMarked('It sent [[40 U.S. troops]]. The [[31 confirmed U.S. deaths]] came in [[three states]]. Doctors saw [[112,163 measles cases]] and [[20 diabetes patients]].');
  expectMarked('[[19 Companies]] Laying Off [[Thousands of Workers]]');
});

test('an age after "as young as" and an emergency number are no figures: "patients as young as 6", "the county\'s 911 dispatchers"; "[[911 people]]" stays', () => {
  expectMarked('Injured patients are as young as 6: [[Ten patients]] were treated. Workers include the county\'s 911 dispatchers. Only [[911 people]] came.');
});

test('a suspended hyphen keeps the counted noun: "[[121 low- and middle-income countries]]", "[[20 short- and long-range missiles]]"; an index "Standard & Poor\'s 500" is no figure', () => {
  expectMarked('There are [[121 low- and middle-income countries]] in the scheme. It has [[20 short- and long-range missiles]]. The Standard & Poor\'s 500 was flat.');
});

test('a photo gallery\'s counter opening caption after caption is no figure ("7 Kim was seen ... Credit: Reuters"); the first of two calibres "155 mm and 105 mm artillery ammunition" is none either', () => {
  expectMarked('The leader toured [[two factories]].\n\n7 Kim was seen at a plant Credit: Reuters\n\n7 It comes after a visit Credit: Reuters\n\n7 He drove a tank Credit: Reuters\n\nThe package includes 155 mm and 105 mm artillery ammunition and [[12 trucks]].');
  expectMarked('[[7 people]] died.\n\nThe [[3 men]] left.');
});

test('a year before "to" and a level is no range: "since early 2016 to [[11.7 million bpd]]", "rose in 2019 to [[300 tanks]]"; "[[1000 to 1500 troops]]" is one', () => {
  expectMarked('Output has increased by [[2.5 million bpd]] since early 2016 to [[11.7 million bpd]]. It rose in 2019 to [[300 tanks]]. It sent [[1000 to 1500 troops]]. Between 2015 and 2020 prices rose.');
});

test('a rank before a noun and a time before its zone are no figures: "weakened to a category 3 storm", "in phase 2 talks", "at 0925 GMT"; "In the second phase [[200 troops]] were sent" stays', () => {
  expectMarked('It weakened to a category 3 storm. It was in phase 2 talks. The quake hit at 0925 GMT, [[10 km]] deep. In the second phase [[200 troops]] were sent.');
});

test('ages after "aged between", a time written "11: 12 a.m.", and a calibre after "caliber of" are no figures', () => {
  expectMarked('It injured [[three employees]] aged between 52 and 64. (Updated at 11: 12 a.m. KST.) They bought [[500 thousand]] for the largest caliber of 155 mm.');
});

test('an amount glued to its currency code is money: "[[RUB37.9 trillion]]", "[[USD40bn]]"', () => {
  expectMarked('Revenues will fall to [[RUB37.9 trillion]], and [[USD40bn]] more went abroad.');
});

test('model numbers: "iPhone 16 demand", "iPhone 15 sales"; Boeing\'s airliners by number alone in an article that names the maker ("the 737 assembly plant", "a 787 or 777 crash"); "[[737 passengers]]", "[[$737 million]]" stay', () => {
  expectMarked('Data points on iPhone 16 demand came out. He said iPhone 15 sales were up.');
  expectMarked(
    'Boeing is hurting. A 787 or 777 crash would be worse. The 787 program was hit. He worked at the 737 assembly plant. ' +
      'It carried [[737 passengers]]. It cost [[$737 million]]. Some [[346 people]] died in the 2018 and 2019 crashes.',
  );
  // without the maker named, a number before a noun is a count as before
  expectMarked('He worked at one of [[737 assembly plants]].');
});

test('a school year as a list item after a colon is no figure ("Thursday, June 1: year 12"); "[[12 schools]]" stays', () => {
  expectMarked('Strike days:\n\nThursday, June 1: year 12\n\nTuesday, June 6: year 10\n\nIt affects [[12 schools]].');
});

test('"1 in 10 of them" is one ratio, "due" ends a counted phrase ("half a million due to the violence" was "half a million due"), and a name in Title Case that opens with a number is no figure ("a 10-Point Plan of Action")', () => {
  expectMarked('About [[1 in 10]] of them defected. It rose to [[60]] in [[2]] of the regions. The camp swelled to [[half a million]] due to the violence. Some [[40 people]] due to testify were absent.');
  expectMarked('UNHCR has also developed a 10-Point Plan of Action. A [[10-member panel]] met.');
});

test('a year before what it dates is no count: "2023 data shows", "to meet 2030 forest goals", "the 2019 and 2021 deforestation rates", "Between 2013 and 2017 e-book sales"; "[[2017 people]]" stays', () => {
  expectMarked(
    '2023 data shows that strong policies work, yet the world remains off track to meet 2030 forest goals. ' +
      'It is virtually unchanged from the 2019 and 2021 deforestation rates. They hit 2025 emissions targets early. Some [[2017 people]] came. ' +
      'Between 2013 and 2017 e-book sales fell [[36.7%]]. From 2015 to 2020 exports rose. From [[1500 to 2000 troops]] came.',
  );
});

test('years, days and currencies: "June 9, 2017 shows", "the 2017 elections", "Day 173 of the invasion", "[[293,376 leva]]", a Title Case "[[40 Countries]] Called"', () => {
  expectMarked('This picture released on June 9, 2017 shows the leader. The 2017 elections were held. He owes [[293,376 leva]]. Some [[2017 people]] came. On the same day [[300 people]] died.');
  expectMarked('Day 173 of the Invasion: Over [[40 Countries]] Called on Russia');
  expectMarked('He was down on the equivalent stage of 2022 legislative elections, and [[2,000 violent protests]] were held.');
});

test('an acronym the words before it spell stays inside the phrase ("[[two new foreign direct product (FDP) rules]]"); "with eight reporting double-digit declines" counts no "reporting"', () => {
  expectMarked('The rules create [[two new foreign direct product (FDP) rules]] to cover tools. [[Three-quarters of the markets]] saw declines, with eight reporting double-digit declines.');
});

test('a model in a Title Case headline is no count ("Falcon 9 Rocket", "Leopard 2 Tank"); "[[30 Missiles]]" and "[[31 Abrams Tanks]]" are', () => {
  expectMarked('SpaceX Launches Falcon 9 Rocket With [[11 Satellites]]');
  expectMarked('Russians Claim Capture of Leopard 2 Tank Supplied by Poland');
  expectMarked('Russia Fires [[30 Missiles]] at Kyiv');
  expectMarked('Ukraine Gets [[31 Abrams Tanks]]');
});

test('the dead and the hurt in a Title Case headline are counts: "Storms Leave [[40 Dead]]", "[[7 Missing]]"', () => {
  expectMarked('Storms Leave [[40 Dead]] Across Coastal Provinces');
  expectMarked('Landslide Leaves [[12 Injured]], [[7 Missing]] In Hill District');
  expectMarked('Russians Claim Capture of Leopard 2 Tank Supplied by Poland');
});

test('a table rank, a year BC and a race time are no figures: "1 United States 40 44 42 126", "in 490 BC", "2h 7m 43s"; "[[3 Russian soldiers]]" at a line start stays', () => {
  expectMarked('1 United States 40 44 42 126\n\n[[3 Russian soldiers]] died in 490 BC. He ran it in 2h 7m 43s.');
});

test('ringgit glued to their code are money: "worth [[RM49,000]]"', () => {
  expectMarked('Drugs worth [[RM49,000]] were seized.');
});

test('a hyphenated scale keeps its currency sign: "more than [[$1-billion]]"', () => {
  expectMarked('Losses were estimated at more than [[$1-billion]] last year.');
});

test('a name that opens with a number is no figure: "the analytical service 38 North notes", "10 Downing Street"', () => {
  expectMarked('The analytical service 38 North notes it. He spoke at 10 Downing Street with [[38 reporters]].');
});

test('a time word after the counted noun in a Title Case headline ends the figure ("[[22 Attack Drones]] Overnight")', () => {
  expectMarked('Air Force Downs [[22 Attack Drones]] Overnight');
  expectMarked('Rebels Seize [[40 Armored Trucks]] Tuesday In Raid');
});

test('the firm 3M in a list of firms or as a subject is no figure; "$3M" and "3M views" are', () => {
  expectMarked('Cuts came at Ford, 3M, Mattel and Boeing.');
  expectMarked('Later 3M said it would shed [[1,200 jobs]].');
  expectMarked('The clip drew [[3M views]] and raised [[$3M]].');
});

test('Kenyan shillings written as East African papers write them are money: "[[Sh420 million]]", "[[KSh75,000]]", "[[Ksh 2 billion]]", "[[90 million shillings]]"', () => {
  expectMarked('The board lost [[Sh420 million]] and paid [[KSh75,000]] in fees; [[Ksh 2 billion]] was recovered, or [[90 million shillings]].');
  const f = figures('The board lost Sh420 million.');
  assert.equal(f[0].unit, 'KES');
  assert.equal(f[0].value, 420e6);
});

test('a glued amount of one digit ("[[Sh1 million]]", "[[RM5]]") or with its scale glued too ("[[Sh2million]]") is money', () => {
  expectMarked('He paid a fine of [[Sh1 million]], then [[RM5]], then [[Sh2million]].');
});

test('nautical miles glued to the number are a measure ("[[65NM]] west of the port"); a chip\'s process node ("3nm chips") is a designation', () => {
  expectMarked('A ship reported an attack [[65NM]] west of the port, and the firm began making 3nm chips.');
});

test('two nations\' modifiers joined by "and" before one noun are one phrase ("[[130 Thai and U.S. aircraft]]", "[[20 U.S. and Thai fighters]]"); "[[40 infantry fighting vehicles]]" is one phrase, "[[300 police]] facing" stops', () => {
  expectMarked('Drills used some [[130 Thai and U.S. aircraft]] and more than [[20 U.S. and Thai fighters]].');
  expectMarked('The army got [[40 infantry fighting vehicles]] while [[300 police]] facing the crowd stood by. They sent [[300 tanks]] and [[40 jets]].');
});

test('a mass noun before the mass noun it modifies is one phrase: "[[20 000 artillery ammunition]]", "[[90,000 rounds of 152mm artillery ammunition]]", "[[300 artillery shells]]"', () => {
  expectMarked('Kyiv will get [[20 000 artillery ammunition]] and [[90,000 rounds of 152mm artillery ammunition]]; it fired [[300 artillery shells]].');
});

test('a calibre in inches names a kind of round or gun: "4.8-inch artillery shells" is no figure; "[[two 5-inch guns]]" counts guns, "a [[9-inch rise]]" is a measure', () => {
  expectMarked('The cruiser kept [[two 5-inch guns]] and fired 4.8-inch artillery shells; the river saw a [[9-inch rise]] and [[3 million 6-inch artillery shells]] were shipped.');
});

test('"[[2.7%]] and [[0.3%]]" are two figures unless "between" makes them a range ("between [[2% and 3%]]")', () => {
  expectMarked('Rents rose [[4.1%]] and [[0.6%]] respectively, and growth stayed between [[2% and 3%]].');
});

test('after a plural number a singular noun is a modifier, not the head before a verb: "[[three bombing runs]]"; "the [[1,500-kilometre pipeline]] runs" stops', () => {
  expectMarked('The pilots flew [[three bombing runs]] over the port. The [[1,500-kilometre pipeline]] runs under the lake.');
});

test('"..., said one resident" names a speaker, not a count', () => {
  expectMarked('Shops burned overnight, said one resident, and [[one resident]] was hurt.');
});

test('a camel-cased product name before a number is a designation: "iPhone 4", "mPower 3 and 4"', () => {
  expectMarked('The launch of iPhone 4 went well; the rocket carried mPower 3 and 4 satellites and [[two other probes]].');
});

test('"and" before a quantifier opens a new phrase: "a [[6.4 magnitude earthquake]] and multiple aftershocks"; "[[40 armored and other vehicles]]" is one', () => {
  expectMarked('The toll from a [[6.4 magnitude earthquake]] and multiple aftershocks rose, and [[40 armored and other vehicles]] were lost.');
});

test('digits grouped in lakhs and crores ("[[6,42,310 ration cards]]") or with full stops between groups of three ("[[2.308.114 voters]]") are numbers; one dotted group is a decimal', () => {
  expectMarked('The state issued [[6,42,310 ration cards]] and [[2.308.114 voters]] took part, up [[4.512 points]]; version 3.108.220 shipped.');
  const f = figures('The state issued 6,42,310 ration cards and 2.308.114 voters took part.');
  assert.deepEqual(f.map((x) => x.value), [642310, 2308114]);
});

test('a list of ages is no figure: "aged 61, 74 and 88", "were 61, 74 and 88 years old"; a list of counts is', () => {
  expectMarked('The dead were aged 61, 74 and 88. The others were 19, 23 and 30 years old. Troops seized [[12]], [[15]] and [[40 tanks]].');
});

test('dollars with the country after the sign, as Australian papers write them, are money: "[[$US2.4 billion]]", "[[$A700]]"', () => {
  expectMarked('The carmaker booked a loss of [[$US2.4 billion]] and paid [[$A700]] a head.');
  assert.deepEqual(figures('The carmaker booked a loss of $US2.4 billion.').map((f) => [f.value, f.unit]), [[2.4e9, 'USD']]);
});

test('"zero" in the name of a policy or a goal is no figure ("zero COVID rules", "net zero"); "[[zero deaths]]" is', () => {
  expectMarked('Trade slowed under zero COVID rules and a net zero goal, with [[zero deaths]] and [[4 cases]].');
});

test('a number in a quoted title of a Title Case headline is a designation: "‘Rocky 4’ Tops Chart With [[$12.5M]]"', () => {
  expectMarked('Weekend Box Office: ‘Rocky 4’ Tops Chart With [[$12.5M]]');
});

test('a capitalised plural before a verb in its base form ends the phrase: "[[tens of thousands of Syrians]] continue to flee"', () => {
  expectMarked('Each week [[tens of thousands of Syrians]] continue to flee, and the army got [[31 M1 Abrams tanks]].');
});

test('the phrase reads on over modifiers in a row ("[[90 Russian fixed-wing unmanned aerial vehicles]]", "[[two captured North Korean soldiers]]"); a verb before a name ends it ("[[1,800]] entered Chad")', () => {
  expectMarked('Crews downed [[90 Russian fixed-wing unmanned aerial vehicles]] and held [[two captured North Korean soldiers]], while [[1,800]] entered Chad and [[4 downed UAVs]] fell.');
});

test('a number after a clause with a duration is no elliptical duration: "Over the past 48 hours, more than [[2,600]] fled"; a ship\'s hull number is a designation', () => {
  expectMarked('Over the past 48 hours, more than [[2,600]] fled, and a coast guard vessel 3305 followed.');
});

test('"Rs. [[2.4 trillion]]" with its full stop is rupees in one sentence; "15 Corps", "the Round of 16" and "just turned 19" are no figures; "the [[41,200 crowd]] didn’t" ends at the verb', () => {
  expectMarked('The state owes [[Rs. 2.4 trillion]] to banks. The commander of 15 Corps said teams reaching the Round of 16 win, and a striker who just turned 19 scored before the [[41,200 crowd]] didn’t cheer.');
});

test('a year before its noun and a verb is no count: "The 2025 budget projects the deficit at [[3.9%]]"', () => {
  expectMarked('The 2025 budget projects the deficit at [[3.9%]] of GDP.');
});

test('two names of a kind joined by "or"/"and" before one plural are one phrase ("[[three Tochka-U or Iskander-M ballistic missiles]]"); "[[two gas stations]]" is one phrase', () => {
  expectMarked('Crews shot down [[three Tochka-U or Iskander-M ballistic missiles]] and [[9 attack drones]], and debris hit [[two gas stations]]. About [[500 Serbs]] and Croats left.');
});

test('a sentence\'s first word capitalised for its place is no name before a designation ("Remaining [[40 seats]] go to ..."); "second" after a scale is an ordinal ("[[1.2 crore second doses]]")', () => {
  expectMarked('Remaining [[40 seats]] go to the lists. The state gave [[1.2 crore second doses]]; Office 39 ran it.');
});

test('a change "from [[6.1%]] to [[5.8%]]" states two figures; "the 3100 block of" is an address; "[[one tonne of heroin]] shows the ..." ends before the verb; "[[six police patrol cars]]" is one phrase', () => {
  expectMarked('Joblessness fell from [[6.1%]] to [[5.8%]] while growth of [[2% to 3%]] held. He lived in the 3100 block of Elm Road. The haul of [[one tonne of heroin]] shows the reach of the gangs, and [[six police patrol cars]] came. The coast sees [[15 tropical storms]] a year.');
});

test('Philippine pesos glued to a scale or grouped in thousands are money ("[[P45 million]]", "[[P3,250,000]]", "[[P2.1B]]"); "the P5 powers" is a designation', () => {
  expectMarked('Agents took [[P45 million]] worth of shabu, [[P3,250,000]] in cash and [[P2.1B]] in assets, and the P5 powers met.');
});

test('days listed before their month are dates: "on 4, 5 and 6 March", "from 11 to 12 June"', () => {
  expectMarked('The panel met on 4, 5 and 6 March, and raids from 11 to 12 June netted [[31 suspects]]; it sold [[4]], [[5]] and [[6 trucks]].');
});

test('a year after "the" or before a name\'s possessive is no count ("the 2026 wheat and maize crops", "In 2019 Acme’s exports"); "grown [[fivefold]] compared to" ends at the fold; rand glued to a scale or grouped are money ("[[R4.5m]]", "[[R80,000]]")', () => {
  expectMarked('The ministry sees the 2026 wheat and maize crops lower. In 2019 Acme’s exports rose, as output had grown [[fivefold]] compared to 2010. He took a [[R4.5m]] loan and paid [[R80,000]] on the R2 road.');
});

test('Nigerian naira glued to a number before a scale are money ("[[N4 million]]", "[[N2.5 billion]]"); "N95 masks" are no money', () => {
  expectMarked('He paid [[N4 million]] and [[N2.5 billion]] went missing, for N95 masks.');
});

test('"Zero" before a capitalised word is a name ("Zero Point Media reported [[40 tanks]]"), found or not whatever else the sentence holds', () => {
  expectMarked('Zero Point Media reported [[40 tanks]], and there were [[zero deaths]].');
});

test('percentages as British, Irish and South African papers write them: "[[6.3pc]]", "[[58,2%]]"; rupees and francs glued to the amount ("[[Rs3,400 billion]]", "[[SFr12 million]]"), "[[KShs 4.1 billion]]", "[[US$19 Bln]]"', () => {
  expectMarked('Turnout fell [[6.3pc]] while [[58,2%]] of voters stayed home. The state set aside [[Rs3,400 billion]] and the agency wants [[SFr12 million]]. Sales reached [[KShs 4.1 billion]] and profits [[US$19 Bln]].');
});

test('a year is no count before a verb in -s or after its month: "in 2031 climbs to [[61.5%]]", "from [[12.00 percent]] in May 2019 to [[12.40 percent]]", "from 3 March, 2020 to 2 April"', () => {
  expectMarked('The deficit so far in 2031 climbs to [[61.5%]], and the strong season in 2029 signals growth. Prices rose from [[12.00 percent]] in May 2019 to [[12.40 percent]] in June 2019.');
  expectMarked('Officers made [[1,250 seizures]] from 3 March, 2020 to 2 April, 2021. The index was [[3.1]], which fell to [[2.85]] in 2016.');
  expectMarked('The decade between 1981 and 1990 has been the driest, and between [[2000 and 3000 troops]] left.');
});

test('days after their month are dates whatever follows: "polled from March 3 to 6 with [[900 adults]]", "on April 2 and 3 and"', () => {
  expectMarked('The poll, taken from March 3 to 6 with [[900 adults]], found [[61 percent]] in favour. The outage ran on April 2 and 3 and hit [[12 clinics]].');
});

test('a wire story\'s exchange-rate line is no figure: "($1 = 1.3412 Canadian dollars)"', () => {
  expectMarked('Exports rose [[4%]] to [[$61 billion]].\n\n($1 = 1.3412 Canadian dollars)\n\n(1 euro = $1.0817)');
});

test('what a rate divides by is no figure ("[[$2,900]] per 20-foot box", "[[9 deaths]] per 100,000 people"); a level after a change of another unit is no elliptical duration ("in the first six months rose [[2.1 percent]] to [[310,442]]")', () => {
  expectMarked('Freight cost [[$2,900]] per 20-foot box and there were [[9 deaths]] per 100,000 people. Visitors in the first six months rose [[2.1 percent]] to [[310,442]].');
});

test('a counted phrase ends before a verb ("[[500 miles of the border]] show deep trenches", "[[2 million acres of the region]] burn") and at a participle before a name\'s possessive ("a [[9-satellite network]] serving Acme’s clients")', () => {
  expectMarked('Photos of [[500 miles of the border]] show deep trenches. Crews watched [[2 million acres of the region]] burn. It is a [[9-satellite network]] serving Acme’s clients.');
});

test('an hour before its part of the day is a time ("updated at 7 this morning"); "and 12 in three other towns" is no ratio; "the 30-share BSE Sensex" names an index; "for 2031 reached new highs" is a year; "[[Four of the state’s 36 districts]]" is one phrase', () => {
  expectMarked('Data updated at 7 this morning showed [[9,412 arrivals]]. Floods killed [[30]] in Bulacan and [[12]] in [[three other towns]]. Of the stocks in the 30-share BSE Sensex, [[18]] fell. Profits for 2031 reached new highs. [[Four of the state’s 36 districts]] flooded.');
});

test('a street number is no figure ("at 2210 Maple Grove Drive"); "worth" ends a phrase ("[[9 kilograms of heroin]] worth [[$3 million]]"); "aged between 16 to 25" is an age; "from [[9,120]] in the first half to [[9,870]]" is no duration; ringgit glued to "mil" and dollars after a country\'s letter are money ("[[RM4.2mil]]", "[[S$1.3 million]]")', () => {
  expectMarked('Fire gutted the house at 2210 Maple Grove Drive. Agents found [[9 kilograms of heroin]] worth [[$3 million]]. Youths aged between 16 to 25 were held. Sales rose from [[9,120]] in the first half to [[9,870]] in the second. It cost [[RM4.2mil]] ([[S$1.3 million]]).');
});

test('rupees as "Re 1" and "Rs.700 crore", kwacha glued and grouped ("[[K3,500]]"); "K9 units" stay designations', () => {
  expectMarked('Fuel rose by [[Re 1]] a litre, the board got [[Rs.700 crore]] and seed cost [[K3,500]] a bag, while K9 units searched.');
});

test('an index named by its size is no figure ("the 30-share barometer", "the 225-issue Nikkei Stock Average"); Taiwan dollars keep their letter ("[[T$41.2 billion]]")', () => {
  expectMarked('The 30-share barometer lost [[52.3 points]] and the 225-issue Nikkei Stock Average gained [[88.1 points]]. Profit hit [[T$41.2 billion]].');
});

test('a purity is no figure ("18-carat gold chains"); a weight in carats is ("a [[12-carat diamond]]")', () => {
  expectMarked('Thieves took 18-carat gold chains and a [[12-carat diamond]].');
});

test('a year after a possessive is no count ("Acme’s 2019 intake comprises"); an age in a clause on the person ("Banda, who is 63, ran"); a relay ("the 4×100 metres relay")', () => {
  expectMarked('Acme’s 2019 intake comprises [[300 trainees]]. Banda, who is 63, ran in [[five races]], and won the 4×100 metres relay.');
});

test('a price per unit written with a slash is money ("[[₹3,150/quintal]]", "[[Rs42.50/kg]]", "[[$1,980/oz]]"); dates with slashes stay dates', () => {
  expectMarked('Millers paid [[₹3,150/quintal]], flour sold at [[Rs42.50/kg]] and gold fetched [[$1,980/oz]] on 03/04/2024.');
});

test('Ghana\'s cedi after its letters is money ("[[GH¢2.4bn]]", "[[GH₵18m]]"); a stock\'s ticker number is no figure ("under the ticker symbol 7203")', () => {
  expectMarked('Audits found [[GH¢2.4bn]] missing and [[GH₵18m]] unpaid. The firm lists under the ticker symbol 7203 after [[1,100 trades]].');
});

test('currency codes of more countries before the amount ("[[EGP 50,000]]", "[[BDT 3 billion]]")', () => {
  expectMarked('Each was fined [[EGP 50,000]] and the plan costs [[BDT 3 billion]].');
});

test('points and scale words glued to their number are figures ("fell [[12.85points]]", "a [[50bps]] hike", "[[4.1million offences]]"); a chart or a ranking is no figure ("her second top 10 single", "climbed into the Top 20"), though what it ranks counts ("the top [[5 lenders]]"); a race is no figure ("won the 800 metres", "in the 100m heats"), a length is ("the [[800 metres of wire]]")', () => {
  expectMarked('The gauge fell [[12.85points]] after a [[50bps]] hike and [[4.1million offences]]. It was her second top 10 single and climbed into the Top 20, while the top [[5 lenders]] lost [[$2 billion]]. Okafor won the 800 metres and ran in the 100m heats; workers strung the [[800 metres of wire]].');
});

test('a number in the range of years is a count of the dead at a headline\'s start, after a colon or after "left" ("[[1312 dead]] as storms ...", "Quake: [[1150]] killed"); a year stays a year ("The 2011 wounded veterans")', () => {
  expectMarked('[[1312 dead]] as storms hit the coast\n\nQuake: [[1150]] killed\n\nThe storms left [[1312 dead]]. The 2011 wounded veterans marched.');
});

test('a spelled number after what it numbers is no figure ("by day four of the walkout", "phase three of the plan"); nor digits listed after a plural designator ("alert levels 1, 2 and 3"); an age at the sentence\'s end after a name ("his sister Amina, 52.") is none, a count after a place is ("in Nairobi, [[45]]")', () => {
  expectMarked('Talks resumed by day four of the walkout and phase three of the plan began. Schools shut under alert levels 1, 2 and 3. He came with his sister Amina, 52. Deaths in Nairobi, [[45]].');
});

test('a change, then the level it reached, are two figures ("grew by [[4,210]] to [[96,300]]"); "by [[5 to 8 percent]]" stays a range', () => {
  expectMarked('Enrolment grew by [[4,210]] to [[96,300]], and fees rose by [[5 to 8 percent]].');
});

test('a time by the clock is no figure ("at four o’clock"); camps and blocks by number are none ("Camp No. 6-E, 6-F, Camp no. 11 and 12"); "late today" ends a phrase ("rose to [[95]] late today")', () => {
  expectMarked('At four o’clock the fire reached Camp No. 6-E, 6-F, Camp no. 11 and 12. The toll rose to [[95]] late today.');
});

test('a spelled range after "between" is one figure ("between [[two and four per cent]]"); a software version is no figure ("iOS 9"); nor the title holders of a year ("from 2019 champions Getafe")', () => {
  expectMarked('Staff fell between [[two and four per cent]] as iOS 9 shipped, and a bid came from 2019 champions Getafe.');
});

test('counts in brackets after each name are figures when thousands are grouped in the list ("Kano ([[4,120]]), Jos ([[870]])"); ages in brackets are not ("Ann Obi (45)"); a leading zero makes a code ("the 007 films")', () => {
  expectMarked('Cases came from Kano ([[4,120]]), Jos ([[870]]) and Bauchi ([[35]]). The victims were Ann Obi (45) and Ike Eze (38). The 007 films earned [[$7 billion]].');
});

test('crores and lakhs in the plural scale their number ("[[Rs 32 crores]]", "[[Rs 4 lakhs]]"); a lap, "Formula 2", an executive order and "in top 20 chart" are designations', () => {
  expectMarked('It earned [[Rs 32 crores]] and [[Rs 4 lakhs]] in bonuses. Norris pitted on lap 41 to lead Formula 2 rivals, E.O. 14024 applied, and it sat in top 20 chart.');
});

test('a spelled number right after a verb of killing or wounding is a count ("killing [[five]] and injuring [[seven]], including a child"); naira glued to "trn" is money ("[[N7.4trn]]"); an age after a person named by role is no figure ("The pilot, 52, survived")', () => {
  expectMarked('The strike hit a market, killing [[five]] and injuring [[seven]], including a child. The budget reached [[N7.4trn]]. The pilot, 52, survived.');
});

test('taka after "Tk" and Namibian dollars are money ("[[Tk 85 million]]", "[[N$4 billion]]"); rand glued before a rate is money ("[[R20]] a month"); a race before what it gives is no figure ("the world 200 metres champion"); "12 midnight" is a time', () => {
  expectMarked('Tolls raised [[Tk 85 million]], exports earned [[N$4 billion]] and grants rose [[R20]] a month. The world 200 metres champion ran at 12 midnight.');
});

test('a tally grouped in thousands after a name is a figure ("Samoa [[155,098]], Palau [[122,726]]"), a model number is not ("Leopard 2"); taka glued to "Tk" ("[[Tk4,200 crore]]"); a year before "represents" is a year', () => {
  expectMarked('Arrivals: Samoa [[155,098]], Palau [[122,726]], while [[14 Leopard 2 tanks]] came. Sales hit [[Tk4,200 crore]]. Spending for 2027 represents a [[9 percent]] rise.');
});

test('more currency codes glued to their amount are money ("[[GHS13 billion]]", "[[PKR5bn]]")', () => {
  expectMarked('Arrears reached [[GHS13 billion]] and [[PKR5bn]].');
});

test('"N." and "S." before a Korean count stay in the phrase ("[[12 N. Korean defectors]]"); a year before "supports" is a year ("set up in 2011 supports the panel")', () => {
  expectMarked('[[12 N. Korean defectors]] arrived. A body set up in 2011 supports the panel.');
});

test('numbers inside a web address and a number dialled are no figures ("example.org/news?id=Feed%3A%2844%29", "by dialling 999")', () => {
  expectMarked('Source: https://example.org/news?id=Feed%3A%2844%29\n\nCall police by dialling 999 about the [[12 cars]].');
});

test('a wire story\'s exchange rate inside a line is no figure ("... a share. ($1 = 0.8120 euros) (Reporting by ...)"); rand in cents is money ("to [[R96.40]]")', () => {
  expectMarked('It paid [[48.5 cents]] a share. ($1 = 0.8120 euros) (Reporting by Ann Lee)\n\nShoprite rose [[1.2%]] to [[R96.40]].');
});

test('dirhams glued to "Dh" are money ("[[Dh4.1 billion]]"); the count in brackets after a percentage is a figure ("[[9%]] ([[412,300]])")', () => {
  expectMarked('Profit rose to [[Dh4.1 billion]], and [[9%]] ([[412,300]]) of residents moved.');
});

test('a change right after its verb, then a level ten times larger, are two figures ("slipped [[9,400]] to [[2.61 million]]"); a first number above the second does not take its scale word ("by [[52,300]] to [[8.4 million]]"); "[[4 to 6 million]]" stays a range', () => {
  expectMarked('Part-time jobs slipped [[9,400]] to [[2.61 million]], total hires climbed by [[52,300]] to [[8.4 million]], and donors pledged [[4 to 6 million]].');
  assert.deepEqual(figures('Total hires climbed by 52,300 to 8.4 million.').map((x) => x.value), [52300, 8400000]);
});

test('a day glued to a month is a date, and so is the day after it ("the June 28-July 3 poll", "Oct 2-Nov 5"); "a 26-round burst" still counts', () => {
  expectMarked('Support fell to [[31 percent]] in the June 28-July 3 poll and held in the Oct 2-Nov 5 survey, after a [[26-round burst]].');
});

test('a wire story\'s clock time before its zone is no figure ("(0415 Tuesday GMT)", "1930 local time"); nor a name that starts with a number after "called" ("a gang called 5 Segonn"); a capital after "U.S." goes on with the phrase ("[[three U.S. Navy destroyers]]")', () => {
  expectMarked('The rockets were fired at 12:15 p.m. (0415 Tuesday GMT) and again at 1930 local time. A gang called 5 Segonn seized [[three U.S. Navy destroyers]].');
});

test('barrels a day glued to the number are a measure ("[[1.8mbpd]]", "[[640,000bpd]]"); a small naira, rand or peso amount before what is paid is money ("a [[N20]] bribe", "the [[R15]] fee"), though "the P5 powers" is none', () => {
  expectMarked('Output rose to [[1.8mbpd]] from [[640,000bpd]]. He refused a [[N20]] bribe and the [[R15]] fee as the P5 powers met.');
});

test('"lift ... by [[$0.50]] to [[$15.20]]" is a change and a level, as "lifted" was', () => {
  expectMarked('The state will lift the wage floor by [[$0.50]] to [[$15.20]] next year.');
});

test('a scale joined by a hyphen takes a decimal comma and a currency word after it ("[[3,5-million residents]]", "[[12,6-trillion won]]"); a number called after "call" is none ("call 112."), "[[20 witnesses]]" after it still counts; nor the tail of a broken amount ("K12, 000.00")', () => {
  expectMarked('Storms left [[3,5-million residents]] cut off and debts of [[12,6-trillion won]]. In danger, call 112. They will call [[20 witnesses]] and paid K12, 000.00 in bail.');
});

test('a week or a virus type by its number is no count: "epidemiological week 16", "serotype 3", "serotypes 1 and 2"; "last week 13 died" is', () => {
  expectMarked('By epidemiological week 16 there were [[9,044 cases]]; serotype 3 is back, after serotypes 1 and 2.');
  expectMarked('Last week [[13]] died.');
});

test('"throughout" ends a counted phrase and "deceased" counts people: "[[2,100 cases of mumps]] detected throughout May", "[[41 deceased]] throughout the state"', () => {
  expectMarked('They found [[2,100 cases of mumps]] detected throughout May and [[41 deceased]] throughout the state.');
});

test('a year’s partner is no percentage: "[[2%]] in 2027 and [[4%]] in 2028" are two figures; "between 2021 and 2022" is a time', () => {
  expectMarked('Teachers were offered [[2%]] in 2027 and [[4%]] in 2028; between 2021 and 2022, [[40 schools]] shut.');
});

test('"a thousand" alone is a count after an approximator: "more than [[a thousand]] in Peru", "over [[a hundred]] were hurt"; "one in a million" is not', () => {
  expectMarked('The heat killed [[90 people]] in Chile and more than [[a thousand]] in Peru; over [[a hundred]] were hurt. It was one in a million.');
});

test('a year after "early", "late" or "mid" is a time, whatever follows: "the rule adopted in early 2022 allows arrests"', () => {
  expectMarked('The rule adopted in early 2022 allows arrests, and [[40 judges]] objected.');
});

test('phone numbers after "at" in a call, and spelled in letters, are no figures: "call the police at 911, 311, Tip Line at 800-CASH"; "called [[40 witnesses]] at [[300 hearings]]" are', () => {
  expectMarked('Residents can call the police at 911, 311, or the Tip Line at 800-CASH. He called [[40 witnesses]] at [[300 hearings]].');
});

test('sections of a law listed with brackets between are no figures: "under sections 379 (theft) and 34B (intent)"', () => {
  expectMarked('He was booked under sections 379 (theft) and 34B (intent) of the Penal Code after [[12 phones]] vanished.');
});

test('a participle not in -ed ends a counted phrase unless a noun follows: "[[six tonnes of the powder]] hidden in crates", "[[90 stolen bikes]]"', () => {
  expectMarked('Agents found [[six tonnes of the powder]] hidden in crates and [[90 stolen bikes]].');
});

test('"back" and "away" end a counted phrase: "carrying [[38 Aymara Indians]] back from a fiesta"', () => {
  expectMarked('A lorry carrying [[38 Aymara Indians]] back from a fiesta overturned.');
});

test('the first of two hours joined is a time: "between 9 and 10:30pm", "from 6 to 7 p.m."; "between [[9 and 14 people]]" is a count', () => {
  expectMarked('Counts come between 9 and 10:30pm, and from 6 to 7 p.m. queues formed; between [[9 and 14 people]] waited.');
});

test('Kenyan shillings in lower case before a full stop are money and end no sentence: "[[sh. 4,500]]"', () => {
  expectMarked('Guards were caught holding [[sh. 4,500]] in small notes.');
});

test('thousands written with a space after the comma are one number: "[[217, 581 acres]]", "[[100, 000 refugees]]"; not a day and a count, nor a list', () => {
  expectMarked('The fire grew to [[217, 581 acres]] and drove out [[100, 000 refugees]].');
  expectMarked('On May 5, [[300 protesters]] met; tallies of [[310]], [[290]] and [[120]] came in.');
});

test('a comma and a space between a part and its whole, or between numbers to call, join nothing: "Of those [[800]], [[485]] were inquests"', () => {
  expectMarked('The office took [[800 calls]]. Of those [[800]], [[485]] were inquests. Residents can call the police at 999, 555, or a tip line.');
});

test('page and wire furniture, a bloc, a reference point and a day with its full stop are no figures: "WRAPUP 2-Oil", "Slideshow ( 3 images )", "Group of 77", "zero point", "Updated 14. Mar 2021"', () => {
  expectMarked('UPDATE 2-Oil prices climb as stocks fall');
  expectMarked('Gallery ( 3 images ) Updated 14. Mar 2021');
  expectMarked('Speaking for the Group of 77 nations, she said [[40 states]] agreed. Queues formed at the zero point on the border.');
  expectMarked('A neighbour called 911 from a phone box, and a reading of [[zero point five]] was taken.');
});

test('a class by its year of school is no count: "grade 12 learners", "year one pupils"; a span of time before a count is', () => {
  expectMarked('The province’s grade 12 learners passed, as did [[90 per cent]] of all year one pupils.');
  expectMarked('In a year [[12 students]] left.');
});

test('a dash between two numbers, the second lower, is no range; and a year before a subject and its verb is a year: "totalled 2693 - [[2177 primary]]", "2019 pass rate improves"', () => {
  expectMarked('Schools totalled [[2693]] - [[2177 primary]] and [[469 secondary]].');
  expectMarked('BREAKING | 2019 national pass rate improves to [[81.3%]]');
  expectMarked('Between [[200 - 300 people]] came.');
});

test('counts found or read whole: a plural’s count in brackets "deportees ([[81,402]])", hours by the million "[[12 million hours]]", "[[3000 highly skilled workers]]", "[[480 livestock]] loss was"', () => {
  expectMarked('The top destination for returnees ([[81,402]]) was the capital.');
  expectMarked('Hours worked fell by [[12 million hours]] to [[1,402.5 million hours]]; he waited 3 hours.');
  expectMarked('They will train [[3000 highly skilled workers]], and [[480 livestock]] loss was reported.');
});

test('a people in the plural after an adjective ends the phrase ("[[thousands of needy Afghans]] will"), "outdoors" does not join it, and a day with a comma before its month in capitals is a date ("4, SEP, 2019")', () => {
  expectMarked('Without funds, [[thousands of needy Afghans]] will go hungry.');
  expectMarked('The heat drove [[millions of people]] outdoors at night.');
  expectMarked('4, SEP, 2019, LAGOS- Floods hit the city.');
});

test('a count typed without its space is read ("[[310women]]", "[[1,204.5kilometers]]"), and a name that labels the next number in a list is not counted ("Iraq: [[12,100]] Sudan: [[6,040]]")', () => {
  expectMarked('The toll was [[420 men]], [[310women]] and [[95 children]]; [[1,204.5kilometers]] of road went.');
  expectMarked('CLAIMS BY ORIGIN: Iraq: [[12,100]] Sudan: [[6,040]] Eritrea: [[2,930]]');
});

test('naira and rand glued to a whole number in an exchange rate are money ("[[N587]] per dollar", "[[R19]] to the dollar"); an index named by its scrips is no count; "of the previous season" is not what is counted', () => {
  expectMarked('The naira fell to [[N587]] per dollar while the rand held at [[R19]] to the dollar; the R2 to the airport was shut.');
  expectMarked('The 30-scrip sensitive index rose [[183 points]].');
  expectMarked('The crop is [[7,40%]] above the [[9 400 000 tons]] of the previous season.');
});

test('a signed change then a level is two figures ("occupancy +[[0.4%]] to [[70.3%]]"), and a capitalised plural ends before "reported" ("[[Three Top 10 Cities]] reported falls")', () => {
  expectMarked('Occupancy: +[[0.4%]] to [[70.3%]], against [[5% to 10%]] forecast.');
  expectMarked('[[Three Top 10 Cities]] reported falls in revenue.');
});

test('millions after a capitalised word are no model’s number ("Welcomed Doha [[2.1 million foreign visitors]]"), and nights by the million are stays ("[[6.4 million nights]]")', () => {
  expectMarked('Welcomed Doha [[2.1 million foreign visitors]] who spent [[6.4 million nights]] in hotels; [[12 Leopard 2 tanks]] stayed.');
});

test('a number after a name and its acronym in brackets, or after a launch pad, is a designation: "Republic Act (RA) 9165", "Oil Mining Lease (OML) 30", "from pad 39"', () => {
  expectMarked('He faces [[two counts]] under Republic Act (RA) 9165 and the Oil Mining Lease (OML) 30; the rocket left from pad 39.');
  expectMarked('Arrivals in the Federated States of Micronesia (FSM) [[28,410]] were the lowest.');
});

test('sport: a round of a league, a player\'s number and a tied score are no figures ("in round 7 of the cup", "the number 9 jersey", "a 14-all draw"); shirts sold are', () => {
  expectMarked('The side lost in round 7 of the cup, [[two points]] behind, before a 14-all draw.');
  expectMarked('He takes the number 9 jersey after the club sold [[30,000 shirts]] with his name.');
  expectMarked('Our [[20-all-party talks]] began; the number of fans rose to [[52,000]].');
});

test('a year before the capitalised name of an event and a plural is a year: "2016 Presidential Election results"; a count before a name and a plural is a count', () => {
  expectMarked('Officials posted 2014 General Election results online; 2018 Commonwealth Games tickets sold out.');
  expectMarked('[[1500 Premier League fans]] came, with [[2000 Syrian refugees]].');
});

test('"overseas" ends in s and is no plural: the phrase goes on to its noun ("[[61,524 overseas votes]]", "[[400 overseas students]]")', () => {
  expectMarked('The commission counted [[61,524 overseas votes]] and [[400 overseas students]] enrolled; [[3,000]] came from overseas.');
});

test('a spelled number before a verb of killing or wounding counts the dead and hurt, as digits do ("[[Two]] killed in blast", "at least [[three]] were killed", "[[One dead]]"); not people already counted ("the two were injured") nor "no one"', () => {
  expectMarked('[[Three]] killed, [[two injured]] as bus overturns\n\nRescuers: [[Two dead]], [[one injured]] after van hits wall');
  expectMarked('At least [[three]] were killed and [[two]] were injured. [[One]] died in hospital. [[Two]] were pronounced dead at the scene. [[One missing]] after the boat capsized.');
  expectMarked('The two were injured. All three died later. No one was killed. The one injured soldier was flown out. One of them died.');
});

test('a quake or a storm is no modifier of the verb after it: "a magnitude 6 earthquake strikes central Peru" ends at "earthquake"; "two drone strikes" still counts strikes', () => {
  expectMarked('A magnitude [[6 earthquake]] strikes central Peru. A [[7.1-magnitude quake]] kills [[80 people]]. The army reported [[two drone strikes]].');
});

test('a spelled part of a group before a verb of killing counts, as "6 of them" does: "[[Six of them]] were killed", "[[two of whom]] died"; not "one of them", nor "all of them"', () => {
  expectMarked('Police said [[12 people]] were attacked. [[Six of them]] were killed at the market, [[two of whom]] died later.');
  expectMarked('One of them died in hospital. All of them were injured.');
});

test('a spelled number joined to a unit is a measure, as "3-metre" is: "[[three-metre storm surges]]", "a [[ten-tonne truck]]"; "a three-storey house" and "a two-day trip" are not', () => {
  expectMarked('Officials warned of [[three-metre storm surges]] as a [[ten-tonne truck]] overturned and a [[5-mile stretch]] closed.');
  expectMarked('A three-storey house fell during a two-day trip.');
});

test('a spelled number joined to what it counts is a count, as "50-member" is: "a [[seven-member panel]]", "a [[thousand-strong crowd]]"; "a one-man show" and "a two-way street" are not', () => {
  expectMarked('A [[seven-member panel]] met as a [[thousand-strong crowd]] and a [[two-man crew]] waited.');
  expectMarked('A one-man show opened on a two-way street.');
});

test('a singular noun counted by a compound ends before a verb: "a [[3-judge bench]] heard", "a [[five-nation tour]] begins"', () => {
  expectMarked('A [[3-judge bench]] heard the appeal and a [[five-nation tour]] begins in March.');
});

test('a year cut to two digits after an apostrophe is no figure: "their 1998-’99 levels", "the class of \'99"; "’90s" never was', () => {
  expectMarked('Universities would run at their 1998-’99 levels, as in the ’90s, said the class of \'99, with [[40 graduates]].');
});

test('modifiers joined by "and" may hold a name before their plural: "[[73 million current and former AT&T account holders]]"', () => {
  expectMarked('Data on [[73 million current and former AT&T account holders]] leaked, and [[20 current and former Google employees]] signed.');
});

test('a number and capital beside a seat’s or a unit’s letter is a designation, no scale: "seated in 26A and 26B", "12B or 12D"; "[[26B]] and [[4 jobs]]" stay figures', () => {
  expectMarked('She said no one was seated in 26A and 26B, the seats next to the door. Rows 12B or 12D were free. The firm lost [[26B]] and [[4 jobs]].');
});

test('an emergency number before what it pays for or rings is no figure: "gained through a 911 phone tax", "the 999 number"; "[[911 phones]]" stays', () => {
  expectMarked('The money was gained through a 911 phone tax, now repealed. Call the 999 number. The firm sold [[911 phones]].');
});

test('an update’s number names the update: "Death Toll Rises to [[72]] in Quake (UPDATE 1)", "(Update 3) North Korea Fires Missile", "update 2 of its app"', () => {
  expectMarked('Death Toll Rises to [[72]] in Quake (UPDATE 1)\n\n(Update 3) North Korea Fires Ballistic Missile\n\nThe firm released update 2 of its app to [[500 users]].');
});

test('an Indian scale hyphenated to the number keeps its currency: "higher than the [[Rs 101,712-crore]] one", "a [[Rs 500-crore]] plan"', () => {
  expectMarked('This is higher than the [[Rs 101,712-crore]] one. It was a [[Rs 500-crore]] plan for [[10-lakh people]].');
});

test('days listed after their month are dates: "on November 6, 7, and 8", "May 5 and 6"; "On March 3, [[12 people]] died" counts', () => {
  expectMarked('Levels will soar between [[600 and 700]] on November 6, 7, and 8, officials warned. The talks ran on May 5 and 6. On March 3, [[12 people]] died.');
});

test('a school year and a year’s money are no figures: "children in year 6 (aged 10 to 11)", "in constant 2014 dollars"; "Every year [[12 people]] die" counts', () => {
  expectMarked('More than [[one in three children]] in year 6 (aged 10 to 11) were obese. Camden had the lowest prevalence in year 6, with [[11%]]. In constant 2014 dollars, that was [[$79 billion]] more. Every year [[12 people]] die.');
});

test('a date in Spanish is no figure ("the 23 de enero neighborhood"), and an -s verb after a plural ends the phrase ("a country of some [[12 million people]] struggles with a crisis")', () => {
  expectMarked('She lives in the 23 de enero neighborhood, an area of [[40 blocks]]. The country of some [[12 million people]] struggles with a crisis.');
});

test('a singular count ends before "and" and an -s verb with a number after it: "kills [[1 worker]] and leaves [[5 missing]]"; "[[300,114 electric and hybrid vehicles]]" stays one phrase', () => {
  expectMarked('Collapse at copper mine kills [[1 worker]] and leaves [[5 missing]]\n\nThey sold [[300,114 electric and hybrid vehicles]].');
});

test('a road by its number is no figure, however written ("along interstate 5"), and a measure of a road named by its number ends before it ("[[50 miles]] of Highway 191")', () => {
  expectMarked('Trees burned along interstate 5 near Redding. The fire closed [[50 miles]] of Highway 191 and [[two miles of the motorway]].');
});

test('"away" before a plural is a fixture’s modifier ("[[three successive away games]]"; "[[five miles]] away" ends), and "quit" is a verb ("a record [[4.3 million]] quit in August")', () => {
  expectMarked('He scored in [[three successive away games]]. The town is [[five miles]] away. A record [[4.3 million]] quit in August alone.');
});

test('a year, then a level below it, is no range ("its forecast for 2023 to [[7 per cent]]"), and a direction after the noun ends the phrase ("a [[35-mile drive]] northwest of Honolulu"; "[[12 northwest districts]]" stays whole)', () => {
  expectMarked('The bank raised its forecast for 2023 to [[7 per cent]]. The airfield is a [[35-mile drive]] northwest of Honolulu. They sent [[12 northwest districts]] aid.');
});

test('"sustained" or "suffered" before an injury is the verb, not a modifier: "[[40]] more sustained injuries", "another [[40]] suffered burns"', () => {
  expectMarked('The party won [[125 more seats]], and [[40]] more sustained injuries. Another [[40]] suffered burns.');
});

test('what a possessive owns closes an "of" phrase ("[[more than a third of the tobacco industry’s overall market share]]" ended at "industry’s"), and a name after a singular noun in lower case is no part of the phrase ("Norwegian [[400-metre hurdler]] Karsten Warholm")', () => {
  expectMarked('Menthols account for [[more than a third of the tobacco industry’s overall market share]] in the US. Norwegian [[400-metre hurdler]] Karsten Warholm won. They hold [[six of the country’s 17 regions]].');
});

test('a name that spells a number after its digits is no figure ("sold at 7-Eleven outlets"), and people, then a verb they do, end the phrase ("[[18.6 million people]] smoke menthols"; "[[five police patrol vehicles]]" stays whole)', () => {
  expectMarked('Salads sold at 7-Eleven outlets were recalled, and [[20 outlets]] closed. About [[18.6 million people]] smoke menthols. [[Five police patrol vehicles]] burned.');
  expectMarked('It scorched the crops that [[tens of millions of people]] grow themselves, and that [[40 million people]] grow feeds.');
});

test('ages that name a group of people are no figure: "the 12-17 age group", "the 5 to 11 age group", "the 18-24 age bracket"', () => {
  expectMarked('Identify all beneficiaries in the 12-17 age group. Children in the 5 to 11 age group got [[3 doses]]. The 18-24 age bracket votes less.');
});

test('"number" before a spelled number is a rank, no count ("number two supermarket Sainsbury’s" was a figure), as "day three" and "phase two" are', () => {
  assert.deepEqual(texts('Tesco rose and number two supermarket Sainsbury’s held firm at 14.8 per cent. He is the world number one.'), ['14.8 per cent']);
});

test('an en dash between a word and a number parts them ("[[670 people]]–[[5%]] of its workforce" was "670 people–5"); a range keeps it ("[[10–15%]]")', () => {
  expectMarked('EA would lay off [[670 people]]–[[5%]] of its workforce, and sales rose [[10–15%]] across the Indo–Pacific.');
});

test('a type or a category names a kind after any word: "to treat type 2 diabetes", "hit by category 4 winds"', () => {
  expectMarked('The drug was approved to treat type 2 diabetes, and the island was hit by category 4 winds that destroyed [[40 homes]].');
});

test('a shape is no count: "the 2-sided Contract for Difference", "a 3-pronged attack"', () => {
  expectMarked('It is the 2-sided Contract for Difference, a 3-pronged attack on [[40 towns]].');
});

test('a year before a headline verb dates it: "Dengue outbreak in 2019 crosses all previous records"', () => {
  expectMarked('Dengue outbreak in 2019 crosses all previous records\n\n[[40 people]] died.');
});

test('an ordinal with a scale is no count: "its 2 millionth consumer complaint", "the 100 thousandth visitor"', () => {
  expectMarked('The center logged its 2 millionth consumer complaint and greeted the 100 thousandth visitor, one of [[40 people]] there.');
});

test('refers, represents, reflects and means end a counted phrase even after a plural count ("the 14,100 figure refers to" was "14,100 figure refers")', () => {
  expectMarked('The UN said the [[14,100 figure]] refers to cases, and [[40 people]] died.');
});

test('a year before a firm\'s earnings dates them: "expects 2013 adjusted earnings of [[$5.80 to $5.90]]"', () => {
  expectMarked('The company said it now expects 2013 adjusted earnings of [[$5.80 to $5.90]] per share.');
});

test('the year of a date is no count: "the October 7, 2023 Hamas-led attacks resulted in [[1,139 deaths]]"', () => {
  expectMarked('In Israel, the October 7, 2023 Hamas-led attacks resulted in [[1,139 deaths]].');
});

test('a place adverb at a phrase\'s end is no noun of it ("a further 1.65bn downstream" was the phrase); before a noun it is ("[[40 offshore wind farms]]")', () => {
  expectMarked('It serves [[240m people]] in the hills and a further [[1.65bn]] downstream, with [[40 stores]] nationwide and [[40 offshore wind farms]].');
});
