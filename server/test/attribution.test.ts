// One attribution construction per test: is the figure sourced, and by which words?

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { attribute, findCues } from '../src/core/attribution';
import { findFigures } from '../src/core/figures';
import { segment } from '../src/core/sentences';

/** The attribution of the figure whose text is `figure` in `text`. */
function judge(text: string, figure: string): { sourced: boolean; source?: string; via?: string } {
  const seg = segment(text);
  const f = findFigures(text, seg).find((x) => x.text === figure);
  assert.ok(f, `figure "${figure}" not found in: ${text}`);
  const a = attribute(text, seg, f);
  if (a.source) assert.equal(text.slice(a.source.start, a.source.start + 1), a.source.text[0], 'the source span starts where its text does');
  return { sourced: a.sourced, source: a.source?.text, via: a.via };
}
function sourcedBy(text: string, figure: string, source: string): void {
  const a = judge(text, figure);
  assert.equal(a.sourced, true, `${figure} should be sourced in: ${text}`);
  assert.equal(a.source, source);
}
function unsourced(text: string, figure: string): void {
  const a = judge(text, figure);
  assert.equal(a.sourced, false, `${figure} should be unsourced (got ${a.source}) in: ${text}`);
}

test('a verb of saying with its subject: said, says, told, stated, added, noted, announced', () => {
  sourcedBy('Kim’s comments came as the US said it will send 31 M1 Abrams tanks to Ukraine.', '31 M1 Abrams tanks', 'the US said');
  sourcedBy('Analysts say the pact will frame the arms trade between the two countries.', 'two countries', 'Analysts say');
  sourcedBy('The ministry told reporters that 40 drones were downed.', '40 drones', 'The ministry told');
  sourcedBy('The agency stated that 12 ships had docked.', '12 ships', 'The agency stated');
  sourcedBy('Air defences destroyed 38 of the drones, the air force added.', '38', 'the air force added');
  sourcedBy('The court noted that 340 employees had not been paid.', '340 employees', 'The court noted');
  sourcedBy('The Treasury announced sanctions on 37 individuals.', '37 individuals', 'The Treasury announced');
});

test('coordinated verbs share the subject: "X thanked Berlin and said"', () => {
  const a = judge('Umerov thanked Berlin and said Kyiv needed at least 25 Patriot batteries to protect its cities.', '25 Patriot batteries');
  assert.equal(a.sourced, true);
  assert.match(a.source!, /^Umerov\b.*said$/);
  const b = judge('The minister met officials on Monday and added that the army had lost 40 tanks.', '40 tanks');
  assert.equal(b.sourced, true);
  // "and" between nouns is not a coordinated subject of the verb.
  unsourced('Prices and wages rose by 4 percent in March, and analysts expect more.', '4 percent');
});

test('confirmed, promised, claimed, alleged, estimated, reported, wrote, accused', () => {
  sourcedBy('The statement came after the US confirming it will send 31 M1 Abrams tanks.', '31 M1 Abrams tanks', 'the US confirming');
  sourcedBy('The shipment went to Ukraine by the US government, which on Thursday promised 31 Abrams tanks in Kyiv.', '31 Abrams tanks', 'the US government, which on Thursday promised');
  sourcedBy('Russia claimed its forces destroyed 12 tanks.', '12 tanks', 'Russia claimed');
  sourcedBy('Prosecutors alleged that 4 officials took bribes.', '4 officials', 'Prosecutors alleged');
  sourcedBy('The World Bank estimated that rebuilding will cost $486 billion.', '$486 billion', 'The World Bank estimated');
  sourcedBy('Yonhap reported that 2 missiles were fired.', '2 missiles', 'Yonhap reported');
  sourcedBy('The governor wrote on Telegram that 7 people were injured.', '7 people', 'The governor wrote');
  sourcedBy('Kyiv accused Moscow of firing 40 missiles.', '40 missiles', 'Kyiv accused');
  sourcedBy('Defence Minister Rustem Umerov was quoted as saying that Ukraine makes 150,000 shells a month.', '150,000 shells', 'Defence Minister Rustem Umerov was quoted as saying');
});

test('inverted and pronoun speakers: "said Kim", "he said", "she added"', () => {
  sourcedBy('"Nine people were wounded," said Prokudin.', 'Nine people', 'said Prokudin');
  sourcedBy('He said 300 soldiers had deserted.', '300 soldiers', 'He said');
  sourcedBy('North Korea has criticized the plan to send 31 tanks, reports "Reuters".', '31 tanks', 'reports "Reuters"');
});

test('subject with apposition, role and "of"', () => {
  sourcedBy('Kim Yo Jong, the leader’s sister, said 3 drones had crossed.', '3 drones', 'Kim Yo Jong, the leader’s sister, said');
  sourcedBy('A spokesman for the defence ministry said 20 shells were tested.', '20 shells', 'A spokesman for the defence ministry said');
  sourcedBy('White House national security spokesman John Kirby had said 300 rockets were sent.', '300 rockets', 'White House national security spokesman John Kirby had said');
  // the wire's unnamed sources: the head before "familiar with", "close to"
  sourcedBy('The deal is worth 2 billion euros, two people familiar with the talks told Reuters.', '2 billion euros', 'two people familiar with the talks told');
  sourcedBy('Exports rose 12%, a source close to the ministry said.', '12%', 'a source close to the ministry said');
});

test('"according to" at the start or the end, "citing", "figures from", "data from", "a report by"', () => {
  sourcedBy('According to the US non-profit security organization C4ADS, 74,000 tons of explosives have been moved.', '74,000 tons of explosives', 'According to the US non-profit security organization C4ADS');
  sourcedBy('More than 8 million people have fled, according to the UN refugee agency.', '8 million people', 'according to the UN refugee agency');
  sourcedBy('Citing military sources, 11 homes were damaged in the raid.', '11 homes', 'Citing military sources');
  sourcedBy('Figures from the statistics bureau put exports at $2.1 billion.', '$2.1 billion', 'Figures from the statistics bureau');
  sourcedBy('Data from the customs service showed 4,500 trucks crossed.', '4,500 trucks', 'Data from the customs service');
  sourcedBy('A report by the Kyiv School of Economics found 3,400 foreign firms.', '3,400 foreign firms', 'A report by the Kyiv School of Economics');
  sourcedBy('Customs records show 1,245,000 wafers were shipped.', '1,245,000 wafers', 'Customs records show');
  // the quick fix's placeholder counts, so the finding goes away until the reviewer fills it in
  sourcedBy('The army lost 40 tanks, according to [source].', '40 tanks', 'according to [source]');
});

test('allegations by a named party; "has issued ... allegations"', () => {
  sourcedBy('Allegations by the UN human rights office say 32 detainees died.', '32 detainees', 'Allegations by the UN human rights office');
  sourcedBy(
    'The US throughout months of the war going back to the summer has issued repeat vague allegations that North Korea supplied tens of thousands of artillery shells.',
    'tens of thousands of artillery shells',
    'The US ... has issued repeat vague allegations',
  );
  unsourced('The claims came amid allegations that 600 prisoners of war had been mistreated.', '600 prisoners of war');
});

test('passive with an agent sources; without one it does not', () => {
  sourcedBy('The deaths of 14 patients were confirmed by the health ministry.', '14 patients', 'confirmed by the health ministry');
  unsourced('At least 9 more people were reported killed.', '9 more people');
  unsourced('Reconstruction costs are estimated at $14 billion.', '$14 billion');
  unsourced('It is estimated that 4 million people need aid.', '4 million people');
});

test('hedges alone do not source: reportedly, likely, believed, an estimated, is said to, about', () => {
  unsourced('Russia has reportedly lost 2,000 tanks.', '2,000 tanks');
  unsourced('Russia likely received about 1.6 million artillery shells from North Korea.', '1.6 million artillery shells');
  unsourced('North Korea is believed to have sent 10,000 troops.', '10,000 troops');
  unsourced('An estimated 50,000 soldiers have died.', '50,000 soldiers');
  unsourced('About 30 vehicles were said to be damaged.', '30 vehicles');
});

test('adjectives and nouns that look like verbs of saying do not source', () => {
  unsourced('There were 300 reported cases and 45 confirmed deaths.', '300 reported cases');
  unsourced('The war has claimed 300 lives.', '300 lives');
  unsourced('Amid reports of shelling, 12 homes burned.', '12 homes');
  unsourced('The kingdom’s state oil company posted a profit of 27.3 bn riyals.', '27.3 bn riyals');
  unsourced('The US economy added 150,000 jobs in October.', '150,000 jobs');
  unsourced('The US announcement followed Germany’s decision to provide Ukraine with 14 Leopard 2 A6 tanks.', '14 Leopard 2 A6 tanks');
});

test('negated or refused speech does not source', () => {
  unsourced('The ministry declined to confirm reports that 300 soldiers were captured.', '300 soldiers');
  unsourced('Officials did not say how many of the 45 aircraft were damaged.', '45 aircraft');
  unsourced('The army has never disclosed that 12 generals were dismissed.', '12 generals');
});

test('only the figure’s sentence counts', () => {
  const text = 'The swap was confirmed, Ukraine’s ombudsman said. Another 8,000 remain in captivity.';
  unsourced(text, '8,000');
  unsourced('Russia likely received 1.6 million shells. According to C4ADS, 74,000 tons were moved.', '1.6 million shells');
});

test('a direct quotation: speaker in the same sentence, in the sentence before, or after a multi-sentence quote', () => {
  const t1 = 'Governor Oleh Syniehubov spoke on Monday.\n\n"It was a difficult night," he said. "We recorded 40 explosions across the city."';
  assert.deepEqual(judge(t1, '40 explosions'), { sourced: true, source: 'he said', via: 'quotation' });
  sourcedBy('"We lost 12 men in the first hour. The rest held the line," the commander said.', '12 men', 'the commander said');
  sourcedBy('Kirby said: "We have seen the trains. North Korea delivered 1,000 containers. That is a fact."', '1,000 containers', 'Kirby said');
  sourcedBy('"The enemy brought 20 armoured vehicles," he continued.', '20 armoured vehicles', 'he continued');
});

test('a quotation carried over a paragraph break keeps its speaker', () => {
  const text = '"This budget protects the vulnerable," Choo said. "It raises pensions for 6.5 million people.\n\n"It also funds 20,000 new childcare places."\n\nLawmakers left.';
  assert.equal(judge(text, '6.5 million people').source, 'Choo said');
  assert.equal(judge(text, '20,000 new childcare places').source, 'Choo said');
});

test('a quotation carried on by a new opening mark after a lost paragraph break keeps its speaker, and ends there', () => {
  const t = 'Dembele said: “It was my dream. “We paid 40 million euros.” Barca have failed with three bids for Coutinho.';
  assert.deepEqual(judge(t, '40 million euros'), { sourced: true, source: 'Dembele said', via: 'quotation' });
  unsourced(t, 'three bids');
});

test('a speaker after the verb that ends the sentence is the source, not a phrase before the comma: "Under the government of X, loss rose 59.5 percent, said the Climate Observatory"', () => {
  sourcedBy('Under the government of incumbent Jair Bolsonaro, rainforest loss increased by 59.5 percent, said the Climate Observatory.', '59.5 percent', 'said the Climate Observatory');
  // (a time after the verb is no speaker; the apposition keeps its subject)
  sourcedBy('Kim Yo Jong, the leader’s sister, said Monday that 300 rockets were fired.', '300 rockets', 'Kim Yo Jong, the leader’s sister, said');
  assert.match(judge('Kim Yo Jong, the leader’s sister who sent 300 envoys, said yesterday.', '300 envoys').source ?? '', /^Kim Yo Jong/);
});

test('"states" after a number word that opens the sentence is what it counts, no verb: "Five states -- Alabama, ... -- have a rate of obesity higher than 35 percent"', () => {
  unsourced('Five states -- Alabama, Arkansas, Louisiana, Mississippi, and West Virginia -- have a rate of obesity higher than 35 percent.', '35 percent');
  sourcedBy('The report states that 35 percent of adults are obese.', '35 percent', 'The report states');
});

test('a claim to places, seats or titles won is no statement: "US universities dominated the rankings, claiming a record eight places"', () => {
  unsourced('US universities dominated the rankings, claiming a record eight places.', 'eight places');
  unsourced('The party claimed 40 seats in the vote.', '40 seats');
  sourcedBy('The party claimed 40 people were hurt.', '40 people', 'The party claimed');
});

test('a quotation without a named speaker nearby is not sourced', () => {
  unsourced('The town was quiet.\n\n"We lost 40 tanks in a week."', '40 tanks');
  unsourced('Kim called it a "criminal" act. Washington sent 31 tanks.', '31 tanks');
});

test('headlines: "says" sources, a bare headline does not', () => {
  sourcedBy('North Korea Sends 3,000 Troops To Russia, Seoul Says', '3,000 Troops', 'Seoul Says');
  unsourced('Russia fires 90 missiles at Ukraine’s power grid', '90 missiles');
});

test('findCues lists the attribution words of a sentence', () => {
  const text = 'Russian forces fired 57 shells overnight, Ukrainska Pravda reported, citing local officials.';
  assert.deepEqual(
    findCues(text, 0, text.length).map((c) => c.text),
    ['Ukrainska Pravda reported', 'citing local officials'],
  );
  assert.deepEqual(findCues('', 0, 0), []);
});

test('never throws on odd input', () => {
  const seg = segment('x');
  assert.deepEqual(attribute('x', seg, { start: 0, end: 1, text: 'x', kind: 'count', sentence: 99 }), { sourced: false });
  for (const t of ['said said said 5 tanks', '"'.repeat(50) + ' 5 tanks', 'according to according to 3 tanks', '— said, 4 tanks']) {
    const s = segment(t);
    for (const f of findFigures(t, s)) attribute(t, s, f);
  }
});

test('"X, who ..., said": a relative clause between the subject and its verb', () => {
  sourcedBy('Chirwa, who is seeking a second five-year term, said his government had built 1,100 kilometers of roads.', '1,100 kilometers of roads', 'Chirwa, who is seeking a second five-year term, said');
});

test('a parenthesised acronym between the subject and its verb', () => {
  const a = judge('The National Disaster Council (NDC) said 310,000 people were in evacuation centres.', '310,000 people');
  assert.equal(a.sourced, true);
  assert.match(a.source!, /Council \(NDC\) said$/);
});

test('", and <subject> estimate ...": the second clause\'s cue covers only its own clause', () => {
  const text = 'The deficit is around 3.7% of output this year, and economists at the WIFO institute estimate it will need savings of 6 billion euros.';
  unsourced(text, '3.7%');
  sourcedBy(text, '6 billion euros', 'economists at the WIFO institute estimate');
});

test('a reduced passive with its agent covers the clause of its noun only', () => {
  const text = 'Exports fell 9% in May, below the 12% reported by customs officials.';
  unsourced(text, '9%');
  sourcedBy(text, '12%', 'reported by customs officials');
  sourcedBy('The statement did not mention the 500 containers reported by US officials.', '500 containers', 'reported by US officials');
});

test('source words: the outer verb of a reported clause, not a later verb across a contrast or in a relative clause on what came before', () => {
  sourcedBy('Weilguni said the Greens would insist on keeping the carbon price at 45 euros per tonne.', '45 euros', 'Weilguni said');
  sourcedBy('Analysts at the bank said in a note that they estimated Brent would average $92 a barrel.', '$92', 'Analysts at the bank said');
  sourcedBy('Ozols told a conference that rates could rise by 50 basis points, though he added that the peak was close.', '50 basis points', 'Ozols told');
  sourcedBy('Pakistan reported 26 civilians killed and 46 injured in the strikes, which Islamabad described as an act of war.', '46 injured', 'Pakistan reported');
  sourcedBy('The toll rose to 30 deaths, which officials said was the highest in years.', '30 deaths', 'officials said');
  sourcedBy('Tiger Global, which put in $350 million, and Altimeter, which invested $250 million, led the round, according to people familiar with the matter.', '$350 million', 'according to people familiar with the matter');
});

test('a participle with "at" is not a verb of saying: "damage estimated at $11 billion"', () => {
  unsourced('The war caused damage estimated at $11 billion.', '$11 billion');
  sourcedBy('The ministry estimated at least 300 buildings were damaged.', '300 buildings', 'The ministry estimated');
});

test('a spaced hyphen after a wire dateline is a dash, not part of the source; "U.S.-backed" keeps its hyphen', () => {
  sourcedBy('MOSCOW, June 16 (Reuters) - Russian President Vladimir Putin said Kyiv had lost 186 tanks.', '186 tanks', 'Russian President Vladimir Putin said');
  sourcedBy('The U.S.-backed forces said they had taken 40 villages.', '40 villages', 'The U.S.-backed forces said');
});

test('a source that ends in an abbreviation ("the U.N. says"), a body with a relative clause, a data noun with "from"', () => {
  sourcedBy('Nearly half of the 44 million people need aid, the U.N. says.', '44 million people', 'the U.N. says');
  sourcedBy('The company, which employs about 12,000 people, reported revenue of $4.2 billion.', '$4.2 billion', 'The company, which employs about 12,000 people, reported');
  assert.deepEqual(
    findCues('Prices rose 3.2% in October, data from the statistics office showed.', 0, 70).map((c) => c.text),
    ['data from the statistics office', 'data from the statistics office showed'],
  );
});

test('a ratio before a verb of saying is its whole subject: "Nine out of 10 voters said"', () => {
  sourcedBy('Nine out of 10 voters said the economy was their main concern.', 'Nine out of 10 voters', 'Nine out of 10 voters said');
});

test('a data noun with a long "of" phrase is the subject of its data verb: "A study of more than 100,000 adults found"', () => {
  sourcedBy('A study of more than 100,000 adults found a 10% higher risk of death.', '10%', 'A study of more than 100,000 adults found');
  // not when the data noun is inside another clause's object
  unsourced('They ate the data of 300 firms and found nothing.', '300 firms');
});

test('"States" in "the United States" is no verb; "according to a Reuters tally" keeps its noun', () => {
  unsourced('The United States has committed more than $30 billion in security assistance.', '$30 billion');
  unsourced('United States Border Guard Service: Some seven sanctions violations delivered.', 'seven sanctions violations');
  sourcedBy('North Korea Says It Fired 2 Missiles', '2 Missiles', 'North Korea Says');
  sourcedBy('Pyongyang has conducted more than 100 missile launches, according to a Reuters tally.', '100 missile launches', 'according to a Reuters tally');
  sourcedBy('A deadly attack killed 30 people, Mark Kelly said.', '30 people', 'Mark Kelly said');
});

test('"posted on X/Telegram" reports, like "wrote on Telegram"; a border post does not', () => {
  sourcedBy('The governor posted on X that 7 homes were destroyed.', '7 homes', 'The governor posted');
  unsourced('She posted a video showing 40 tanks.', '40 tanks');
});

test('"the post said": a noun before its verb, not the verb "post"', () => {
  sourcedBy('"Rescuers are still working at 3 sites," the post said.', '3 sites', 'the post said');
});

test('an inverted source keeps its "from" phrase: "said a statement from the ministry"', () => {
  sourcedBy('At least 300 people died, said a statement from the ministry.', '300 people', 'said a statement from the ministry');
  sourcedBy('"Kim from Kyiv" sold 40 tanks, said Kim.', '40 tanks', 'said Kim');
});

test('"Gross value added, seen as ..., rose 7.6%": the economists\' noun is no verb of saying', () => {
  unsourced('Gross value added, seen as a more stable measure of growth, rose 7.6% in the quarter.', '7.6%');
  sourcedBy('Exports rose 5%, the minister added.', '5%', 'the minister added');
});

test('the whole source: "according to data compiled by LSEG", "Doctors Without Borders, known as MSF, said", "economists polled by Reuters"', () => {
  sourcedBy('Revenue rose 10% to $94.04 billion, according to data compiled by LSEG.', '$94.04 billion', 'according to data compiled by LSEG');
  sourcedBy('Exports fell 55%, according to estimates by the Global Trade Research Initiative.', '55%', 'according to estimates by the Global Trade Research Initiative');
  sourcedBy('Doctors Without Borders, known by its French initials MSF, said its teams treated 1,200 patients.', '1,200 patients', 'Doctors Without Borders, known by its French initials MSF, said');
  sourcedBy('Economists polled by Reuters had forecast growth of 6.7%.', '6.7%', 'Economists polled by Reuters had forecast');
});

test('the whole source: "government officials briefed on the matter said" (was "Uganda ... said" and "officials briefed")', () => {
  sourcedBy('Uganda has registered one case of Ebola, high-level government officials briefed on the matter said Monday.', 'one case', 'high-level government officials briefed on the matter said');
  sourcedBy('Two people briefed on the talks said 40 tanks were sent.', '40 tanks', 'Two people briefed on the talks said');
  sourcedBy('The minister briefed reporters on 40 deaths.', '40 deaths', 'The minister briefed');
});

test('the whole source: a lower-case particle inside a name, "Rio Grande do Sul"', () => {
  sourcedBy('According to the Rio Grande do Sul Civil Defense, 127 people are missing.', '127 people', 'According to the Rio Grande do Sul Civil Defense');
  sourcedBy('The governor of Rio Grande do Sul said 40 people died.', '40 people', 'The governor of Rio Grande do Sul said');
});

test('"according to a study published in Nature Medicine": the journal is in the source, and "published" is no verb of its own', () => {
  sourcedBy('More than 61,000 people died from heat, according to a study published in Nature Medicine.', '61,000 people', 'according to a study published in Nature Medicine');
  sourcedBy('Walkers are 51% less likely to develop dementia, according to a study published Tuesday in JAMA Neurology.', '51%', 'according to a study published Tuesday in JAMA Neurology');
});

test('"information from half a million volunteers" counts people; it names no source', () => {
  sourcedBy('The study used data from the UK Biobank, which collects health information from half a million British volunteers.', 'half a million British volunteers', 'data from the UK Biobank');
});

test('"according to an AFP tally based on official Israeli figures": the basis is in the source', () => {
  sourcedBy('The attack killed 1,219 people, mostly civilians, according to an AFP tally based on official Israeli figures.', '1,219 people', 'according to an AFP tally based on official Israeli figures');
  sourcedBy('It rose 5%, according to a report published on Monday by the bank.', '5%', 'according to a report published on Monday by the bank');
});

test('"per the UN" cites like "according to"; "per cent", "per day" and "$80 per barrel" do not', () => {
  sourcedBy('Russia has lost more than 300,000 troops, per the UN.', '300,000 troops', 'per the UN');
  sourcedBy('Per Ukrainian data, 100 drones were launched.', '100 drones', 'Per Ukrainian data');
  unsourced('Oil rose 3 per cent to $80 per barrel, or 40 dollars per day.', '$80');
});

test('"UN data shows 10,000 civilians ...": "shows" after a data noun is its verb', () => {
  sourcedBy('UN data shows 10,000 civilians have been killed.', '10,000 civilians', 'UN data shows');
});

test('"U.S. officials in early September revealed": a time phrase with "early" between subject and verb', () => {
  sourcedBy('U.S. officials in early September revealed that Moscow was buying millions of rockets.', 'millions of rockets', 'U.S. officials in early September revealed');
  sourcedBy('Officials late last week said 40 people died.', '40 people', 'Officials late last week said');
});

test('"came after the US said": the clause after "after" has its own speaker; "after the partial mobilisation announced in September" has none', () => {
  sourcedBy('Kim’s comments, carried by the state news agency, came after the US said it would send 31 M1 Abrams tanks.', '31 M1 Abrams tanks', 'the US said');
  sourcedBy('Independent analysts estimate that more than 300,000 men left Russia after the partial mobilisation announced in September.', '300,000 men', 'Independent analysts estimate');
});

test('a figure inside a quotation takes the tag outside it ("... you can say that several million shells ...," the minister clarified)', () => {
  sourcedBy('"It could be a mix of the two, and you can say that at least several million shells have been sent," the minister clarified.', 'several million shells', 'the minister clarified');
});

test('"The U.S. State Department accused" is one subject; "Only 5 of the 11 tanks promised in 2023 have arrived" names no source', () => {
  sourcedBy('The U.S. State Department accused North Korea of shipping more than 10,000 containers.', '10,000 containers', 'The U.S. State Department accused');
  unsourced('Only 5 of the 11 tanks promised in 2023 have arrived.', '11 tanks');
  sourcedBy('The statement did not mention the 500 containers reported by US officials.', '500 containers', 'reported by US officials');
  sourcedBy('The two officials confirmed that 5 people died.', '5 people', 'The two officials confirmed');
});

test('"..., Kirby continued." tags reported speech like "Kirby said"; "The fighting continued for 3 days" does not', () => {
  sourcedBy('Prigozhin is thought to be spending more than $100 million per month, Kirby continued.', '$100 million', 'Kirby continued');
  unsourced('The fighting continued for 3 days, and 40 people died.', '40 people');
  unsourced('Turkey Earthquake Death Toll Rises to 264 Dead, Rescue Efforts Continue', '264 Dead');
});

test('a toll "from" an event names no source: "the death count from the earthquake"; "figures from the ministry" does', () => {
  unsourced('The death count from New Zealand’s massive earthquake was expected to climb past 75 with 300 people still missing.', '300 people');
  unsourced('Casualty figures from the fighting in Bakhmut rose to 2,000 soldiers.', '2,000 soldiers');
  sourcedBy('Figures from the health ministry put the toll at 2,000 people.', '2,000 people', 'Figures from the health ministry');
});

test('long appositions and inverted sources: "The report, released Wednesday by a panel ..., estimated"; "estimated the amount" names no one', () => {
  sourcedBy('The report, released Wednesday by a panel tracking the implementation of sanctions against Pyongyang, estimated the amount at $630 million.', '$630 million', 'The report, released Wednesday by a panel tracking the implementation of sanctions against Pyongyang, estimated');
  sourcedBy('“We lost 40 men,” said the commander of the unit.', '40 men', 'said the commander of the unit');
  sourcedBy('Heists include a hack reported last month by Tokyo-based Remixpoint, causing the loss of 3.5 billion yen.', '3.5 billion yen', 'reported last month by Tokyo-based Remixpoint');
});

test('UK intelligence updates: "Russia said to have suffered" is a hedge; "the rate reported over June-July" names no one; "Zelensky, stating ..., said"', () => {
  unsourced('Russia said to have suffered largest loss since WW2, with up to quarter of a million dead', 'up to quarter of a million dead');
  unsourced('The mean average was 824 casualties per day, over four times the rate reported over June-July 2022.', '824 casualties');
  sourcedBy('Ukrainian President Volodymyr Zelensky, stating he would support the 30-day ceasefire, said Russia had launched more than 40 drone strikes.', '40 drone strikes', 'Ukrainian President Volodymyr Zelensky, stating he would support the 30-day ceasefire, said');
  sourcedBy('Russia fired 30 drones, saying they hit military targets.', '30 drones', 'Russia ... saying');
});

test('a statement issued covers what it states, not the narrative after "as": "released a report on Saturday as Biden met the leaders of six Gulf countries"', () => {
  unsourced('The White House released a report on Saturday as President Joe Biden was about to hold a meeting with the leaders of six Persian Gulf countries.', 'six Persian Gulf countries');
  sourcedBy('The ministry released figures showing 300 people died as the storm hit.', '300 people', 'The ministry released figures');
  sourcedBy('The ministry released a report that 40 people died when the bridge fell.', '40 people', 'The ministry released a report');
});

test('"adding 18,000 jobs" is arithmetic and "the consensus forecast of 173,000" a noun: neither is a source', () => {
  unsourced('Manufacturing performed strongly, adding 18,000 jobs.', '18,000 jobs');
  sourcedBy('The U.S. added a modest 169,000 jobs in August, below the consensus forecast of 173,000, according to the Labor Department today.', '169,000 jobs', 'according to the Labor Department');
  sourcedBy('The army lost 40 men, he added.', '40 men', 'he added');
  sourcedBy('The IMF forecast growth of 3% this year.', '3%', 'The IMF forecast');
});

test('"Breton mentioned at a press conference that ..." is the active verb; "damage estimated at $11 billion" stays a reduced passive', () => {
  sourcedBy('Breton mentioned at a joint press conference in Tallinn that they planned to reach 1.3-1.4 million pieces by the end of the year.', '1.3-1.4 million pieces', 'Breton mentioned');
  unsourced('Damage estimated at $11 billion hit 300 homes.', '300 homes');
  sourcedBy('He reported at the time that 300 people died.', '300 people', 'He reported');
});

test('"the U.S. state of California" is a noun, not the verb "state"', () => {
  unsourced('By the end of 2024, a total of 8,024 wildfires burned in the U.S. state of California.', '8,024 wildfires');
});

test('"it revised that forecast down to between 8 and 10 percent" names no source; "The IMF forecast growth of 3%" does', () => {
  unsourced('The company had expected revenue growth of between 8 and 11 percent, but it revised that forecast down to between 8 and 10 percent.', '8 and 10 percent');
  sourcedBy('The IMF forecast growth of 3% this year.', '3%', 'The IMF forecast');
});

test('a tally and its participle name no source: "7 deaths reported in this week", "cholera cases reported from January"; "Witnesses reported on Sunday" does', () => {
  unsourced('• 7 deaths reported in this week (CFR 2.2%)', '7 deaths');
  unsourced('The cumulative number of cholera cases reported from January to November 2017 is 78 784.', '78 784');
  unsourced('Only 4 of the 39 sanctions violations promised in 2021 have arrived.', '39 sanctions violations');
  sourcedBy('Witnesses reported on Sunday that 5 people died.', '5 people', 'Witnesses reported');
  sourcedBy('300 cases reported by the ministry were new.', '300 cases', 'reported by the ministry');
});

test('"reported on January 4 by The Wall Street Journal that ..." names the Journal; "analyzed that" and "highlighted that" report', () => {
  sourcedBy('It was also reported on January 4 by The Wall Street Journal that North Korea may have transferred several dozen ballistic missiles to Russia.', 'several dozen ballistic missiles', 'reported on January 4 by The Wall Street Journal');
  sourcedBy('The National Intelligence Service also analyzed that North Korea has supported more than 10 million artillery shells.', '10 million artillery shells', 'The National Intelligence Service also analyzed');
  sourcedBy('South Korea’s spy agency highlighted that Russia now controls about 81 percent of Donetsk.', '81 percent', 'South Korea’s spy agency highlighted');
  unsourced('He observed 300 troops crossing the river.', '300 troops');
});

test('"put" sources only with "at" ("put the value of the package at $1.2bn", however long the object); "re-confirmed" reports', () => {
  unsourced('The home side clinched three points in a contest where both sides put much effort into the game.', 'three points');
  // (sourced; which words make the subject here is another matter: "the deal put")
  assert.ok(judge('The Joint Coordination Centre that monitors the deal put the total amount of grain exported from three ports since the deal was reached at 721,449 tonnes.', '721,449 tonnes').sourced);
  sourcedBy('Modi re-confirmed the country’s vow to install 450 gigawatts of renewable energy by 2030.', '450 gigawatts of renewable energy', 'Modi re-confirmed');
});

test('a body\'s "indicated in a statement ... that" and "satellite photos show that" source; "Data indicate" does too', () => {
  sourcedBy('The General Staff of the Ukrainian Army has indicated in a statement published on its account on the social network Facebook that the Russian Armed Forces have suffered around 776,090 casualties.', '776,090 casualties', 'The General Staff of the Ukrainian Army has indicated');
  sourcedBy('The satellite photos show that dozens of shipping containers were loaded.', 'dozens of shipping containers', 'The satellite photos show');
  sourcedBy('Data indicate 300 people died.', '300 people', 'Data indicate');
  unsourced('Troops indicated 300 targets on the map.', '300 targets');
});

test('"in what it described as ..." covers the words after "what", not the launch before it', () => {
  unsourced('North Korea launched two ballistic missiles into waters off its east coast in what it described as a simulated nuclear strike.', 'two ballistic missiles');
  sourcedBy('The army fired on what it said were 40 militants.', '40 militants', 'it said');
});

test('the counted noun before a subject is not part of the source: "4,900 houses Greek officials said were damaged"', () => {
  sourcedBy('Nearly 4,900 houses Greek officials said were damaged in the storm.', '4,900 houses', 'Greek officials said');
  sourcedBy('About 200 soldiers Ukraine said were killed in the strike.', '200 soldiers', 'Ukraine said');
  sourcedBy('The 12 Democratic senators said 5 people died.', '5 people', 'The 12 Democratic senators said');
});

test('nouns read as verbs of saying: "weekly jobless claims rose by 2,000", "the Storm Ida confirmed death toll stood at 27", "the total reported was 120,500"', () => {
  unsourced('Weekly jobless claims rose by 2,000 last week.', '2,000');
  unsourced('The Storm Ida confirmed death toll in the state stood at 27 on Friday.', '27');
  unsourced('In May the total reported was 120,500, up from April.', '120,500');
  sourcedBy('Officials confirmed death toll of 40.', '40', 'Officials confirmed');
  sourcedBy('The ministry reported 40 deaths.', '40 deaths', 'The ministry reported');
});

test('"reported missing" is a reduced passive, not the source: "searching for 40 people reported missing ..., according to the police"', () => {
  sourcedBy('Rescuers were searching for 40 people reported missing after the flood, according to a police spokesman.', '40 people', 'according to a police spokesman');
  sourcedBy('Officials reported 5 missing.', '5 missing', 'Officials reported');
});

test('a participle after a possessive and a gerund before its noun are no sources: "Berg\'s reported £40 million release clause", "the bank\'s debtor reporting systems"', () => {
  unsourced('The club agreed a deal after triggering Berg\'s reported £40 million release clause.', '£40 million');
  unsourced('Some 90 countries feed into the bank\'s debtor reporting systems.', '90 countries');
  unsourced('Russia\'s reported losses of 300 tanks are large.', '300 tanks');
  sourcedBy('The agency, reporting 40 deaths, said more would follow.', '40 deaths', 'The agency, reporting 40 deaths, said');
});

test('a month before a capitalised subject is a time, not part of the source: "In March President Lee had announced"', () => {
  sourcedBy('In March President Lee had announced that some 40 K2 tanks would be sent.', '40 K2 tanks', 'President Lee had announced');
  sourcedBy('The January 6 committee said 40 people testified.', '40 people', 'The January 6 committee said');
});

test('a verb after "but" shares a subject that can speak: "Prime Minister Rao didn\'t set a new goal but re-confirmed ... 300 gigawatts"; not "a 45% rally ... as taxes are paid in rubles but calculated"', () => {
  sourcedBy("Prime Minister Rao didn't set a new goal but re-confirmed the vow to install 300 gigawatts of solar power.", '300 gigawatts of solar power', "Prime Minister Rao ... re-confirmed");
  unsourced('A 45% rally in the ruble has cut revenues, as taxes are paid in rubles but calculated in dollars.', '45%');
});

test('subjects and nouns: "the U.N.’s children agency said", "all the Western states except Ohio, reported the agency", the object of "in" is no subject before an inverted "said X", "40 deaths reported globally"', () => {
  sourcedBy('The U.N.’s children agency said 40 people died.', '40 people', 'The U.N.’s children agency said');
  sourcedBy('Heat set records in the top 10 of all the Western states except Ohio, reported the weather agency.', '10', 'reported the weather agency');
  sourcedBy('The bomb injured 14 others in the outskirts of Bannu, a city in the province, said Dr Omar Khan, a doctor.', '14 others', 'said Dr Omar Khan');
  unsourced('The agency tracked 300 cases and 40 deaths reported globally.', '40 deaths');
  sourcedBy('The US states that 40 people died.', '40 people', 'The US states');
});

test('"It is worth noting that" names no source; "a reporting partner in North Korea told" is a subject whole', () => {
  unsourced('It is worth noting that some 15 countries joined in.', '15 countries');
  sourcedBy('The country sent hundreds of new workers abroad, a reporting partner in the capital told the outlet.', 'hundreds of new workers', 'a reporting partner in the capital told');
});

test('"a United Nations official based in Papua New Guinea told" is a subject whole, its place after "based in" too', () => {
  sourcedBy('At least four bodies were recovered, a United Nations official based in Papua New Guinea told AFP.', 'four bodies', 'a United Nations official based in Papua New Guinea told');
});

test('"reported on by the group" is a passive with its agent; "with eight reporting double-digit declines" names no source', () => {
  sourcedBy('Nearly half of the cities, reported on by the group, saw price drops.', 'Nearly half of the cities', 'reported on by the group');
  unsourced('Prices fell in 40 markets, with eight reporting double-digit declines.', '40 markets');
});

test('a recall of goods is no statement: "Volkswagen will recall 600,000 vehicles"; "he recalled that" and "..., he recalled" are', () => {
  unsourced('German carmaker Volkswagen will recall 600,000 vehicles.', '600,000 vehicles');
  unsourced('Honda is recalling 4.5 million vehicles.', '4.5 million vehicles');
  sourcedBy('He recalled that 40 people died.', '40 people', 'He recalled');
  sourcedBy('"We lost 40 men," he recalled.', '40 men', 'he recalled');
});

test('"adding to a slight earlier gain" is arithmetic, not speech', () => {
  unsourced('Wheat futures were up about 1% on Wednesday, adding to a slight earlier gain.', '1%');
});

test('"..., he said, adding that ..." names the speaker for the whole sentence, not "Some 120 landslides ... adding"', () => {
  sourcedBy('Some 120 landslides followed the storms, he said, adding that 9,000 rescuers were at work.', '120 landslides', 'he said');
  sourcedBy('Some 120 landslides followed the storms, he said, adding that 9,000 rescuers were at work.', '9,000 rescuers', 'he said');
});

test('sources found: "according to recently released ... data", "..., said engineer Nirmal Rao", "Official data released on March 3 showed", "Officials on May 5 reported"', () => {
  sourcedBy('Agents made nearly 223,000 arrests at the border, according to recently released border agency data.', '223,000 arrests', 'according to recently released border agency data');
  sourcedBy('Some 20 miners were freed on Tuesday from a flooded shaft, said engineer Nirmal Rao.', '20 miners', 'said engineer Nirmal Rao');
  sourcedBy('Official data released on March 3 showed that exports fell to 40 billion rubles.', '40 billion rubles', 'Official data released on March 3 showed');
  sourcedBy('Officials on May 5 reported 40 deaths.', '40 deaths', 'Officials on May 5 reported');
  unsourced('There were 300 confirmed deaths.', '300 confirmed deaths');
});

test('"according to state media", "state media reported", "according to the state civil defence authority" and "was quoted ... as saying" name sources', () => {
  sourcedBy('Some 105 people died, according to state media.', '105 people', 'according to state media');
  sourcedBy('Some 105 people died, state media reported.', '105 people', 'state media reported');
  sourcedBy('North Korean state media said 40 missiles were fired.', '40 missiles', 'North Korean state media said');
  sourcedBy('As many as 105 people were listed as missing by Sunday, according to the state civil defence authority.', '105 people', 'according to the state civil defence authority');
  sourcedBy('Trade Minister Ali Nasim was quoted in a release as saying that 994,733 visitors had come.', '994,733 visitors', 'Trade Minister Ali Nasim was quoted in a release as saying');
});

test('"WHO" is the World Health Organization, not the pronoun; a particle surname ("al-Rashed") and a long apposition with "and" and a bracketed acronym still lead to "said"', () => {
  sourcedBy('Nepal logged 8,400 dengue cases last month, according to WHO.', '8,400 dengue cases', 'according to WHO');
  sourcedBy('The WHO said 260 clinics had closed.', '260 clinics', 'The WHO said');
  sourcedBy('Some 260 clinics had closed, said the WHO.', '260 clinics', 'said the WHO');
  sourcedBy('Omar al-Rashed, the spokesman of the agency, said at a briefing in Amman that 5,100 homes were lost.', '5,100 homes', 'Omar al-Rashed, the spokesman of the agency, said');
  sourcedBy('About 4,300 infections were logged in nine states, Ruth Amadi, head of the National Centre for Vaccines and Immunisation (NCVI), said on Friday.', '4,300 infections', 'Ruth Amadi, head of the National Centre for Vaccines and Immunisation (NCVI), said');
});

test('an inverted tag with a bare body, as headlines write it ("..., says health ministry"), or a role then a particle surname ("said ministry spokesman Omar al-Rashed") names a source', () => {
  sourcedBy('Flood toll rises to 1,240, says disaster ministry', '1,240', 'says disaster ministry');
  sourcedBy('The toll rose to 1,240, said ministry spokesman Omar al-Rashed.', '1,240', 'said ministry spokesman Omar al-Rashed');
  unsourced('The plant cut 40 jobs, added costs and closed.', '40 jobs');
});

test('a number in words before "confirmed dead" is no speaker; a later absolute phrase ("with reports suggesting") does not take the source from the verb that reports the clause; "Ukrainian and U.S. officials" is one subject', () => {
  unsourced('Forty-two confirmed dead, most of them in the valley.', 'Forty-two confirmed dead');
  sourcedBy('Polish and U.S. officials have estimated that the army moved 9,000 troops to the border, with reports suggesting that more will follow.', '9,000 troops', 'Polish and U.S. officials have estimated');
  sourcedBy('He met Rossi and U.S. officials said 40 tanks were lost.', '40 tanks', 'U.S. officials said');
});

test('"officer" and other roles head an apposition\'s subject; two appositions in a row ("The returning officer, Prof. Ada Bello, of the State University, Dutse, said") still lead to the verb', () => {
  sourcedBy('The officer, Ada Bello, said 40 people were held.', '40 people', 'The officer, Ada Bello, said');
  sourcedBy('The returning officer, Prof. Ada Bello, of the State University, Dutse, said Musa won 310,442 votes to beat his rival.', '310,442 votes', 'The returning officer, Prof. Ada Bello, of the State University, Dutse, said');
});

test('"3M said" names the firm; "forecast" before "was" is the noun, not a verb of saying', () => {
  sourcedBy('Later, 3M said it would shed 1,200 jobs.', '1,200 jobs', '3M said');
  unsourced('Before the move, the bank staff forecast for 2025 was 5.1 percent.', '5.1 percent');
});

test('"according to plan" is a manner, not a source; "its net profit forecast to" is the noun', () => {
  unsourced('If all goes according to plan, the rocket will carry 21 satellites.', '21 satellites');
  sourcedBy('According to the plan\'s authors, the rocket will carry 21 satellites.', '21 satellites', 'According to the plan\'s authors');
  unsourced('The carmaker also raised its full-year net profit forecast to 1.9 trillion yen.', '1.9 trillion yen');
});

test('"according to the plan" cites a document, where bare "according to schedule" does not', () => {
  sourcedBy('According to the plan, the plant will make 280,000 shells a year.', '280,000 shells', 'According to the plan');
  unsourced('The plant will make 280,000 shells a year according to schedule.', '280,000 shells');
});

test('"the report read" tags a written text\'s quotation; "read" elsewhere is no cue', () => {
  sourcedBy('"A total of 98,200 cases were logged in 19 countries," the report read.', '98,200 cases', 'the report read');
  sourcedBy('The statement read: "We lost 40 tanks."', '40 tanks', 'The statement read');
  unsourced('He read 40 books last year.', '40 books');
  unsourced('The report reads 40 pages long.', '40 pages');
});

test('"read" with an adverb before the punctuation still tags the quotation: "the statement reads further", "the letter read in part"', () => {
  sourcedBy('"Nurses account for 12 cases," the statement reads further.', '12 cases', 'the statement reads');
  sourcedBy('The letter read in part: "We lost 40 tanks."', '40 tanks', 'The letter read');
  unsourced('The sign reads further on, 40 km.', '40 km');
});

test('an apposition of two nouns joined by "and" ("Chile, a large copper miner and exporter, says") still leads to its verb', () => {
  sourcedBy('Chile, a large copper miner and exporter, says its output rose to 5.2 million tonnes.', '5.2 million tonnes', 'Chile, a large copper miner and exporter, says');
});

test('an inverted tag after a relative clause on a preposition\'s noun: the tag names the source, not the noun', () => {
  sourcedBy('The navy moved 2,400 crates to Tartus, which can hold about 90 ships, reported the Interfax news portal on Friday.', '2,400 crates', 'reported the Interfax news portal');
  // the head before the preposition can still be the subject
  sourcedBy('Officials in Lagos, who spoke on condition of anonymity, said 18 buses burned.', '18 buses', 'Officials in Lagos, who spoke on condition of anonymity, said');
  sourcedBy('The council, which meets monthly, said 18 buses burned.', '18 buses', 'The council, which meets monthly, said');
});

test('the media are bodies that report: "the broadcaster reported", "..., the newspaper said"', () => {
  sourcedBy('Some 700 flights were cancelled, the newspaper said.', '700 flights', 'the newspaper said');
  sourcedBy('Prices jumped after the broadcaster reported a 9% fall in ratings.', '9%', 'the broadcaster reported');
});

test('a tag at the end after a comma is a verb even in its noun-like -s form: "..., the U.N. estimates."', () => {
  sourcedBy('Nearly 40,000 families have fled the fighting, the U.N. estimates.', '40,000 families', 'the U.N. estimates');
  sourcedBy('Nearly 40,000 families have fled the fighting, the agency estimates.', '40,000 families', 'the agency estimates');
  sourcedBy('The UN estimates 40,000 families have fled.', '40,000 families', 'The UN estimates');
  // still nouns: a counted plural, a determined name's plural
  unsourced('Outside Texas, the other top five U.S. states for solar were as follows.', 'five U.S. states');
  unsourced('The Baltic states have 300 tanks between them.', '300 tanks');
});

test('"documented" reports a tally with its source', () => {
  sourcedBy('The rights group has documented at least 212 killings since March.', '212 killings', 'The rights group has documented');
  unsourced('The 212 documented killings are a floor.', '212 documented killings');
});

test('a capitalised "Project" or "Report" ending a name is no verb', () => {
  sourcedBy('According to the Global Conflict Tracking and Civic Data Project, over 4,210 people died.', '4,210 people', 'According to the Global Conflict Tracking and Civic Data Project');
  sourcedBy('Officials Say 300 Killed In Blast', '300 Killed', 'Officials Say');
});

test('a participle between a determiner\'s adjective of order and its noun is no verb; "last reported" with a subject is', () => {
  unsourced('Cloud sales grew 58 percent in the latest reported quarter.', '58 percent');
  sourcedBy('The ministry last reported 612 deaths.', '612 deaths', 'The ministry last reported');
});

test('"..., said one resident", "said another witness": one of a group speaks; a participle after a tag is that speaker\'s', () => {
  sourcedBy('Nine shops burned overnight, said one resident.', 'Nine shops', 'said one resident');
  sourcedBy('“Two rockets hit the school,” said a Dorak Bazar resident, declining to be named, adding that six classrooms were wrecked.', 'six classrooms', 'said a Dorak Bazar resident');
});

test('"estimates" after a participle or a preposition is the noun: "topping Wall Street estimates"; after a clause word it is a verb', () => {
  unsourced('The retailer posted a 41 percent jump in profit, beating Wall Street estimates on strong demand.', '41 percent');
  sourcedBy('Exports fell after Bloomberg reports said 7% of the port was shut.', '7%', 'Bloomberg reports said');
  // a name's own small words are part of it
  sourcedBy('Homes were lost, while the Council for Refugee Welfare reports that some 2 million people fled.', '2 million people', 'the Council for Refugee Welfare reports');
});

test('a relative clause after a comma sources only itself: the forecast of analysts "who had put it at" a number', () => {
  const text = 'Sales of $8.2 billion rose 14% on the year, ahead of the forecast of analysts polled by Visible Alpha, who had put them at $7.9 billion.';
  unsourced(text, '$8.2 billion');
  unsourced(text, '14%');
  sourcedBy(text, '$7.9 billion', 'analysts polled by Visible Alpha, who had put');
});

test('"according to" a phrase stops at a new phrase after its noun: "these early results only four parties"', () => {
  sourcedBy('According to these early results only four parties passed the 7% bar.', 'four parties', 'According to these early results');
});

test('people in two places joined by "and" speak: "Officials in Peru and Chile report that"', () => {
  sourcedBy('Officials in Peru and Chile report that at least 41 people drowned.', '41 people', 'Officials in Peru and Chile report');
});

test('two names joined by "and" say together: "..., Peru and Chile say" in a headline, "Peru and Chile said"; not a name after a preposition', () => {
  sourcedBy('Storm kills 14 fishermen, Peru and Chile say', '14 fishermen', 'Peru and Chile say');
  sourcedBy('Navies sank 3 boats, Peru and Chile said.', '3 boats', 'Peru and Chile said');
  sourcedBy('The army shelled 30 villages near Lima and Chile said so.', '30 villages', 'Chile said');
});

test('a noun-like -s word right after a verb is its object: "received reports", "denied claims"', () => {
  sourcedBy('The Coastal Watch Office (CWO) said it received reports of a tanker hit about 48 nautical miles off the port.', '48 nautical miles', 'The Coastal Watch Office (CWO) said');
  unsourced('The ministry denied claims that 30 drones fell.', '30 drones');
});

test('"citing" names a source, not a reason: "citing security fears" cites nobody; "publicized" reports', () => {
  sourcedBy('Some 4,000 families moved away, citing security fears and looting, the agency said.', '4,000 families', 'the agency said');
  sourcedBy('Twelve mines were laid, citing two port officials, the paper wrote.', 'two port officials', 'citing two port officials');
  sourcedBy('Seoul\'s spy agency first publicized reports that 2,400 engineers had gone to Russia.', '2,400 engineers', 'Seoul\'s spy agency first publicized');
});

test('"state" after a place\'s name is the region: "in Lagos state."', () => {
  unsourced('A day later, seven bodies were found in the town of Ikeja, also in Lagos state.', 'seven bodies');
  sourcedBy('Kaduna state officials said 40 people died.', '40 people', 'Kaduna state officials said');
});

test('"claimed responsibility" covers what it owns, up to the next comma; "an attack claimed by the group" and "claiming the title" name no source', () => {
  unsourced('The militia claimed responsibility for the raid on Dara, 45km east of the capital.', '45km');
  sourcedBy('The militia claimed responsibility for 4 raids on army posts.', '4 raids', 'The militia claimed');
  unsourced('On Monday, a car bombing claimed by the militia killed at least 11 people.', '11 people');
  unsourced('Besides claiming the cup, the club took home €14.5 million.', '€14.5 million');
});

test('"declared a state of emergency" states no figure; "declared that" does', () => {
  unsourced('Officials in the province have declared a state of emergency as crews search for dozens of people still missing.', 'dozens of people');
  sourcedBy('The governor declared that 31 people had died.', '31 people', 'The governor declared');
});

test('an amount before a verb is no speaker: "its earlier forecast of ¥90 billion announced in May"', () => {
  unsourced('It now sees profit of ¥120 billion, up from its earlier forecast of ¥90 billion announced in May.', '¥120 billion');
  sourcedBy('Government data released on March 3 showed exports fell 4%.', '4%', 'Government data released on March 3 showed');
});

test('a date before the verb is no subject: "The central bank on Friday, 4 March announced"; "the GDP forecast" is a noun', () => {
  sourcedBy('The central bank on Friday, 4 March announced that the rate stays at 5.5 percent.', '5.5 percent', 'The central bank on Friday, 4 March announced');
  unsourced('The bank also kept the GDP forecast at 6.1 percent.', '6.1 percent');
});

test('a tally with its participle and "due to" reports nothing ("there were 88 deaths reported due to cholera"); "(NAN) reports" is the agency\'s verb; "claimed to be a doctor" claims no figure', () => {
  unsourced('Overall there were 88 deaths reported due to cholera.', '88 deaths');
  sourcedBy('The Kano Press Agency (KPA) reports that the toll rose to 61.', '61', 'The Kano Press Agency (KPA) reports');
  sourcedBy('Musa said the man, who claimed to be a doctor, took N5 million.', 'N5 million', 'Musa said');
});

test('an "according to" phrase reads on over a name that opens with a number word: "the monitoring group Zero Point Media"', () => {
  sourcedBy('According to the Kyiv monitoring group Zero Point Media, 60 tonnes of explosives were used.', '60 tonnes of explosives', 'According to the Kyiv monitoring group Zero Point Media');
});

test('orders and states passed on name no source: "[12 schools] told to take more pupils", "[310 homes] reported as destroyed", "[400 exams] written in the region"', () => {
  unsourced('Of the 12 schools told to take more pupils, most are full.', '12 schools');
  unsourced('The storm cost P1.4 billion, with 310 homes reported as destroyed.', '310 homes');
  unsourced('The probe covers at least 400 exams written in the region this year.', '400 exams');
  sourcedBy('The toll was 12, the ministry reported as of Monday.', '12', 'the ministry reported');
});

test('a counted noun in -s is no verb ("9 folders and 4.2 million database records, according to X"); "Lagos State governor" is a name, not "State" as a verb', () => {
  sourcedBy('The leak holds 9 folders and 4.2 million database records, according to the seller.', '9 folders', 'according to the seller');
  unsourced('On Monday the former Lagos State governor polled 5,120,400 votes to win.', '5,120,400 votes');
});

test('a participle after a tag with its time belongs to that speaker ("..., the governor announced on Monday, adding that"); "said one of its residents" is a speaker', () => {
  sourcedBy('Some 85 people have died of measles since May, the governor announced on Monday, adding that 900 cases are known.', '85 people', 'the governor announced');
  sourcedBy('Jets dropped four bombs on the market on Friday, said one of its traders, who asked not to be named.', 'four bombs', 'said one of its traders');
});

test('a speaker who opens the sentence, a clause about them between: "The minister, while opening the session, said the state will ..."; "said it had" after a name still tags', () => {
  sourcedBy('The minister, while opening the session, said the state will borrow Rs 9.2 lakh crore.', 'Rs 9.2 lakh crore', 'The minister ... said');
  sourcedBy('Okafor who spoke at the launch of the new wing in Enugu, said 4,310 inmates await trial.', '4,310 inmates', 'Okafor ... said');
  sourcedBy('The Financial Conduct Authority (FCA), which led the probe, said it would seek a fine of £8m.', '£8m', 'The Financial Conduct Authority (FCA), which led the probe, said');
  sourcedBy('Mary Kariuki, head of the council that runs over half of the clinics, said it is time to act.', 'over half of the clinics', 'Mary Kariuki ... said');
  sourcedBy('OPEC+ said it had agreed to cut output by 2.2 million bpd.', '2.2 million bpd', 'said it');
});

test('a speaker opening the sentence past what it is of, where and when: "The Ministry of Water on Friday, said", "A council official in the northern district of Kora, the site of the blaze, estimated", "Acme Mining Corp, on Monday reported"', () => {
  sourcedBy('The Ministry of Water on Friday, said at least 316 wells had dried up.', '316 wells', 'The Ministry ... said');
  sourcedBy('A council official in the northern district of Kora, the site of the blaze, estimated that 40% of homes burned.', '40%', 'A council official ... estimated');
  sourcedBy('Acme Mining Corp, on Monday reported a 7% rise in copper output.', '7%', 'Acme Mining Corp ... reported');
});

test('"Storms described as the worst in years" and "the deadliest crash reported so far" name no source; "said a provisional 2021 census report" does', () => {
  unsourced('Storms described as the worst in years have hit the coast, killing nine people.', 'nine people');
  sourcedBy('At least 31 pilgrims, including six children, died in the deadliest crash reported so far this year, the police said.', 'six children', 'the police said');
  sourcedBy('The state has 48.2 million women, said a provisional 2021 census report.', '48.2 million women', 'said a provisional 2021 census report');
});

test('an agency\'s credit opening the story is no speaker: "(AFP) – Acme Steel Corp, on Friday reported" is Acme\'s', () => {
  sourcedBy('(AFP) – Acme Steel Corp, on Friday reported a 6% fall in output.', '6%', 'Acme Steel Corp ... reported');
});

test('a statement that may come is none yet: "on bets the central bank could announce a cut"', () => {
  unsourced('The peso rose more than three percent on bets the central bank could announce a cut.', 'three percent');
  sourcedBy('The bank will announce that 40 branches close, the union said.', '40 branches', 'the union said');
});

test('"cautioned" reports; "USA Today" is one name after "reported"; "The college vice chancellor, Ama Boateng, says" names its speaker', () => {
  sourcedBy('The agency cautioned in a note that 3 million people could lose aid.', '3 million people', 'The agency cautioned');
  sourcedBy('Jobless claims fell to 210,000, reported USA Today.', '210,000', 'reported USA Today');
  sourcedBy('The college vice chancellor, Ama Boateng, says 8 412 students enrolled.', '8 412 students', 'The college vice chancellor, Ama Boateng, says');
});

test('results coming in are no source: "With 98 of 100 wards reporting, the mayor had 41,200 votes"', () => {
  unsourced('With 98 of 100 wards reporting, the mayor had 41,200 votes.', '41,200 votes');
});

test('a number word before "alleged" and a plural makes an adjective: "paraded three alleged smugglers" names no source', () => {
  unsourced('The commander paraded three alleged smugglers arrested in Kano.', 'three alleged smugglers');
});

test('"has declared a water emergency" states no figure; "a man accused of stealing" is the accused; "The ministry accused Russia of" still speaks', () => {
  unsourced('Pune, a city of 31 lakh people, has declared a water emergency.', '31 lakh people');
  unsourced('The court cut bail for a man accused of stealing goods worth Sh12 million.', 'Sh12 million');
  sourcedBy('The ministry accused Russia of firing 30 missiles.', '30 missiles', 'The ministry accused');
});

test('a participle of publishing between commas leaves the data its verb: "Treasury figures, released on Friday, showed"', () => {
  sourcedBy('Treasury figures, released on Friday, showed that the 410 firms had closed.', '410 firms', 'Treasury figures, released on Friday, showed');
  sourcedBy('Census data, published last week, showed 2,300 homes stood empty.', '2,300 homes', 'Census data, published last week, showed');
});

test('a month before an aside is no speaker: "..., its third rise since June, as it fights inflation, reports Reuters" is sourced by Reuters', () => {
  sourcedBy('The bank lifted rates by 25 basis points, its third rise since June, as it fights inflation, reports Reuters.', '25 basis points', 'reports Reuters');
});

test('"states" before a verb of saying is its subject ("Several member states said", "Baltic states reported"); after a quantifier or before an auxiliary it is a noun ("in many Nordic and Baltic states, reflecting ...", "Indian states have also been hit")', () => {
  sourcedBy('Several member states said 60 people died.', '60 people', 'Several member states said');
  sourcedBy('Baltic states reported 75 cases.', '75 cases', 'Baltic states reported');
  unsourced('Turnout rose in many Nordic and Baltic states, reflecting a trend where 48.2 per cent voted.', '48.2 per cent');
  unsourced('Several southern Indian states have also been hit by storms, which left 140 people dead.', '140 people');
});

test('"reports" before "said" after a clause word is the subject: "after the reports said" gives the reports, not the sentence\'s start', () => {
  sourcedBy('Shares fell after the reports said 9% of the mine was shut.', '9%', 'the reports said');
});

test('a clause on where a body is based does not cut the speaker short: "Ama Diallo, head of a rights group known as LDH, based in Beni, said" is Ama Diallo\'s', () => {
  sourcedBy('Ama Diallo, head of a rights group known as LDH, based in Beni, said 31 people had died.', '31 people', 'Ama Diallo, head of a rights group known as LDH, based in Beni, said');
});

test('"projects" after a number is what it counts, not a verb: "is building 40 rural road projects in the north" keeps its sentence\'s speaker', () => {
  sourcedBy('She said the agency is building 40 rural road projects in the north.', '40 rural road projects', 'She said');
});

test('a weekday before a data verb is when, not an owner: "Data released Monday shows" sources its figures', () => {
  sourcedBy('Data released Monday shows pilots scrambled 412 times last year.', '412 times', 'Data released Monday shows');
});

test('an order at a sentence\'s start is no inverted tag ("Report it to police ..."); "nine accused" are the charged, not accusers', () => {
  unsourced('Report it to police if you see any of the 30 stolen cars.', '30 stolen cars');
  unsourced('Police laid 58 charges against seven accused after the raids.', '58 charges');
});

test('"Lives claimed by road crashes" is no claim: the sentence\'s speaker after it is the source', () => {
  sourcedBy('Lives claimed by road crashes fell in Kano by 12 per cent this year, compared with a year earlier, said the traffic police on Sunday.', '12 per cent', 'said the traffic police');
});

test('"pegged ... at" states an estimate as "put ... at" does ("The governor has officially pegged the toll at 230"); "officially" after a subject is the verb\'s adverb', () => {
  sourcedBy('The governor has officially pegged the toll at 230 dead.', '230 dead', 'The governor has officially pegged');
  sourcedBy('Ramos officially reported 88 cases.', '88 cases', 'Ramos officially reported');
  unsourced('There were 40 officially reported deaths.', '40 officially reported deaths');
});

test('the verb of a relative clause between commas speaks within it: "Lloyds, which on Monday confirmed its new chair, was up 4%" leaves the 4% unsourced; in "Acme, which reported a loss ..., said 30 jobs go" the jobs are what Acme said', () => {
  unsourced('Lloyds, which on Monday confirmed the hiring of its new chair, was up 4%.', '4%');
  sourcedBy('Acme, which reported a loss of $2 million, said 30 jobs would go.', '$2 million', 'Acme, which reported');
  sourcedBy('Acme, which reported a loss of $2 million, said 30 jobs would go.', '30 jobs', 'Acme, which reported a loss of $2 million, said');
});

test('a body or role with its article, then a verb in -s before an amount, is a source ("The ministry estimates 40 percent growth"); the same words as an object are a noun ("She read the police reports 40 times")', () => {
  sourcedBy('The ministry estimates 40 percent growth next year.', '40 percent', 'The ministry estimates');
  sourcedBy('After a slow year, the carrier reports 12,000 fewer flights.', '12,000 fewer flights', 'the carrier reports');
  unsourced('She read the police reports 40 times.', '40 times');
});

test('a fire or a crash that "claimed one life" makes no claim: the figures of its sentence stay unsourced', () => {
  unsourced('Hundreds of families fled the hills, where a blaze that claimed one life still burned.', 'Hundreds of families');
});

test('"figures supplied by", "documents seen by", "data obtained by" name their source, as "published by" did; an article right after the source\'s noun or a spaced dash ends it ("shared by the Trade Minister the average price ...", "census data - making ...")', () => {
  sourcedBy('The figures supplied by the Border Force show that arrivals reached 6,204.', '6,204', 'The figures supplied by the Border Force');
  sourcedBy('Documents seen by the newspaper show 40 guards were hired.', '40 guards', 'Documents seen by the newspaper');
  sourcedBy('According to the figures shared by the Trade Minister the average price of rice stood at 40 dollars.', '40 dollars', 'According to the figures shared by the Trade Minister');
  sourcedBy('Some 9,000 people moved to the coast, according to new census data - making the region the most crowded in the country.', '9,000 people', 'according to new census data');
});

test('data that came out at a time are the subject of their verb: ", new figures out today show.", "Figures released this week show" source their sentence', () => {
  sourcedBy('Joblessness eased to 4.1 per cent, new figures out today show.', '4.1 per cent', 'new figures out today show');
  sourcedBy('Regional figures released this week show 2,380 families moved.', '2,380 families', 'Regional figures released this week show');
});

test('any noun that opens the sentence is the speaker across a relative clause: "The partners, which ship half the grain, said ...", "Acme and its lenders, which ..., say ..."', () => {
  sourcedBy('The partners, which ship half the grain, said prices fell 12 percent.', '12 percent', 'The partners, which ship half the grain, said');
  sourcedBy('Acme and its lenders, which hold most of the debt, say 300 jobs will go.', '300 jobs', 'Acme and its lenders, which hold most of the debt, say');
});

test('an adjective in -ous before "estimates" is no plural subject: "... – twice previous estimates." is a noun, and the sentence\'s speaker stays the source', () => {
  sourcedBy('The carrier has warned that it will lose $2.1bn this year – twice previous estimates.', '$2.1bn', 'The carrier has warned');
});

test('a role with its "of" phrase before a name between commas is the speaker: "Chad\'s minister of water, Idriss Saleh, said Monday that ..."', () => {
  sourcedBy('Chad’s minister of water, Idriss Saleh, said Monday that nearly $90 million was needed.', '$90 million', 'Chad’s minister of water, Idriss Saleh, said');
});

test('a company name ending in an abbreviation\'s full stop is a speaker before an apposition: "Harbor Lines Inc., the ship\'s owner, revealed that ..."', () => {
  sourcedBy('On Monday, Harbor Lines Inc., the ship’s owner, revealed that pirates held 11 sailors.', '11 sailors', 'Harbor Lines Inc., the ship’s owner, revealed');
});

test('a shared subject is found past a wire dateline ("LIMA (Reuters) - The minister toured ... and said" is the minister\'s, not LIMA\'s); parties to a deal speak after "but"', () => {
  sourcedBy('LIMA (Reuters) - The minister toured the port and said on Friday that 14 cranes were idle.', '14 cranes', 'The minister ... said');
  sourcedBy('The parties to the accord made progress in three rounds of talks but said gaps remain.', 'three rounds', 'The parties ... said');
});

test('a title-case headline\'s plural subject and "Say" are speaker and verb: "Kenyan Doctors Say Flood Toll Tops 90"', () => {
  sourcedBy('Kenyan Doctors Say Flood Toll Tops 90', '90', 'Kenyan Doctors Say');
});

test('"to" inside a body\'s name stays in the source: "according to the Committee to Protect Journalists"', () => {
  sourcedBy('At least 12 reporters were jailed, according to the Committee to Protect Journalists.', '12 reporters', 'according to the Committee to Protect Journalists');
});

test('a participle\'s object is not the speaker: "The naval force guarding the Red Sea lanes said ..." is the force\'s', () => {
  sourcedBy('The naval force guarding the Red Sea lanes said it seized nine skiffs.', 'nine skiffs', 'The naval force guarding the Red Sea lanes said');
});

test('"putting 9,000 jobs at risk" puts no estimate: "put ... at" sources only before an amount, not "at risk" or "at stake"', () => {
  unsourced('The retailer collapsed into administration, putting 9,000 jobs at risk.', '9,000 jobs');
  sourcedBy('The agency put the bill at $3 million.', '$3 million', 'The agency put');
});

test('"per" before a unit is a rate, not "according to", even capitalised ("per Kilowatt-hour"); the sentence\'s speaker stays the source', () => {
  sourcedBy('The regulator has announced that homes will pay Sh9 per unit, down from Sh11 per Kilowatt-hour.', 'Sh9', 'The regulator has announced');
});

test('forecasts and estimates after a verb of beating or missing, or after a possessive, are nouns: "Acme beats forecasts as profit jumps 12 per cent", "beating analysts\' estimates"', () => {
  unsourced('Acme beats forecasts as profit jumps 12 per cent', '12 per cent');
  unsourced('Most firms, 71 per cent, ended the quarter beating analysts’ earnings estimates.', '71 per cent');
});

test('a verb of saying after a relative clause is the main verb: "The company, which reported a loss, projected sales of $2bn" is sourced by the projection; a name with its acronym in brackets opens the clause ("The Federal Bureau (FB), which ..., stated")', () => {
  sourcedBy('The company, which reported revenue below forecasts, projected sales of $2.1bn for the year.', '$2.1bn', 'The company, which reported revenue below forecasts, projected');
  sourcedBy('The Statistics Bureau (SB), which disclosed this on Friday, stated that exports hit 8.2 million tonnes.', '8.2 million tonnes', 'The Statistics Bureau (SB), which disclosed this on Friday, stated');
});

test('after "after", an administration or a court is a speaker: "... days after the administration announced $40 billion of tariffs"', () => {
  sourcedBy('The move came days after the administration announced $40 billion of tariffs.', '$40 billion', 'the administration announced');
});

test('a tag at a sentence\'s end opens after its comma, however long its noun phrase: "..., their monthly report on the 2019 housing plan said."', () => {
  sourcedBy('Some 412 fewer families were waiting in May, their monthly report on the 2019 housing plan said.', '412 fewer families', 'their monthly report on the 2019 housing plan said');
  sourcedBy('Ghana has 15.6 million women, the census data presented to the Finance Committee (FC) shows.', '15.6 million women', 'the census data presented to the Finance Committee (FC) shows');
});

test('"by" before a deadline names no agent: "He said by Friday night 6,000 people will be moved" is his; "the police estimate was" is a noun', () => {
  sourcedBy('He said by Friday night around 6,000 people will be moved.', '6,000 people', 'He said');
  sourcedBy('Cuts come on top of $2 billion the firm had announced by the end of last year.', '$2 billion', 'the firm had announced');
  sourcedBy('Organisers said the march drew 90,000 people while the police estimate was 30,000.', '90,000 people', 'Organisers said');
});

test('a headline\'s owner, role and verb in -s before an amount or its article are a source: "Chile’s mining minister reports a 12 percent rise"', () => {
  sourcedBy('Chile’s mining minister reports a 12 percent rise in copper output', '12 percent', 'Chile’s mining minister reports');
  sourcedBy('Ghana’s health ministry estimates 40 percent coverage', '40 percent', 'Ghana’s health ministry estimates');
});

test('a speaker whose title has a full stop keeps the tag after a long appositive: "Dr. Ana Ruiz, WHO envoy for Chad and Niger, said ..."', () => {
  sourcedBy('Dr. Ana Ruiz, WHO envoy for Chad and the Lake Region, said on Monday that about 4,000 patients needed transfer.', '4,000 patients', 'Dr. Ana Ruiz ... said');
});

test('a tally described, not reported by anyone: "The cumulative confirmed cases ... is 9,210", "one confirmed case", "cases reported by the end of June", "levels reported above 300"', () => {
  unsourced('The cumulative confirmed cases and deaths recorded since the start of the outbreak stand at 9,210 and 212.', '9,210');
  unsourced('Chad has 40 cases and Togo has one confirmed case.', '40 cases');
  unsourced('Infections climbed, with 8,431 cases reported by the end of June, against 2,960 a year before.', '8,431 cases');
  unsourced('The city choked again, with smog levels reported above 350 on most days.', '350');
  sourcedBy('There were 300 cases reported by the regional ministry.', '300 cases', 'reported by the regional ministry');
});

test('a body before a place and an apposition, then "also", speaks: "The flu monitoring system in Chile, known as VigiFlu, also estimates a total of ..."', () => {
  sourcedBy('The flu monitoring system in Chile, known as VigiFlu, also estimates a total of 3,120 admissions.', '3,120 admissions', 'The flu monitoring system in Chile, known as VigiFlu, also estimates');
  sourcedBy('The tracking system estimates a rise of 12 percent.', '12 percent', 'The tracking system estimates');
  sourcedBy('The agency in Crete, citing radio logs, also said 41 people were saved.', '41 people', 'The agency in Crete, citing radio logs, also said');
});

test('a town after a place of work is an apposition of its own: "Mira Okafor, a surgeon at Grace Hospital, Enugu, said"', () => {
  sourcedBy('Admissions rose 18 per cent, Mira Okafor, a surgeon at Grace Hospital, Enugu, said.', '18 per cent', 'Mira Okafor, a surgeon at Grace Hospital, Enugu, said');
  sourcedBy('The Ghana Navy in Takoradi, Western, said on Friday it had seized 2.1 million litres of fuel.', '2.1 million litres of fuel', 'The Ghana Navy in Takoradi, Western, said');
});

test('a Title Case headline’s data and its verb are a source: "Poll Shows 61% Back the Plan", "Study Finds Rents Rose 9%"', () => {
  sourcedBy('Poll Shows 61% Back the Plan', '61%', 'Poll Shows');
  sourcedBy('Study Finds Rents Rose 9% in May', '9%', 'Study Finds');
});

test('"accused" after a verb is a person and "written" before its noun an adjective: "and arrested accused Omar Ali", "oral and written exams"', () => {
  unsourced('A total of 14 parcels were seized and police arrested accused Omar Ali.', '14 parcels');
  unsourced('Hundreds of applicants sat oral and written exams for 40 posts.', '40 posts');
  sourcedBy('The union accused managers of cutting 300 jobs.', '300 jobs', 'The union accused');
});

test('an adverb between a plural subject and a base-form verb: "Investigators now say the haul, worth €90 million, ..."', () => {
  sourcedBy('Investigators now say the haul, worth €90 million, came from Peru.', '€90 million', 'Investigators now say');
});

test('a source named after its verb stops at a stray full stop: "..., said a spokesman for the army. the army at a briefing" ends at "army"; "promised by the U.S. government" goes on', () => {
  sourcedBy('Of the 30 people held, 12 were freed, said a spokesman for the army. the army at a briefing.', '12', 'said a spokesman for the army');
  sourcedBy('The 9,000 kits promised by the U.S. government have arrived.', '9,000 kits', 'promised by the U.S. government');
});

test('a cue whose subject is the figure gives way to another in the sentence: "The other four suspects admit the charges, police said"', () => {
  sourcedBy('The other four suspects admit the charges, police said.', 'four suspects', 'police said');
  sourcedBy('Twelve MPs have now said they will quit.', 'Twelve MPs', 'Twelve MPs have now said');
});

test('a participle that opens a headline is an adjective, and one tally reported so far speaks for no one: "Estimated crowd swells to 90K; one case reported so far"', () => {
  unsourced('Estimated festival crowd swells to 90K; one case reported so far', '90K');
  unsourced('Estimated festival crowd swells to 90K; one case reported so far', 'one case');
});

test('"and" inside a body’s name is the name’s: "The League for Truth and Justice said", "the Fish and Wildlife Service said"', () => {
  sourcedBy('The League for Truth and Justice said on Monday that 90,000 people marched.', '90,000 people', 'The League for Truth and Justice said');
  sourcedBy('Last year the Fish and Wildlife Service said 40 wolves were shot.', '40 wolves', 'the Fish and Wildlife Service said');
});

test('an inverted "say" before officials of a kind is a source: "..., say flood relief officials"', () => {
  sourcedBy('Shelters now hold 8,420 people, say flood relief officials, after the river rose.', '8,420 people', 'say flood relief officials');
});

test('declaring a state of emergency or war is an act, not a statement: "Togo, which has declared states of emergency, ... a third of the yam crop"', () => {
  unsourced('As in nearby Benin and Togo, which have also declared states of emergency and disaster, poor rains have destroyed about a third of the yam crop.', 'about a third of the yam crop');
  sourcedBy('The agency declared that 61 wells had run dry.', '61 wells', 'The agency declared');
});

test('claiming asylum, lodging a claim, winning a prize and sitting an exam are no statements: "people claiming political refuge", "wrote the exams"', () => {
  unsourced('The number of people claiming political refuge rose to 10,285 last year.', '10,285');
  unsourced('About one in 40 of those who fled lodged their claim in Ireland.', 'one in 40');
  unsourced('Over two seasons she has claimed the richest single prize, taking $2.4 million home.', '$2.4 million');
  unsourced('Pupils at schools who wrote the board’s final exams achieved a pass rate of 97.2%.', '97.2%');
  sourcedBy('The ministry wrote that 97.2% of pupils passed.', '97.2%', 'The ministry wrote');
});

test('accused with no accuser named is a charge, not a source: "were only accused or convicted of", "Guard accused of ... to get $90,000"', () => {
  unsourced('Over 6,000 of those held were only accused or convicted of minor offences.', '6,000');
  unsourced('Warden accused of taking bribes to receive $90,000 payout', '$90,000');
  sourcedBy('The union accused the police of killing 12 protesters.', '12 protesters', 'The union accused');
});

test('a cue in a comparison with what others said sources nothing: "$300 million less than analysts had forecast", "higher than officials reported"', () => {
  unsourced('Sales rose 4 percent to $12.1 billion, about $300 million less than analysts at two banks had forecast.', '$12.1 billion');
  unsourced('The toll of 214 is far higher than officials reported.', '214');
  sourcedBy('More than 300 residents said they had lost their homes.', '300 residents', '300 residents said');
});

test('speakers found past a role in a place with the name after it, a stray comma after an acronym, "one of ... cops", and data for a period', () => {
  sourcedBy('Up to 90,000 more could cross in the coming weeks, the agency’s envoy in Niger, Anna Berg, said on Friday.', '90,000', 'the agency’s envoy in Niger, Anna Berg, said');
  sourcedBy('The National Emergency Management Agency (NEMA), has said that 14 people drowned.', '14 people', 'The National Emergency Management Agency (NEMA), has said');
  sourcedBy('Nine people died on the roads over the long weekend, says one of the region’s senior cops.', 'Nine people', 'says one of the region’s senior cops');
  sourcedBy('Figures for October showed the claimant count rose by 8,000.', '8,000', 'Figures for October showed');
});

test('a participle after an adverb that follows an article or a number is an adjective: "the four previously mentioned types of cancer"', () => {
  unsourced('Lung cancer ranked high besides the three previously mentioned kinds of tumour.', 'three previously mentioned kinds');
  sourcedBy('The two jointly announced 300 job cuts.', '300 job cuts', 'The two jointly announced');
});

test('the speaker of a clause after "but" is found past a place ("but aid workers in Goma said"), and a wire dateline is no part of a subject ("PARIS (AP) — The agency ..., saying")', () => {
  unsourced('The two militias signed a truce on Sunday, but aid workers in Goma said families were still fleeing.', 'two militias');
  sourcedBy('The plant cut 300 jobs, but workers at the plant said 500 had gone.', '500', 'workers at the plant said');
  sourcedBy('PARIS (AP) — The agency asked donors for $2.1 billion on Monday, saying needs had doubled.', '$2.1 billion', 'The agency ... saying');
});

test('a figure "from" other figures or periods is a comparison, not a source: "the highest toll from the previous ones"', () => {
  sourcedBy('Fires burned 612,000 hectares, the largest figure from the previous ones in 2015, agency spokesman Abdul Muhari said.', '612,000 hectares', 'agency spokesman Abdul Muhari said');
  unsourced('Exports reached 9,300 tonnes, the highest figure from the previous ones.', '9,300 tonnes');
});

test('"according to" takes a forecast or an estimate after its modifiers whole: "according to the board’s revised forecast"', () => {
  sourcedBy('Output will reach 4.1 million tonnes, according to the board’s revised forecast.', '4.1 million tonnes', 'according to the board’s revised forecast');
});

test('"according to" ends its name before a count that starts the clause: "according to the World Food Programme 12 million people lack food"', () => {
  sourcedBy('In the region, according to the World Food Programme 12 million people lack food.', '12 million people', 'according to the World Food Programme');
});

test('"state" before what the state owns or runs is a noun, not a verb: "Two officials of the former state firm Acme were cleared"', () => {
  unsourced('Two officials of the former state firm Acme Corp. were cleared of graft.', 'Two officials');
});

test('a warning that names what is sent is no cue ("will send warning letters to 300 tenants"); two roles joined by "and" stay in the speaker\'s apposition', () => {
  unsourced('The landlord will send warning letters to 300 tenants who owe more than $2,000.', '300 tenants');
  sourcedBy('About 90 branches will close this year, Mei Tan, regional vice-chairman and chief executive of the lending arm at Orchid Bank, said on Monday.', '90 branches', 'Mei Tan, regional vice-chairman and chief executive of the lending arm at Orchid Bank, said');
});

test('"assure" reports what is said ("“All 12 districts are counted,” the registrar assured", "assured that 40 buses"); "rest assured" and "assured of" do not', () => {
  sourcedBy('“All 12 districts are counted,” the registrar assured.', '12 districts', 'the registrar assured');
  sourcedBy('The mayor assured residents that 40 buses would run.', '40 buses', 'The mayor assured');
  unsourced('Rest assured, 20 buses will come.', '20 buses');
  unsourced('Two boxers have been assured of a medal, and 30 athletes compete.', '30 athletes');
});

test('a cricket side that declares closes its innings, it states nothing: "made 318 for seven declared", "declared their second innings on 204"', () => {
  unsourced('The visitors made 318 for seven declared, with Patel hitting 112.', '318');
  unsourced('The hosts had declared their second innings on 204 for five.', '204');
  sourcedBy('The minister declared that 40 schools would close.', '40 schools', 'The minister declared');
});

test('a participle after a percentage qualifies it, no one reports: "The rent index rose ..., a smaller rise than the 0.5 per cent recorded in May"; "the office reported" still does', () => {
  unsourced('The rent index rose 2.1 per cent in June, a smaller rise than the 0.5 per cent recorded in May.', '2.1 per cent');
  sourcedBy('The rent index rose 2.1 per cent in June, the office reported.', '2.1 per cent', 'the office reported');
});

test('the numbers of a tally and their participle name no source: "reported in 24 countries, with the highest numbers recorded in the Eastern Mediterranean Region"', () => {
  unsourced('The cases were reported in 24 countries across five regions, with the highest numbers recorded in the Eastern Mediterranean Region.', '24 countries');
  unsourced('Cases rose in 12 provinces, with the largest totals reported in the north.', '12 provinces');
  sourcedBy('The ministry reported 300 cases in 12 provinces.', '300 cases', 'The ministry reported');
});

test('conceding goals is no statement: "Rovers scored and conceded more than 50", "conceding only 19", "conceded two goals"; "conceded that 40 people had died" and "conceded 300 jobs would go" are', () => {
  unsourced('Rovers scored and conceded more than 50 goals last term.', '50 goals');
  unsourced('Albion conceded only 19, the fewest in the league.', '19');
  unsourced('Their keeper conceded two goals as 31,000 fans looked on.', '31,000 fans');
  sourcedBy('The governor conceded that 40 people had died.', '40 people', 'The governor conceded');
  sourcedBy('The chairman conceded 300 jobs would go.', '300 jobs', 'The chairman conceded');
});

test('"by all accounts" is a hedge, as "reportedly" is, and sources nothing; "by his own account" and "by one estimate" still name a source', () => {
  unsourced('By all accounts the harvest fell by 12 million tonnes.', '12 million tonnes');
  unsourced('By most accounts, 250 homes were lost.', '250 homes');
  sourcedBy('By his own account, he lost 30 kg.', '30 kg', 'By his own account');
  sourcedBy('By one estimate, 250 homes were lost.', '250 homes', 'By one estimate');
});

test('a name with "in" or "of" between its capitals opens the clause before an apposition: "Arts in Motion\'s co-chief executive, Ada L. Obi, said"', () => {
  sourcedBy('Arts in Motion\'s co-chief executive, Ada L. Obi, said in a statement that the firm held a 40 percent share of the market.', '40 percent', 'Arts in Motion\'s co-chief executive, Ada L. Obi, said');
  sourcedBy('Bank of Dorvia\'s governor, Ada Obi, said prices rose 12 percent.', '12 percent', 'Bank of Dorvia\'s governor, Ada Obi, said');
});

test('"states" after an adjective compared is a noun, no verb of saying: "Tarsa is among the most violent states in Norland, with about 500 killings this year"', () => {
  unsourced('Tarsa is among the most violent states in Norland, with about 500 killings this year.', '500 killings');
  sourcedBy('The report states in its summary that 40 people died.', '40 people', 'The report states');
});

test('"you" in general is no source inside a quotation: "If you add that to those recovered, the toll could top 100" is the quoted speaker’s', () => {
  sourcedBy('“From the list I saw, 59 people are missing,” said Rico Jalan, the civil defence chief. “If you add that to those already recovered, it’s possible the toll could top 100.”', '100', 'said Rico Jalan');
});

test('a speaker in an adverbial clause speaks for that clause only: "fined £110,000 after it admitted safety failures", "Though he described ... as “extremely smart,” ... less than a quarter"', () => {
  unsourced('A Bradford company has been fined £110,000 after it admitted safety failures.', '£110,000');
  unsourced('Though he described the founder as “extremely smart,” the judge delivered a sentence of less than a quarter of the 105 years sought.', 'less than a quarter');
  unsourced('Oil rose 2% after OPEC said it would cut output.', '2%');
  // the clause’s own figures are the speaker’s, and so is the sentence where the clause comes first without a comma’s end
  sourcedBy('Oil rose after OPEC said it would cut output by 1 million barrels a day.', '1 million barrels', 'OPEC said');
  sourcedBy('Although the ministry said 20 people had died, residents counted more.', '20 people', 'the ministry said');
  unsourced('Although the ministry said the toll was rising, residents counted 50 bodies.', '50 bodies');
  // "as" is no such clause: "As the minister said, ..." speaks for the sentence
  sourcedBy('As the minister said, 300 schools will close.', '300 schools', 'the minister said');
});


test('"said that" opens what was said, never a speaker after it; a full name in apposition between commas speaks whatever opens the sentence', () => {
  sourcedBy('Announcing the results on television, the head of the electoral body, Guadalupe Taddei, said that Jorge Álvarez came third with 9.9 per cent.', '9.9 per cent', 'Guadalupe Taddei, said');
});

test('"helps explain" names a cause, not a speaker: "As Bitcoin surges past $60,000, the rush of money into the ETFs helps explain its run"', () => {
  unsourced('As Bitcoin surges past $60,000, the rush of money into the ETFs helps explain the asset’s run.', '$60,000');
  unsourced('Prices rose 4%, which could help to explain the slump.', '4%');
  sourcedBy('Prices rose 4%, the analyst explained.', '4%', 'the analyst explained');
});

test('"confirmed dead" and "confirmed to be" state what was found, with no one reporting it; "confirmed to Reuters" still tells', () => {
  unsourced('A total of 186 structures confirmed to be completely or partially collapsed.', '186 structures');
  unsourced('Quake Victims Likely Crushed; 161 People Confirmed Dead', '161 People');
  sourcedBy('The ministry confirmed to Reuters that 40 soldiers had died.', '40 soldiers', 'The ministry confirmed');
});

test('a plural’s possessive is a noun, never a verb of saying: "- Four states’ minimum wage will rise to $17" in a list', () => {
  unsourced("- Four states' minimum wage will rise to $17 or higher, for some or all of their workers, by the end of the year.", '$17');
  unsourced('The reports’ authors counted 40 deaths.', '40 deaths');
  sourcedBy('Four states report 40 deaths.', '40 deaths', 'Four states report');
});

test('a participle of saying before "to" and a verb is a hedge: "According to prosecutors, she withdrew 108 trillion dong, an amount of paper reported to weigh 2 tons" is the prosecutors’', () => {
  sourcedBy('According to prosecutors, she withdrew 108 trillion dong in cash, an amount of paper reported to weigh more than 2 tons.', '108 trillion dong', 'According to prosecutors');
  unsourced('She kept a pile of paper reported to weigh more than 2 tons.', '2 tons');
  sourcedBy('The ministry reported to parliament that 40 people died.', '40 people', 'The ministry reported');
});

test('a relative clause on "that" speaks for itself only: "The UN health agency says ... about 30 countries around the world that reported cholera outbreaks in 2022, about a third higher" is the agency’s', () => {
  sourcedBy('The UN health agency says death rates are rising in about 30 countries around the world that reported cholera outbreaks in 2022, about a third higher than in a typical year.', '30 countries', 'The UN health agency says');
  sourcedBy('The UN health agency says death rates are rising in about 30 countries around the world that reported cholera outbreaks in 2022, about a third higher than in a typical year.', 'about a third', 'The UN health agency says');
  sourcedBy('Aid groups pointed to a report that said 5 people died.', '5 people', 'a report that said');
});

test('"said by phone" names the means, not an agent ("He said by phone that about 6,600 people had been displaced" is his), and "claiming Jobseeker’s Allowance" asks for a benefit', () => {
  sourcedBy('He said by phone that about 6,600 people had been displaced.', '6,600 people', 'He said');
  unsourced('This has led to 1.56 million people claiming Jobseeker’s Allowance (JSA) in July, up 37,100 on June.', '1.56 million people');
});

test('the words of an "according to" phrase are no verbs of their own: "Texas gained most, at 529,000, according to the latest Census estimates" is not "Texas ... estimates"', () => {
  sourcedBy('Texas gained more people than any other state in the 15-month period, at 529,000, followed by California at 438,000, Florida at 256,000, Georgia at 128,000, and North Carolina at 121,000, according to the latest Census estimates.', '529,000', 'according to the latest Census estimates');
  // (and a phrase's noun reported by someone is the phrase's: "According to a tally by The Yomiuri Shimbun")
  sourcedBy('According to a tally by The Yomiuri Shimbun, 372 people were killed.', '372 people', 'According to a tally by The Yomiuri Shimbun');
});

test('"put ... at" estimates only with a number soon after "at": "putting the city at a significant health risk" names no source', () => {
  unsourced('Pollution levels are expected to soar between 600 and 700 this week, putting the city at a significant health risk.', '600 and 700');
  sourcedBy('Police put the toll at more than 40.', '40', 'Police put');
});

test('an absolute phrase speaks for itself only: "frequent in the two regions, with the rebels accusing the army" leaves "two regions" unsourced; "with state media saying 40 people fled" sources its own figure', () => {
  unsourced('These attacks are relatively frequent in the two regions or on their edges, with the rebels accusing the army of crimes.', 'two regions');
  sourcedBy('Officials reported 5 deaths, with state media saying 40 people fled.', '40 people', 'state media saying');
  sourcedBy('Officials reported 5 deaths, with state media saying 40 people fled.', '5 deaths', 'Officials reported');
});

test('a body’s head before a short prepositional phrase speaks as people do: "authorities from the two countries said", "police in the three provinces said" (the subject had been "Torrential rains")', () => {
  sourcedBy('Torrential rains killed more than 47 people and at least 120 are missing, authorities from the two countries said.', '47 people', 'authorities from the two countries said');
  sourcedBy('At least 12 people died, police in the three provinces said.', '12 people', 'police in the three provinces said');
});

test('a participle after a counted noun, then a time, reports nothing: "an estimated $179 million budget deficit projected for 2011", "940 cases of measles reported in 26 states, ..., according to the CDC" (the source had been "measles reported")', () => {
  unsourced('The council voted to help close an estimated $179 million budget deficit projected for 2011.', '$179 million');
  sourcedBy('There have been 940 cases of measles reported in 26 states, the highest number since 1994, according to the Centers for Disease Control and Prevention.', '940 cases of measles', 'according to the Centers for Disease Control and Prevention');
  sourcedBy('About 300 people reported in a survey that they earned $40 a day.', '$40', '300 people reported');
});

test('a capitalised "-lly" or "-aly" that is no "-ally" or "-fully" adverb is a name that speaks, and the noun a clause with no "that" is about is not its speaker: "a move Lilly said" (the source had been "a move Lilly said"), "a number Kyiv said", "30 will recover, Healy said" (was unsourced)', () => {
  sourcedBy('The company will cut the price of Humalog by 70% in the fourth quarter, a move Lilly said was made in part to allow it time.', '70%', 'Lilly said');
  sourcedBy('About 30 will recover, Healy said.', '30', 'Healy said');
  sourcedBy('Finally, officials said 40 people were hurt.', '40 people', 'officials said');
  sourcedBy('The toll reached 40, a number Kyiv said was too low.', '40', 'Kyiv said');
});

test('an adverb of time may stand between the counted noun and its participle: "a £250m boost already announced earlier in the summer" names no source (was "250m boost already announced")', () => {
  unsourced('It is on top of a £250m boost already announced earlier in the summer, which is helping pay for 5,000 extra hospital beds.', '£250m');
  unsourced('It is on top of a £250m boost already announced earlier in the summer, which is helping pay for 5,000 extra hospital beds.', '5,000 extra hospital beds');
});

test('a relative clause on "that" after a one-word subject speaks for itself only ("2,000 people marched with banners that said ..." was sourced by "banners that said"), and a year with its preposition is no subject ("... implementation in 2012 have reported" named "2012 have reported")', () => {
  unsourced('Close to 2,000 people marched with banners that said prices were too high.', '2,000 people');
  sourcedBy('Officials released a report that said 5 people died.', '5 people', 'a report that said');
  sourcedBy('Nations raising funds for tuberculosis implementation in 2012 have reported a $1 billion deficit.', '$1 billion', 'tuberculosis implementation in 2012 have reported');
});

test('a year with its preposition between a subject and its verb leaves the verb a verb ("The company in 2019 reported 40 deaths" was unsourced, "2019 reported" read as a tally); at the sentence\'s head it stays an adjective', () => {
  sourcedBy('The company in 2019 reported 40 deaths.', '40 deaths', 'The company in 2019 reported');
  sourcedBy('The ministry since 2020 announced 12 new plants.', '12 new plants', 'The ministry since 2020 announced');
  unsourced('In 2019 reported cases rose to 300.', '300');
  unsourced('Cases in 2019 reported by hospitals rose to 500.', '500');
});

test('"why" and "how" open a clause, so no source reads back over them ("one reason why economists are saying" is "economists are saying")', () => {
  sourcedBy('Spending got off to a slow start, which is one reason why economists are saying the economy grew at only a 1.1 percent pace.', '1.1 percent', 'economists are saying');
});

test('"found that" states a finding of whoever found it, a body or people ("The charity found that 64 of the 75 prisons ..." was unsourced: "found" sourced only with a study or data as subject); "found" with an object stays no source ("Police found 30 bodies")', () => {
  sourcedBy('The charity found that 64 of the 75 prisons in England had more inmates.', '64', 'The charity found');
  sourcedBy('The group found that 30 people had died.', '30 people', 'The group found');
  unsourced('Police found 30 bodies.', '30 bodies');
  unsourced('They found 3 boats.', '3 boats');
});

test('a data noun before "by" and a time names no source ("more than 88 reports by late Saturday of tornado touchdowns, said Pat Slattery" had the source "reports by late Saturday"), nor does a list of places', () => {
  sourcedBy('The service received more than 88 reports by late Saturday of tornado touchdowns, said Pat Slattery, a spokesman.', '88 reports', 'said Pat Slattery');
  sourcedBy('A report by the UN found 30 deaths.', '30 deaths', 'A report by the UN');
  // (nor is a list of places after a preposition the subject of an inverted "said": it had the source "Kansas, Nebraska and Iowa, said")
  sourcedBy('It received 88 reports of touchdowns in Oklahoma, Kansas, Nebraska and Iowa, said Pat Slattery, a spokesman.', '88 reports', 'said Pat Slattery');
  sourcedBy('In Geneva, Jane Doe, the spokeswoman, said 3 died.', '3', 'Jane Doe, the spokeswoman, said');
  sourcedBy('In London, Tom Lee, head of sales and marketing, said 5 died.', '5', 'Tom Lee, head of sales and marketing, said');
});

test('"admitted to the hospital" admits nothing ("one in every 187 patients admitted to the hospital" was sourced by "This means one ... admitted"); "The firm admitted that" still sources', () => {
  unsourced('This means one in every 187 patients admitted to the hospital in Bangladesh dies.', '187 patients');
  sourcedBy('The firm admitted that 12 workers died.', '12 workers', 'The firm admitted');
});

test('a participle after a comma speaks for the clause’s subject only when that subject can speak ("Deaths rose by 81 last week, putting the region’s fatality count at 622" was sourced by "Deaths rose ... putting")', () => {
  unsourced('Deaths rose by 81 last week, putting the region’s fatality count at 622.', '622');
  unsourced('Prices rose 5%, saying little.', '5%');
  sourcedBy('Officials raised the toll to 30, putting the number of missing at 12.', '12', 'Officials ... putting');
  sourcedBy('The government raised taxes by 3%, saying it had no choice.', '3%', 'The government ... saying');
});

test('a name’s degrees between commas are the name’s ("Africa CDC Director-General Jean Kaseya, MD, MPH, said" showed the source "MD, MPH, said")', () => {
  sourcedBy('At a briefing, Africa CDC Director-General Jean Kaseya, MD, MPH, said the outbreak is increasing, with 22,863 cases reported.', '22,863 cases', 'Africa CDC Director-General Jean Kaseya, MD, MPH, said');
  sourcedBy('Jane Doe, PhD, said 3 died.', '3', 'Jane Doe, PhD, said');
});

test('"a grim forecast" is a noun, no source ("..., a grim forecast as thousands of villages remain cut off" had the source "a grim forecast"); "long", "always", "once" between a subject and its verb are adverbs ("he had long said" showed "long said")', () => {
  sourcedBy('Officials said the toll could be much higher, a grim forecast as thousands of villages remain cut off.', 'thousands of villages', 'Officials said');
  sourcedBy('The company once said 40 jobs would go.', '40 jobs', 'The company once said');
  sourcedBy('It is a bill that he had long said would cost $3 billion.', '$3 billion', 'he had long said');
});

test('a relative "that" before a name or people is no part of the source ("the quake that Afghan state media said killed 1,000 people" showed "that Afghan state media said"); "That report said" keeps its determiner', () => {
  sourcedBy('It came before the quake in the east that Afghan state media said killed 1,000 people.', '1,000 people', 'Afghan state media said');
  sourcedBy('The toll that officials said rose to 40 was wrong.', '40', 'officials said');
  sourcedBy('That report said 40 people died.', '40 people', 'That report said');
});

test('"according to plan" names no source when a clause follows it ("If all goes according to plan and the board approves ..., the 160,000-strong guild will vote" had the source "according to plan and the board approves")', () => {
  unsourced('If all goes according to plan and the board approves the tentative agreement, members of the 160,000-strong actor guild will soon vote.', '160,000-strong actor guild');
  sourcedBy('According to plans published by the ministry, 40 schools will close.', '40 schools', 'According to plans published by the ministry');
});

test('"State" after a place’s name, before a preposition, is the name’s ("... the five administrative divisions of Lagos State by the administration to 21" was sourced by "Lagos State")', () => {
  unsourced('The project added 270 units, raising the number of estates delivered across the five administrative divisions of Lagos State by the administration to 21 since 2019.', '270 units');
  unsourced('The project added 270 units, raising the number of estates delivered across the five administrative divisions of Lagos State by the administration to 21 since 2019.', '21');
});

test('what an amount buys, before a participle, speaks for no one ("to pay for a ¥21.3-trillion stimulus announced a month earlier" was sourced by "21.3-trillion stimulus announced"); a plural before an -s form makes a noun ("a fund of 100 billion euros for investments and armaments projects" was sourced by "armaments projects"); a panel, a tribunal, a board speak', () => {
  unsourced('Parliament approved a massive extra budget, to pay for a ¥21.3-trillion stimulus announced a month earlier.', '¥21.3-trillion');
  unsourced('The Bundeswehr is to receive a special fund of 100 billion euros for investments and armaments projects.', '100 billion euros');
  sourcedBy('The ministry projects 40 jobs will go.', '40 jobs', 'The ministry projects');
  sourcedBy('The panel announced on Monday that 5 people were held.', '5 people', 'The panel announced');
  sourcedBy('The tribunal found that 12 officers were guilty.', '12 officers', 'The tribunal found');
});

test('a noun after the name it is of, after an amount or a possessive, is no verb ("its $20 billion Liquefied Natural Gas (LNG) project in Mozambique" was sourced by "Liquefied Natural Gas (LNG) project")', () => {
  unsourced('Total halted its $20 billion Liquefied Natural Gas (LNG) project in Mozambique.', '$20 billion');
  unsourced('Novatek put 40 tankers on their Arctic LNG 2 project.', '40 tankers');
  sourcedBy('Officials (UN) project 40 deaths.', '40 deaths', 'Officials (UN) project');
});

test('a forecast temperature names no source: "with highs of 38 degrees Celsius forecast" (was "Celsius forecast"); "forecast by the Met Office" does', () => {
  unsourced('A respite, with highs of 38 degrees Celsius forecast, will follow.', '38 degrees Celsius');
  unsourced('A respite, with highs of 38C forecast for Tuesday, will follow.', '38C');
  sourcedBy('A high of 38C forecast by the Met Office is due.', '38C', 'forecast by the Met Office');
});

test('an apposition with a relative clause on its noun is the subject whole ("said Thursday’s release covered" was the source)', () => {
  sourcedBy('Sviatlana Tsikhanouskaya, leader of the exiled Belarus opposition whose husband Siarhei was released from jail in June, said Thursday’s release covered only 4% of those designated.', '4%', 'Sviatlana Tsikhanouskaya, leader of the exiled Belarus opposition whose husband Siarhei was released from jail in June, said');
  sourcedBy('The ministry, which oversees the army, said 40 soldiers died.', '40 soldiers', 'The ministry, which oversees the army, said');
});

test('a time after a verb of a tag is no speaker ("..., estimated the previous September for each year, fell by 15.5%" was sourced by that phrase; "..., Matteo Salvini, said Tuesday that" showed "said Tuesday")', () => {
  sourcedBy('The report revealed that poaching rates, estimated the previous September for each year, fell by 15.5% compared with 2015.', '15.5%', 'The report revealed');
  unsourced('Deaths rose to 40 people, said Monday.', '40 people');
  sourcedBy('Deaths rose to 40 people, said the ministry on Monday.', '40 people', 'said the ministry');
  sourcedBy('Some 91% of companies plan cuts, said a Willis Towers Watson report released Wednesday.', '91%', 'said a Willis Towers Watson report released Wednesday');
});

test('a capitalised "May" after a name is its surname, no modal ("Deaths rose to 40, said Theresa May" was unsourced); "Reuters May 5" is a date', () => {
  sourcedBy('Deaths rose to 40 people, said Theresa May.', '40 people', 'said Theresa May');
  sourcedBy('According to Reuters May 5, 40 people died.', '40 people', 'According to Reuters');
});

test('"admitting privileges" is a hospital\'s leave, no admission ("doctors who perform abortions have admitting privileges" sourced "four more liberal colleagues")', () => {
  unsourced('The law requires that doctors have admitting privileges at 40 hospitals.', '40 hospitals');
  sourcedBy('The ministry, admitting 40 deaths, apologised.', '40 deaths', 'The ministry ... admitting');
});

test('"the bank\'s former money laundering reporting officer" is a role, no report (sourced the bank\'s £3.3m fine)', () => {
  unsourced('The regulator fined the bank £3.3m and imposed a penalty on its money laundering reporting officer, Steven Smith.', '£3.3m');
  sourcedBy('Police reporting 40 deaths were wrong.', '40 deaths', 'Police reporting');
});

test('a statement issued covers no second verb of its subject ("The ministry issued a statement and evacuated 40 people")', () => {
  unsourced('The ministry issued a statement and evacuated 40 people.', '40 people');
  sourcedBy('The agency issued a statement and said 40 people died.', '40 people', 'The agency issued a statement');
});

test('an -ing noun after an article and a modifier is no verb of saying ("Taiwan issued a land warning and evacuated more than 3,000 people" was sourced by "a land warning")', () => {
  unsourced('Taiwan issued a land warning and evacuated more than 3,000 people.', '3,000 people');
  sourcedBy('A spokesman warning of 40 deaths left.', '40 deaths', 'A spokesman warning');
});

test('a maker of goods takes its "of" phrase into the subject: "The world’s largest maker of cancer drugs said" (was "cancer drugs said")', () => {
  sourcedBy('The world’s largest maker of cancer drugs said sales rose 5 per cent.', '5 per cent', 'The world’s largest maker of cancer drugs said');
});

test('a noun that opens the sentence before a name between commas speaks: "The ferry captain, Benjamin Sinclair, said" (was "Benjamin Sinclair, said"; "The buyer, India, said" was unsourced)', () => {
  sourcedBy('The buyer, India, said 40 tankers came.', '40 tankers', 'The buyer, India, said');
  sourcedBy('The ferry captain, Benjamin Sinclair, said 1,500 people were aboard.', '1,500 people', 'The ferry captain, Benjamin Sinclair, said');
  unsourced('The storm, Fiona, killed 40 people.', '40 people');
});

test('a participle\'s clause that opens the sentence is no speaker of a later "saying" ("Asked about ..., Prof Van Tam likened ..., saying" showed "Asked ... saying")', () => {
  sourcedBy('Asked about suggestions that the vaccine could help, Prof Van Tam likened the situation to a journey, saying two lights appear.', 'two lights', 'Prof Van Tam ... saying');
});

test('"The exchange announced on Thursday that ..." and "..., the fund announced on Wednesday." are verbs of saying, not participles after a noun (both were unsourced)', () => {
  sourcedBy('The exchange announced on Thursday that hackers stole $15 million.', '$15 million', 'The exchange announced');
  sourcedBy('The final tranche of nearly $1.1 billion was cleared, the fund announced on Wednesday.', '$1.1 billion', 'the fund announced');
  unsourced('Prices rose four times the rate reported over June-July, to 5%.', '5%');
});

test('an irregular past ends the subject of a coordinated "but said" ("The group gave no information ... but said ... 40 kilometers" was unsourced)', () => {
  sourcedBy('The group gave no information about casualties but said soldiers withdrew to a town about 40 kilometers away.', '40 kilometers', 'The group ... said');
  sourcedBy('Police gave no details but said 40 soldiers died.', '40 soldiers', 'Police ... said');
});

test('a name in camel case after a verb of a tag speaks ("..., said iQair, a website that tracks air pollution" was unsourced)', () => {
  sourcedBy('Delhi had an AQI of 278, said iQair, a website that tracks air pollution.', '278', 'said iQair');
});

test('a role and a name after "confirmed", "stated", "noted" speak as after "said" ("..., confirmed police inspector Bacchu Mia." was unsourced)', () => {
  sourcedBy('In Dhaka, two students died amid clashes, confirmed police inspector Bacchu Mia.', 'two students', 'confirmed police inspector Bacchu Mia');
});

test('a relative clause on "whose" between commas is the subject\'s ("Mercedes boss Toto Wolff, whose team’s record run ..., told reporters that a 5 per cent overspend" was unsourced)', () => {
  sourcedBy('Mercedes boss Toto Wolff, whose team’s record run is set to end, told reporters this month that a 5 per cent overspend was worth a lot.', '5 per cent', 'Mercedes boss Toto Wolff ... told');
});

test('a verb after a counted, determined noun with its object after it is the verb, no participle ("Authorities in the four states reported more than a dozen new ones" was unsourced)', () => {
  sourcedBy('Authorities in the four states reported more than a dozen new ones by Sunday morning.', 'a dozen new ones', 'Authorities in the four states reported');
  sourcedBy('Officials in the two countries announced 40 deaths.', '40 deaths', 'Officials in the two countries announced');
  unsourced('Only 5 of the 11 tanks promised a year ago have arrived.', '5');
});

test('a briefing and a bulletin speak as a report does ("..., a briefing said." was unsourced)', () => {
  sourcedBy('South Korea’s Unification Ministry recorded 196 defectors last year, a briefing said.', '196 defectors', 'a briefing said');
});

test('one trader, one banker, one farmer speak as one resident does ("“... $50 a metric ton ...,” said one Singapore-based trader" was unsourced)', () => {
  sourcedBy('“We expect a minimum gain of around $50 a metric ton,” said one Singapore-based trader.', '$50', 'said one Singapore-based trader');
});

test('"as per" with any phrase cites like "according to" ("as per official results announced ..." was unsourced); "as per the rules" names no source', () => {
  sourcedBy('Mnangagwa won with 52.6 per cent of the votes, as per official results announced by the Zimbabwe Electoral Commission late on Saturday.', '52.6 per cent', 'per official results');
  unsourced('He won 52.6 per cent, as per the rules.', '52.6 per cent');
});

test('results announced, released or published, with a time and no agent, speak for no one ("as per official results announced late Saturday" was sourced by "Mnangagwa ... announced"); "the partial results showed" still speaks', () => {
  sourcedBy('Mnangagwa won with 52.6 per cent of the votes, as per official results announced late Saturday.', '52.6 per cent', 'per official results');
  sourcedBy('The PVV won 37 seats out of 150, the partial results showed on Thursday.', '37 seats', 'the partial results showed');
});

test('"was able to confirm" reports as "confirmed" does ("... was able to confirm that 847 Ukrainian civilians have been killed" was unsourced); "unable to confirm" does not', () => {
  sourcedBy('The UN office was able to confirm that 847 Ukrainian civilians have been killed.', '847 Ukrainian civilians', 'The UN office was able to confirm');
  unsourced('Officials were unable to confirm 40 deaths.', '40 deaths');
});
