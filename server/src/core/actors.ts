// Actors named in one article: people, organisations, and places acting as actors.
//
// Two passes over the word tokens, no NLP library:
//  1. in document order, dictionary matches (registry names and aliases, a general
//     gazetteer of countries and capitals, institution words) and discoveries of
//     actors the registry has never seen, from cues: titles and role nouns before a
//     capitalised name, appositives after it, verbs of saying, organisation head
//     words (Agency, Committee, Party...), acronyms, bylines and photo credits;
//  2. short forms and repeats: "Kim" is the most recent full mention whose name
//     holds that token, "Wagner" is "Wagner Group", "Zero Hedge" is "ZeroHedge".
// Then roles (title before, appositive after) and quotations with their speakers.
// Two different full names are never merged; spelling variants are only proposed.

import type { Span } from './types';
import type { Segmentation } from './sentences';
import type { ActorKind, Registry, RegistryEntry } from './registry';
import { compactName, normalizeName, VariantProposer } from './identity';
import { partitionPoint, type PackedInts } from './text';
import { currencyCode, gluedCurrencyAmount } from './figures';

export interface ActorMention extends Span {
  text: string;
  kind: ActorKind;
  /**
   * Identity across the corpus: `reg:<id>` for registry actors, `place:<name>` for
   * gazetteer places, `norm:<normalised canonical name>` for discovered actors,
   * `short:<token>` for a lone family name with no full mention in the article
   * (the corpus index keeps those per article: never merged across articles).
   */
  key: string;
  /** Canonical name of the actor this mention refers to. */
  name: string;
  registryId?: string;
  /** How it was found: registry, gazetteer, cue, head, acronym, credit, byline, short, repeat. */
  via: string;
  /** For a short form: the index of the full mention it resolves to. */
  full?: number;
}

/** A role stated in the text for an actor: "North Korean leader", ", director-general of ...". */
export interface RoleStatement extends Span {
  key: string;
  text: string;
  /** Index of the mention the role is stated for. */
  mention: number;
  /** Title before the name or appositive after it. */
  place: 'before' | 'after';
}

/** A direct quotation attributed to an actor. */
export interface QuoteAttribution extends Span {
  key: string;
  /** The quoted words without the marks. */
  inner: Span;
  /** Index of the mention that names the speaker (a pronoun resolves to the last person before). */
  mention: number;
}

/** A spelling that may be a variant of a registry spelling (proposed, never merged). */
export interface VariantProposal {
  key: string;
  /** The spelling seen in the article. */
  text: string;
  /** The registry spelling it may be. */
  canonical: string;
  registryId: string;
  /** Indexes of the mentions with this spelling. */
  mentions: number[];
}

/** One actor of the article. */
export interface DocumentActor {
  key: string;
  name: string;
  kind: ActorKind;
  registryId?: string;
  /** Index of the first full mention (where the article introduces the actor). */
  first: number;
  count: number;
  /** Distinct spellings in the article, in order of appearance. */
  spellings: string[];
}

export interface DocumentActors {
  /**
   * In document order. Nested mentions are allowed ("White House" inside a longer title is separate).
   * Kept as numbers: each read makes a new list of new objects (read it once per use; `mention(i)` makes one).
   */
  readonly mentions: ActorMention[];
  /** How many mentions. */
  readonly mentionCount: number;
  /** Mention `i` (in document order), made when asked; undefined past the last. */
  mention(i: number): ActorMention | undefined;
  /** The mentions that start in [start, end), in document order. */
  mentionsIn(start: number, end: number): ActorMention[];
  /** Indexes of the mentions whose key is `key`, in document order. */
  mentionsOfKey(key: string): number[];
  /** How many mentions have the key `key`. */
  mentionCountOfKey(key: string): number;
  /** One per actor, in order of first mention: worked out from the mentions on each read (read it once per use). */
  readonly actors: DocumentActor[];
  roles: RoleStatement[];
  quotes: QuoteAttribution[];
  variants: VariantProposal[];
}

// ---------------------------------------------------------------------------
// General lexicons (cue words and general knowledge; no names of the corpus's people).

function set(s: string): Set<string> {
  return new Set(s.split(/\s+/).filter(Boolean));
}

/** Countries: canonical|aliases and capitals|demonyms. */
const COUNTRIES = `
United States|US|U.S.|USA|U.S.A.|America|United States of America|Washington|Washington D.C.|American
North Korea|N. Korea|N.Korea|north Korea|DPRK|Democratic People's Republic of Korea|Pyongyang|North Korean
Soviet Union|USSR|U.S.S.R.
South Korea|S. Korea|S.Korea|south Korea|ROK|Republic of Korea|Seoul|South Korean
Korea||Korean
Russia|Russian Federation|Moscow|Russian
Ukraine|Kyiv|Kiev|Ukrainian
China|People's Republic of China|PRC|Beijing|Chinese
Japan|Tokyo|Japanese
Taiwan|Taipei|Taiwanese
United Kingdom|UK|U.K.|Britain|Great Britain|London|British
France|Paris|French
Germany|Berlin|German
Italy|Rome|Italian
Spain|Madrid|Spanish
Portugal|Lisbon|Portuguese
Netherlands|Holland|Amsterdam|The Hague|Dutch
Belgium|Brussels|Belgian
Switzerland|Bern|Geneva|Swiss
Austria|Vienna|Austrian
Poland|Warsaw|Polish
Czech Republic|Czechia|Prague|Czech
Slovakia|Bratislava|Slovak
Hungary|Budapest|Hungarian
Romania|Bucharest|Romanian
Bulgaria|Sofia|Bulgarian
Greece|Athens|Greek
Turkey|Türkiye|Ankara|Turkish
Serbia|Belgrade|Serbian
Croatia|Zagreb|Croatian
Moldova|Chisinau|Moldovan
Belarus|Minsk|Belarusian
Lithuania|Vilnius|Lithuanian
Latvia|Riga|Latvian
Estonia|Tallinn|Estonian
Finland|Helsinki|Finnish
Sweden|Stockholm|Swedish
Norway|Oslo|Norwegian
Denmark|Copenhagen|Danish
Ireland|Dublin|Irish
Iceland|Reykjavik|Icelandic
Georgia|Tbilisi|Georgian
Armenia|Yerevan|Armenian
Azerbaijan|Baku|Azerbaijani
Kazakhstan|Astana|Kazakh
Uzbekistan|Tashkent|Uzbek
Iran|Tehran|Iranian
Iraq|Baghdad|Iraqi
Syria|Damascus|Syrian
Lebanon|Beirut|Lebanese
Israel|Jerusalem|Tel Aviv|Israeli
Palestine|Gaza|West Bank|Ramallah|Palestinian
Jordan|Amman|Jordanian
Egypt|Cairo|Egyptian
Saudi Arabia|Riyadh|Saudi
Yemen|Sanaa|Yemeni
Qatar|Doha|Qatari
United Arab Emirates|UAE|Abu Dhabi|Emirati
Kuwait||Kuwaiti
Oman|Muscat|Omani
Afghanistan|Kabul|Afghan
Pakistan|Islamabad|Pakistani
India|New Delhi|Delhi|Indian
Bangladesh|Dhaka|Bangladeshi
Sri Lanka|Colombo|Sri Lankan
Nepal|Kathmandu|Nepalese
Myanmar|Burma|Naypyidaw|Burmese
Thailand|Bangkok|Thai
Vietnam|Hanoi|Vietnamese
Cambodia|Phnom Penh|Cambodian
Laos|Vientiane|Lao
Malaysia|Kuala Lumpur|Malaysian
Singapore||Singaporean
Indonesia|Jakarta|Indonesian
Philippines|Manila|Filipino|Philippine
Mongolia|Ulaanbaatar|Mongolian
Australia|Canberra|Australian
New Zealand|Wellington|New Zealander
Canada|Ottawa|Canadian
Mexico|Mexico City|Mexican
Cuba|Havana|Cuban
Venezuela|Caracas|Venezuelan
Colombia|Bogota|Colombian
Brazil|Brasilia|Brazilian
Argentina|Buenos Aires|Argentine|Argentinian
Chile|Santiago|Chilean
Peru|Lima|Peruvian
Bolivia|La Paz|Bolivian
Ecuador|Quito|Ecuadorian
Nicaragua|Managua|Nicaraguan
South Africa|Pretoria|Johannesburg|South African
Nigeria|Abuja|Nigerian
Ethiopia|Addis Ababa|Ethiopian
Kenya|Nairobi|Kenyan
Sudan|Khartoum|Sudanese
Libya|Tripoli|Libyan
Algeria|Algiers|Algerian
Morocco|Rabat|Moroccan
Tunisia|Tunis|Tunisian
Mali|Bamako|Malian
Niger|Niamey|Nigerien
Somalia|Mogadishu|Somali
Eritrea|Asmara|Eritrean
Congo|DR Congo|DRC|Democratic Republic of Congo|Democratic Republic of the Congo|Kinshasa|Congolese
South Sudan|Juba|South Sudanese
Uganda|Kampala|Ugandan
Tanzania|United Republic of Tanzania|Dodoma|Dar es Salaam|Tanzanian
Rwanda|Kigali|Rwandan
Burundi|Bujumbura|Gitega|Burundian
Djibouti||Djiboutian
Chad|N'Djamena|N’Djamena|Ndjamena|Chadian
Central African Republic|Bangui|Central African
Cameroon|Yaounde|Yaoundé|Cameroonian
Gabon|Libreville|Gabonese
Equatorial Guinea|Malabo|Equatorial Guinean
Ghana|Accra|Ghanaian
Ivory Coast|Côte d'Ivoire|Côte d’Ivoire|Cote d'Ivoire|Cote d’Ivoire|Abidjan|Yamoussoukro|Ivorian
Burkina Faso|Ouagadougou|Burkinabe
Senegal|Dakar|Senegalese
Gambia|The Gambia|Banjul|Gambian
Guinea|Conakry|Guinean
Guinea-Bissau|Bissau
Sierra Leone|Freetown|Sierra Leonean
Liberia|Monrovia|Liberian
Togo|Lome|Lomé|Togolese
Benin|Porto-Novo|Cotonou|Beninese
Mauritania|Nouakchott|Mauritanian
Cabo Verde|Cape Verde|Praia|Cape Verdean
Angola|Luanda|Angolan
Zambia|Lusaka|Zambian
Zimbabwe|Harare|Zimbabwean
Malawi|Lilongwe|Malawian
Mozambique|Maputo|Mozambican
Namibia|Windhoek|Namibian
Botswana|Gaborone
Lesotho|Maseru
Eswatini|Swaziland|Mbabane
Madagascar|Antananarivo|Madagascan
Mauritius|Port Louis|Mauritian
Seychelles
Comoros|Comorian
Guatemala|Guatemala City|Guatemalan
Honduras|Tegucigalpa|Honduran
El Salvador|San Salvador|Salvadoran|Salvadorean
Costa Rica|Costa Rican
Panama|Panama City|Panamanian
Belize|Belizean
Haiti|Port-au-Prince|Haitian
Dominican Republic|Santo Domingo|Dominican
Dominica|Roseau
Jamaica|Jamaican
Bahamas|The Bahamas|Bahamian
Barbados|Bridgetown|Barbadian
Trinidad and Tobago|Trinidad|Port of Spain|Trinidadian
Grenada|Grenadian
Saint Lucia|St Lucia|St. Lucia
Guyana|Guyanese
Suriname|Paramaribo|Surinamese
Paraguay|Asuncion|Asunción|Paraguayan
Uruguay|Montevideo|Uruguayan
Puerto Rico|Puerto Rican
Greenland|Nuuk|Greenlandic
Albania|Tirana|Albanian
Bosnia and Herzegovina|Bosnia|Sarajevo|Bosnian
Montenegro|Podgorica
North Macedonia|Macedonia|Skopje|Macedonian
Kosovo|Pristina
Slovenia|Ljubljana|Slovenian
Cyprus|Nicosia
Malta|Valletta|Maltese
Luxembourg||Luxembourgish
Liechtenstein|Vaduz
Monaco
Andorra||Andorran
San Marino
Kyrgyzstan|Bishkek
Tajikistan|Dushanbe
Turkmenistan|Ashgabat
Bahrain|Manama|Bahraini
Bhutan|Thimphu|Bhutanese
Maldives|Maldivian
Brunei|Bruneian
Timor-Leste|East Timor|Dili|Timorese
Hong Kong|Hong Konger
Papua New Guinea|Port Moresby
Fiji|Suva|Fijian
Solomon Islands|Honiara
Samoa|Apia|Samoan
Tonga|Tongan
Vanuatu|Port Vila
Kiribati|Tarawa
Marshall Islands|Majuro|Marshallese
Micronesia|Micronesian
Palau|Palauan
Nauru|Nauruan
Tuvalu|Tuvaluan
Vatican|Holy See|Vatican City
Europe||European
Africa
Asia
`;

/** International organisations written like places; they are organisations. */
const INTERNATIONAL_ORGS = `
United Nations|UN|U.N.
NATO|Nato|North Atlantic Treaty Organization
International Atomic Energy Agency|IAEA
European Union|EU|E.U.
`;

/**
 * Organisations well known enough to be named alone ("Hezbollah said", "Moody's
 * estimated"): agencies, international bodies, groups and firms of general
 * news. Canonical|aliases. Words that are also common nouns or places are left
 * out (Apple, Amazon, Shell): cues find those.
 */
const KNOWN_ORGS = `
Reuters
Agence France-Presse|AFP
Associated Press|AP
Bloomberg
Politico
Axios
Newsweek
Forbes
NPR
ProPublica
Bellingcat
Semafor
Xinhua|Xinhua News Agency
RIA Novosti|RIA
Ukrinform
Yonhap|Yonhap News Agency
TASS|TASS News Agency|ITAR-TASS|Itar-Tass|Itar Tass
Interfax
Kyodo|Kyodo News
Anadolu|Anadolu Agency
KCNA|Korean Central News Agency|Korea Central News Agency
BBC
CNN
Al Jazeera
Al Arabiya
Daily NK
Voice of America|VOA
Radio Free Asia|RFA
Radio Free Europe/Radio Liberty|Radio Free Europe|RFE/RL
Kyiv Independent
Kyiv Post
Ukrainska Pravda
Novaya Gazeta
Meduza
Kommersant
Izvestia
Vedomosti
Der Spiegel|Spiegel
Die Welt
Die Zeit
Bild
Frankfurter Allgemeine Zeitung
Süddeutsche Zeitung
Le Monde
Le Figaro
La Repubblica
Corriere della Sera
El País
El Mundo
Haaretz
Hankyoreh
Nikkei Asia
Yomiuri Shimbun|Yomiuri
International Monetary Fund|IMF
World Bank
Anglo American|Anglo American plc
Health and Safety Executive|HSE
Convention on International Trade in Endangered Species of Wild Fauna and Flora|Convention on International Trade in Endangered Species|CITES
Department for Work and Pensions|Department of Work and Pensions|DWP
Save the Children|Save the Children Fund
Royal Family|British Royal Family
Food and Drug Administration|US Food and Drug Administration|FDA
Centers for Disease Control and Prevention|US Centers for Disease Control and Prevention|Centers for Disease Control|US Centers for Disease Control
Bill and Melinda Gates Foundation|Bill & Melinda Gates Foundation|Gates Foundation
World Trade Organization|World Trade Organisation|WTO
World Health Organization|World Health Organisation|WHO
OECD
OPEC
European Central Bank|ECB
Federal Reserve|Fed
Bank of England
Securities and Exchange Commission|U.S. Securities and Exchange Commission|US Securities and Exchange Commission|SEC
Bank of Japan
International Criminal Court|ICC
International Committee of the Red Cross|ICRC
International Federation of Red Cross and Red Crescent Societies|IFRC
United Nations Relief and Works Agency for Palestine Refugees in the Near East|United Nations Relief and Works Agency for Palestine Refugees|United Nations Relief and Works Agency|UNRWA
World Food Programme|World Food Program|WFP
Food and Agriculture Organization|Food and Agriculture Organisation|Food and Agriculture Organization of the United Nations|FAO
International Organization for Migration|International Organisation for Migration|IOM
United Nations Office for the Coordination of Humanitarian Affairs|UN Office for the Coordination of Humanitarian Affairs|U.N. Office for the Coordination of Humanitarian Affairs|Office for the Coordination of Humanitarian Affairs|OCHA
Doctors Without Borders|Médecins Sans Frontières|Medecins Sans Frontieres|MSF
Office of the High Commissioner for Human Rights|Office of the United Nations High Commissioner for Human Rights|UN Human Rights Office|OHCHR
Red Cross
Red Crescent
Christian Aid
Rodong Sinmun
Korean Central Television|KCTV
UNICEF|United Nations Children's Fund|UN Children's Fund|U.N. Children's Fund
United Nations High Commissioner for Refugees|Office of the United Nations High Commissioner for Refugees|UN High Commissioner for Refugees|UNHCR|UN Refugee Agency|UN refugee agency|United Nations Refugee Agency|U.N. refugee agency
Amnesty International
Human Rights Watch
Greenpeace
Interpol
Europol
Real Madrid
Atletico Madrid|Atlético Madrid
Bayern Munich
Inter Milan
Paris Saint-Germain|PSG
Red Bull
Louis Vuitton
Centers for Medicare and Medicaid Services|Centers for Medicare & Medicaid Services
Department of Housing and Urban Development|U.S. Department of Housing and Urban Development|US Department of Housing and Urban Development|HUD
London School of Hygiene and Tropical Medicine|London School of Hygiene & Tropical Medicine
United Auto Workers|United Automobile Workers|UAW
Teamsters|International Brotherhood of Teamsters
AFL-CIO
Daily Mail
Mail on Sunday
Royal Mail
All Blacks
Penguin Random House
Frontex
FIFA
UEFA
Hezbollah
Wagner Group|Wagner|PMC Wagner
Israel Defense Forces|Israel Defence Forces|Israeli Defense Forces|IDF
Hamas
Taliban
Houthis|Houthi|Ansar Allah
Greens
Social Democrats
Christian Democrats
Free Democrats
Liberal Democrats|Lib Dems
Komeito
Tories
Democrats
Republicans
Islamic State|ISIS|ISIL
al-Qaeda|al Qaeda
al-Shabaab|al-Shabab|Al Shabaab|Al-Shabab|Shabaab
Boko Haram
Hayat Tahrir al-Sham|HTS
Islamic Jihad|Palestinian Islamic Jihad
Fatah
Muslim Brotherhood
M23|March 23 Movement
Jaish-e-Mohammed|Jaish-e-Muhammad
Lashkar-e-Taiba
FARC
Mossad
Shin Bet
Rosatom
Roscosmos
Lukoil
Moody's
Fitch
Ipsos
YouGov
Gallup
Pew Research Center
Morning Consult
Pulse Asia|Pulse Asia Research
Social Weather Stations|SWS
Afrobarometer
Nielsen
Standard & Poor's|S&P
Goldman Sachs
Freddie Mac
Fannie Mae
JPMorgan
Morgan Stanley
Wells Fargo
Garda Síochána|Garda Siochana|An Garda Síochána|Gardaí
Bharti Airtel|Airtel
Reliance Jio
Citigroup
HSBC
Barclays
UBS
Deutsche Bank
BlackRock
Deloitte
KPMG
PwC|PricewaterhouseCoopers
Ernst & Young
McKinsey
Microsoft
Google
Alphabet
Nvidia
Tesla
Samsung
TSMC
Huawei
OpenAI
Gazprom
Rosneft
Lockheed Martin
Northrop Grumman
Raytheon|RTX
General Dynamics
General Motors
General Electric
Boeing
Airbus
Rheinmetall
Krauss-Maffei Wegmann|KMW
Nammo
Thales
Rostec
Uralvagonzavod
Almaz-Antey
Hanwha
Hyundai Rotem
Elbit Systems
IBM
Cisco
Saudi Aramco|Aramco
Toyota|Toyota Motor|Toyota Motors|Toyota Motor Corp|Toyota Motor Corporation
Honda
Nissan
Volkswagen|VW
BMW
Mercedes-Benz
Stellantis
Renault
Hyundai Motor|Hyundai
BYD
Sony
Panasonic
Toshiba
Hitachi
SoftBank
Alibaba
Tencent
Baidu
ByteDance
Netflix
Uber
Meta|Meta Platforms
Pfizer
Moderna
AstraZeneca
Eli Lilly|Eli Lilly and Company|Eli Lilly and Co
John Deere|Deere & Co|Deere & Company
Trader Joe's|Trader Joe’s
Novo Nordisk
GSK|GlaxoSmithKline
Roche
Merck
Bayer
AbbVie
Bristol Myers Squibb|Bristol-Myers Squibb
Gilead Sciences|Gilead
Johnson & Johnson
Novartis
Sanofi
Siemens
ExxonMobil|Exxon Mobil|Exxon
Chevron
BP
TotalEnergies
Equinor
Petrobras
Glencore
Rio Tinto
BHP
ArcelorMittal
Walmart
Disney|Walt Disney|Walt Disney Co|Walt Disney Company
Starbucks
Nike
Qualcomm
Foxconn
Lenovo
Xiaomi
Nokia
Ericsson
Vodafone
Ryanair
Lufthansa
Maersk
SpaceX|Space-X
Arianespace
`;

/** Institution words that are organisations on their own (metonyms). */
const INSTITUTIONS = ['White House', 'Kremlin', 'Pentagon', 'Blue House', 'Elysee', 'Élysée', 'Downing Street', 'Congress', 'Capitol Hill', 'Zhongnanhai', 'Knesset', 'Duma', 'State Duma', 'Bundestag', 'Politburo', 'Vatican'];

/** Last words of organisation names. */
const ORG_HEADS = set(`Chamber Agency Agencies Headquarters Committee Party Council Group Ministry Commission Office Department Institute News Administration
  Association Authority Authorities Bank Board Bureau Center Centre Company Corporation Corp Court Foundation Fund Forces Force Army Navy
  Guard Guards Images Inc Ltd LLC LLP Plc League Media Network Organization Organisation Organizations Parliament Police Post Press Service Services
  Healthcare Foods Pharmaceuticals Port
  Times Tribune Union University Academy Assembly Cabinet Congress Senate Command Directorate Front Movement Alliance Coalition Club Society
  Trust Journal Herald Daily Gazette Radio Broadcasting Channel TV Television Airlines Airways Holdings Partners Labs Systems Technologies
  Industries Motors Politburo Presidium Secretariat Embassy Consulate Watch International Institution Institutions Program Programme Initiative
  Project Council Commissariat Brigade Battalion Regiment Division Corps Fleet Staff Chiefs Ministries Conference Summit Forum Exchange Reserve
  Review Monitor Observatory Telegraph Guardian Express Mirror Standard Economist Chronicle Inquirer Wire Newswire Magazine Report Today Insider
  Tank Party's Federation Secretariat Cabinet Caucus Mission Council's Fund's Laboratory Laboratories School College Hospital Church
  United Rovers Wanderers Athletic Albion Hotspur Survey Tribunal Inspectorate Confederation Unit Brigades Battalions Cartel Syndicate Convention
  Economics Macroeconomics Consulting Consultancy Consultants Advisors Advisers Associates Analytics Securities Investments Ventures
  Strategies Solutions Logistics Research Team Panel Commodities Ilbo Shimbun Shinbun Sinmun Nippo Aerospace Dynamics Shipbuilding Armaments Munitions
  Lab Warehouse Weekly FC AFC Homes Taskforce Publishing Publishers Subcommittee Sub-Committee Guild Zoo Museum Archive Archives Associations`);

/** Heads whose name may go on with "to" and the verb of the body's aim: "Committee to Protect Journalists". */
const AIM_HEADS = set('Committee Campaign Alliance Coalition Movement Fund Foundation Commission Project Initiative Network Council Partnership Center Centre Institute Society Association League');

/** Newspapers' head words, which end a hyphenated title too ("Sun-Times"; not "United States-United"). */
const PRESS_HEADS = set('Times News Post Tribune Herald Gazette Journal Chronicle Inquirer Standard Telegraph Mirror Express Daily Mail');

/** An organisation's head word, or a hyphenated newspaper title that ends in one: "Sun-Times", "Express-News", "Post-Gazette". */
function isOrgHead(t: string): boolean {
  if (ORG_HEADS.has(t)) return true;
  const m = /^\p{Lu}[\p{L}.]*[-\u2010](\p{Lu}\p{Ll}+)$/u.exec(t);
  return m !== null && PRESS_HEADS.has(m[1]);
}

/** Heads of a place's own institutions: the place's name alone is the place, not them ("in Manchester"). */
const LOCAL_HEADS = set(`Police Court Council Council's University College School Hospital Embassy Consulate Parliament Assembly Senate
  Congress Times Post Tribune Herald Daily Gazette Journal Chronicle Inquirer Standard Telegraph Mirror Express Radio TV Television Church
  Airport Airlines Airways Exchange Cabinet Government Mission Zoo Museum Ilbo Shimbun Shinbun Sinmun Nippo`);

/**
 * Words of the names of places and things, not people: after a country's
 * possessive ("Russia's Far East", "Israel's Iron Dome", "Germany's Deutsche
 * Bahn") two capitalised words are a leader's name unless one of these is among them.
 */
const NOT_PERSON_WORDS = set(`One Two Three Four Five Note Way Avenue Boulevard Lane Thought People Area Shoal Shoals Reef Reefs Atoll Sea Seas Ocean River Gulf Bay Strait Straits Lake Lakes Mountains Mountain Peninsula Island Islands Coast Desert Camp Camps
  Valley Basin Canal Delta Plain Plains Highlands Glacier Glaciers Shelf Himalaya Himalayas Statement Yojana Region Province Oblast Territory Territories Republic Kingdom Empire State States
  East West North South Eastern Western Northern Southern Central Far Middle Upper Lower Greater Dome Shield Plan Act Law Bill Accord
  Accords Agreement Deal Treaty Doctrine Airport Port Harbour Harbor Bridge Square Street Road Highway Line Prize Cup Games Day Week
  Index Stadium Palace Tower Plant Station Railway Railways Rail Bahn Deutsche Cathedral Mosque Temple Church Museum Festival Open Monument Memorial
  Championship League Grand Prix Award Awards Programme Program Project Corridor Route Pipeline Stream Fleet Missile Missiles Rocket
  System Systems Constitution Code Budget Fund Exchange Market Markets Stock Stocks Bond Bonds Airlines Air Energy Oil Gas Power Steel
  Motor Motors Electric Electronics Telecom Mobile Digital Tech Capital Holdings Group Avenue Lane Drive Park Hall House Centre Center Circus
  Gardens Garden Arena Hotel Mall Tunnel Dam Base Camp Prison Jail Hospital College School University Academy Institute Foundation Building Buildings
  Order Orders Decree Directive Resolution Proclamation Memorandum Pradesh Bengal Nadu Data Analytics Zone Zones Year Headquarters Ground Grounds Site Sites Range Cosmodrome Spaceport Facility Complex Launchpad
  Muslim Muslims Shia Shiite Sunni Jewish Catholic Protestant Hindu Buddhist Sikh Alawite Druze Islamist Islamists Jihadist Salafist Evangelical
  Tour Tours Verdicts Examination Examinations Exam Exams Certificate Statistics Census Channel Protection Enforcement Wildfire
  District Districts County Upazila Upazilla Zila Tehsil Taluk Taluka Mandal Prefecture Municipality Township Village Governorate Emirate`);
/** States and provinces (not in the gazetteer, which holds countries and capitals) that are never given names. */
const REGION_NAMES = set(`California Texas Florida Ohio Michigan Illinois Arizona Oregon Alabama Alaska Arkansas Colorado Connecticut Delaware
  Hawaii Idaho Iowa Kansas Kentucky Louisiana Maryland Massachusetts Minnesota Mississippi Missouri Nebraska Nevada Oklahoma Pennsylvania
  Tennessee Utah Vermont Wisconsin Wyoming Ontario Quebec Manitoba Saskatchewan Queensland Tasmania Punjab Kerala Gujarat Bihar Sindh
  Balochistan Bavaria Catalonia Andalusia Lombardy Sicily Sardinia Scotland Wales England`);
/** First words of a named operation or plan, never of a person's name: "Operation Faithful Patriot". */
const NOT_PERSON_FIRST = set('Operation Exercise Project Plan Sector Mount Mt Lake Cape Fort Port');

/**
 * Cities, states and regions of general news named in two to four words: places, never people ("Officials in Los
 * Angeles said", "the state of Santa Catarina"). They are not actors of their own (the gazetteer's places are countries).
 * (Countries, capitals and names ending in Sea or State are left to the gazetteer and NOT_PERSON_WORDS.)
 */
const NOT_PERSON_PLACES = new Set(`Los Angeles|San Francisco|San Diego|San Jose|San Antonio|Santa Catarina|Santa Cruz|Santa Fe|Santa Barbara
  |Santa Rosa|Santa Clara|Santa Monica|Rio Grande|Rio Grande do Sul|Rio de Janeiro|Sao Paulo|São Paulo
  |Porto Alegre|Belo Horizonte|Las Vegas|New Orleans|New York|New York City|New Jersey|New Mexico|New Hampshire
  |New South Wales|North Carolina|South Carolina|North Dakota|South Dakota|West Virginia|Rhode Island|Cape Town
  |St Petersburg|Saint Petersburg|St. Petersburg|Ho Chi Minh City|Nizhny Novgorod|Rostov-on-Don|Baton Rouge
  |Salt Lake City|Kansas City|Oklahoma City|Quezon City|Nagorno Karabakh|Nagorno-Karabakh|Jammu and Kashmir
  |Khyber Pakhtunkhwa|Uttar Pradesh|Madhya Pradesh|Andhra Pradesh|Tamil Nadu|West Bengal|North Kivu|South Kivu
  |North Darfur|South Darfur|West Darfur|Blue Nile|White Nile|Gulf of Aden
  |El Niño|La Niña|El Nino|La Nina`.split('|').map((x) => x.trim()));

/** A lower-case Arabic particle joined to a capitalised surname: "al-Assad", "el-Sissi", "bin-Laden". */
const PARTICLE_HYPHEN = /^(?:al|el|ad|ar|as|at|an|ash|az|ud|ul|bin|ibn|abu|bint)[\u2010-]\p{Lu}\p{Ll}/u;

function particleHyphen(t: Tok): boolean {
  return !t.cap && t.t.length > 4 && PARTICLE_HYPHEN.test(t.t);
}

/** "Presidents Joe Biden and Xi Jinping", "coalition partners Itamar Ben-Gvir and ...": a title in the plural before names. */
function pluralTitle(l: string): boolean {
  return l.length > 4 && l.charCodeAt(l.length - 1) === 115 /* s */ && TITLES.has(l.slice(0, -1));
}

/** A regnal number after a name: "King Mohammed VI", "Charles III", "Pope Benedict XVI" (not "I", a pronoun). */
const REGNAL = /^(?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI|XVII|XVIII|XIX|XX)$/;

/** Names of weapons that read like personal names ("36 Shahed drones", "Iskander missiles"); no surnames (Abrams, Bradley). */
const WEAPON_NAMES = set('Shahed Shaheds Geran Lancet Kalibr Kalibrs Iskander Iskanders Kinzhal Kinzhals Zircon Tsirkon Oniks Tochka Smerch Uragan Pantsir Javelin Javelins Stinger Stingers Bayraktar Bayraktars Marder Marders Gepard Gepards Hwasong Taepodong Musudan Pukguksong Haegum Malligyong Chollima Hellfire Tomahawk Tomahawks Harpoon Neptune Fateh Shahab Sejjil Mohajer Kheibar Leopard Leopards Himars Kh Grad');

/** Bodies a leader's possessive owns without naming them: "Kishida's Cabinet", "Yoon's Office". */
const LEADERS_BODIES = set('Cabinet Office Administration Government Campaign Team');

/** Possessives that are part of an organisation's name: "People's Liberation Army", "Workers' Party". */
const OWNER_WORDS = set('People Peoples Women Men Children Workers Farmers Veterans Citizens Journalists Lawyers Writers Artists Teachers Soldiers Mothers Fathers Nation Nations Students Consumers Taxpayers Employers Seafarers Pensioners Miners Officers Alzheimer Parkinson Huntington Crohn Tourette Asperger Hodgkin');

/** A verb of saying after a quotation, in its sentence. */
const SAY_IN_WINDOW = /\b(said|says|say|added|adds|told|stated|noted|warned|stressed|continued|explained|wrote|insisted|argued|claimed|according to|declared|replied|asked|urged)\b/i;

/** Text from a quotation's end to a mention that has a verb of saying, then a participle or "to" before the mention ("the ministry said referring to"). */
function afterVerbPhrase(gap: string): boolean {
  const m = SAY_IN_WINDOW.exec(gap);
  if (!m) return false;
  return /\b(?:\w+ing|to)\b/i.test(gap.slice(m.index + m[0].length));
}

/** The end of "told", "tells", "telling" (and "the") right before a mention: the listener of a quotation. */
const TOLD_BEFORE = /\b(?:told|tells|telling)\s+(?:the\s+)?$/i;

/**
 * A surname folded over its common transliteration differences: y as i,
 * doubled letters once ("Zelenskyy", "Zelenskiy", "Zelensky" are "zelenski";
 * "Shoygu" and "Shoigu" "shoigu").
 */
function foldSurname(n: string): string {
  return n.replace(/y/g, 'i').replace(/(.)\1+/g, '$1');
}

function foldedWords(words: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) if (w.length >= 5) out.add(foldSurname(w));
  return out;
}

/** A weekday or a month after "on"/"of" is a date, not part of a name: "Croydon Magistrates' Court on Monday". */
const DAY_OR_MONTH = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** A month's abbreviation before its day: "on ABC Radio on Nov. 25", "Sept 3" */
const monthAbbreviation = (text: string, w: Tok): boolean => /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/.test(w.t) && /^\.?\s\d/.test(text.slice(w.e, w.e + 3));

/** A company's legal suffixes after its name: "Goldman Sachs Group Inc", "Apple Inc", "Samsung Electronics Co Ltd". */
/** The legal forms after a firm's name that it is also known without ("Tesla Inc" is "Tesla"; not "Stats SA"). */
const LEGAL_SUFFIXES = set('Inc Inc. Corp Corp. Co Co. Ltd Ltd. LLC LLP LP PLC Plc plc AG NV KK GmbH Limited');
const CORPORATE_SUFFIXES = set('Group Inc Corp Co Ltd LLP LP Holdings PLC Plc plc SA AG NV KK GmbH LLC Limited Corporation Company');

/** Last words of club names after a place: "Manchester City", "Derby County", "Sydney FC". */
const CLUB_SUFFIXES = set('City United Town County Rovers Wanderers Athletic Albion Hotspur FC AFC');
/** Prefixes of club names: "FC Porto", "AC Milan". */
const CLUB_PREFIXES = set('FC AC AS SC CF AFC SK FK NK BK CD SL SV VfB VfL RB');

/** Lower-case nouns that name a kind of organisation before its name: "agency KCNA", "company Wagner". */
const ORG_NOUNS = set(`agency company giant group organization organisation firm outlet newspaper broadcaster network channel website site daily
  magazine party bank union institute think-tank tank contractor manufacturer operator carrier publication portal blog tabloid station
  broadcaster wire service journal consultancy maker chipmaker carmaker automaker insurer lender retailer airline regulator watchdog
  charity miner producer supplier club team side rival app startup start-up exchange platform developer brand conglomerate publisher
  provider utility drugmaker refiner`);

/** What a body is a part of, in an appositive: ", a unit of Anglo American". */
const BODY_PART_NOUNS = set(`unit subsidiary division affiliate arm wing offshoot spinoff spin-off`);
/** Organisation nouns that say no body in an appositive: ", a rival of Jones", ", a site of ...". */
const APPOSITIVE_NOT_BODY = set(`rival site tank side`);
/** Words that end a body's appositive before its noun: ", a spokesman for the company", ", a member of the group". */
const APPOSITIVE_STOPS = set(`of for at with to in from by and or who which that whose on said says member members`);
/** What may follow the noun of a body's appositive. */
/** After an organisation's noun, "of" and people make a collective, no body: "a group of armed men". */
const PEOPLE_GROUP_AFTER = /^\s+of\s+(?:\p{Ll}+\s+)?(?:men|women|people|gunmen|protesters|students|workers|residents|soldiers|fighters|activists|migrants|youths|attackers|assailants|villagers|farmers|children)\b/u;
const ORG_APPOSITIVE_END = /^(?:[,.;:)]|\s+(?:of|for|based|that|which|in|with|owned|founded|listed|headquartered|whose|known|run|controlled|backed|said|says)\b)/;

/** Sports whose national bodies are named by the sport and the country: "Rugby Australia", "Cricket Australia". */
const SPORT_BODY_FIRST = set('Rugby Cricket Tennis Swimming Athletics Netball Hockey Cycling Golf Basketball Rowing Sailing Gymnastics Triathlon');

/** Nouns after one name-like word that make it an organisation's name: "the Anatolia news agency", "the Wagner group". */
const ONE_WORD_ORG_NOUNS = set('agency newspaper broadcaster group company firm outlet daily');

/**
 * Common given names of people in international news: a run of two or three
 * name-like words that opens with one is a person even with no cue ("Bernardo
 * Silva scored twice", "Erling Haaland, who has scored 52 goals"). Words that are
 * also places, months, common nouns or parts of other names ("May", "Jordan",
 * "Christian Aid", "Marine Corps", "Bill C-11") are left out. Chinese, Korean
 * and Vietnamese surnames, which open a name, are in.
 */
const GIVEN_NAMES = set(`Oleh Mykola Serhiy Serhii Yuriy Yurii Andrii Vasyl Taras Bohdan Halyna Iryna Tetiana Oksana Ihor Yevhen Vitaliy Valeriy Anatolii Kostiantyn
Pavlo Maksym Artem Mykhailo Hennadiy Olha Yulia Liudmyla Xi Li Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Zhu Hu Guo Lin Gao Luo Zheng Liang Xie Tang Feng Deng Cao Peng
Zeng Xiao Dong Yuan Cai Jiang Wei Ding Shen Yao Kim Lee Choi Jung Kang Cho Yoon Jang Lim Moon Shin Kwon Hwang Ahn Hong Nguyen Tran Pham
Aaron Abbas Abdullah Abigail Abiy Adam Ahmad Ahmed Aidan Aisha Ajay Alan Albert Alberto Alejandro Aleksandr Alessandro Alexander
Alexandria Alexei Alexey Alexis Alfie Ali Alice Alison Alistair Amanda Amir Amit Amy Anatoly Anders Andrea Andrei Andres
Andrew Andriy Andrzej Andrés Andy Angela Angus Anna Annalena Anthony Antoine Antonio Archie Arthur Arvind Aryna Ashley Asif
Barbara Barry Bashar Ben Benjamin Bernard Bernardo Bertie Betty Beverly Beyoncé Bezalel Bilal Billy Bjorn Björn Bobby Bola
Boris Brandon Brenda Brian Brittany Bruce Bruno Bryan Bukayo Callum Camila Carl Carlo Carlos Carol Carolyn Catherine Charles
Charlie Charlotte Cheryl Chloe Chris Christina Christine Christophe Christopher Ciaran Cillian Claire Claudia Clive Coco Colin Connor Conor
Craig Cristiano Cristina Cynthia Cyril Dafydd Dan Daniel Danielle Daniil Dave David Deborah Debra Declan Denise Dennis Denys
Derek Desmond Diana Diane Diego Dieter Dilma Dina Dmitri Dmitry Dmytro Donald Donna Doris Dorothy Douglas Duncan Dylan
Ebrahim Ed Edward Eli Elijah Elise Elizabeth Ellen Ellie Elon Emily Emma Emmanuel Enda Eoin Eric Erik Erling Ethan
Eugene Evelyn Fadi Faisal Fatima Fernando Fiona Frances Francesco Francisco Francois François Freddie Friedrich Fumio Gabriel Gabriela Gareth
Gary Gebran George Gerald Giannis Giorgia Giovanni Gita Giuseppe Gloria Gonzalo Graham Greg Gregory Gretchen Gustavo Gérald Hamad
Hamid Hamish Hamza Hannah Hans Harold Harriet Harry Haruhiko Hassan Heather Heinz Helen Henry Hillary Hiroshi Hossein Hussein
Iain Ian Ibrahim Iga Igor Ilhan Ilkay Imran Isaac Isabella Ismail Itamar Ivan Jack Jacob Jacqueline Jacques Jair
James Jamie Jane Janet Janice Jannik Jaroslaw Jarosław Jason Javad Javier Jean Jeff Jeffrey Jennifer Jens Jensen
Jeremy Jerome Jerry Jesse Jessica Jim Joan Joanna Joe John Johnny Jon Jonas Jonathan Jorge Jose Joseph Josh
Joshua Joyce Juan Jude Judith Judy Julia Julian Julie Julien Jurgen Justin Jürgen Kamala Karen Karim Karl Kate
Katherine Kathleen Kathryn Kathy Kazuo Keir Keith Kelly Kemi Ken Kenneth Kenny Kevin Khalid Kieran Kimberly Kofi Kristalina
Kristi Kyle Kylian Kyriakos Kyrylo Lael Lando Larry Lars Laura Lauren Lawrence Layla LeBron Leila Leo Lewis Liam
Linda Lionel Lisa Liz Logan Louis Louise Luca Lucy Luis Luiz Luka Magdalena Magnus Maher Mahmoud Malcolm Mamata
Manuel Marco Marcus Margaret Maria Mariano Marie Marilyn Mario Marjorie Markus Martha Mary Maryam Masato Masoud Mateo Mateusz
Matt Matteo Matthew Maxim Megan Mehdi Melissa Mette Michael Michel Michelle Micheál Miguel Mike Mikel Mikhail Mohamed
Mohammad Mohammed Muhammad Muhammadu Mustafa Mykhailo Nabil Nadia Naftali Najib Nancy Naomi Narendra Nasser Natalie Nathan Nawaz Neil
Nelson Neymar Niall Nicholas Nick Nicolas Nicole Nigel Nikki Nikola Nikolai Nils Nirmala Noah Novak Ola Olaf Oleg
Oleksandr Oleksiy Olena Oliver Olivia Olivier Omar Oscar Owen Pamela Paolo Patricia Patrick Paul Pedro Pep Pete Peter
Petro Petteri Phil Philip Pierre Priti Rachel Rafael Rafik Rahul Ralph Rami Ramzan Randy Rania Rebecca Recep Rhys
Ricardo Richard Rick Rishi Rob Robert Rodrigo Roger Ron Ronald Rory Ross Roy Ruslan Russell Rustem Ruth Ryan
Saad Salman Sam Samantha Samir Samuel Sandra Sanjay Sanna Sara Sarah Satya Scott Sean Sebastien Serena Sergei Sergey
Sergio Sharon Shehbaz Sheryl Shigeru Shinzo Shirley Silvio Sophia Sophie Stefan Stephanie Stephen Steve Steven Stuart Suella
Sundar Susan Sven Sébastien Tamim Tariq Taro Ted Teresa Terry Thabo Theo Theresa Thibaut Thierry Thomas Tim Timothy
Tom Toni Tony Trent Trevor Tulsi Tyler Uhuru Ulf Ursula Valentina Valerii Valery Viktor Vincent Virgil Vitali Vitaly
Vladimir Volodymyr Wael Walid Walter Warren Wayne William Willie Wolfgang Xabi Ximena Yahya Yair Yasmin Yevgeniy Yevgeny Yoav
Yoshihide Yousef Youssef Yoweri Yuki Yulia Yuri Zachary Zainab Ziad`);

/** Words of photo credits that name no one: "(Vladimir Smirnov/Pool/AFP)", "(Handout/Reuters)". */
/** Plural nouns that end the names of groups: "the White Helmets said", "the Proud Boys", "the Grey Wolves". */
const GROUP_PLURALS = set('Helmets Boys Panthers Wolves Guards Brothers Rangers Marines Scouts Angels Tigers Fighters Hawks Knights Warriors Volunteers Brigades Battalions Rebels Militias Mothers Defenders Partisans');
/** Lower-case nouns after a name that make it a place or a site: "Israel's Kerem Shalom crossing", "Russia's Vostochny cosmodrome". */
const PLACE_NOUNS_AFTER = set('crossing border airport airbase port harbour harbor base camp plant facility site region province district city town village road highway bridge dam field mine refinery reactor complex area zone strip corridor prison cosmodrome shipyard island peninsula river valley front line');
/** Roles in a firm, after its name and before an officer's ("Amazon founder Jeff Bezos", "Cisco CEO Chuck Robbins"); not a politician's aide ("Putin spokesman"). */
const CORPORATE_ROLES = set('founder co-founder cofounder chairman chairwoman ceo cfo coo cto chief-executive owner');
/** Social networks and messaging apps: never a person, whatever comes before ("its official Twitter account"). */
const PLATFORMS = set('Twitter Facebook Instagram Telegram TikTok WhatsApp Weibo WeChat Snapchat LinkedIn Reddit YouTube Signal Threads Bluesky VKontakte');
/**
 * Common words that are also surnames, taken as one after a common given name ("John Key", "John Major") or a title ("Mr Key").
 * Not north or west: "the North said" is North Korea's, whoever else the article names.
 */
const SURNAME_WORDS = set('key major long short low good small pope king bishop');
const CREDIT_WORDS = set('Pool Handout File Courtesy Via Photo Photos Image Images Video Staff Stringer Supplied');

/** Weapons and systems named by an acronym before them: "NASAMS systems", "SLM launchers". */
const WEAPON_NOUNS = set(`system systems missile missiles launcher launchers rocket rockets drone drones tank tanks jet jets aircraft fighter
  fighters helicopter helicopters vehicle vehicles rifle rifles gun guns howitzer howitzers shell shells round rounds munition munitions battery
  batteries radar radars interceptor interceptors warhead warheads complex complexes unit units`);

/** Words between such an acronym and its weapon noun: "SLM air defense systems". */
const WEAPON_MODIFIERS = set(`air missile defense defence anti-aircraft anti-tank anti-ship surface-to-air air-defense air-defence long-range
  short-range medium-range ballistic cruise combat attack main battle armored armoured mobile self-propelled multiple launch rocket artillery`);

/** Places whose names are also given names: "Jordan Bardella", "Israel Katz", "Sofia Coppola". */
const FIRST_NAME_PLACES = set('Jordan Georgia Israel Kenya India Paris Sofia Santiago Victoria America Jamaica Chad Sydney Austin Lincoln Florence Chelsea Adelaide');

/** Titles that go before a name (capitalised or not). */
const TITLES = set(`frenchman frenchwoman englishman englishwoman scotsman scotswoman irishman irishwoman welshman welshwoman dutchman dutchwoman spaniard
  president vice-president president-elect governor-elect mayor-elect commander-in-chief administrator supervisor datuk dato premier taoiseach tánaiste tanaiste treasurer comptroller auditor-general controller-general prefect advocate
  cllr cllr. pm dpm baroness baron viscount duchess countess marquess
  comedian actor actress singer rapper musician coach striker goalkeeper midfielder defender winger garda chancellor minister secretary secretary-general chairman chairwoman chairperson chair
  general gen gen. lt lt. col col. maj maj. capt capt. adm adm. sgt sgt. brig brig. cmdr cmdr. commander admiral marshal colonel lieutenant
  commodore vice-admiral rear-admiral air-marshal lieutenant-general lieutenant-colonel major-general brigadier-general brig-gen maj-gen lt-gen lt-col warden
  det det. insp insp. supt supt. dci dsi dcs pc detective inspector ssp dsp igp
  acp dsp asp csp igp aig dpo dcp sho collector statistician cs honorable honourable
  major captain sergeant mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sen sen. senator rep rep. representative gov gov. governor
  mayor sheriff constable ambassador envoy pope king queen prince princess emperor empress sheikh emir crown sultan ayatollah cardinal bishop archbishop rev rev.
  reverend father judge justice speaker director commissioner chief lord lady sir dame leader spokesman spokeswoman spokesperson
  congressman congresswoman councilman councilwoman councilmen councilmember councilmembers alderman skipper lawmaker deputy councillor councilor attorney prosecutor ceo chief-executive founder chancellor premier
  sister brother wife husband son daughter father mother uncle aunt cousin niece nephew widow grandson granddaughter grandfather
  official officials aide adviser advisor analyst researcher scholar expert economist journalist correspondent reporter editor
  columnist commentator author writer photographer coordinator negotiator diplomat dictator strongman counterpart successor predecessor
  candidate nominee activist defector businessman businesswoman billionaire tycoon executive manager head boss officer soldier
  colleague member lawyer barrister solicitor hostage prisoner detainee suspect victim rapper singer actor actress star coach player
  left-back right-back full-back fullback centre-back center-back centre-half
  striker captain fellow director-general vice-chairman vice-chair undersecretary under-secretary secretary-general pundit host anchor
  co-founder cofounder midfielder defender goalkeeper winger footballer wrestler boxer athlete cyclist sprinter swimmer golfer jockey
  referee trader banker investor entrepreneur vendor farmer pilot doctor nurse teacher student resident policymaker strategist
  survivor volunteer rescuer firefighter paramedic medic villager refugee seismologist scientist geologist meteorologist epidemiologist forecaster
  economist chairperson inspector constable superintendent magistrate partner witness eyewitness bystander neighbour neighbor
  defendant co-defendant plaintiff convict inmate
  quarterback linebacker cornerback pitcher shortstop outfielder infielder reliever baseman rookie teammate left-hander right-hander
  flanker fly-half scrum-half batsman bowler paceman all-rounder wicketkeeper wicket-keeper skier gymnast champion`);

/**
 * Players' positions that are other words too ("Coast Guard", "Pew Research Center", "a forward base"): titles only in
 * lower case right before a name ("Utah Jazz forward Lauri Markkanen", "Red Bull driver Max Verstappen").
 */
const LOWER_TITLES_BEFORE_NAME = set('forward guard centre center receiver catcher driver rider racer batter spinner tailback halfback running-back');
/** A word of LOWER_TITLES_BEFORE_NAME, in lower case. */
const lowerTitle = (t: Tok): boolean => !t.cap && LOWER_TITLES_BEFORE_NAME.has(t.l);

/** Players' positions (titles too): the name before one is a team's, after it the player's ("Utah Jazz forward Lauri Markkanen"). */
const PLAYER_POSITIONS = new Set([
  ...LOWER_TITLES_BEFORE_NAME,
  ...set(`striker goalkeeper midfielder defender winger quarterback linebacker cornerback pitcher shortstop outfielder infielder reliever baseman
  flanker fly-half scrum-half batsman bowler paceman all-rounder wicketkeeper wicket-keeper left-back right-back full-back fullback centre-back
  center-back centre-half rookie`),
]);

/** Offices that end a title before a name, after a portfolio: "Cybersecurity Minister", "Relief Coordinator". */
const OFFICE_TITLES = set(`minister secretary officer coordinator controller commissioner director spokesman spokeswoman spokesperson governor mayor
  chief commander inspector superintendent administrator chairman chairwoman chairperson president ambassador envoy registrar`);

/** Forms of address: they cue a name but state no role. */
const HONORIFICS = set('mr mr. mrs mrs. ms ms. miss mx mx. sir dame honorable honourable');
/**
 * Malaysian and Bruneian honorifics before a name ("Tan Sri Pandikar Amin Mulia", "Datuk Seri Najib Razak",
 * "Tun Dr Mahathir Mohamad"): forms of address, no role and no part of the name ("Tan" and "Sri" only together).
 */
const MALAY_HONORIFICS = set("tun tan sri seri datuk dato dato' dato’ datin puan toh");
/** The last word of a law's name: a body's head before it names no body ("Division of Revenue Bill"). */
const LEGISLATION_WORDS = set('Bill Act Law Amendment Ordinance Decree Code Treaty Accord Accords Regulation Regulations Directive Charter');
/** Words that stand for a country, in the possessive before one of its bodies: "the Kingdom’s Ministry of Energy". */
const COUNTRY_STANDINS = set('Kingdom Republic Emirate Emirates Sultanate Country Nation State Federation Union Commonwealth');
/** Capitalised words at a sentence's start that are no modifier of the title after them ("The spokesman ..."). */
const CAP_DETERMINERS = set('The A An This That These Those His Her Its Their Our My Your');
/** Royal styles before a name, left out of the role after an office ("Energy Minister Prince ..."). */
const ROYAL_STYLES = set('prince princess sheikh sheikha emir');
const OFFICE_BEFORE_STYLE = set('minister secretary governor ambassador envoy chairman president commander director mayor adviser advisor');
/**
 * An apposition whose head is a place: ", an ethnically mixed town of ...", ", a village in ..." (no preposition before
 * the head; not an office of a place: ", the state governor", ", the town's mayor").
 */
const PLACE_APPOSITION = /^,\s+(?:a|an|the)\s+(?:(?!(?:of|from|in|at|near|with|for|to|by|on)\s)[\p{L}-]+\s+){0,4}(?:town|city|village|hamlet|district|region|province|county|suburb|neighbourhood|neighborhood|settlement|enclave|state|island)(?=\s*[,.;:)]|\s+(?:of|in|near|on|at|by|where|which|that|with|north|south|east|west|about|some|just|located|and|close)\b)/u;

/**
 * Bodies whose name opens the names of the bodies they hold: "the United Nations Development Programme", "the Afghan
 * Red Crescent Society" (unlike "the White House National Security Council", two bodies, or "Goldman Sachs Group").
 */
const UMBRELLA_BODIES = new Set(['United Nations', 'European Union', 'African Union', 'Red Crescent', 'Red Cross', 'Arab League']);

/** People a place's name may describe: "the 32-year-old California man", "a Kano resident". */
const PEOPLE_AFTER_PLACE = set('man woman boy girl men women boys girls resident residents native natives teen teenager student mother father couple family farmer driver');

/** What a name that ends in them measures, no body: "Energy Availability Factor (EAF)", "Consumer Price Index (CPI)". */
const MEASURE_WORDS = set('Factor Index Rate Ratio Score Indicator Indicators Measure Benchmark Coefficient Quotient Product');

/** Words before a channel that make it water: "the northern boundary of the Santa Barbara Channel", "crossed the ... Channel". */
const WATER_CONTEXT = /\b(?:waters?|coast|coastline|sea|strait|boundary|crossing|crossed|cross|sailed|sailing|swam|swim|ferry|shipping|vessels?|boats?)\b[^.;]*$/i;

/** The heads of football clubs' names: "Newcastle United", "Manchester City". */
const CLUB_HEADS = new Set(['United', 'City', 'Rovers', 'Wanderers', 'Athletic', 'Albion', 'Hotspur', 'FC', 'Villa', 'Rangers', 'Celtic', 'County', 'Town']);

/** A title word before a name; a capitalised "Star" is a film's ("“Star Wars”"), the star of films is written "star". */
function titleWord(t: Tok): boolean {
  return TITLES.has(t.l) && t.t !== 'Star';
}

/** Military ranks, left out after an office written in lower case: "RSF commander Gen Mohamed Dagalo" is "RSF commander". */
const RANKS_AFTER_OFFICE = set('gen gen. general commodore col col. colonel capt capt. captain maj maj. major lt lt. lieutenant brig brig. brigadier adm adm. admiral sgt sgt. sergeant marshal');
/** Words in "-ly" that open a role ("early-career", "deputy" is no -ly word): a role after a name may start with them. */
const LY_ROLE_WORDS = set('only family early elderly');
/** Irregular past tenses that open a clause after a name and its comma. */
const PAST_VERBS = set('led made said took went gave told sent held left met ran saw came began fled hit put set won ordered');
/** Last words of a byline that signs for a newsroom, not a person ("By Sports Desk", "By News Team"). */
const NEWSROOM_WORDS = set('Desk Team Staff Newsroom Bureau');
/** Academic titles: a role when alone ("Prof Tom Sanders"), left out after another ("Lead author Dr Mingyang Song"). */
const ACADEMIC = set('dr dr. prof prof. professor');

/** Title words that only go before a name as part of a title ("Foreign Minister", "Prime Minister"). */
const TITLE_MODIFIERS = set(`world olympic prime foreign defense defence interior finance trade deputy vice first supreme acting former late state permanent
  national security press chief senior top assistant associate executive managing general attorney health education energy justice
  economy economic industry labour labor transport environment culture agriculture home treasury army navy air military party
  special high grand crown commanding lieutenant major rear brigadier de-facto de facto presidential regional provincial federal pro tem tempore
  opposition ruling pro-government unification intelligence police fire information communications science technology
  affairs relations development commerce tourism housing veterans homeland immigration resources fisheries planning welfare
  infrastructure restoration reintegration reconstruction digital area country programme program operations business forest forests poll seri elections emergency cybercrime management class
  transportation house senate majority minority republican democratic conservative liberal ch ch. chf lead district county municipal city election electoral
  outgoing incoming interim disaster weather rescue relief humanitarian traffic border customs tax aid board council cabinet committee local agency
  junta
  financial operating investment marketing medical scientific legal commercial digital product creative compliance risk shadow`);

/** Words that cannot end a department's name: "the Ministry of Defence and International partners". */
const DEPARTMENT_ADJECTIVES = set('international strategic human foreign national natural rural social economic public federal regional');

/** Words of a department's name after "and": "Health and Human Services", "Foreign Affairs and Trade". */
const DEPARTMENT_WORDS = new Set([
  ...TITLE_MODIFIERS,
  ...'international studies sciences relations arts letters policy strategic economics statistics social land'.split(' '),
  ...'human services food rural affairs development technology science sport sports football rugby cricket media telecom telecoms electronics culture research innovation industry energy environment climate fisheries forestry agriculture tourism trade commerce justice security cooperation co-operation communities equality youth families welfare water natural heritage'.split(' '),
  // portfolios: "Commissioner for Internal Market Thierry Breton"
  ...'fire protection emergency emergencies wildlife parks veterans homeland infrastructure restoration reintegration reconstruction housing finance interior defence defense planning resources mines mining petroleum oil gas power electricity telecommunications communications information broadcasting aviation shipping railways roads works'.split(' '),
  ...'internal market markets competition transport education health labour labor employment budget neighbourhood neighborhood enlargement migration home digital cohesion economy values transparency'.split(' '),
  // ("Minister for Climate Change Sherry Rehman", "UN human rights chief", "Ministry of Health and Family Welfare")
  'change',
  'rights',
  'family',
]);

/** Verbs of saying and reporting (forms after or before a speaker). */
const SAY_VERBS = set(`said says say told tells added adds stated states noted notes warned warns stressed stresses explained explains
  announced announces continued continues insisted insists claimed claims argued argues wrote writes tweeted tweets posted posts asked
  asks replied replies responded responds urged urges declared declares confirmed confirms denied denies criticized criticised criticizes
  criticises accused accuses charged charges commented comments remarked remarks reported reports revealed reveals acknowledged admitted
  emphasized emphasised underlined highlighted suggested suggests believes believed thinks thought predicted predicts vowed vows pledged
  pledges promised promises threatened threatens condemned condemns blamed blames praised praises welcomed welcomes called calls expressed
  expresses estimated estimates alleged alleges observed observes recalled recalls concluded concludes agreed agrees disagreed
  told, spoke speaks writes cautioned cautions signalled signaled indicated indicates announced disclosed disclosed maintained maintains
  countered counters retorted quipped boasted lamented complained complains mentioned mentions affirmed reaffirmed reiterated reiterates
  telling saying adding noting warning stressing explaining insisting claiming arguing writing according`);

/** Words that are never names when they start a sentence (and often not elsewhere). */
/** Words of position that open names of places and bodies ("Greater Manchester", "Central Bank"). */
const POSITION = 'north south east west northern southern eastern western central far middle upper lower greater';
const POSITION_WORDS = set(POSITION);
/** Adjectives that open the names of bodies: "National Security Council said", "Federal Reserve". */
const NAME_ADJECTIVES = set('national federal supreme central royal international united joint general special independent islamic democratic republican socialist communist popular revolutionary civil state');

const COMMON = set(`a an the this that these those there here it its it's he she they we you i his her their our your my me him them us fahrenheit celsius centigrade take consider imagine remember olympics paralympics
  and or but nor so yet for of in on at to from by with without within into onto upon over under above below after before during since
  until while when where why how what which who whom whose whether if unless although though because as than then thus hence also
  still already even just only however meanwhile moreover furthermore nevertheless nonetheless instead besides despite otherwise
  indeed perhaps maybe certainly clearly importantly notably finally first second third firstly secondly lastly later earlier today
  yesterday tomorrow tonight now recently currently last next previous early late meanwhile again once twice some any many much
  more most few several all both each every either neither no not none nothing something everything anything someone everyone
  anyone nobody such other another same own about around against among amid between beyond through throughout toward towards
  across along alongside near off out up down per via unlike like including regarding concerning following according despite
  analysts officials experts critics observers sources residents witnesses diplomats lawmakers authorities reports report people
  senior junior former new old big small great good bad high low long short major minor key top main full total general special
  local national international global regional foreign domestic military political economic social public private official
  breaking latest update updated live watch video photo photos image images read more click subscribe share follow related
  advertisement sponsored recommended popular trending comments comment reply leave sign log back home menu search contact
  news categories category tags tag posted published written edited filed copyright source sources credit
  january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun
  immediate stop stand vows blasts slams warns threatens says denies supports urges calls backs plans seeks
  ${POSITION}
  is are was were be been being has have had do does did will would shall should can could may might must
  yes no ok okay well oh please thanks thank dear
  war peace army forces troops weapons arms missile missiles nuclear treaty deal pact agreement summit talks
  state states government governments administration regime republic kingdom empire federation union party file rival rivals`);

/**
 * The two-letter codes of US states (and DC) that are no organisation alone: "Lexington, KY", "CA wildfires
 * destroy homes". Left out: PA (the Press Association), SC (India's Supreme Court), VA (Veterans Affairs),
 * UT (the University of Texas), which name bodies in the news.
 */
const US_STATE_CODES = 'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR RI SD TN TX VT WA WV WI WY DC';

/** Acronyms that are not organisations. */
const ACRONYM_STOP = set(`STR AM PM GMT UTC EST EDT PST PDT CET CEST KST BST ET PT TV OK ID FAQ RSS PDF URL HTML CEO CFO COO CTO MP MPs
  LD ATTN ADDS AMENDS RECASTS UPDATES CORRECTS REFILE REFILED WRAPUP URGENT
  ICBM ICBMs SLBM SLBMs IRBM SRBM UAV UAVs WMD WMDs POW POWs AI VIP DMZ GDP GNP USD EUR KRW RUB JPY CNY GBP COVID AIDS HIV DNA RNA
  VND INR IDR THB MYR SGD HKD TWD NTD NT AUD NZD CAD CHF SEK NOK DKK PLN HUF CZK ZAR NGN KES GHS EGP AED QAR BRL MXN ARS CLP UAH BDT PKR LKR RMB
  HIMARS ATACMS NB PS RIP LOL FYI ASAP DIY DC LA NYC BC AD UK US USA EU UN II III IV VI VII VIII IX XI XII XX XXI ISBN MW GW KW KM MM CM KG LBS
  MPH KPH NEWS POPULAR LATEST BREAKING UPDATE VIDEO PHOTO WATCH READ MORE LIVE OPINION EXCLUSIVE ANALYSIS EDITORIAL FILE KC QC MEP CAPTION CAPTIONS
  EEZ GMO LNG LPG IPO ETF VAT STORY USS HMS HMCS HMAS INS
  SIGN UP LOGIN LOGOUT SUBSCRIBE REGISTER MENU SHARE TWEET EMAIL PRINT SEARCH CLOSE NEXT PREV PREVIOUS BACK TOP
  WORLD BUSINESS SPORT SPORTS POLITICS HEALTH SCIENCE TECH ENTERTAINMENT LIFESTYLE GPS JST IST MSK EET AEST HKT SGT
  BRP CIWS LRAD EV EVs NGO NGOs HMMWV HMMWVs MLRS GMLRS TOW MANPADS NASAMS THAAD JDAM JDAMs AMRAAM HARM APC APCs IFV IFVs MRAP MRAPs SAM SAMs
  MD PHD AJK KP GB NSW NCR QLD SEE ALSO EAST WEST NORTH SOUTH MIDDLE MAN BCE
  CPI PPI WPI PMI FDI FY LEO UAS ADIZ CO2 CO₂ NO2 NO₂ SO2 SO₂ CH4 CH₄ N2O N₂O PM10 HOMEPAGE HTTPS HTTP USB WW1 WW2 WWI WWII
  ATM ATMs SUV SUVs LCD LED OLED DRAM DDR4 DDR5 SSD SSDs CPU GPU GPUs FY23 FY24 FY25 FY26 Q1 Q2 Q3 Q4 H1 H2 YoY QoQ
  TEU TEUs FEU BPD KBPD MBPD MMT MTPA BCM TCF MMBTU MWH GWH KWH TWH
  SMS MMS SIM SIMs PIN PINs OTP CCTV MRI VPN VPNs COVID19 MAX GCSE GCSEs KCSE KCPE IELTS TOEFL GMAT SATs
  MLA MLAs MPP MPPs MNA MNAs MHA MLC MLCs MACE T1D T2D COPD CKD
  TB MDR XDR SARS MERS HPV STI STIs STD STDs NCD NCDs ICU ICUs OPD ARV ARVs PPE ${US_STATE_CODES}`);

/** Common words written in capitals that are no acronyms (words of COMMON are checked too, but not WHO or IT). */
const CAPS_WORDS = new Set(
  `${'two three four five six seven eight nine ten one feeds name names town city mine mines caption correction update updated warning alert breaking exclusive'} ${[...'the and for with from that this what when where said says into over under after before more most only also just'.split(' ')].join(' ')}`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.toUpperCase()),
);

/** Offices written after the place they serve: "California Gov. Gavin Newsom", "Minneapolis Mayor Jacob Frey". */
// (and after a body: "Rada Speaker Ruslan Stefanchuk", "Knesset Speaker Amir Ohana")
const OFFICES_AFTER_PLACE = set('gov gov. governor mayor senator sen sen. rep rep. representative sheriff premier president congressman congresswoman assemblyman assemblywoman speaker chairman chairwoman');

/** A capitalised word glued after another by a scraper: a sentence's first word, a weekday, a month. */
const GLUED_TAILS = set(`It Its The This That These Those He She They We His Her Their Our But And So Monday Tuesday Wednesday Thursday Friday
  Saturday Sunday January February March April June July August September October November December`);

/** Two words that only say what kind of body the name before them is: "TASS News Agency". */
const GENERIC_TAILS = new Set(['News Agency', 'Press Agency', 'Information Agency', 'News Service']);

/** Nouns before a ship's name: "the carrier Ronald Reagan" names no person. */
const SHIP_NOUNS = set('carrier carriers destroyer frigate submarine cruiser warship ship vessel tanker freighter corvette icebreaker');

/** Words before a storm's name: "Hurricane Ian" names no person. */
const STORM_WORDS = set('Hurricane Typhoon Cyclone Storm');

/** Places named "New ...": a sentence that opens with "New York Times" or "New Jersey Governor" keeps its "New". */
const NEW_PLACES = set('york jersey orleans hampshire mexico brunswick caledonia haven england britain');

/** Letters after a name before its verb: "Simon Kendrick KC told". */
const POSTNOMINALS = set('KC QC MP MEP Jr Jr. Sr Sr. PhD OBE MBE CBE');

/** Nouns after which "of X" names a person (kin and relations), not a place or body ("the mayor of Kfar Sir"). */
const RELATION_NOUNS = set(`sister brother wife husband son daughter father mother uncle aunt cousin niece nephew widow grandson granddaughter
  grandfather grandmother friend colleague successor predecessor counterpart ally rival aide`);

/** Number words that may open a sentence before a name's modifier. */
const NUMBER_WORD_RE = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|some|dozens|hundreds|thousands)$/;

/** Trades before "major" that make it a big firm: "oil major Shell", "defence major Dassault Aviation", "IT major Infosys". */
const SECTOR_WORDS = set('oil energy gas power defence defense aerospace arms tech technology it software internet telecom telecoms auto automobile automotive car steel mining metals cement pharma pharmaceutical drug fmcg consumer retail retailer banking insurance engineering infrastructure construction realty property chemicals chemical food beverage tobacco media entertainment e-commerce shipping logistics airline aviation agribusiness commodities fashion luxury');

/** Lower-case words after a place that make it a modifier of a body or an office: "Dahej Marine police station". */
const PLACE_BODY_WORDS = set('police station district county municipality municipal village town city camp hospital council court prison airport port division state province provincial');

/** Plural endings of common nouns that no surname has: "Colleges", "Allowances", "Services", "Departments". */
const COMMON_PLURAL_END = /\p{Ll}(?:ances|ences|ments|tions|sions|ities|eges|ools|ories|ships|ices)$/u;
/** Singular endings of common nouns that no surname has: "Transformation", "Partnership" (not "-sion", "-ness": "Sossion", "Holness"). */
const COMMON_SINGULAR_END = /\p{Ll}(?:tion|ship)$/u;

/** A byline line: "By A and B", "Reporting by A, B and C; Editing by D". */
const BYLINE_LINE = /^\s*\(?\s*(?:by|reporting by|additional reporting by|writing by|written by|editing by|edited by|compiled by|words by|story by|authored by|submitted by|contributed by)\s+\p{Lu}|;\s*(?:editing|writing|additional reporting|reporting) by\s/iu;
const BYLINE_MARKERS = set('by reporting additional writing written editing edited compiled words story authored submitted contributed');
/**
 * A dateline: "LONDON/DUBAI, Nov 27 (Reuters) -", "LILONGWE, Malawi (AP) —", or with no comma,
 * AP's "NEW YORK (AP) —", or with no credit, "CHICAGO — ", "STAVKY, Ukraine — ", "PATNA, India—A", "GLENDALE, Ariz.— Two": the words before the comma, the
 * credit or the dash are places.
 */
const DATELINE_LINE = /^\s*\p{Lu}[\p{Lu}\s.'\/-]*(?:,[^\n]{0,60}?\)|\s\([^()\n]{1,40}\)|\p{Lu}{2}(?:,[^\n()–—-]{1,40}?)?\s+(?=(?:[–—-]|--)\s)|\p{Lu}{2},\s\p{Lu}\p{Ll}+\.?(?:\s\p{Lu}\p{Ll}+\.?)?(?=[–—]\s*\p{Lu}|-\s+\p{Lu}))\s*(?:-|–|—|:)/u;

const ABBREVIATIONS = set(`Gen Lt Col Maj Capt Adm Sgt Brig Cmdr Mr Mrs Ms Dr Prof Sen Rep Gov Rev St Jr Sr Gov`);

/** Name particles that may sit inside a personal name. */
const PARTICLES = set(`de da di del della der den van von bin ibn al el la le du do dos das`);

/** Lines that are page furniture, not prose. */
const FURNITURE_LINE = /^\s*(categories|category|tags?|filed under|share|related|recommended|read more|advertisement|sponsored|subscribe|sign up|follow us|copyright|©|all rights reserved|leave a reply|you may also like|most popular|latest news|back to top|posted in)\b/i;
const DATE_LINE = /\b(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d{2}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4})\b/i;
/** The words after "Video:" are a headline, not a credit: five words or more, no slash, no "by". */
function videoHeadline(rest: string): boolean {
  return !/[/]|\bby\b/i.test(rest) && rest.trim().split(/\s+/).length >= 5;
}

const CREDIT_LINE = /^\s*(?:\(?\s*)(photo|image|picture|pictured|credit|photograph|source|file photo|video)s?\s*(?:by|:|credit:)\s*/i;

/** The key of a mention's target (a symbol: not an enumerable field of the mention, not in its JSON). */
const TARGET = Symbol('target');

interface Target {
  kind: ActorKind;
  key: string;
  name: string;
  registryId?: string;
  via: string;
  /** The form's first word starts upper-case. */
  upper: boolean;
  /** The form is an acronym: the text must be upper-case too. */
  acronym: boolean;
  /** Lower number wins when two targets share a form. */
  rank: number;
}

/** Copies of targets found another way, one per target and way (mentions keep them: see Mention). */
const viaCopies = new WeakMap<Target, Map<string, Target>>();

/** A copy of a target found another way (a literal, not a spread: V8 gives each spread copy a hidden class of its own); shared, never changed. */
function withVia(t: Target, via: string): Target {
  let copies = viaCopies.get(t);
  if (copies === undefined) viaCopies.set(t, (copies = new Map()));
  let c = copies.get(via);
  if (c === undefined) copies.set(via, (c = { kind: t.kind, key: t.key, name: t.name, registryId: t.registryId, via, upper: t.upper, acronym: t.acronym, rank: t.rank }));
  return c;
}

/**
 * A mention as kept in an analysis: its span, its text when it is not the name, and the
 * target it was found as (shared by every mention of that actor found the same way,
 * registry targets across the corpus), which answers kind, key, name, via and registry id.
 * Three or four fields instead of eight or nine: mentions are most of what an article's
 * actors keep.
 */
/** What a mention and an actor answer from the target they were found as. */
abstract class OfTarget {
  abstract readonly [TARGET]: Target;
  get key(): string {
    return this[TARGET].key;
  }
  get name(): string {
    return this[TARGET].name;
  }
  get kind(): ActorKind {
    return this[TARGET].kind;
  }
  get registryId(): string | undefined {
    return this[TARGET].registryId || undefined;
  }
}

class Mention extends OfTarget implements ActorMention {
  readonly start: number;
  readonly end: number;
  readonly [TARGET]: Target;
  constructor(start: number, end: number, target: Target) {
    super();
    this.start = start;
    this.end = end;
    this[TARGET] = target;
  }
  /** Written as the target's name (most registry mentions): no field of its own. */
  get text(): string {
    return this[TARGET].name;
  }
  get via(): string {
    return this[TARGET].via;
  }
  get full(): number | undefined {
    return undefined;
  }
}

/** A mention written otherwise than its target's name. */
class SpelledMention extends Mention {
  readonly #text: string;
  constructor(start: number, end: number, text: string, target: Target) {
    super(start, end, target);
    this.#text = text;
  }
  override get text(): string {
    return this.#text;
  }
}

/** A short form, with the index of the full mention it resolves to. */
class ShortMention extends SpelledMention {
  readonly #full: number;
  constructor(start: number, end: number, text: string, target: Target, full: number) {
    super(start, end, text, target);
    this.#full = full;
  }
  override get full(): number {
    return this.#full;
  }
}

/** A quotation attributed to an actor as an analysis keeps it: its inner span as two numbers (a span made when asked), one object. */
class AttributedQuote implements QuoteAttribution {
  readonly start: number;
  readonly end: number;
  readonly #innerStart: number;
  readonly #innerEnd: number;
  readonly key: string;
  readonly mention: number;
  constructor(start: number, end: number, innerStart: number, innerEnd: number, key: string, mention: number) {
    this.start = start;
    this.end = end;
    this.#innerStart = innerStart;
    this.#innerEnd = innerEnd;
    this.key = key;
    this.mention = mention;
  }
  get inner(): Span {
    return { start: this.#innerStart, end: this.#innerEnd };
  }
  /** As plain data. */
  toJSON(): QuoteAttribution {
    return { start: this.start, end: this.end, inner: this.inner, key: this.key, mention: this.mention };
  }
}

const NO_VARIANTS: VariantProposal[] = [];

/** Six numbers a role (start, end, its key and text in `refs`, its mention, before 0 or after 1) and a quote (start, end, inner start and end, its key in `refs`, its mention). */
const ROLE_STRIDE = 6;
const QUOTE_STRIDE = 6;

/** Five numbers a mention: start, end, its target and its text in `refs` (text -1: the target's name), the full mention (-1: none). */
const MENTION_STRIDE = 5;

/**
 * The actors of an article as an analysis keeps them: its mentions as numbers
 * (mentions are most of what an article's actors keep: 368,000 at 10k
 * articles, an object each took 48 to 64 bytes and a list slot), with the
 * targets and spellings they point to kept once per article; a mention object
 * made when asked.
 */
class KeptActors implements DocumentActors {
  /** The mentions (MENTION_STRIDE numbers each), then the roles and the quotes (ROLE_STRIDE and QUOTE_STRIDE). */
  #packed: Int32Array;
  readonly #mentionCount: number;
  readonly #roleCount: number;
  /** Targets, spellings, keys and role texts the mentions, roles and quotes point to, each once. */
  readonly #refs: readonly (Target | string)[];
  readonly variants: VariantProposal[];
  constructor(mentions: readonly Mention[], roles: readonly RoleStatement[], quotes: readonly QuoteAttribution[], variants: VariantProposal[]) {
    const packed = new Int32Array(mentions.length * MENTION_STRIDE + roles.length * ROLE_STRIDE + quotes.length * QUOTE_STRIDE);
    const refs: (Target | string)[] = [];
    const slots = new Map<Target | string, number>();
    const slot = (x: Target | string): number => {
      let k = slots.get(x);
      if (k === undefined) {
        slots.set(x, (k = refs.length));
        refs.push(x);
      }
      return k;
    };
    for (let i = 0, o = 0; i < mentions.length; i++, o += MENTION_STRIDE) {
      const m = mentions[i];
      const t = m[TARGET];
      const text = m.text;
      const full = m.full;
      packed[o] = m.start;
      packed[o + 1] = m.end;
      packed[o + 2] = slot(t);
      packed[o + 3] = text === t.name && full === undefined ? -1 : slot(text);
      packed[o + 4] = full === undefined ? -1 : full;
    }
    let o = mentions.length * MENTION_STRIDE;
    for (const r of roles) {
      packed[o] = r.start;
      packed[o + 1] = r.end;
      packed[o + 2] = slot(r.key);
      packed[o + 3] = slot(r.text);
      packed[o + 4] = r.mention;
      packed[o + 5] = r.place === 'before' ? 0 : 1;
      o += ROLE_STRIDE;
    }
    for (const q of quotes) {
      const inner = q.inner;
      packed[o] = q.start;
      packed[o + 1] = q.end;
      packed[o + 2] = inner.start;
      packed[o + 3] = inner.end;
      packed[o + 4] = slot(q.key);
      packed[o + 5] = q.mention;
      o += QUOTE_STRIDE;
    }
    this.#packed = packed;
    this.#mentionCount = mentions.length;
    this.#roleCount = roles.length;
    this.#refs = refs.slice();
    // most articles have none: one shared empty list (never written to), and exact size otherwise (push leaves room)
    this.variants = variants.length ? variants.slice() : NO_VARIANTS;
  }
  get mentionCount(): number {
    return this.#mentionCount;
  }
  get ints(): Int32Array {
    return this.#packed;
  }
  moveInts(to: Int32Array): void {
    this.#packed = to;
  }
  /** The roles stated in the article, made on each read (read once per use). */
  get roles(): RoleStatement[] {
    const p = this.#packed;
    const refs = this.#refs;
    const out = new Array<RoleStatement>(this.#roleCount);
    for (let i = 0, o = this.#mentionCount * MENTION_STRIDE; i < out.length; i++, o += ROLE_STRIDE) {
      out[i] = { start: p[o], end: p[o + 1], key: refs[p[o + 2]] as string, text: refs[p[o + 3]] as string, mention: p[o + 4], place: p[o + 5] === 0 ? 'before' : 'after' };
    }
    return out;
  }
  /** The quotations attributed to actors, made on each read (read once per use). */
  get quotes(): QuoteAttribution[] {
    const p = this.#packed;
    const refs = this.#refs;
    const from = this.#mentionCount * MENTION_STRIDE + this.#roleCount * ROLE_STRIDE;
    const out = new Array<QuoteAttribution>((p.length - from) / QUOTE_STRIDE);
    for (let i = 0, o = from; i < out.length; i++, o += QUOTE_STRIDE) out[i] = new AttributedQuote(p[o], p[o + 1], p[o + 2], p[o + 3], refs[p[o + 4]] as string, p[o + 5]);
    return out;
  }
  mention(i: number): ActorMention | undefined {
    const p = this.#packed;
    const o = i * MENTION_STRIDE;
    if (!(i >= 0 && i < this.#mentionCount)) return undefined;
    const t = this.#refs[p[o + 2]] as Target;
    if (p[o + 3] < 0) return new Mention(p[o], p[o + 1], t);
    const text = this.#refs[p[o + 3]] as string;
    return p[o + 4] < 0 ? new SpelledMention(p[o], p[o + 1], text, t) : new ShortMention(p[o], p[o + 1], text, t, p[o + 4]);
  }
  get mentions(): ActorMention[] {
    const n = this.mentionCount;
    const out = new Array<Mention>(n);
    for (let i = 0; i < n; i++) out[i] = this.mention(i) as Mention;
    return out;
  }
  /** Worked out from the mentions (an object and a spelling list per actor and article were 7 MB at 10k articles, read by few). */
  get actors(): DocumentActor[] {
    return summarize(this.mentions as Mention[]);
  }
  mentionsIn(start: number, end: number): ActorMention[] {
    const p = this.#packed;
    const n = this.mentionCount;
    const lo = partitionPoint(n, (i) => p[i * MENTION_STRIDE] < start);
    const out: ActorMention[] = [];
    for (let i = lo; i < n && p[i * MENTION_STRIDE] < end; i++) out.push(this.mention(i)!);
    return out;
  }
  mentionsOfKey(key: string): number[] {
    const p = this.#packed;
    const refs = this.#refs;
    const out: number[] = [];
    for (let i = 0, o = 2; i < this.#mentionCount; i++, o += MENTION_STRIDE) if ((refs[p[o]] as Target).key === key) out.push(i);
    return out;
  }
  mentionCountOfKey(key: string): number {
    const p = this.#packed;
    const refs = this.#refs;
    let n = 0;
    for (let i = 0, o = 2; i < this.#mentionCount; i++, o += MENTION_STRIDE) if ((refs[p[o]] as Target).key === key) n++;
    return n;
  }
  /** As plain data (the mentions made). */
  toJSON(): Record<string, unknown> {
    return { mentions: this.mentions, actors: this.actors, roles: this.roles, quotes: this.quotes, variants: this.variants };
  }
}

/** The numbers an article's actors keep (see shareInts), or undefined for actors not made by findActors. */
export function packedActors(a: DocumentActors): PackedInts | undefined {
  return a instanceof KeptActors ? a : undefined;
}

/** The actors of an article without any (a shared value, never written to). */
export const EMPTY_ACTORS: DocumentActors = new KeptActors([], [], [], []);

interface Gazetteer {
  /** normalised form -> target (places, international organisations, institutions). */
  forms: Map<string, Target>;
  /** normalised demonym (1-2 words) -> country name. */
  demonyms: Map<string, string>;
}

function isAcronymForm(s: string): boolean {
  return /^[A-Z0-9.&-]+$/.test(s.replace(/\s/g, '')) && /[A-Z].*[A-Z]|^[A-Z]$/.test(s);
}

/** Whether a word is a nationality's adjective the gazetteer knows ("Ukrainian", "Polish", "Korean"). */
export function isDemonym(word: string): boolean {
  return gazetteer().demonyms.has(normalizeName(word));
}

let gazetteerCache: Gazetteer | undefined;
function gazetteer(): Gazetteer {
  if (gazetteerCache) return gazetteerCache;
  const forms = new Map<string, Target>();
  const demonyms = new Map<string, string>();
  const add = (form: string, t: Omit<Target, 'upper' | 'acronym'>) => {
    const n = normalizeName(form);
    if (!n) return;
    const known = forms.get(n);
    if (known) {
      // the same form in lower case too: "south Korea", as Pyongyang's statements write it
      if (known.key === t.key && /^\p{Ll}/u.test(form)) forms.set(n, { ...known, upper: false });
      // and an acronym written as a word too: "Nato", as British papers write NATO
      else if (known.key === t.key && known.acronym && !isAcronymForm(form)) forms.set(n, { ...known, acronym: false });
      return;
    }
    forms.set(n, { ...t, upper: /^\p{Lu}/u.test(form), acronym: isAcronymForm(form) });
  };
  for (const line of COUNTRIES.trim().split('\n')) {
    const parts = line.split('|').filter(Boolean);
    const name = parts[0];
    const dem: string[] = [];
    const als: string[] = [];
    for (const p of parts) {
      // Demonyms end in -an/-ese/-ish/-i/-ic/-ch/-ss/-k/-ai/-ino/-ean (adjectives) or -nder/-nger ("New Zealander", "Hong Konger"); everything else names the place.
      if (p !== name && !CAPITALS_LIKE_DEMONYMS.has(p) && /(an|ese|ish|ch|ss|ic|ai|ino|ean|ean|ine|ian|ani|eni|iti|qi|li|ri|wi|di|eli|ati|iote|nder|nger|Thai|Greek|Czech|Slovak|Lao|Kazakh|Uzbek|Dutch|Swiss|Irish|Saudi|Somali|Afghan|Burkinabe)$/.test(p) && /^[A-Z][a-z]+( [A-Z][a-z]+)?$/.test(p) && !/ City$/.test(p)) dem.push(p);
      else als.push(p);
    }
    for (const a of als) add(a, { kind: 'place', key: `place:${normalizeName(name)}`, name, via: 'gazetteer', rank: 2 });
    for (const d of dem) demonyms.set(normalizeName(d), name);
  }
  for (const line of INTERNATIONAL_ORGS.trim().split('\n')) {
    const parts = line.split('|');
    for (const p of parts) add(p, { kind: 'organization', key: `norm:${normalizeName(parts[0])}`, name: parts[0], via: 'gazetteer', rank: 2 });
  }
  for (const line of KNOWN_ORGS.trim().split('\n')) {
    const parts = line.split('|');
    for (const p of parts) add(p, { kind: 'organization', key: `norm:${normalizeName(parts[0])}`, name: parts[0], via: 'gazetteer', rank: 2 });
  }
  for (const i of INSTITUTIONS) add(i, { kind: 'organization', key: `norm:${normalizeName(i)}`, name: i, via: 'gazetteer', rank: 2 });
  gazetteerCache = { forms, demonyms };
  return gazetteerCache;
}

// Fix-ups for country lines whose places end like demonyms (handled above by the
// demonym pattern): "Georgia", "Jordan" etc. are places because they are the first field,
// and these capitals are places by name.
const CAPITALS_LIKE_DEMONYMS = new Set(['Tehran', 'Amman', 'Yerevan', 'Tripoli', 'Abidjan', 'Kigali', 'Dili']);

// ---------------------------------------------------------------------------
// Tokens

interface Tok {
  s: number;
  /** End of the word, before a possessive 's or plural possessive '. */
  e: number;
  t: string;
  /** normalizeName(t) */
  n: string;
  /** lower-case text */
  l: string;
  cap: boolean;
  caps: boolean;
  /** Counts in its line's statistics (startsWord). */
  word: boolean;
  /** Followed by 's or ’s (or a plural possessive apostrophe). */
  poss: boolean;
  /** End including the possessive marker. */
  pe: number;
  /** First word of a sentence (or line, or quotation). */
  initial: boolean;
  line: number;
  /** A capitalised word hyphenated to a lower-case tail: "Jong-un", "Putin-linked". */
  hyTail: boolean;
  /** The word's spelling-level facts (shared by all tokens of that spelling). */
  w: WordInfo;
}

/**
 * Words: `(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['\u2019\u2010-][\p{L}\p{N}]+)*` ("U.S.", "Jong-un",
 * "Kim's"), scanned by hand with an ASCII fast path (the regular expression was a
 * tenth of the analysis). `nextWord` sets these two to the next word's span.
 */
let wordStart = 0;
let wordEnd = 0;
/** hashRange(text, wordStart, wordEnd), worked out while scanning. */
let wordHash = 0;

/** 1: letter or number, 2: upper-case letter too, 0: neither; for BMP code units, filled lazily (255 unknown). */
const LN_CLASS = new Uint8Array(0x10000).fill(255);
for (let c = 0; c < 128; c++) LN_CLASS[c] = c >= 65 && c <= 90 ? 2 : (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? 1 : 0;
const LN_RE = /^[\p{L}\p{N}]$/u;
const LU_RE = /^\p{Lu}$/u;

function classOfCodePoint(cp: number): number {
  if (cp < 0x10000) {
    let k = LN_CLASS[cp];
    if (k === 255) {
      const ch = String.fromCharCode(cp);
      k = LU_RE.test(ch) ? 2 : LN_RE.test(ch) ? 1 : 0;
      LN_CLASS[cp] = k;
    }
    return k;
  }
  const ch = String.fromCodePoint(cp);
  return LU_RE.test(ch) ? 2 : LN_RE.test(ch) ? 1 : 0;
}

/** The class of the code point at `i` (0 past the end) and its width in code units. */
let cpWidth = 1;
function classAt(text: string, i: number): number {
  cpWidth = 1;
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return LN_CLASS[c];
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      cpWidth = 2;
      return classOfCodePoint((c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000);
    }
  }
  return classOfCodePoint(c);
}

function nextWord(text: string, from: number): boolean {
  let i = from;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    let k: number;
    if (c < 128) {
      k = LN_CLASS[c];
      if (k === 0) {
        i++;
        continue;
      }
    } else {
      k = classAt(text, i);
      if (k === 0) {
        i += cpWidth;
        continue;
      }
    }
    wordStart = i;
    // "U.S.": two or more capitals each followed by a dot.
    if (k === 2) {
      let j = i;
      let reps = 0;
      for (;;) {
        if (classAt(text, j) === 2 && text.charCodeAt(j + cpWidth) === 46) {
          j += cpWidth + 1;
          reps++;
        } else break;
      }
      if (reps >= 2) {
        wordEnd = j;
        wordHash = hashRange(text, i, j);
        return true;
      }
    }
    // letters and numbers, joined by apostrophes and hyphens; hashed on the way (see rawWord)
    let j = i;
    let h = 0;
    for (;;) {
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d < 128) {
          if (LN_CLASS[d] === 0) break;
          h = (Math.imul(h, 31) + d) | 0;
          j++;
        } else {
          if (classAt(text, j) === 0) break;
          h = (Math.imul(h, 31) + d) | 0;
          if (cpWidth === 2) h = (Math.imul(h, 31) + text.charCodeAt(j + 1)) | 0;
          j += cpWidth;
        }
      }
      const d = text.charCodeAt(j);
      if ((d === 39 || d === 0x2019 || d === 0x2010 || d === 45) && classAt(text, j + 1) !== 0) {
        h = (Math.imul(h, 31) + d) | 0;
        j++;
        continue;
      }
      break;
    }
    wordEnd = j;
    wordHash = h;
    return true;
  }
  return false;
}

/** The hash rawWord uses: 31-polynomial over the UTF-16 code units of text[s, e). */
function hashRange(text: string, s: number, e: number): number {
  let h = 0;
  for (let i = s; i < e; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

interface LineInfo {
  start: number;
  end: number;
  title: boolean;
  caps: boolean;
  furniture: boolean;
  date: boolean;
  credit: boolean;
  /** On a credit line, where the credit starts (after a caption's last sentence). */
  creditFrom: number;
  byline: boolean;
  /** End of a dateline's place words (the first comma), or -1. */
  dateline: number;
  blank: boolean;
  /** -1 until asked, then whether the line holds "photo", "image", "picture" or "video" in any case. */
  media: number;
}

function lineInfos(text: string): LineInfo[] {
  const out: LineInfo[] = [];
  // Lines end at \r\n, \r or \n (the last one at the end of the text, possibly empty); each
  // line's patterns are tried only when its first characters can start them, and the line is
  // sliced out only then (most lines are prose that no pattern fits).
  const onlyLf = text.indexOf('\r') < 0;
  let start = 0;
  for (;;) {
    let end: number;
    let term = 1;
    if (onlyLf) {
      end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length;
        term = 0;
      }
    } else {
      end = start;
      while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
      if (end >= text.length) term = 0;
      else if (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10) term = 2;
    }
    const len = end - start;
    const short = len < 120;
    // the first character that is not white space (`\s`), and the one after an opening parenthesis and spaces
    let f = start;
    while (f < end && isSpaceCode(text.charCodeAt(f))) f++;
    const c0 = f < end ? text.charCodeAt(f) | 32 : -1;
    let p = f;
    if (text.charCodeAt(p) === 40 /* ( */ && p < end) {
      p++;
      while (p < end && isSpaceCode(text.charCodeAt(p))) p++;
    }
    const c1 = p < end ? text.charCodeAt(p) | 32 : -1;
    // (the line's text, sliced when a pattern is tried)
    let s: string | undefined;
    // (FURNITURE_LINE and CREDIT_LINE are case-insensitive without /u: only ASCII letters match their words)
    const furniture = short && f < end && (firstIn(FURNITURE_FIRST, c0) || text.charCodeAt(f) === 0xa9) && FURNITURE_LINE.test((s ??= text.slice(start, end)));
    // (not a video's headline: "VIDEO: China Coast Guard Blast Philippine Military Resupply with Water Cannons")
    const creditM = len < 400 && p < end && firstIn(CREDIT_FIRST, c1) ? CREDIT_LINE.exec((s ??= text.slice(start, end))) : null;
    const credit = creditM !== null && !(creditM[1].toLowerCase() === 'video' && videoHeadline(s!.slice(creditM[0].length)));
    // (BYLINE_LINE is /iu: "ſ" folds to "s"; its second form needs a semicolon)
    // (or Reuters' closing "(Reporting by A; Editing by B)")
    const bylineMay = len < 250 && f < end && (firstIn(BYLINE_FIRST, c0) || text.charCodeAt(f) === 0x17f || text.charCodeAt(f) === 40 || hasCode(text, start, end, 59));
    const L: LineInfo = {
      start,
      end,
      blank: !hasLetterOrNumber(text, start, end),
      caps: false,
      title: false,
      furniture,
      // (every form of a date holds a digit)
      date: short && hasDigitIn(text, start, end) && DATE_LINE.test((s ??= text.slice(start, end))),
      // (a credit line is under 400 characters; the pattern is tried once)
      credit,
      creditFrom: start,
      byline: bylineMay && !endsWithDot(text, start, end) && BYLINE_LINE.test((s ??= text.slice(start, end))),
      // (a dateline starts with a capital, then capitals, spaces and . ' / - up to a comma or its credit)
      dateline: len > 0 && f < end && datelineHead(text, f, end) && (DATELINE_LINE.test((s ??= text.slice(start, end))) || colonDateline(s) || STATE_DATELINE.test(s) || MONTH_DATELINE.test(s) || DASH_DATELINE.test(s)) ? start + s.search(/[,(:\u2013\u2014]|\s-\s|--/) : len > 0 && f < end ? bareMonthDateline(text, f, end) : -1,
      media: -1,
    };
    out.push(L);
    if (L.credit) {
      // "Photo: Rescuers search a house. Rami Khoury/AFP": the caption is prose, the credit follows it
      const cap = /^.*[.!?]\s+(?=\S)/.exec((s ??= text.slice(start, end)));
      if (cap) L.creditFrom = start + cap[0].length;
    }
    if (term === 0) break;
    start = end + term;
  }
  return out;
}

/** First letters (lower-cased) of FURNITURE_LINE's words ("©" apart), of CREDIT_LINE's and of BYLINE_LINE's first form, as code tables. */
const FURNITURE_FIRST = codeTable('ctfsraylmbp');
const CREDIT_FIRST = codeTable('picsfv');
const BYLINE_FIRST = codeTable('brawecs');

function codeTable(chars: string): Uint8Array {
  const t = new Uint8Array(128);
  for (let i = 0; i < chars.length; i++) t[chars.charCodeAt(i)] = 1;
  return t;
}

/** Whether the (lower-cased) code `c` is in an ASCII table. */
function firstIn(table: Uint8Array, c: number): boolean {
  return c >= 0 && c < 128 && table[c] === 1;
}

/**
 * What DATELINE_LINE needs first (`\p{Lu}[\p{Lu}\s.'\/-]*` from the line's first non-space
 * character at `f`, then a comma or a parenthesis): a capital, then capitals, spaces and
 * . ' / - only. Prose lines fail at their second letter.
 */
/**
 * "CHENNAI: In a big boost ...", "LAHORE: ...": a place in capitals and a colon, as South Asian papers open a story
 * (five letters or more, and no organisation the gazetteer knows: "UNICEF: One in three ..." is a headline), or with
 * its country after a comma: "WAD MADANI, Sudan: At least 15 ...".
 */
const COLON_DATELINE = /^\s*\*?(\p{Lu}{3,}(?: \p{Lu}{3,}){0,2})(?:, (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?))?\s*:\s*\*?\s*\p{Lu}/u;
function colonDateline(line: string): boolean {
  const m = COLON_DATELINE.exec(line);
  if (!m) return false;
  // (a short word only when it is a known place: "ADEN:", not "NATO:")
  const known = gazetteer().forms.get(normalizeName(m[1]));
  // (the country after the comma a place the gazetteer knows)
  if (m[2] !== undefined && gazetteer().forms.get(normalizeName(m[2]))?.kind !== 'place') return false;
  return known?.kind !== 'organization' && !ACRONYM_STOP.has(m[1]) && (m[1].length >= 5 || known?.kind === 'place');
}

/** "FELTON, CA The winds spread ...": a dateline of a place in capitals and a state's code, its dash lost by a scraper. */
const STATE_DATELINE = new RegExp(`^\\s*\\p{Lu}[\\p{Lu}\\s.'-]*\\p{Lu}, (?:${US_STATE_CODES.replace(/ /g, '|')})\\s+\\p{Lu}`, 'u');
/** "MONTREAL, April 6 Global airline traffic grew ...": a place in capitals, a comma and the date, its dash lost. */
/** A wire's dateline glued to its story by two hyphens: "ZURICH--Swiss pharmaceuticals giant Novartis AG said". */
const DASH_DATELINE = /^\s*\p{Lu}{3,}(?: \p{Lu}{3,}){0,2}--\p{Lu}/u;
const MONTH_DATELINE = /^\s*\p{Lu}[\p{Lu}\s.'-]*\p{Lu}, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\s+\p{Lu}/u;

/** "LOS ANGELES Feb 13 Clogged ports ...": a place in capitals, then the date, with no comma, credit or dash. */
const BARE_MONTH_DATELINE = /^\p{Lu}{2,}(?: \p{Lu}{2,}){0,2}(?= (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\s+\p{Lu})/u;

/** The end of the place words of such a dateline, or -1 (tried only on lines that open with two capitals). */
function bareMonthDateline(text: string, f: number, end: number): number {
  if (!isUpperAscii(text.charCodeAt(f)) || !isUpperAscii(text.charCodeAt(f + 1))) return -1;
  const head = text.slice(f, Math.min(end, f + 60));
  const m = BARE_MONTH_DATELINE.exec(head);
  if (m) return f + m[0].length;
  // (or a known place in capitals, then the story's first word: "WASHINGTON The National Highway Traffic Safety Administration warned")
  const p = BARE_PLACE_DATELINE.exec(head);
  if (!p) return -1;
  const title = p[0].toLowerCase().replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
  return gazetteer().forms.get(normalizeName(p[0]))?.kind === 'place' || NOT_PERSON_PLACES.has(title) || REGION_NAMES.has(title) ? f + p[0].length : -1;
}
/** A place in capitals, then "The", "A" or "An" and a capitalised word. */
const BARE_PLACE_DATELINE = /^\p{Lu}{3,}(?: \p{Lu}{3,}){0,2}(?= (?:The|A|An) \p{Lu})/u;

function datelineHead(text: string, f: number, end: number): boolean {
  if (classAt(text, f) !== 2) return false;
  let k = f + cpWidth;
  while (k < end) {
    const c = text.charCodeAt(k);
    if (c === 44 || c === 40 || c === 58 || ((c === 0x2013 || c === 0x2014) && isSpaceCode(text.charCodeAt(k - 1)))) return true;
    // (or a hyphen set off by spaces: "TORONTO - Authorities in ..."; or two glued: "ZURICH--Swiss ...")
    if (c === 45 && ((isSpaceCode(text.charCodeAt(k - 1)) && isSpaceCode(text.charCodeAt(k + 1))) || text.charCodeAt(k + 1) === 45)) return true;
    if (c < 128) {
      if ((c >= 65 && c <= 90) || c === 46 || c === 39 || c === 47 || c === 45 || isSpaceCode(c)) {
        k++;
        continue;
      }
      return false;
    }
    if (isSpaceCode(c)) {
      k++;
      continue;
    }
    if (classAt(text, k) !== 2) return false;
    k += cpWidth;
  }
  return false;
}

/** Whether text[from, to) holds the code unit `c`. */
function hasCode(text: string, from: number, to: number, c: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === c) return true;
  return false;
}

/** `/[\p{L}\p{N}]/u` over text[from, to). */
function hasLetterOrNumber(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; ) {
    if (classAt(text, i) !== 0) return true;
    i += cpWidth;
  }
  return false;
}

/** Whether text[from, to) holds an ASCII digit. */
function hasDigitIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** `/\.\s*$/` over text[from, to). */
function endsWithDot(text: string, from: number, to: number): boolean {
  let e = to;
  while (e > from && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return e > from && text.charCodeAt(e - 1) === 46;
}

function tokenize(text: string, lines: LineInfo[]): Tok[] {
  const toks: Tok[] = [];
  tokUsed = 0;
  let line = 0;
  // Per line: all capitals, Title Case (every word over three letters capitalised), date lines are short.
  // (counted per run of tokens on one line as they come: tokens are in line order)
  let stLine = -1;
  let words = 0;
  let caps = 0;
  let long = 0;
  let capLong = 0;
  let upper = 0;
  const flush = () => {
    if (stLine < 0 || words === 0) return;
    const L = lines[stLine];
    L.caps = upper === words && text.slice(L.start, L.end).replace(/[^\p{L}]/gu, '').length >= 2;
    // a long line that ends with a full stop is a sentence, however many names it holds
    // ("Saudi Crown Prince Mohammed bin Salman met U.S. Secretary of State Antony Blinken in Riyadh on Tuesday.")
    L.title = words >= 4 && capLong === long && capLong >= 2 && caps >= words * 0.6 && !(words >= 8 && endsWithDot(text, L.start, L.end));
    if (words > 8) L.date = false;
  };
  const add = (tk: Tok) => {
    toks.push(tk);
    if (tk.cap) {
      // Sentence-initial words: preceded by nothing but quotes/brackets/dashes since a line start or . ! ? :
      let i = tk.s - 1;
      let dash = false;
      while (i >= 0 && openingChar(text.charCodeAt(i))) {
        const c = text.charCodeAt(i--);
        if (c === 45 || c === 0x2013 || c === 0x2014) dash = true;
      }
      // (or a dateline's dash: "(Reuters) - The", "CHICAGO — The")
      // (or after a dateline with its country: "MANILA, Philippines – The")
      // (or right after a dateline's place with no comma or dash: "WASHINGTON The National ...")
      const dl = lines[tk.line]?.dateline ?? -1;
      tk.initial = i < 0 || sentenceBreakChar(text.charCodeAt(i)) || (dash && (text.charCodeAt(i) === 41 || (i > 0 && isUpperAscii(text.charCodeAt(i)) && isUpperAscii(text.charCodeAt(i - 1))) || (dl >= 0 && i - lines[tk.line].start < 60))) || (dl >= 0 && i + 1 === dl && text.charCodeAt(dl) === 32);
    }
    if (!tk.word) return;
    if (tk.line !== stLine) {
      flush();
      stLine = tk.line;
      words = caps = long = capLong = upper = 0;
    }
    words++;
    if (tk.cap) caps++;
    if (tk.t.length > 3) {
      long++;
      if (tk.cap) capLong++;
    }
    if (tk.caps) upper++;
  };
  for (let at = 0; nextWord(text, at); at = wordEnd) {
    const s = wordStart;
    const raw = rawWord(text, wordStart, wordEnd, wordHash);
    let w = raw;
    while (line + 1 < lines.length && lines[line + 1].start <= s) line++;
    let poss = false;
    let pe = wordEnd;
    // "M.K. Stalin": initials written together before a name are initials, one token each, as in "M. K. Stalin"
    if (raw.caps && raw.t.length >= 4 && raw.t.charCodeAt(1) === 46 && initialsBeforeName(text, raw, wordEnd)) {
      for (let j = 0; j < raw.t.length; j += 2) {
        const iw = wordInfo(raw.t[j]);
        const dw = iw.dot ?? (iw.dot = wordInfo(raw.t[j] + '.'));
        add(mk(dw, s + j, s + j + 2, false, s + j + 2, line));
      }
      continue;
    }
    // "Agriculture Commissioner PK Singh", "Odisha, PK Jena said": capitals written together before a surname, after a
    // title or a comma, are initials (one token each, as "P. K. Singh" would be)
    if (raw.caps && (raw.t.length === 2 || raw.t.length === 3) && !raw.dotted && gluedInitials(text, toks, raw, s, wordEnd, line)) {
      for (let j = 0; j < raw.t.length; j++) {
        const iw = wordInfo(raw.t[j]);
        const dw = iw.dot ?? (iw.dot = wordInfo(raw.t[j] + '.'));
        add(mk(dw, s + j, s + j + 1, false, s + j + 1, line));
      }
      continue;
    }
    // "K J Alphons": single capitals without dots before a name are initials too (two or three of them)
    // (its span stays the letter: no dot is written)
    let undotted = false;
    if (raw.t.length === 1 && raw.dotted && (spacedInitials(text, s) || middleInitial(text, s))) {
      w = raw.dot ?? (raw.dot = wordInfo(raw.t + '.'));
      undotted = true;
    }
    if (raw.possS === 1) {
      // "Kim's", "Kim’s"
      w = raw.strip ?? (raw.strip = wordInfo(raw.t.slice(0, -2)));
      poss = true;
    } else if (raw.possS === 2) {
      // plural possessive: "Workers' Party"
      const after = text.charCodeAt(wordEnd);
      if ((after === 39 || after === 0x2019) && !isLetterAt(text, wordEnd + 1)) {
        poss = true;
        pe = wordEnd + 1;
      }
    }
    // An initial or an abbreviation keeps its dot: "N. Korea", "Gen.", "J. Smith".
    let e = s + (undotted ? raw.t.length : w.t.length);
    if (!poss && w.dotted && text.charCodeAt(e) === 46) {
      e++;
      w = w.dot ?? (w.dot = wordInfo(w.t + '.'));
      pe = e;
    }
    // "Russia-North Korea": capitalised parts joined by hyphens are separate words.
    // (not before an organisation's head word: "the NATO-Ukraine Council", "the EU-China Summit" are one name)
    if (w.hy === 1 && !w.caps && !orgHeadAfter(text, e)) {
      const parts = hyphenParts(w);
      if (parts !== null) {
        for (let j = 0; j < parts.length; j += 2) {
          const ps = s + (parts[j] as number);
          const pw = parts[j + 1] as WordInfo;
          const last = j === parts.length - 2;
          add(mk(pw, ps, ps + pw.t.length, last && poss, last && poss ? pe : ps + pw.t.length, line));
        }
        continue;
      }
    }
    // "a Department of Homeland Security-led initiative": the last word of a name before "-led", "-backed" is the name's
    if (w.hy === 2 && !poss) {
      const cut = w.t.search(/[\u2010-]/);
      const prev = toks[toks.length - 1] as Tok | undefined;
      // (or before a name, whatever comes before: "Following the attack, Houthi-run Al-Masirah TV reported")
      const nameAfter = text.charCodeAt(e) === 32 && /\p{Lu}/u.test(text.charAt(e + 1));
      // (or a name's connector after a capital: "the University of Memphis-based team")
      const prev2 = toks[toks.length - 2] as Tok | undefined;
      const connected = prev !== undefined && prev2 !== undefined && (prev.l === 'of' || prev.l === 'for') && prev2.cap && prev2.word && !prev2.poss && prev2.line === line && prev.line === line && s - prev.pe === 1 && prev.s - prev2.pe === 1;
      if (cut > 1 && NAME_PARTICIPLE_TAILS.test(w.t.slice(cut + 1)) && (nameAfter || connected || (prev !== undefined && prev.cap && prev.word && !prev.poss && prev.line === line && s - prev.pe === 1 && text.charCodeAt(prev.pe) === 32))) {
        const head = wordInfo(w.t.slice(0, cut));
        if (head.cap) {
          add(mk(head, s, s + cut, false, s + cut, line));
          continue;
        }
      }
    }
    // "Newly-formed National Assembly will ...": an adverb and its participle, capitalised only to open the sentence
    // (and where a person was schooled or born: "Harvard-educated Pita Limjaroenrat", "US-born Jane Doe")
    if (w.hy === 2 && (/^\p{Lu}\p{Ll}+ly[\u2010-]\p{Ll}+(?:ed|en|ing)$/u.test(w.t) || /[\u2010-](?:educated|born|trained|raised|bred)$/.test(w.t))) w = wordInfo(w.t.toLowerCase());
    // ("OK’d", "OKs": a verb, not a capitalised word of a name: "the Bureau of Ocean Energy Management OK’d the plan")
    if (w.t.charCodeAt(0) === 79 && w.t.charCodeAt(1) === 75 && /^OK(?:['’]d|['’]?ed|s|ing)$/.test(w.t)) w = wordInfo(w.t.toLowerCase());
    const tok = mk(w, s, e, poss, pe, line);
    tok.hyTail = w.hy === 2;
    add(tok);
  }
  flush();
  return toks;
}

/** What a name leads or owns, after its hyphen: "Homeland Security-led", "Saudi Arabia-backed". */
const NAME_PARTICIPLE_TAILS = /^(?:led|backed|run|owned|funded|sponsored|brokered|controlled|dominated|linked|allied|aligned|affiliated|supported|organised|organized|based|made)$/;

/**
 * Whether two or three capitals ("PK", not a known form nor an acronym of things) stand after a title word or a comma
 * and before one capitalised word of lower-case letters that ends a name and is no title, head or portfolio: a name's
 * initials ("Agriculture Commissioner PK Singh", "The Chief Secretary of Odisha, PK Jena said").
 */
function gluedInitials(text: string, toks: Tok[], w: WordInfo, s: number, end: number, line: number): boolean {
  if (!/^[A-Z]{2,3}$/.test(w.t) || text.charCodeAt(end) !== 32 || !isUpperAscii(text.charCodeAt(end + 1))) return false;
  let e = end + 2;
  while (e < text.length && text.charCodeAt(e) >= 97 && text.charCodeAt(e) <= 122) e++;
  // (the surname ends the name: a lower-case word or a stop after it, not "&" or another capital)
  if (e - end < 4 || !(e >= text.length || /^(?: \p{Ll}|[,.;:)]|['’]s\b)/u.test(text.slice(e, e + 3))) || OWNER_WORDS.has(text.slice(end + 1, e))) return false;
  const next = text.slice(end + 1, e).toLowerCase();
  // (nor a region's: "NHS England said", "NHS Scotland")
  if (TITLES.has(next) || TITLE_MODIFIERS.has(next) || DEPARTMENT_WORDS.has(next) || ORG_HEADS.has(text.slice(end + 1, e)) || REGION_NAMES.has(text.slice(end + 1, e)) || ACRONYM_STOP.has(w.t) || TITLES.has(w.t.toLowerCase())) return false;
  const prev = toks[toks.length - 1];
  const after = prev && prev.line === line ? text.slice(prev.pe, s) : '';
  // (or a comma and a closing quotation mark: "... will bring in heat," SC Bhan, the head of the weather office, told AFP)
  const cue = !!prev && prev.line === line && ((after === ' ' && (TITLES.has(prev.l) || lowerTitle(prev))) || /^,\s$/.test(after) || /^,["”]\s$/.test(after));
  if (!cue) return false;
  const g = gazetteer();
  // (nor before a known name: "Last week, JRC Reuters spokesman")
  const sw = wordInfo(text.slice(end + 1, e));
  return !g.forms.has(w.n) && !g.demonyms.has(w.n) && !g.forms.has(sw.n) && !g.demonyms.has(sw.n);
}

/**
 * Whether run-together initials ("M.K.", "K.P.", not a known form such as "U.S." or "U.N.") stand
 * before a capitalised word of lower-case letters after one space: a name's initials.
 */
function initialsBeforeName(text: string, w: WordInfo, end: number): boolean {
  if (w.t.length > 6 || !/^(?:[A-Z]\.)+$/.test(w.t) || text.charCodeAt(end) !== 32 || !isUpperAscii(text.charCodeAt(end + 1))) return false;
  const c = text.charCodeAt(end + 2);
  if (!(c >= 97 && c <= 122)) return false;
  // (not before a portfolio, a title or a body: "N.W.T. Environment Minister", "U.K. Parliament")
  let e = end + 2;
  while (e < text.length && isLetterAt(text, e)) e++;
  const next = text.slice(end + 1, e);
  if (DEPARTMENT_WORDS.has(next.toLowerCase()) || TITLES.has(next.toLowerCase()) || ORG_HEADS.has(next)) return false;
  const g = gazetteer();
  return !g.forms.has(w.n) && !g.demonyms.has(w.n);
}

/**
 * Whether the capital at `s` is one of two or three single capitals, each after one space, that stand
 * before a capitalised word of lower-case letters ("K J Alphons", "P V Sindhu").
 */
function spacedInitials(text: string, s: number): boolean {
  let a = s;
  while (a >= 2 && text.charCodeAt(a - 1) === 32 && isUpperAscii(text.charCodeAt(a - 2)) && (a === 2 || !isLetterAt(text, a - 3) && text.charCodeAt(a - 3) !== 46)) a -= 2;
  let e = s + 1;
  while (text.charCodeAt(e) === 32 && isUpperAscii(text.charCodeAt(e + 1)) && text.charCodeAt(e + 2) === 32) e += 2;
  const count = (e - a + 1) / 2;
  if (count < 2 || count > 3 || (a > 0 && isLetterAt(text, a - 1))) return false;
  if (text.charCodeAt(e) !== 32 || !isUpperAscii(text.charCodeAt(e + 1))) return false;
  const c = text.charCodeAt(e + 2);
  return c >= 97 && c <= 122;
}

/**
 * "Ahsan H Mansur": a single capital without a dot between a given name and a surname (capitalised words of
 * lower-case letters, the first no common word) is a middle initial.
 */
function middleInitial(text: string, s: number): boolean {
  if (text.charCodeAt(s - 1) !== 32 || text.charCodeAt(s + 1) !== 32 || !isUpperAscii(text.charCodeAt(s + 2))) return false;
  let a = s - 1;
  while (a > 0 && text.charCodeAt(a - 1) >= 97 && text.charCodeAt(a - 1) <= 122) a--;
  if (s - 1 - a < 2 || a < 1 || !isUpperAscii(text.charCodeAt(a - 1)) || (a >= 2 && isLetterAt(text, a - 2))) return false;
  const given = text.slice(a - 1, s - 1);
  // (not a place before a name: "the Census Commissioner of India C Chandramauli")
  if (COMMON.has(given.toLowerCase()) || gazetteer().forms.has(normalizeName(given)) || isDemonym(given)) return false;
  let e = s + 3;
  while (e < text.length && text.charCodeAt(e) >= 97 && text.charCodeAt(e) <= 122) e++;
  return e - (s + 3) >= 2 && !isLetterAt(text, e);
}

/** An apposition that opens with a verb is a clause, not a role. */
const VERB_OPENS_CLAUSE = /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might)\b/i;

/** Whether one space and a capitalised organisation head word ("Council", "Summit") follow `end`. */
function orgHeadAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32 || !isUpperAscii(text.charCodeAt(end + 1))) return false;
  let e = end + 2;
  while (e < text.length && isLetterAt(text, e)) e++;
  return ORG_HEADS.has(text.slice(end + 1, e));
}

/** A letter (any script) at `i`; false past the end. */
function isLetterAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[\p{L}]/u.test(text[i]);
}

/** A word that counts in a line's statistics: it starts with a letter, or digits then a letter ("5G"). */
function startsWord(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) {
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c >= 48 && c <= 57) return /^\p{N}+\p{L}/u.test(t);
    return false;
  }
  return /\p{L}/u.test(t[0]) || /^\p{N}+\p{L}/u.test(t);
}

const OPENING_ASCII = new Uint8Array(128);
for (const ch of ' \t\v\f"\'([*#>-') OPENING_ASCII[ch.charCodeAt(0)] = 1;
/** What may stand between a sentence break and its first word: spaces (not line breaks), quotes, brackets, dashes. */
function openingChar(c: number): boolean {
  if (c < 128) return OPENING_ASCII[c] === 1;
  // `[\s“”‘’«»\u2013\u2014]` by code (\s beyond ASCII is isSpaceCode's set)
  return isSpaceCode(c) || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0xab || c === 0xbb || c === 0x2013 || c === 0x2014;
}
function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}
function sentenceBreakChar(c: number): boolean {
  return c === 10 || c === 13 || c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 0x2026;
}

function isPlainAscii(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

function hasAsciiUpper(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

function isUpperStart(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) {
    if (c >= 48 && c <= 57) {
      // /^\p{N}+\p{Lu}/u, with ASCII digits and letters decided here
      let i = 1;
      while (i < t.length && t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) i++;
      const d = t.charCodeAt(i);
      if (d < 128 || Number.isNaN(d)) return d >= 65 && d <= 90;
      return /^\p{N}+\p{Lu}/u.test(t);
    }
    return false;
  }
  return /^\p{Lu}/u.test(t);
}

function isAllCaps(t: string): boolean {
  let letters = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
    else if (c >= 128) return t === t.toUpperCase() && t !== t.toLowerCase();
  }
  return letters > 0;
}

/** What a word's spelling alone decides: its normal and lower-case forms and its capitals. */
interface WordInfo {
  t: string;
  n: string;
  l: string;
  cap: boolean;
  caps: boolean;
  /** startsWord(t): the word counts in a line's statistics. */
  word: boolean;
  /** 0: no hyphen after a capital; 1: capitalised parts joined by hyphens; 2: a capitalised word with a lower-case tail ("Jong-un"). */
  hy: number;
  /** 1: ends in 's or ’s (longer than two); 2: ends in s otherwise (a plural possessive apostrophe may follow); 0: neither. */
  possS: number;
  /** A single capital or an abbreviation: keeps a following dot. */
  dotted: boolean;
  /** The word without its 's (possS 1), filled when first needed. */
  strip: WordInfo | undefined;
  /** The word with its dot, filled when first needed. */
  dot: WordInfo | undefined;
  /** For hy 1: [offset, part, offset, part...] when every part is a place or demonym, else null; undefined until needed. */
  parts: (number | WordInfo)[] | null | undefined;
  /** isNameLike, isAcronym, isCamel of the word: -1 until asked, then 0 or 1 (they depend on the spelling alone). */
  nameLike: number;
  acronym: number;
  camel: number;
  /** The dictionary the next three answer for (one registry is the usual case). */
  dict: Dict | undefined;
  /** The dictionary's key cache generation that `root` belongs to. */
  dictEpoch: number;
  /** dict.firstWords has the word's first normal word. */
  dictFirst: boolean;
  /** dict.lowerFirstWords has the word's normal form. */
  dictLowerFirst: boolean;
  /** keyNode(dict, undefined, n), filled when first needed. */
  root: KeyNode | undefined;
  /** -1 until asked, then whether a compact registry name starts with the word's normal letters. */
  compactFirst: number;
  /** The normal form without its spaces (how compact names are compared). */
  c: string;
}

/** Points a word's dictionary answers at `dict`. */
function wordDict(w: WordInfo, dict: Dict): void {
  if (w.dict === dict) return;
  w.dict = dict;
  w.dictEpoch = -1;
  const sp = w.n.indexOf(' ');
  w.dictFirst = dict.firstWords.has(sp < 0 ? w.n : w.n.slice(0, sp));
  // (by its first word too: "al-Qaeda" is one token whose normal form is "al qaeda")
  w.dictLowerFirst = dict.lowerFirstWords.has(sp < 0 ? w.n : w.n.slice(0, sp));
  w.root = undefined;
  w.compactFirst = -1;
}

function newWordInfo(t: string): WordInfo {
  const cap = isUpperStart(t);
  const caps = cap && isAllCaps(t);
  // normalizeName(t) is the lower-case text for plain ASCII letters and digits, and a
  // word without capitals is its own lower case.
  const plain = isPlainAscii(t);
  const l = plain && !hasAsciiUpper(t) ? t : t.toLowerCase();
  const hyphenated = cap && (t.indexOf('-') > 0 || t.indexOf('\u2010') > 0);
  const hy = !hyphenated ? 0 : /[\u2010-]\p{Ll}/u.test(t) ? 2 : 1;
  let possS = 0;
  if (t.charCodeAt(t.length - 1) === 115 /* s */) {
    const before = t.charCodeAt(t.length - 2);
    possS = (before === 39 || before === 0x2019) && t.length > 2 ? 1 : 2;
  }
  const dotted = (t.length <= 2 && /^\p{Lu}$/u.test(t)) || ABBREVIATIONS.has(t);
  const n = plain ? l : normalizeName(t);
  return { t, n, l, cap, caps, word: startsWord(t), hy, possS, dotted, strip: undefined, dot: undefined, parts: undefined, nameLike: -1, acronym: -1, camel: -1, dict: undefined, dictEpoch: -1, dictFirst: false, dictLowerFirst: false, root: undefined, compactFirst: -1, c: n.indexOf(' ') < 0 ? n : n.replace(/ /g, '') };
}

/** Words derived from a spelling (without 's, with a dot, hyphen parts): a bounded table, cleared when full. */
const wordTable = new Map<string, WordInfo>();
function wordInfo(t: string): WordInfo {
  let w = wordTable.get(t);
  if (w === undefined) {
    if (wordTable.size >= 50000) wordTable.clear();
    w = newWordInfo(t);
    wordTable.set(t, w);
  }
  return w;
}

/**
 * Words as written, found from the text's characters without slicing them out: one entry
 * per distinct spelling across the corpus (an open-addressing table, cleared when half
 * full), so a word's forms and case are worked out once, and its strings are shared by
 * all its tokens (their hashes computed once).
 */
const RAW_MAX = 1 << 16;
let rawSize = 1 << 12;
let rawShift = 32 - 12;
let rawHash = new Int32Array(rawSize);
let rawWords: (WordInfo | undefined)[] = new Array<WordInfo | undefined>(rawSize).fill(undefined);
let rawCount = 0;

/** The home slot of a hash: Fibonacci hashing (similar words have nearby polynomial hashes, and linear probing would cluster them). */
function rawHome(h: number): number {
  return Math.imul(h, 0x9e3779b1) >>> rawShift;
}

function rawSlot(h: number): number {
  let slot = rawHome(h);
  while (rawWords[slot] !== undefined) slot = (slot + 1) & (rawSize - 1);
  return slot;
}

/** Empties the word tables (and the token pool, whose tokens point at words). */
function forgetWords(): void {
  rawWords.fill(undefined);
  rawCount = 0;
  wordTable.clear();
  tokPool.length = 0;
  tokUsed = 0;
}

/** Doubles the table (it starts small so that a small vocabulary stays in cache), or clears it at its largest. */
function growRaw(): void {
  const oldWords = rawWords;
  const oldHash = rawHash;
  if (rawSize < RAW_MAX) {
    rawSize *= 2;
    rawShift--;
  }
  rawHash = new Int32Array(rawSize);
  rawWords = new Array<WordInfo | undefined>(rawSize).fill(undefined);
  if (rawSize === oldWords.length) {
    rawCount = 0;
    return;
  }
  for (let i = 0; i < oldWords.length; i++) {
    const w = oldWords[i];
    if (w === undefined) continue;
    const slot = rawSlot(oldHash[i]);
    rawHash[slot] = oldHash[i];
    rawWords[slot] = w;
  }
}

/** The word text[s, e), whose hashRange is `h`. */
function rawWord(text: string, s: number, e: number, h: number): WordInfo {
  const len = e - s;
  const mask = rawSize - 1;
  let slot = rawHome(h);
  for (;;) {
    const w = rawWords[slot];
    if (w === undefined) break;
    if (rawHash[slot] === h && w.t.length === len && sameChars(w.t, text, s)) return w;
    slot = (slot + 1) & mask;
  }
  if (rawCount >= rawSize >> 1) {
    growRaw();
    slot = rawSlot(h);
  }
  // a copy, not a slice: a slice of 13 characters or more would keep the whole article alive
  const w = newWordInfo(len < 13 ? text.slice(s, e) : copyString(text.slice(s, e)));
  rawHash[slot] = h;
  rawWords[slot] = w;
  rawCount++;
  return w;
}

/** Whether `text` holds `t` at `at` (the caller checked the length fits). */
function sameChars(t: string, text: string, at: number): boolean {
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) !== text.charCodeAt(at + i)) return false;
  return true;
}

/** A flat copy of a string that does not point into the string it was sliced from (join builds a new sequential string). */
function copyString(s: string): string {
  return s.split('').join('');
}

/** "Russia-North": the parts of a capitalised hyphenated word when each is a place or demonym. */
function hyphenParts(w: WordInfo): (number | WordInfo)[] | null {
  if (w.parts !== undefined) return w.parts;
  const partRe = /[^\u2010-]+/g;
  const parts: (number | WordInfo)[] = [];
  const g = gazetteer();
  let all = true;
  for (let p = partRe.exec(w.t); p; p = partRe.exec(w.t)) {
    const pw = wordInfo(p[0]);
    parts.push(p.index, pw);
    if (!(g.forms.has(pw.n) || g.demonyms.has(pw.n))) all = false;
  }
  w.parts = all ? parts : null;
  return w.parts;
}

/**
 * Token objects are reused from one article to the next (tokens live only while one
 * article is detected): allocating ~350 per article was a tenth of detection and most
 * of its garbage. Bounded: past POOL_MAX tokens in an article, fresh objects.
 */
const tokPool: Tok[] = [];
const POOL_MAX = 20000;
let tokUsed = 0;

function mk(w: WordInfo, s: number, e: number, poss: boolean, pe: number, line: number): Tok {
  const tok = tokUsed < tokPool.length ? tokPool[tokUsed] : undefined;
  if (tok === undefined) {
    const fresh: Tok = { s, e, t: w.t, n: w.n, l: w.l, cap: w.cap, caps: w.caps, word: w.word, poss, pe, initial: false, line, hyTail: false, w };
    if (tokPool.length < POOL_MAX) {
      tokPool.push(fresh);
      tokUsed++;
    }
    return fresh;
  }
  tokUsed++;
  tok.s = s;
  tok.e = e;
  tok.t = w.t;
  tok.n = w.n;
  tok.l = w.l;
  tok.cap = w.cap;
  tok.caps = w.caps;
  tok.word = w.word;
  tok.poss = poss;
  tok.pe = pe;
  tok.initial = false;
  tok.line = line;
  tok.hyTail = false;
  tok.w = w;
  return tok;
}

// ---------------------------------------------------------------------------
// Detection

interface Dict {
  forms: Map<string, Target[]>;
  firstWords: Set<string>;
  /** First words of the forms that may start lower-case (the only ones a lower-case word can begin). */
  lowerFirstWords: Set<string>;
  /** Every token-wise prefix of every form (to stop a lookup early). */
  prefixes: Set<string>;
  /** Every proper token-wise prefix of every form (a form goes on after it). */
  longer: Set<string>;
  maxTokens: number;
  /** Keys of lookups seen so far (see keyNode), by first token. */
  roots: Map<string, KeyNode>;
  nodeCount: number;
  /** Bumped when the key cache is cleared. */
  epoch: number;
  /** Every leading part of every compact registry name (and ''), built when first needed. */
  compactPrefixes: Set<string> | undefined;
}

/**
 * A lookup key (the normalised words of a token sequence joined by spaces) with what the
 * dictionary says of it, remembered per registry: the same sequences come back in article
 * after article, and each step of a lookup was a new string to join and hash.
 */
interface KeyNode {
  key: string;
  /** dict.prefixes.has(key) */
  prefix: boolean;
  /** dict.forms.get(key) */
  forms: Target[] | undefined;
  /** dict.forms.get(key + 's'), null when none; undefined until needed. */
  possForms: Target[] | null | undefined;
  /** Some form has this key then a space at its start (dict.longer.has(key)): a longer key may match. */
  more: boolean;
  /** Keys one token longer, by that token's normal form. */
  next: Map<string, KeyNode> | undefined;
}

function newKeyNode(dict: Dict, key: string): KeyNode {
  dict.nodeCount++;
  return { key, prefix: dict.prefixes.has(key), forms: dict.forms.get(key), possForms: undefined, more: dict.longer.has(key), next: undefined };
}

/** The node of the key `n` (from == undefined) or of from's key, a space and `n`. Bounded: the cache is cleared when large. */
function keyNode(dict: Dict, from: KeyNode | undefined, n: string): KeyNode {
  if (dict.nodeCount > 50000) {
    dict.roots = new Map();
    dict.nodeCount = 0;
    dict.epoch++;
    // (a walk under way goes on from its node: its key and answers are still right)
  }
  if (from === undefined) {
    let r = dict.roots.get(n);
    if (r === undefined) dict.roots.set(n, (r = newKeyNode(dict, n)));
    return r;
  }
  let next = from.next;
  if (next === undefined) from.next = next = new Map();
  let c = next.get(n);
  if (c === undefined) next.set(n, (c = newKeyNode(dict, `${from.key} ${n}`)));
  return c;
}

function addPrefixes(prefixes: Set<string>, n: string): void {
  addProperPrefixes(prefixes, n);
  prefixes.add(n);
}

/** The leading words of `n` before each of its spaces. */
function addProperPrefixes(prefixes: Set<string>, n: string): void {
  let at = n.indexOf(' ');
  while (at > 0) {
    prefixes.add(n.slice(0, at));
    at = n.indexOf(' ', at + 1);
  }
}

const dictCache = new WeakMap<Registry, Dict>();
const variantCache = new WeakMap<Registry, Map<ActorKind, { byKind: RegistryEntry[]; proposer: VariantProposer }>>();

/** Registry entries of one kind and a variant proposer over their names and aliases (built once per registry). */
function registryVariants(registry: Registry, kind: ActorKind): { byKind: RegistryEntry[]; proposer: VariantProposer } {
  let perKind = variantCache.get(registry);
  if (!perKind) variantCache.set(registry, (perKind = new Map()));
  let v = perKind.get(kind);
  if (!v) {
    const byKind = registry.entries.filter((e) => e.kind === kind);
    v = { byKind, proposer: new VariantProposer(byKind.flatMap((e) => [e.name, ...e.aliases])) };
    perKind.set(kind, v);
  }
  return v;
}
const compactCache = new WeakMap<Registry, Map<string, Target>>();

function registryDict(registry: Registry): Dict {
  const cached = dictCache.get(registry);
  if (cached) return cached;
  // Words remember the dictionary they last answered for (wordDict): forget them, so that a
  // registry that was replaced (edited in a long session) is not kept alive by them.
  forgetWords();
  const forms = new Map<string, Target[]>();
  const firstWords = new Set<string>();
  let maxTokens = 1;
  const add = (form: string, t: Target) => {
    const n = normalizeName(form);
    if (!n) return;
    const list = forms.get(n);
    if (list) {
      if (!list.some((x) => x.key === t.key)) list.push(t);
      list.sort((a, b) => a.rank - b.rank);
    } else forms.set(n, [t]);
    const words = n.split(' ');
    firstWords.add(words[0]);
    maxTokens = Math.max(maxTokens, Math.min(words.length, 12));
  };
  const regKeyByName = new Map<string, RegistryEntry>();
  for (const e of registry.entries) {
    for (const form of [e.name, ...e.aliases]) {
      const t: Target = { kind: e.kind, key: `reg:${e.id}`, name: e.name, registryId: e.id, via: 'registry', upper: /^\p{Lu}/u.test(form), acronym: isAcronymForm(form), rank: 0 };
      add(form, t);
      if (!regKeyByName.has(normalizeName(form))) regKeyByName.set(normalizeName(form), e);
    }
  }
  const g = gazetteer();
  // Gazetteer places resolve to the registry entry that names the same place.
  const placeEntry = new Map<string, RegistryEntry>();
  for (const [n, t] of g.forms) {
    const e = regKeyByName.get(normalizeName(t.name)) ?? regKeyByName.get(n);
    if (e && e.kind === t.kind) placeEntry.set(t.key, e);
  }
  for (const [n, t] of g.forms) {
    const e = placeEntry.get(t.key);
    const target: Target = e ? { ...t, key: `reg:${e.id}`, name: e.name, registryId: e.id } : t;
    const list = forms.get(n);
    if (list) {
      const same = list.findIndex((x) => x.key === target.key);
      if (same < 0) list.push(target);
      // (the gazetteer's lower-case form too: "south Korea" for the registry's South Korea)
      else if (!target.upper && list[same].upper) list[same] = { ...list[same], upper: false };
      else if (!target.acronym && list[same].acronym) list[same] = { ...list[same], acronym: false };
    } else forms.set(n, [target]);
    firstWords.add(n.split(' ')[0]);
    maxTokens = Math.max(maxTokens, n.split(' ').length);
  }
  const prefixes = new Set<string>();
  const longer = new Set<string>();
  for (const n of forms.keys()) {
    addPrefixes(prefixes, n);
    addProperPrefixes(longer, n);
  }
  const lowerFirstWords = new Set<string>();
  for (const [n, list] of forms) if (list.some((t) => !t.upper)) lowerFirstWords.add(n.split(' ')[0]);
  const d: Dict = { forms, firstWords, lowerFirstWords, prefixes, longer, maxTokens, roots: new Map(), nodeCount: 0, epoch: 0, compactPrefixes: undefined };
  dictCache.set(registry, d);
  return d;
}

interface Found {
  s: number;
  e: number;
  /** token range [a, b] inclusive */
  a: number;
  b: number;
  target: Target;
}

/** Whether the gap between two tokens is plain in-line space (no punctuation, no line break). */
function joined(text: string, a: Tok, b: Tok): boolean {
  // plural possessive "Workers' Party": the apostrophe then a space
  if (a.poss && a.pe === a.e) return false;
  // initials written together ("M.K."), split into one token each
  if (a.e === b.s && a.t.length === 2 && a.t.charCodeAt(1) === 46) return true;
  return inlineSpace(text, a.poss ? a.pe : a.e, b.s);
}

/** Whether text[from, to) is one or two spaces, tabs or no-break spaces. */
function inlineSpace(text: string, from: number, to: number): boolean {
  const n = to - from;
  if (n < 1 || n > 2) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

export function findActors(text: string, seg: Segmentation, registry: Registry): DocumentActors {
  try {
    return detect(text, seg, registry);
  } catch {
    return new KeptActors([], [], [], []);
  } finally {
    articleText = '';
    lowerInArticle.clear();
    if (thingAcronyms.size) thingAcronyms = new Set();
  }
}

/** A gazetteer place or demonym, with the case its form needs ("UN" is not "Un"). */
function placeLike(tok: Tok): boolean {
  const g = gazetteer();
  const t = g.forms.get(tok.n);
  if (t && (!t.acronym || tok.caps)) return true;
  return g.demonyms.has(tok.n);
}

/** A lower-case plural of an organisation's head word ("airlines", "forces"): a common noun, no name's end. */
function commonPluralHead(tok: Tok): boolean {
  return !tok.cap && tok.l.endsWith('s') && ORG_HEADS.has(tok.l.charAt(0).toUpperCase() + tok.l.slice(1));
}

function isNameLike(tok: Tok): boolean {
  const w = tok.w;
  if (w.nameLike < 0) w.nameLike = nameLikeWord(tok) ? 1 : 0;
  return w.nameLike === 1 && !(tok.l.length >= 5 && tok.l.endsWith('ed') && !tok.l.endsWith('eed') && writtenLower(tok.l) && !nameWordAfter(tok.e));
}

/** Small words a Title Case headline capitalises after its verb: "Convicted Of", "Ordered To". */
const HEADLINE_SMALL_WORDS = set('of to on in for by after as over with at from into and or but amid against about under before');

/**
 * Whether a capitalised word other than a headline's small word follows `e` on its line: then a
 * capitalised "-ed" word is part of a name ("Armed Conflict Location", "United Nations"), whatever
 * the article writes in lower case.
 */
function nameWordAfter(e: number): boolean {
  const t = articleText;
  let i = e;
  while (i < t.length && i - e < 2 && t.charCodeAt(i) === 32) i++;
  if (i === e) return false;
  let j = i;
  while (j < t.length && isLetterAt(t, j)) j++;
  if (j === i || !/^\p{Lu}/u.test(t[i])) return false;
  return !HEADLINE_SMALL_WORDS.has(t.slice(i, j).toLowerCase());
}

/** The article detect is reading, and which of its capitalised "-ed" words it also writes in lower case. */
let articleText = '';
const lowerInArticle = new Map<string, boolean>();

/**
 * Whether the article writes this "-ed" word in lower case too: then its capitalised form is the verb of a
 * Title Case headline ("Former Congressman Convicted of Insider Trading", "... Bryan Coffman Ordered to
 * Forfeit Millions" over "was convicted", "the court ordered"), no name ("Ahmed" is never written so; "-eed"
 * is left out: "Gary Speed" in a report on speed).
 */
function writtenLower(l: string): boolean {
  let seen = lowerInArticle.get(l);
  if (seen === undefined) {
    seen = false;
    const t = articleText;
    for (let i = t.indexOf(l); i >= 0 && !seen; i = t.indexOf(l, i + 1)) seen = !isWordChar(t.charCodeAt(i - 1)) && !isWordChar(t.charCodeAt(i + l.length));
    lowerInArticle.set(l, seen);
  }
  return seen;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c > 127;
}

function isAcronym(tk: Tok): boolean {
  const w = tk.w;
  if (w.acronym < 0) w.acronym = acronymWord(tk) ? 1 : 0;
  return w.acronym === 1 && !(thingAcronyms.size !== 0 && thingAcronyms.has(tk.t));
}

/** Lower-case words inside a name that its acronym may spell or leave out: "Conference on Trade and Development (UNCTAD)". */
const ACRONYM_CONNECTORS = set('of for on the and in to de du des la le et');

/**
 * Whether the words toks[a..b] spell `acr`: each capitalised word gives its first letter
 * (an acronym inside, "UN", all its letters or its first), a connector gives its first
 * letter or nothing, and the last word may give nothing ("Armed Conflict Location & Event
 * Data Project (ACLED)"). Any other lower-case word, and the name does not spell it.
 */
function spellsAcronym(toks: Tok[], a: number, b: number, acr: string): boolean {
  const go = (t: number, p: number): boolean => {
    if (t > b) return p === acr.length;
    const w = toks[t];
    if (!w.cap) return ACRONYM_CONNECTORS.has(w.l) && (go(t + 1, p) || (acr.charCodeAt(p) === w.t.toUpperCase().charCodeAt(0) && go(t + 1, p + 1)));
    const first = w.t.toUpperCase().charCodeAt(0);
    if (w.caps && w.t.length > 1 && acr.startsWith(w.t, p) && go(t + 1, p + w.t.length)) return true;
    if (p < acr.length && acr.charCodeAt(p) === first && go(t + 1, p + 1)) return true;
    return t === b && t > a && p === acr.length;
  };
  return toks[a].cap && go(a, 0);
}

/** See `spelledNames` in detect: first token -> last token of each name its bracketed acronym spells. */
function spelledNamesOf(text: string, toks: Tok[]): Map<number, number> | undefined {
  let out: Map<number, number> | undefined;
  for (let k = 2; k < toks.length; k++) {
    const tk = toks[k];
    if (!tk.caps || tk.t.length < 3 || tk.t.length > 8 || text.charCodeAt(tk.s - 1) !== 40 /* ( */ || text.charCodeAt(tk.e) !== 41 /* ) */) continue;
    if (!/^\p{Lu}+$/u.test(tk.t) || !/^\s?\($/.test(text.slice(toks[k - 1].e, tk.s))) continue;
    // back over the words of one line joined by spaces or " & ", none possessive but the one before the bracket
    for (let a = k - 2; a >= 0 && k - a <= 12; a--) {
      const w = toks[a];
      const nx = toks[a + 1];
      if (w.line !== tk.line || !(joined(text, w, nx) || (nx.s - w.e === 3 && text.charCodeAt(w.e + 1) === 38 /* & */ && !w.poss))) break;
      if (w.poss && a < k - 1) break;
      if (w.cap && spellsAcronym(toks, a, k - 1, tk.t)) {
        // (a body's name, with a head such as "Conference" or "Survey": not "Severe Acute Respiratory Syndrome (SARS)")
        // (nor an office: "Senior Superintendent of Police (SSP)", "Chief of Army Staff (COAS)")
        let head = false;
        for (let h = a; h < k && !head; h++) head = ORG_HEADS.has(toks[h].t);
        let t = a;
        while (t < k - 1 && TITLE_MODIFIERS.has(toks[t].l)) t++;
        // (nor an office or a measure named last: "City Police Officer (CPO)", "Energy Availability Factor (EAF)")
        if (head && !TITLES.has(toks[t].l) && !TITLES.has(toks[k - 1].l) && !MEASURE_WORDS.has(toks[k - 1].t)) (out ??= new Map()).set(a, k - 1);
        break;
      }
    }
  }
  return out;
}

/** Acronyms the article spells out in lower-case words, things and not bodies: "a no-objection certificate (NOC)". */
let thingAcronyms = new Set<string>();
const BRACKETED_ACRONYM = /\((\p{Lu}{2,6})s?\)/gu;

/** The acronyms in brackets after lower-case words whose initials spell them (hyphenated parts each a word). */
function thingAcronymsOf(text: string): Set<string> {
  const out = new Set<string>();
  if (text.indexOf('(') < 0) return out;
  BRACKETED_ACRONYM.lastIndex = 0;
  for (let m = BRACKETED_ACRONYM.exec(text); m; m = BRACKETED_ACRONYM.exec(text)) {
    const acr = m[1];
    const words = text.slice(Math.max(0, m.index - 80), m.index).trimEnd().split(/[\s\u2010-]+/);
    const last = words.slice(-acr.length);
    // (a body written in lower case keeps its acronym: "the national disaster management authority (NDMA)")
    const head = last[last.length - 1] ?? '';
    const body = ORG_HEADS.has(head.charAt(0).toUpperCase() + head.slice(1));
    if (!body && last.length === acr.length && last.every((x, i) => /^\p{Ll}/u.test(x) && x[0].toUpperCase() === acr[i])) out.add(acr).add(acr + 's');
    // (so do an office's and a measure's: "City Police Officer (CPO)", "Energy Availability Factor (EAF)")
    else if (last.length === acr.length && last.every((x, i) => x[0] === acr[i]) && (TITLES.has(head.toLowerCase()) || MEASURE_WORDS.has(head))) out.add(acr).add(acr + 's');
  }
  return out;
}

function isCamel(tk: Tok): boolean {
  const w = tk.w;
  if (w.camel < 0) w.camel = camelWord(tk) ? 1 : 0;
  return w.camel === 1;
}

function nameLikeWord(tok: Tok): boolean {
  if (!tok.cap) return false;
  // (a given name as often as a month: "Foreign Minister Jan Lipavsky"; "Jan 5" has no name after it)
  if (tok.t === 'Jan') return true;
  if (tok.caps && tok.t.replace(/[^\p{L}]/gu, '').length > 1) return false;
  // ("De" is a modifier only in "de facto": "De Beers", "De La Rue" are names)
  if (COMMON.has(tok.l) || TITLES.has(tok.l) || (TITLE_MODIFIERS.has(tok.l) && tok.t !== 'De') || ORG_HEADS.has(tok.t) || WEAPON_NAMES.has(tok.t)) return false;
  if (/\d/.test(tok.t)) return false;
  // (a stance or a former state before a name is no part of it: "Pro-EU Sandu", "Anti-Islam Geert Wilders")
  if (/^(?:Pro|Anti|Ex|Non)[-\u2010]/.test(tok.t)) return false;
  if (placeLike(tok)) return false;
  if (tok.t.length < 2) return false;
  if (/\p{Ll}\p{Lu}/u.test(tok.t) && !/^(Mc|Mac|O'|O\u2019|De|Di|Le|La|Van|Von|El|Abd|Abu|Ben|Bin)\p{Lu}/u.test(tok.t)) return false;
  if (/^\p{Lu}\.$/u.test(tok.t)) return true;
  return /^\p{Lu}[\p{Ll}'\u2019]/u.test(tok.t) || /^(Mc|Mac|O'|O\u2019|De|Di|Le|La|Van|Von|El|Abd|Abu|Ben|Bin)\p{Lu}/u.test(tok.t);
}

/** A word glued by a scraper to a title after it: "IllutrationForeign" (before "Minister"), "PhotoPresident". */
function gluedToTitle(word: string): boolean {
  if (!/\p{Ll}\p{Lu}/u.test(word)) return false;
  const tail = /\p{Lu}\p{Ll}+$/u.exec(word)?.[0].toLowerCase() ?? '';
  return TITLES.has(tail) || TITLE_MODIFIERS.has(tail);
}

function camelWord(t: Tok): boolean {
  if (!/^\p{Lu}\p{Ll}+(\p{Lu}\p{Ll}+)+$/u.test(t.t) || /^(Mc|Mac|De|Di|Le|La|Van|Von|O|El|Abd|Abdul|Abu|Ben|Bin)\p{Lu}/u.test(t.t)) return false;
  const parts = t.t.match(/\p{Lu}\p{Ll}+/gu) ?? [];
  // (a scraped breadcrumb glued to the headline: "HomeDiplomacyPutin signed ...")
  if (parts[0] === 'Home') return false;
  // (two sentences or a name and a date glued by a scraper: "More ShortsIts range", "Yevhen KizilovFriday, 5 September",
  // "The Kyiv IndependentIllia Ponomarenko"; not "LinkedIn")
  const last = parts[parts.length - 1];
  if (parts.length === 2 && (GLUED_TAILS.has(last) || GIVEN_NAMES.has(last) || gluedToTitle(t.t))) return false;
  return !/^(Read|More|Share|Click|News|Home|Comments?|Reply|Continue)$/.test(parts[parts.length - 1]) && !parts.every((x) => COMMON.has(x.toLowerCase()));
}

function acronymWord(tk: Tok): boolean {
  const letters = tk.t.replace(/[^\p{L}]/gu, '');
  // (not an amount glued to its currency: "RUB37.9 trillion")
  // (nor a common word in capitals for emphasis: "TWO suspects were arrested", "RSS FEEDS")
  // (nor a fiscal year, "FY2021", or a model, "GL450", "A320", or a flu virus's subtype, "H5N1")
  return letters.length >= 2 && tk.t.length <= 8 && /^\p{Lu}[\p{Lu}\p{N}&-]*$/u.test(tk.t) && !ACRONYM_STOP.has(tk.t) && !/^(?:FY|CY)\d{2,4}$/.test(tk.t) && !/^PM\d/.test(tk.t) && !/^\p{Lu}{1,3}\d{3,}$/u.test(tk.t) && !/^[IVXLC]+$/.test(tk.t) && !/-/.test(tk.t) && !gluedCurrencyAmount(tk.t) && !/^US\d/.test(tk.t) && !(letters.length >= 3 && CAPS_WORDS.has(tk.t)) && !/^H\d{1,2}N\d{1,2}$/.test(tk.t);
}

/** Which tokens a mention covers, for the article being detected (see detect). */
let coveredBuf = new Uint8Array(4096);
const COVERED_MAX = 1 << 16;

function detect(text: string, seg: Segmentation, registry: Registry): DocumentActors {
  articleText = text;
  lowerInArticle.clear();
  thingAcronyms = thingAcronymsOf(text);
  const lines = lineInfos(text);
  const toks = tokenize(text, lines);
  const dict = registryDict(registry);
  const g = gazetteer();
  const found: Found[] = [];
  // (a view of a buffer kept between articles: a new array per article had a backing store of its own to allocate and free)
  // (bounded: an article of more tokens gets an array of its own, not kept)
  if (coveredBuf.length < toks.length && toks.length <= COVERED_MAX) coveredBuf = new Uint8Array(Math.max(toks.length, Math.min(COVERED_MAX, coveredBuf.length * 2)));
  const covered = toks.length <= coveredBuf.length ? coveredBuf.subarray(0, toks.length) : new Uint8Array(toks.length);
  covered.fill(0);
  /**
   * Names whose acronym follows in brackets and is spelled by them, by first word: the name
   * is taken whole ("UN Conference on Trade and Development (UNCTAD)", "Crime Survey for England
   * and Wales (CSEW)"), where the run of capitals would stop at a connector or take "UN" alone.
   * The shortest name that spells it (not a capitalised word before it: "Separate British Crime Survey (BCS)").
   */
  const spelledNames = text.indexOf('(') < 0 ? undefined : spelledNamesOf(text, toks);
  /** Names discovered in this article: normalised form -> target. */
  const discovered = new Map<string, Target>();
  const discoveredCompact = new Map<string, Target>();
  const discoveredFirst = new Set<string>();
  const discoveredPrefixes = new Set<string>();
  /** The proper leading parts of those names (a longer key may start with them). */
  const discoveredLonger = new Set<string>();
  /** Set when a name goes into `discovered` without its first word and prefixes. */
  let discoveredUnindexed = false;
  const personFull: { a: number; b: number; target: Target; words: Set<string>; folded?: Set<string> }[] = [];
  /** Single name-like words with their cues, decided in pass 2. */
  const cueOf = new Map<number, { titled: boolean; credit: boolean; said: boolean }>();
  /** Two to four name-like words with no cue, decided in pass 2. */
  const uncued: { a: number; b: number }[] = [];
  /** Short forms and the full mention they resolve to. */
  const shortRes = new Map<Found, { a: number }>();
  const blocked = new Set<number>();
  /** For orgShort: the first target of each organisation key in `found`, and how far `found` was read. */
  const orgFirst: Target[] = [];
  const orgSeen = new Set<string>();
  let orgScanned = 0;

  const lineOf = (i: number) => lines[toks[i].line];
  /** The words of toks[a..b] as written, one space apart. */
  const runText = (a: number, b: number): string => {
    let out = toks[a].t;
    for (let k = a + 1; k <= b; k++) out += ` ${toks[k].t}`;
    return out;
  };
  const allCaps = (a: number, b: number): boolean => {
    for (let k = a; k <= b; k++) if (!toks[k].caps) return false;
    return true;
  };
  const lookup = (a: number, limit: number, extra?: Map<string, Target>): Found | undefined => {
    const first = toks[a];
    const w = first.w;
    wordDict(w, dict);
    if (!w.dictFirst) {
      const fw = first.n.indexOf(' ') < 0 ? first.n : first.n.slice(0, first.n.indexOf(' '));
      if (!(extra && discoveredFirst.has(fw)) && !(first.poss && dict.forms.has(`${fw}s`))) return undefined;
    }
    let node: KeyNode | undefined;
    // the longest match so far: its last token, end and target (one Found made at the end)
    let bestB = -1;
    let bestE = 0;
    let bestTarget: Target | undefined;
    const max = Math.min(toks.length - 1, a + Math.max(dict.maxTokens, 8) - 1, limit);
    for (let b = a; b <= max; b++) {
      if (b > a && !joined(text, toks[b - 1], toks[b])) break;
      const from = node;
      if (b === a) {
        if (w.root === undefined || w.dictEpoch !== dict.epoch) {
          w.root = keyNode(dict, undefined, w.n);
          w.dictEpoch = dict.epoch;
        }
        node = w.root;
      } else node = keyNode(dict, node, toks[b].n);
      const key = node.key;
      // an organisation whose name ends in 's: "Moody's", "McDonald's"
      if (toks[b].poss && toks[b].pe - toks[b].e === 2 && first.cap) {
        let ps = node.possForms;
        if (ps === undefined) ps = node.possForms = dict.forms.get(`${key}s`) ?? null;
        if (ps && ps[0].kind === 'organization') {
          bestB = b;
          bestE = toks[b].pe;
          bestTarget = ps[0];
          break;
        }
      }
      // "Democratic People's Republic of Korea": a possessive inside a name keeps its s in the key ("peoples")
      const tb = toks[b];
      // (the key is tested before a node is made: most possessives lead nowhere)
      if (tb.poss && tb.pe - tb.e === 2 && b < max && !node.prefix && dict.prefixes.has(from === undefined ? `${tb.n}s` : `${from.key} ${tb.n}s`)) {
        node = keyNode(dict, from, `${tb.n}s`);
        continue;
      }
      // (during pass 1 every name in `discovered` has its prefixes in discoveredPrefixes)
      const inDiscovered = extra !== undefined && discoveredPrefixes.size !== 0 && discoveredPrefixes.has(key);
      if (!node.prefix && !inDiscovered) break;
      const cands = node.forms;
      const ext = inDiscovered ? extra.get(key) : undefined;
      // the dictionary's forms of the key, then the name found here
      let t: Target | undefined;
      if (cands !== undefined) for (let c = 0; c < cands.length && t === undefined; c++) if (fits(cands[c], first, a, b, key)) t = cands[c];
      if (t === undefined && ext !== undefined && fits(ext, first, a, b, key)) t = ext;
      if (t !== undefined) {
        bestB = b;
        bestE = toks[b].e;
        bestTarget = t;
      }
      if (toks[b].poss && toks[b].pe === toks[b].e) break;
      // no form and no name found here goes on from this key: a longer key can match nothing, nor be a prefix
      if (!node.more && !(extra !== undefined && discoveredLonger.size !== 0 && discoveredLonger.has(key))) break;
    }
    return bestTarget === undefined ? undefined : { s: first.s, e: bestE, a, b: bestB, target: bestTarget };
  };
  /** Whether a target of the key of tokens a..b fits how they are written (case, acronym, "the"). */
  const fits = (t: Target, first: Tok, a: number, b: number, key: string): boolean => {
    if (t.upper && !first.cap) return false;
    // (a plural head in lower case is a common noun: "North American airlines" are no American Airlines)
    if (first.cap && b > a && t.kind === 'organization' && commonPluralHead(toks[b])) return false;
    if (t.acronym && !allCaps(a, b)) return false;
    if (!t.upper && !t.acronym && first.cap && !first.initial && t.via === 'registry' && key.startsWith('the ')) return false;
    return true;
  };

  const emit = (f: Found) => {
    for (let i = f.a; i <= f.b; i++) covered[i] = 1;
    found.push(f);
    if (f.target.kind === 'person' && f.b > f.a) {
      const words = new Set<string>();
      for (let k = f.a; k <= f.b; k++) {
        const n = toks[k].n;
        words.add(n);
        // (and a hyphenated surname's parts; the whole is its own short form: "Bankman-Fried" for "Sam Bankman-Fried")
        if (n.indexOf(' ') >= 0) for (const x of n.split(' ')) words.add(x);
      }
      personFull.push({ a: f.a, b: f.b, target: f.target, words });
    }
  };

  /** A name found from its cue, tokens a..b (ending at `e`: "OPEC+" ends after its last token). */
  const discover = (a: number, b: number, kind: ActorKind, via: string, e = toks[b].e): Found => {
    // "the London-based Institute for Strategic Studies": where it is based is no part of its name
    if (kind === 'organization' && a < b && /^\p{Lu}[\p{L}.]*[-\u2010](?:based|headquartered)$/u.test(toks[a].t)) a++;
    // (nor is its side of the house: "the Opposition BC United")
    if (kind === 'organization' && a < b && toks[a].t === 'Opposition' && toks[a + 1].cap) a++;
    const s = toks[a].s;
    const surface = text.slice(s, e).replace(/\s+/g, ' ');
    const n = normalizeName(surface);
    let target = discovered.get(n);
    // "Vladimir V. Putin": a middle initial left out, the name is one already known
    if (!target && kind === 'person' && b - a >= 2) {
      const bare = n.split(' ').filter((w, k, all) => k === 0 || k === all.length - 1 || w.length > 1).join(' ');
      if (bare !== n) target = discovered.get(bare) ?? dict.forms.get(bare)?.find((t) => t.kind === 'person');
    }
    // "Mr Le Drian" after "Jean-Yves Le Drian": a surname with its particle is the person named in full before
    if (!target && kind === 'person' && b > a && PARTICLES.has(toks[a].l)) {
      for (let k = personFull.length - 1; k >= 0 && !target; k--) {
        const pf = personFull[k];
        if (pf.b - pf.a > b - a && pf.b < a && toks[pf.b].n === toks[b].n) {
          let same = true;
          for (let x = 0; x <= b - a && same; x++) same = toks[pf.b - x].n === toks[b - x].n;
          if (same) target = pf.target;
        }
      }
    }
    // "the Office for National Statistics (ONS)": the acronym in brackets names the organisation before it
    if (!target && kind === 'organization' && a === b && text.charCodeAt(s - 1) === 40 /* ( */ && text.charCodeAt(toks[a].pe) === 41 /* ) */) {
      const named = spelledBefore(a) ?? initialsBefore(a);
      if (named) discovered.set(n, (target = named));
    }
    // a name found here, under its key and its prefixes, as lookups in pass 1 need them
    const remember = (n: string, target: Target) => {
      discovered.set(n, target);
      discoveredFirst.add(n.split(' ')[0]);
      addPrefixes(discoveredPrefixes, n);
      addProperPrefixes(discoveredLonger, n);
    };
    const register = (n: string, surface: string): Target => {
      const target: Target = { kind, key: `norm:${n}`, name: surface, via, upper: true, acronym: false, rank: 1 };
      remember(n, target);
      const c = compactName(surface);
      if (!discoveredCompact.has(c)) discoveredCompact.set(c, target);
      return target;
    };
    // "Tesla Inc" is Tesla, as the article goes on to write it
    if (!target && kind === 'organization' && b > a && LEGAL_SUFFIXES.has(toks[b].t)) {
      let c = b;
      while (c > a && LEGAL_SUFFIXES.has(toks[c].t)) c--;
      const baseSurface = text.slice(s, toks[c].e).replace(/\s+/g, ' ');
      const base = normalizeName(baseSurface);
      target = discovered.get(base) ?? register(base, baseSurface);
      discovered.set(n, target);
    }
    if (!target) target = register(n, surface);
    // ("Cancer Research UK ... Cancer Research's Nick Ormiston-Smith": the branch is also written without its country)
    if (kind === 'organization' && b > a + 1 && /^(?:UK|US)$/.test(toks[b].t) && isOrgHead(toks[b - 1].t)) {
      const baseSurface = text.slice(s, toks[b - 1].e).replace(/\s+/g, ' ');
      const base = normalizeName(baseSurface);
      if (!discovered.has(base)) remember(base, target);
    }
    const f: Found = { s, e, a, b, target: withVia(target, via) };
    emit(f);
    return f;
  };

  /**
   * A name nothing else found right before "(" at token `a`, one capitalised
   * word a letter of the acronym at `a`, found as the organisation the acronym
   * names: "Barisan Nasional (BN)", "Gabungan Rakyat Sabah (GRS)" (party names
   * in other languages have no English head word).
   */
  const initialsBefore = (a: number): Target | undefined => {
    const acr = toks[a].t;
    const n = acr.length;
    const k0 = a - n;
    if (n < 2 || n > 6 || !/^\p{Lu}+$/u.test(acr) || k0 < 0 || !/^\s*\($/.test(text.slice(toks[a - 1].pe, toks[a].s))) return undefined;
    // (an office or a measure is no body: "City Police Officer (CPO)", "Energy Availability Factor (EAF)")
    if (TITLES.has(toks[a - 1].l) || MEASURE_WORDS.has(toks[a - 1].t)) return undefined;
    for (let k = k0; k < a; k++) {
      const t = toks[k];
      if (covered[k] || !t.cap || t.caps || t.poss || t.t[0] !== acr[k - k0] || t.line !== toks[a].line || (k > k0 && !joined(text, toks[k - 1], t))) return undefined;
    }
    return discover(k0, a - 1, 'organization', 'cue').target;
  };

  /** The organisation found right before "(" at token `a` whose initials the token spells. */
  const spelledBefore = (a: number): Target | undefined => {
    const f = found[found.length - 1];
    if (!f || f.b !== a - 1 || f.target.kind !== 'organization' || f.a === f.b || !/^\s*\($/.test(text.slice(toks[f.b].pe, toks[a].s))) return undefined;
    let caps = '';
    let all = '';
    for (let k = f.a; k <= f.b; k++) {
      const c = toks[k].t[0].toUpperCase();
      all += c;
      if (toks[k].cap) caps += c;
    }
    const acr = toks[a].t.replace(/[^\p{L}]/gu, '').toUpperCase();
    // (or the name after a prefix: "UN Office for the Coordination of Humanitarian Affairs (OCHA)")
    return acr === caps || acr === all || (acr.length >= 3 && caps.endsWith(acr) && caps.length - acr.length <= 2) || spellsAcronym(toks, f.a, f.b, toks[a].t) ? f.target : undefined;
  };
  const prevWord = (i: number): Tok | undefined => (i > 0 && toks[i - 1].line === toks[i].line ? toks[i - 1] : undefined);
  /** The last of the capitalised words joined to the one at a ("Los Angeles Clippers" from "Los"). */
  const capRunEnd = (a: number): number => {
    let e = a;
    while (toks[e + 1] && toks[e + 1].cap && joined(text, toks[e], toks[e + 1])) e++;
    return e;
  };

  // Saying verb right after the name (optionally after an appositive), or right before it.
  const sayAfter = (b: number): boolean => {
    const nx = toks[b + 1];
    if (!nx) return false;
    // "the Dow Jones Industrial Average added 157 points": a gain, not a statement
    if ((nx.l === 'added' || nx.l === 'adds') && toks[b + 2] && /^[\d$€£¥]/.test(toks[b + 2].t)) return false;
    const gf = toks[b].pe;
    const gt = nx.s;
    if (wsOnly(text, gf, gt) && SAY_VERBS.has(nx.l)) return true;
    if (wsOnly(text, gf, gt) && POSTNOMINALS.has(nx.t) && toks[b + 2] && wsOnly(text, nx.pe, toks[b + 2].s) && SAY_VERBS.has(toks[b + 2].l)) return true;
    if (wsOnly(text, gf, gt) && (nx.l === 'has' || nx.l === 'had' || nx.l === 'also' || nx.l === 'then' || nx.l === 'later') && toks[b + 2] && SAY_VERBS.has(toks[b + 2].l)) return true;
    return false;
  };
  /**
   * The name set off by commas after a lower-case role, then a saying verb:
   * "Zelenskiy's chief of staff, Andriy Yermak, said". (Not an organisation
   * ending a role phrase: "vice chairman of the National Bank, said".)
   */
  const saidAsAppositive = (a: number, b: number): boolean => {
    const pv = toks[a - 1];
    const nx = toks[b + 1];
    if (!pv || !nx || pv.cap || pv.line !== toks[a].line) return false;
    return text.charCodeAt(pv.pe) === 44 && wsCommaOnly(text, pv.pe, toks[a].s) && text.charCodeAt(toks[b].pe) === 44 && wsCommaOnly(text, toks[b].pe, nx.s) && SAY_VERBS.has(nx.l) && nx.l !== 'according';
  };
  /** "REUTERS/Vyacheslav Madiyevskyy": a known organisation's name in capitals, a slash, then the name. */
  const agencySlashBefore = (a: number): boolean => {
    if (a === 0 || text.charCodeAt(toks[a].s - 1) !== 47) return false;
    const pv = toks[a - 1];
    if (!pv.caps || pv.pe !== toks[a].s - 1) return false;
    for (let f = found.length - 1; f >= 0 && found[f].b >= a - 1; f--) if (found[f].b === a - 1 && found[f].target.kind === 'organization') return true;
    return false;
  };
  /** "Abdourahouf Gnon-Konde of the UN refugee agency told AFP": a name, its body after "of", then a verb of saying. */
  const ofBodySayAfter = (b: number): boolean => {
    const nx = toks[b + 1];
    if (!nx || nx.l !== 'of' || toks[b].poss || !wsOnly(text, toks[b].pe, nx.s)) return false;
    return /^\s+of\s+(?:the\s+)?[^,.;:!?"“”()\n]{2,60}?\s+(?:said|says|told|tells|added|stated|wrote|warned)\b/u.test(text.slice(toks[b].pe, toks[b].pe + 90));
  };
  /** ", who spent 50 years working for ...": "who" is said of people ("which" of bodies). */
  const whoAfter = (b: number): boolean => text.charCodeAt(toks[b].pe) === 44 && /^,\s+who\s/.test(text.slice(toks[b].pe, toks[b].pe + 8)) && !toks[b].poss;
  /** ", who lives nearby, told": a relative clause between the name and its saying verb. */
  const relativeSayAfter = (b: number): boolean => {
    if (text.charCodeAt(toks[b].pe) !== 44) return false;
    const m = /^,\s+who\s[^,.;:!?"“”()\n]{1,80},\s+(\p{L}+)/u.exec(text.slice(toks[b].pe, toks[b].pe + 120));
    return !!m && SAY_VERBS.has(m[1].toLowerCase()) && m[1] !== 'according';
  };
  const sayBefore = (a: number): boolean => {
    const pv = toks[a - 1];
    if (!pv) return false;
    const gf = pv.pe;
    const gt = toks[a].s;
    if (wsCommaOnly(text, gf, gt) && SAY_VERBS.has(pv.l) && pv.l !== 'according') return true;
    if (wsOnly(text, gf, gt) && pv.l === 'to' && toks[a - 2]?.l === 'according') return true;
    return false;
  };
  /** ", <role phrase>," right after the name: the phrase span when it holds a role noun early on. */
  // (asked for a name's cue and again for its roles: remembered per end offset)
  let appositives: Map<number, Span | undefined> | undefined;
  const appositive = (b: number): Span | undefined => {
    const after = toks[b].pe;
    if (text.charCodeAt(after) !== 44 /* , */) return undefined;
    if (appositives === undefined) appositives = new Map();
    else if (appositives.has(after)) return appositives.get(after);
    const span = appositiveAt(after);
    appositives.set(after, span);
    return span;
  };
  const appositiveAt = (after: number): Span | undefined => {
    const m = /^,\s+((?:who is |who was |who serves as |who heads )?(?:the |a |an |one of |now |then |also )?[^,.;:!?"“”()\n]{2,160})(?=,|\.(?:\s|$)|;|\s+(?:said|says|told|added|announced|stated|noted|explained|confirmed|disclosed|revealed|warned|claimed)\b)/.exec(text.slice(after, after + 200));
    if (!m) return undefined;
    // (up to a dash that opens an aside: "head of the Red Crescent in al-Arish -- where the aid arrives -- told AFP")
    const dash = m[1].search(/\s(?:--|\u2014|\u2013)\s/);
    let phrase = dash > 0 ? m[1].slice(0, dash) : m[1];
    // (up to the clause's verb or time when no comma closes the role: "Mahmood Yakubu, INEC's chief announced the result",
    // "Julius Abure, the party's chairperson Tuesday addressed reporters")
    const verbAt = /^(.*?\b(?:chief|chairperson|chairman|chairwoman|spokesperson|spokesman|spokeswoman|director|minister|secretary|president|governor|head|leader|commissioner|officer|executive|manager|commander|chair))\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|\p{Ll}+ed)\b/iu.exec(phrase);
    if (verbAt && !TITLES.has(verbAt[0].split(/\s+/).pop()!.toLowerCase())) phrase = verbAt[1];
    // (and before an auxiliary or a negation that opens the clause: "Mr A, the spokesperson of the Ministry didn't give details")
    const aux = phrase.search(/\s(?:didn['’]t|doesn['’]t|don['’]t|won['’]t|wouldn['’]t|couldn['’]t|can['’]t|cannot|did|does|will|would|could|should|might|must)\s/u);
    if (aux > 0) phrase = phrase.slice(0, aux);
    // (and before a tally the person got: "David Mwaure Waihiga, leader of the Agano Party got 31,987 votes")
    phrase = phrase.replace(/\s+(?:got|won|polled|secured|garnered|obtained)\s+\d.*$/, '');
    // (and before a relative clause on the role's noun: "leader of the exiled Belarus opposition whose husband Siarhei was
    // released", "a researcher at the University of California who studies street drugs")
    const rel = phrase.search(/\s(?:who|whose|which)\s/);
    if (rel > 0) phrase = phrase.slice(0, rel);
    // (and before where it was said: "the president of the association in a statement said")
    phrase = phrase.replace(/\s+(?:in|on) (?:a|an|the|its|his|her) (?:statement|press release|release|letter|post|tweet|interview|briefing|video)\b.*$/i, '');
    // (and before the verb that ends it when no comma comes first: "Ali Saadat, a local official said, IRNA reported")
    // (or with the time it was said after it, when the words before the verb end in a role: "a local official said on
    // Monday"; not "retired General Prabowo Subianto, the election commission’s official count said early on May 21")
    // (a role written without its article too: "Peter Sands, Executive Director of the Global Fund told the launch of ...")
    // (or a title in lower case, when the clause goes on after the verb: "Tran Dac Phu, head of the Ministry’ Department of
    // Preventive Medicine said that just a few children ..."; not "Khan Yunis, officials said.")
    const lowerTitle = !/^(?:the|a|an)\s/i.test(phrase) && !/^\p{Lu}/u.test(phrase) && TITLES.has(phrase.slice(0, phrase.search(/\s|$/)).toLowerCase());
    if (/^(?:the|a|an)\s/i.test(phrase) || /^\p{Lu}/u.test(phrase) || lowerTitle) {
      const said = /(?:\s+(?:has|have|had))?\s+(?:said|says|told|added|announced|stated|noted|explained|confirmed|disclosed|revealed|warned|claimed)(?:\s|$)/.exec(phrase);
      if (said && !(lowerTitle && said.index + said[0].length >= phrase.length)) {
        const before = phrase.slice(0, said.index);
        // (a title and what it is of before the verb is a role too: "Ali Akbar Javidan, the chief of police of Kermanshah
        // province announced that ...")
        const titleOf = /^(?:(?:the|a|an)\s+)?(?:\S+\s+){0,2}?(\S+)\s+of\s/i.exec(before);
        if (said.index + said[0].length < phrase.length && !TITLES.has(withoutPossessive(before.slice(before.lastIndexOf(' ') + 1).toLowerCase())) && !(titleOf && TITLES.has(titleOf[1].toLowerCase()))) return undefined;
        phrase = before;
      }
    }
    // (a document that speaks next is no role: "..., Abdullahi Mohamed Ali, a statement from the prime minister’s office said")
    if (/^(?:a|an|the)\s+(?:\S+\s+)?(?:statement|report|release|letter|post|tweet|notice|document|filing|memo|communiqu[eé]|video)\b/i.test(phrase)) return undefined;
    const words = phrase.toLowerCase().split(/\s+/).slice(0, 7);
    // the next item of a list: "Sergey Lavrov, and other members of the council"
    if (/^(?:and|or|but|nor|while|as|plus)$/.test(words[0] ?? '')) return undefined;
    // a verb phrase, not a role: "Ju Ae, accompanied her father", "Jane Doe, speaking urgently to reporters"
    // (not "a retired general", "acting director")
    // (or a number: "Akademikerne Helse, pulled 119 more members off the job")
    if (words.length > 1 && /(?:ed|ing)$/.test(words[0]) && !TITLES.has(words[0]) && (/ly$/.test(words[1]) || /^\d/.test(words[1]) || /^(?:her|his|their|its|him|them|the|a|an|to|at|in|on|with|from|for|by|about|that|this|some|more|another|dozens|hundreds|thousands)$/.test(words[1]))) return undefined;
    // (or a verb, an adverb and a participle: "Some, like Vladimir Milov, advocate radically tightening sanctions")
    if (words.length > 2 && !/^(?:a|an|the|his|her|its|their|our|my|your)$/.test(words[0]) && /[a-z]ly$/.test(words[1]) && !LY_ROLE_WORDS.has(words[1]) && /[a-z](?:ing|ed)$/.test(words[2])) return undefined;
    // (or an adverb, then the verb: "Ibrahim Kaoje, immediately led a team of officers to the scene")
    if (words.length > 2 && /[a-z]ly$/.test(words[0]) && !LY_ROLE_WORDS.has(words[0]) && (/[a-z](?:ed|ing)$/.test(words[1]) || PAST_VERBS.has(words[1])) && /^(?:her|his|their|its|him|them|the|a|an|to|at|in|on|with|from|for|by|about|that|this)$/.test(words[2])) return undefined;
    if (!words.some((w) => TITLES.has(withoutPossessive(w)) || TITLES.has(w.endsWith('s') ? w.slice(0, -1) : w))) return undefined;
    if (words.length > 0 && SAY_VERBS.has(words[0])) return undefined;
    // (a relative clause of something done is no role: "Health Minister Firass Abiad, who told reporters that ...")
    if (words[0] === 'who' && !/^who (?:is|was|serves as|heads) /i.test(phrase)) return undefined;
    // (nor a passive or progressive after "who is": "Antonio Guterres, who is slated to meet refugees", "who was seeking")
    if (words[0] === 'who' && /^(?:is|was)$/.test(words[1] ?? '') && words[2] && ((/[a-z](?:ed|ing)$/.test(words[2]) && !TITLES.has(words[2]) && !TITLE_MODIFIERS.has(words[2])) || /^(?:set|due|about|likely|unlikely|to|also|not|still|being)$/.test(words[2]))) return undefined;
    // a clause that goes on, not a role: "According to Zelensky, some 11 000 North Korean soldiers have ..."
    // (or the next item of a list, a count of people: "President Yoon Suk Yeol, several cabinet ministers, military commanders")
    if (/^(?:some|about|around|nearly|almost|more|over|up|at|\d)/.test(words[0] ?? '') || /^(?:several|many|numerous|various|other|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/.test(words[0] ?? '') || /\b(?:have|has|had|were|was|are|is|will|would)\s+(?:been|also|already)\b/.test(phrase)) return undefined;
    // the next item of a list, not a role: "Jong Kyong Thaek, KPA General Staff Chief Pak Su Il and other officers,"
    // (a capitalised title, then a name)
    const ws = phrase.split(/\s+/);
    for (let k = 0; k + 2 < ws.length; k++) if (/^\p{Lu}/u.test(ws[k]) && TITLES.has(ws[k].toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(ws[k + 1]) && /^\p{Lu}/u.test(ws[k + 2])) return undefined;
    // (or a relation, then a name: "his wife Casey, son Mason, and Iowa Governor Kim Reynolds")
    if (ws.length === 2 && RELATION_NOUNS.has(ws[0]) && /^\p{Lu}\p{Ll}/u.test(ws[1])) return undefined;
    // (or a lower-case one opening the phrase: "commander George Zamka, pilot Terry Virts, flight engineer ...")
    if (ws.length >= 3 && TITLES.has(ws[0]) && /^\p{Lu}\p{Ll}/u.test(ws[1]) && /^\p{Lu}\p{Ll}/u.test(ws[2]) && !/['’]s?$/.test(ws[1]) && !/['’]s?$/.test(ws[2])) return undefined;
    // (or a lower-case title or verb of a film's cast, then another person's name: "Directed by Jeff Tremaine, the film
    // stars Johnny Knoxville", "Michael Pena, Charlie Plummer and Chinese Canadian actress Kelly Yu"; not "US president Joe
    // Biden's envoy", whose role the possessive makes)
    for (let k = 1; k + 2 < ws.length; k++) {
      const w = ws[k].toLowerCase();
      if (!((TITLES.has(w) || (w.endsWith('s') && TITLES.has(w.slice(0, -1))) || LOWER_TITLES_BEFORE_NAME.has(ws[k])) && /^\p{Lu}\p{Ll}/u.test(ws[k + 1]) && /^\p{Lu}\p{Ll}/u.test(ws[k + 2]) && !/['’]s?$/.test(ws[k + 1]) && !/['’]s?$/.test(ws[k + 2]))) continue;
      // (the other person after a preposition is part of the role: "the sister of the North Korean leader Kim Jong Un",
      // "a spokesman for Prime Minister ...")
      let prep = false;
      for (let j = k - 1; j >= 0 && j >= k - 5 && !prep; j--) prep = /^(?:of|for|to|at|with|by|under|from)$/i.test(ws[j]);
      if (!prep) return undefined;
    }
    // the subject of the next clause, not an apposition: "... in nearby Khan Yunis, officials said",
    // "..., agency spokesman Mahmud Bassal said" (an apposition has its article or its closing comma)
    if (!/^(?:the|a|an|who|one|now|then|also)\b/i.test(phrase) && (/^\s+(?:said|says|told|added)\b/.test(text.slice(after + m[0].length, after + m[0].length + 8)) || /\s(?:said|says|told|added)$/.test(phrase))) return undefined;
    const start = after + m[0].indexOf(m[1]);
    let text2 = phrase.replace(/^(who is|who was|who serves as|who heads) /, '');
    const skip = phrase.length - text2.length;
    text2 = text2.trimEnd();
    return { start: start + skip, end: start + skip + text2.length };
  };
  /** A lower-case role noun (or "<role> of") right before the name. */
  const roleBefore = (a: number): boolean => {
    const pv = prevWord(a);
    if (!pv) return false;
    const gf = pv.pe;
    const gt = toks[a].s;
    // "an arms dealer by the name of Ashot Mkrtychev", "a man named John Smith"
    if (pv.l === 'of' || pv.l === 'named' || pv.l === 'as') {
      const before = text.slice(Math.max(0, gt - 40), gt);
      if (/\bby the name of\s+$/i.test(before) || /\b(?:man|woman|boy|girl|person|dealer|official|officer|soldier|businessman|businesswoman|agent|citizen|resident|student|journalist)\s+named\s+$/i.test(before)) return true;
      // "His daughter, known as Ju Ae, ...": a relation between commas, then the name it is known by
      if (/\b(?:daughter|son|sister|brother|wife|husband|mother|father|widow|niece|nephew|grandson|granddaughter)\s*,\s+(?:known|identified)\s+as\s+$/i.test(before)) return true;
    }
    // "led by 39-year-old Batbayar Ganzorig"
    // (not a place before the person it describes: "the 32-year-old California man")
    if (wsOnly(text, gf, gt) && /^\d{1,3}[-\u2010]year[-\u2010]old$/.test(pv.l)) {
      const e = capRunEnd(a);
      const nx = toks[e + 1];
      return !(nx && !nx.cap && !toks[e].poss && wsOnly(text, toks[e].pe, nx.s) && PEOPLE_AFTER_PLACE.has(nx.l));
    }
    // "Directed by Roland Emmerich, the film stars ...": a film's or a book's maker
    if (pv.l === 'by' && wsOnly(text, gf, gt)) {
      const p2 = prevWord(a - 1);
      if (p2 && wsOnly(text, p2.pe, pv.s) && /^(?:directed|produced|written|composed|narrated|hosted|illustrated|choreographed|co-written|co-directed)$/.test(p2.l)) return true;
    }
    // "Its leader, Gerald Kinzl, said": a role noun, then the name between commas
    // (or an acronym: "the newspaper's interim CEO, Patty Stonesifer, sits")
    if (commaWs(text, gf, gt) && (!pv.cap || pv.caps) && !pv.poss && (TITLES.has(pv.l) || TITLES.has(pv.l.replace(/^co-/, '')))) {
      const e = capRunEnd(a);
      // (or the name ends the sentence: "... and its new defense minister, Andrey Belousov.")
      if (text.charCodeAt(toks[e].pe) === 44 || (e > a && text.charCodeAt(toks[e].pe) === 46 && !/\S/.test(text.charAt(toks[e].pe + 1)))) return true;
    }
    // "the director general of the National Intelligence Security Agency, Abdullahi Mohamed Ali, ...": a title of a
    // body, then the name between commas
    if (commaWs(text, gf, gt) && !pv.poss && titleOfBodyBefore(gt)) {
      const e = capRunEnd(a);
      if (e > a && text.charCodeAt(toks[e].pe) === 44) return true;
    }
    if (!wsOnly(text, gf, gt) || pv.poss) return false;
    // (an adjective, not the rank, before a name that modifies a plural: "running major Hollywood studios")
    if (pv.l === 'major' && !pv.cap) {
      const e = capRunEnd(a);
      const nx = toks[e + 1];
      if (nx && !nx.cap && !toks[e].poss && wsOnly(text, toks[e].pe, nx.s) && /[^s]s$/.test(nx.l) && !SAY_VERBS.has(nx.l)) return false;
    }
    if (titleWord(pv) || lowerTitle(pv) || (pv.l.startsWith('ex-') && TITLES.has(pv.l.slice(3)))) return true;
    if (pluralTitle(pv.l) && toks[a + 1] && isNameLike(toks[a]) && isNameLike(toks[a + 1]) && joined(text, toks[a], toks[a + 1])) return true;
    if (pv.l === 'of' || pv.l === 'for') {
      const p2 = prevWord(a - 1);
      if (p2 && wsOnly(text, p2.pe, pv.s) && TITLES.has(p2.l) && !p2.cap && RELATION_NOUNS.has(p2.l)) return true;
    }
    return false;
  };
  /**
   * A country or capital in the possessive right before the name: "Hungary's
   * Viktor Orban", "North Korea's Kim Jong Un" (how wire copy names a leader
   * with no title). Only a place already found, with 's, then a space.
   */
  const placePossBefore = (a: number): boolean => {
    const pv = prevWord(a);
    if (!pv || !pv.poss || pv.pe - pv.e !== 2 || !wsOnly(text, pv.pe, toks[a].s)) return false;
    for (let k = found.length - 1; k >= 0 && found[k].b >= a - 1; k--) if (found[k].b === a - 1 && found[k].target.kind === 'place') return true;
    return false;
  };
  /** A country's possessive before a run that names a person, not a thing of the country ("Israel's Iron Dome", "Ukraine's Black Sea ports"). */
  const leaderAfterPlace = (a: number, b: number): boolean => {
    if (!placePossBefore(a)) return false;
    for (let k = a; k <= b; k++) if (NOT_PERSON_WORDS.has(toks[k].t)) return false;
    // a place of the country, named by the noun after it: "Israel's Kerem Shalom crossing"
    const nx = toks[b + 1];
    if (nx && !nx.cap && PLACE_NOUNS_AFTER.has(nx.l) && wsOnly(text, toks[b].pe, nx.s)) return false;
    return true;
  };
  /** "Secretary of", "Minister for" right before `a` (not a relation: "the sister of" names someone else). */
  const titleOfBefore = (a: number): boolean => {
    // ("European Commissioner for the Internal Market Thierry Breton")
    if (toks[a - 1]?.l === 'the' && toks[a - 2] && (toks[a - 2].l === 'for' || toks[a - 2].l === 'of') && prevWord(a) && prevWord(a - 1) && wsOnly(text, toks[a - 1].pe, toks[a].s)) a--;
    const pv = prevWord(a);
    if (!pv || (pv.l !== 'of' && pv.l !== 'for') || !wsOnly(text, pv.pe, toks[a].s)) return false;
    const p2 = prevWord(a - 1);
    if (!p2 || !wsOnly(text, p2.pe, pv.s)) return false;
    if (TITLES.has(p2.l)) return !RELATION_NOUNS.has(p2.l);
    // a portfolio after the department: "Under Secretary of Defense for Policy Colin Kahl"
    if (pv.l !== 'for') return false;
    for (let k = a - 2; k >= 2 && k > a - 5 && toks[k].cap && DEPARTMENT_WORDS.has(toks[k].l) && toks[k - 1].line === toks[k].line && wsOnly(text, toks[k - 1].pe, toks[k].s); k--) {
      const of = toks[k - 1];
      if (of.l !== 'of') continue;
      const title = toks[k - 2];
      return title.line === of.line && wsOnly(text, title.pe, of.s) && TITLES.has(title.l) && !RELATION_NOUNS.has(title.l);
    }
    return false;
  };
  /**
   * A title of a body, then a comma, right before offset `gt`: "the director general of the National Intelligence
   * Security Agency, " (read only where an "of" comes within 100 characters before).
   */
  const titleOfBodyBefore = (gt: number): boolean => {
    if (text.lastIndexOf(' of ', gt) <= gt - 100) return false;
    const m = /\b(\p{Ll}+(?:-\p{Ll}+)?)(?: general)? of (?:the |a |an |its |his |her |their )?(?:[\p{L}’'-]+ ){0,5}[\p{L}’'-]+,\s*$/u.exec(text.slice(Math.max(0, gt - 100), gt));
    return !!m && TITLES.has(m[1]) && !RELATION_NOUNS.has(m[1]);
  };
  /**
   * ", a Norwegian shipping company,", ", a unit of Anglo American,": an appositive right after the name that says
   * what kind of body it is (a few modifiers, then an organisation's noun that ends the phrase or takes "of", "based",
   * "that" ...); not a person's ("a spokesman for the company", "a bank employee", "the club's president").
   */
  const orgAppositiveAfter = (b: number): boolean => {
    const det = toks[b + 1];
    if (!det || toks[b].poss || !(det.l === 'a' || det.l === 'an' || det.l === 'the') || det.line !== toks[b].line || !commaWs(text, toks[b].pe, det.s)) return false;
    for (let k = b + 2; k <= b + 6 && k < toks.length; k++) {
      const w = toks[k];
      if (w.line !== det.line || !wsOnly(text, toks[k - 1].pe, w.s) || toks[k - 1].poss) return false;
      const tail = text.slice(w.pe, w.pe + 16);
      if (!w.cap && !w.poss && BODY_PART_NOUNS.has(w.l)) return /^\s+of\s/.test(tail);
      // (not a collective of people: "Guayaquil, a group of armed men stormed ...")
      if (!w.cap && !w.poss && ORG_NOUNS.has(w.l) && !APPOSITIVE_NOT_BODY.has(w.l)) return ORG_APPOSITIVE_END.test(tail) && !PEOPLE_GROUP_AFTER.test(text.slice(w.pe, w.pe + 40));
      if (TITLES.has(w.l) || APPOSITIVE_STOPS.has(w.l)) return false;
    }
    return false;
  };
  const orgNounBefore = (a: number): boolean => {
    const pv = prevWord(a);
    if (!pv || !(ORG_NOUNS.has(pv.l) || sectorMajor(a - 1)) || (pv.cap && !pv.initial)) return false;
    // (a rival is a person too, named in two or three words of no English or place: "rival Tadej Pogacar", not
    // "Rival Nordic Silicon said")
    if (pv.l === 'rival') {
      const e = capRunEnd(a);
      let personal = e > a && e - a <= 2;
      for (let k = a; k <= e && personal; k++) personal = !COMMON.has(toks[k].l) && !g.forms.has(toks[k].n) && !g.demonyms.has(toks[k].n) && !isOrgHead(toks[k].t) && !toks[k].caps;
      // (and written by the surname alone elsewhere, as a person is: "Pogacar")
      if (personal) {
        let alone = 0;
        for (let k = 0; k < toks.length && alone === 0; k++) if (k !== e && toks[k].t === toks[e].t && (k === 0 || toks[k - 1].t !== toks[e - 1].t)) alone++;
        if (alone > 0) return false;
      }
    }
    const gf = pv.pe;
    const gt = toks[a].s;
    if (wsOnly(text, gf, gt)) return true;
    // "Tavares's first club, Vitoria Guimaraes, under ...": the name between commas
    // (not a person's: "the head of Ukraine's nuclear watchdog, Oleh Korikov, said")
    if (!commaWs(text, gf, gt) || GIVEN_NAMES.has(toks[a].t)) return false;
    // (nor the officer of a body named before: "the director general of the agency, Abdullahi Mohamed Ali, ...")
    if (titleOfBodyBefore(gt)) return false;
    return text.charCodeAt(toks[capRunEnd(a)].pe) === 44;
  };
  /** "major" after a trade at token k, a big firm and no rank: "French defence major Dassault Aviation", "oil major Shell". */
  const sectorMajor = (k: number): boolean => {
    const t = toks[k];
    const pv = t.l === 'major' && !t.cap ? prevWord(k) : undefined;
    return !!pv && !pv.poss && wsOnly(text, pv.pe, t.s) && SECTOR_WORDS.has(pv.l);
  };
  /** A corporate role from token j ("chairman and CEO", "chief financial officer"), then a person's name found in this article. */
  const officerAfter = (j: number): boolean => {
    let k = j;
    while (k < toks.length && k - j < 5 && !toks[k].cap && (CORPORATE_ROLES.has(toks[k].l) || /^(?:and|chief|executive|financial|operating|technology|officer|interim|acting|co|former)$/.test(toks[k].l))) k++;
    while (k < toks.length && k - j < 5 && toks[k].caps && CORPORATE_ROLES.has(toks[k].l)) k++;
    if (k === j || k >= toks.length || !toks[k].cap) return false;
    for (let f = found.length - 1; f >= 0; f--) if (found[f].a === k) return found[f].target.kind === 'person';
    return false;
  };
  /** A lower-case noun of place right after the name ending at b: "Medak district", "Multan airport". */
  const placeNounAfter = (b: number): boolean => {
    const nx = toks[b + 1];
    return !!nx && !nx.cap && !toks[b].poss && wsOnly(text, toks[b].pe, nx.s) && (PLACE_NOUNS_AFTER.has(nx.l) || PLACE_BODY_WORDS.has(nx.l));
  };
  /**
   * Words around the run a..b that make it a place, not a person: "a farming town called Mai Kadra", "in Mai Kadra,
   * an ethnically mixed town", "killings in Mai Kadra, Ethiopia", "Chad’s Wadi Fira and Ennedi Est provinces".
   */
  const placeAround = (a: number, b: number): boolean => {
    const pv = prevWord(a);
    if (pv && (pv.l === 'called' || pv.l === 'named')) {
      const p2 = prevWord(a - 1);
      if (p2 && !p2.cap && PLACE_NOUNS_AFTER.has(p2.l)) return true;
    }
    if (PLACE_APPOSITION.test(text.slice(toks[b].pe, toks[b].pe + 100))) return true;
    const nx = toks[b + 1];
    if (pv && !pv.cap && /^(?:in|near|outside)$/.test(pv.l) && nx && nx.line === toks[b].line && commaWs(text, toks[b].pe, nx.s) && g.forms.get(nx.n)?.kind === 'place') return true;
    // (the plural of a place noun after the run, or after "and" and a second run)
    let e = b;
    if (nx && nx.l === 'and' && !nx.cap && toks[e + 2]?.cap && joined(text, nx, toks[e + 2])) {
      e += 2;
      while (e - b < 5 && toks[e + 1]?.cap && joined(text, toks[e], toks[e + 1])) e++;
    }
    const pl = toks[e + 1];
    return !!pl && !pl.cap && !toks[e].poss && wsOnly(text, toks[e].pe, pl.s) && pl.l.endsWith('s') && PLACE_NOUNS_AFTER.has(pl.l.slice(0, -1));
  };
  /** "an analyst at Fjord Commodities", "economists at Goldman Sachs": the employer of a role. */
  const employerBefore = (a: number): boolean => {
    const pv = prevWord(a);
    if (!pv || pv.l !== 'at' || !wsOnly(text, pv.pe, toks[a].s)) return false;
    const p2 = prevWord(a - 1);
    if (!p2 || p2.cap || !wsOnly(text, p2.pe, pv.s)) return false;
    if (TITLES.has(p2.l) || /^(?:analysts|economists|strategists|researchers|scientists|experts|officials|executives|traders|engineers|employees|workers|staff)$/.test(p2.l)) return true;
    // (a title with its field between: "head of financial analysis at AJ Bell", "director of research at")
    let k = a - 2;
    for (let n = 0; n < 4 && k > 0; n++, k--) {
      const w = toks[k - 1];
      if (w.line !== toks[k].line || w.cap || !wsOnly(text, w.pe, toks[k].s)) return false;
      if (TITLES.has(w.l)) return toks[k].l === 'of';
    }
    return false;
  };
  /** "Neil Ashworth, 46, from Sevenoaks": an age between commas after the name. */
  // (not a tally grouped in thousands: "Baja California, 2,642; Chihuahua, 2,396")
  const ageAfter = (b: number): boolean => text.charCodeAt(toks[b].pe) === 44 && /^,\s*\d{1,3}(?!,\d{3})\s*[,.;)]/.test(text.slice(toks[b].pe, toks[b].pe + 10));
  /**
   * A one-word place that is the first name of a person: "Jordan Blake, 23,",
   * "Defence Minister Israel Katz", "Georgia Brown said". The words after it are
   * name-like (no place, no organisation word), the place is a given name too
   * ("Turkey Erdogan" is no one), and a person's cue holds: a title
   * before, an age, a role between commas, or a verb of saying after. Returns the
   * name's last token, or -1.
   */
  const placeAsFirstName = (f: Found): number => {
    if (f.a !== f.b || !FIRST_NAME_PLACES.has(toks[f.a].t) || toks[f.a].poss || toks[f.a].caps || lineOf(f.a).caps || inDateline(f.a)) return -1;
    let q = f.b;
    while (q - f.b < 3 && toks[q + 1] && !toks[q].poss && joined(text, toks[q], toks[q + 1]) && isNameLike(toks[q + 1]) && !NOT_PERSON_WORDS.has(toks[q + 1].t) && !/^(?:Saint|St|San|Santa)\b/.test(toks[q + 1].t)) q++;
    // (not a known name after it: "India Red Crescent")
    if (q === f.b || lookup(f.b + 1, q, discovered)) return -1;
    const pv = prevWord(f.a);
    const titled = !!pv && wsOnly(text, pv.pe, toks[f.a].s) && TITLES.has(pv.l) && !pv.poss;
    return titled || ageAfter(q) || appositive(q) !== undefined || sayAfter(q) || relativeSayAfter(q) ? q : -1;
  };
  /** A preposition of place right before: "A teacher in Djibo told Reuters" (Djibo is where, not who). */
  const placeBefore = (k: number): boolean => {
    const pv = toks[k - 1];
    return !!pv && !pv.cap && /^(?:in|at|from|near|outside|inside)$/.test(pv.l) && wsOnly(text, pv.pe, toks[k].s);
  };
  /**
   * An acronym that names a weapon or a system, not a body: "IRIS-T SLM air defense systems",
   * "NASAMS systems" (a weapon noun after it, at most two modifiers between); or a word in capitals
   * that is no acronym here: a currency's code before its amount, a word shouted with common words.
   */
  const designation = (k: number): boolean => {
    // a vehicle's plate: "with registration number JEG 636 XA", "Reg. No. MKA515ZD" (a few tokens on, nothing but the plate between)
    for (let q = k - 1; q >= 0 && k - q <= 4 && (toks[q].caps || /\d/.test(toks[q].t) || /^(?:number|no|plate|registration|reg|nos)$/.test(toks[q].l)); q--) {
      if (/^(?:number|no)$/.test(toks[q].l) && /^(?:registration|reg|plate)$/.test(toks[q - 1]?.l ?? '')) return true;
    }
    // a hull number in parentheses: "USS Carney (DDG 64)"
    const nx = toks[k + 1];
    // a currency's code before its amount: "VND 12,304", "GH₵6,720"
    if (currencyCode(toks[k].t) && /^\s?[\d₵¢]/.test(text.slice(toks[k].pe, toks[k].pe + 2))) return true;
    // a word shouted with common words in capitals beside it: "HOUSE PRICES HAVE risen" (not "NATO said")
    // (any word of the run of capitals: "FUEL COSTS HAVE")
    if (toks[k].t.length >= 4) {
      const common = (n: Tok) => CAPS_WORDS.has(n.t) || COMMON.has(n.l);
      for (let q = k - 1; q >= 0 && k - q <= 3 && toks[q].caps && toks[q].t.length >= 2 && joined(text, toks[q], toks[q + 1]); q--) if (common(toks[q])) return true;
      for (let q = k + 1; q < toks.length && q - k <= 3 && toks[q].caps && toks[q].t.length >= 2 && joined(text, toks[q - 1], toks[q]); q++) if (common(toks[q])) return true;
    }
    if (nx && text.charCodeAt(toks[k].s - 1) === 40 /* ( */ && /^\d+$/.test(nx.t) && wsOnly(text, toks[k].pe, nx.s) && text.charCodeAt(nx.pe) === 41 /* ) */) return true;
    for (let q = k + 1; q <= k + 3 && toks[q] && !toks[q].cap && joined(text, toks[q - 1], toks[q]); q++) {
      if (WEAPON_NOUNS.has(toks[q].l)) return true;
      if (!WEAPON_MODIFIERS.has(toks[q].l)) return false;
    }
    return false;
  };
  /**
   * A caption line that is only a title and a name: "German Chancellor Olaf Scholz".
   * The name is a given name and a surname that end the line. Returns the name's
   * first token, or -1.
   */
  const captionName = (a: number, b: number): number => {
    const L = lineOf(a);
    if (!spaceOrEmpty(text, L.start, toks[a].s) || !spaceOrEmpty(text, toks[b].pe, L.end) || b - a < 2) return -1;
    const p = b - 1;
    if (!GIVEN_NAMES.has(toks[p].t) || !isNameLike(toks[b]) || toks[b].poss) return -1;
    let titled = false;
    for (let k = a; k < p; k++) {
      if (TITLES.has(toks[k].l)) titled = true;
      else if (!TITLE_MODIFIERS.has(toks[k].l) && !gazetteer().demonyms.has(toks[k].n)) return -1;
    }
    return titled && TITLES.has(toks[p - 1].l) ? p : -1;
  };
  /**
   * A broadcast's name strap, a line "Name / Affiliation" ("Jeong Seong-hak /
   * Korea Institute for Security Strategy"): 1 for the name (two or three
   * name-like words before the slash), 2 for the affiliation after it, else 0.
   */
  const lowerThird = (a: number, b: number): number => {
    const L = lineOf(a);
    const line = text.slice(L.start, L.end);
    const slash = line.indexOf('/');
    if (slash < 0 || line.indexOf('/', slash + 1) >= 0 || !/^\s*\S[^/]{2,40}?\s?\/\s?\S[^/]{2,80}$/.test(line)) return 0;
    const at = L.start + slash;
    if (toks[b].pe <= at && spaceOrEmpty(text, L.start, toks[a].s) && b - a >= 1 && b - a <= 2 && allNameLike(a, b)) return 1;
    if (toks[a].s > at) return 2;
    return 0;
  };
  /** "Dow Jones Business News", "Press Trust Wire": a byline's capitals that run on to a news service, with no given name first. */
  const wireService = (i: number, e: number): boolean => {
    if (GIVEN_NAMES.has(toks[i].t)) return false;
    for (let k = e + 1; k <= e + 2 && k < toks.length && toks[k].cap && joined(text, toks[k - 1], toks[k]); k++) if (/^(?:News|Wire|Newswire|Service|Services)$/.test(toks[k].t)) return true;
    return false;
  };
  /** A dateline's place words: "LILONGWE, Malawi (AP) —". */
  const inDateline = (k: number): boolean => {
    const L = lineOf(k);
    return L.dateline >= 0 && toks[k].s < L.dateline;
  };
  /** Whether a dateline's place words end between toks[k] and the token after it: "WASHINGTON | The National ...". */
  const datelineEndsAfter = (k: number): boolean => {
    const L = lineOf(k);
    return L.dateline >= 0 && k + 1 < toks.length && toks[k].pe <= L.dateline && toks[k + 1].s >= L.dateline;
  };
  /** A body's acronym at k, then the nation it serves: "NHS England", "NHS Scotland". */
  const servesNation = (k: number): boolean => {
    const n = toks[k + 1];
    return !!n && toks[k].caps && /^(?:England|Scotland|Wales)$/.test(n.t) && !toks[k].poss && joined(text, toks[k], n);
  };
  /**
   * An acronym that names a body here: not a dateline's place, a designation, nor a byline's name in capitals
   * ("By YURI KAGEYAMA and TOM KRISHER, AP Business Writers").
   */
  const acronymHere = (k: number): boolean => isAcronym(toks[k]) && !inDateline(k) && !designation(k) && !(lineOf(k).byline && toks[k].caps && bylineCaps(k));
  /** A word in capitals among the names of a byline: after "By", a comma, "and" or "&", or after such a word. */
  const bylineCaps = (k: number): boolean => {
    let a = k;
    while (a > 0 && toks[a - 1].caps && toks[a - 1].line === toks[k].line && joined(text, toks[a - 1], toks[a])) a--;
    return bylineName(a);
  };
  /** A name on a byline line after its marker or a separator: "By A and B", "Reporting by A, B and C". */
  const bylineName = (a: number): boolean => {
    const L = lineOf(a);
    if (!L.byline) return false;
    const before = text.slice(L.start, toks[a].s);
    return /(?:\bby|,|\band|&)\s*$/i.test(before);
  };
  /** Byline: "By X" at a line start, or a name alone on a line next to a date line. */
  const byline = (a: number, b: number): boolean => {
    const li = toks[a].line;
    const L = lines[li];
    // (every marker ends in "by" or "author": most names have neither before them)
    if (endsInByOrAuthor(text, L.start, toks[a].s)) {
      const before = text.slice(L.start, toks[a].s);
      if (/(^|[;,|•\u2022]\s*)(by|posted by|written by|reporting by|additional reporting by|report by|words by|story by|edited by|editing by|compiled by|author:?)\s*$/i.test(before)) return true;
    }
    if (spaceOrEmpty(text, L.start, toks[a].s) && spaceOrEmpty(text, toks[b].pe, L.end)) {
      for (const d of [-1, 1, 2]) {
        let k = li + d;
        while (k >= 0 && k < lines.length && lines[k].blank && Math.abs(k - li) < 3) k += d > 0 ? 1 : -1;
        if (k >= 0 && k < lines.length && lines[k].date && !lines[k].blank) return true;
      }
    }
    return false;
  };
  const inCredit = (a: number): boolean => {
    const L = lineOf(a);
    if (L.credit && toks[a].s < L.creditFrom) return false;
    if (L.credit) return true;
    // a caption's bracketed credit at the line's end: "... nations [Fabrizio Bensch/Reuters]", "[AP Photo/Efrem Lukatsky]"
    // (in round brackets, with a word of photo credits: "(AP Photo/Efrem Lukatsky)", not "(Kyiv/Moscow)")
    // (only when the line ends with the bracket: most lines do not)
    let last = L.end - 1;
    while (last > L.start && isSpaceCode(text.charCodeAt(last))) last--;
    const closer = text.charCodeAt(last);
    let open = toks[a].s - 1;
    const stop = closer === 41 || closer === 93 ? Math.max(L.start, toks[a].s - 40) : open + 1;
    while (open >= stop && text.charCodeAt(open) !== 91 /* [ */ && text.charCodeAt(open) !== 40 /* ( */) open--;
    if (open >= stop) {
      const round = text.charCodeAt(open) === 40;
      const m = (round ? /^\(([^)\n]{1,100})\)\s*$/ : /^\[([^\]\n]{1,100})\]\s*$/).exec(text.slice(open, L.end));
      if (m && m[1].includes('/') && (!round || /\b(?:photo|image|pool|via|getty)\b/i.test(m[1]))) return true;
    }
    // (both patterns need one of these words before the name: most lines have none)
    if (L.media < 0) L.media = /photo|image|picture|video/i.test(text.slice(L.start, L.end)) ? 1 : 0;
    if (L.media === 0) return false;
    const before = text.slice(L.start, toks[a].s);
    return /\((?:photo|image|picture|file photo|photograph|video)s?\s*(?:by|:|credit:?)\s*[^)]*$/i.test(before) || /(?:photo|image|picture)s?\s*(?:by|:)\s*(?:[\p{L}\s.]+\/)*$/iu.test(before);
  };
  const parenthesisedAlone = (a: number, b: number): boolean => text[toks[a].s - 1] === '(' && text[toks[b].pe] === ')';
  /**
   * A one-word place written as a surname: after a known given name or an honorific, itself no possessive ("Michael Jordan",
   * "Mr Jordan"). `found` is the dictionary's match at k when the caller has it; else it is looked up after the cheaper tests.
   */
  const placeSurnameAt = (k: number, found?: Found): boolean => {
    // (not after an article, where the two words name a brand: "a Petro Canada tanker truck")
    if (k > 1 && (toks[k - 2].l === 'a' || toks[k - 2].l === 'an') && !toks[k - 2].cap) return false;
    if (!(k > 0 && toks[k].cap && !toks[k].caps && (GIVEN_NAMES.has(toks[k - 1].t) || HONORIFICS.has(toks[k - 1].l)) && !toks[k - 1].poss && joined(text, toks[k - 1], toks[k]) && !lineOf(k).title)) return false;
    const f = found ?? lookup(k, k, discovered);
    // (or a one-word company or title the gazetteer knows: "Finance Secretary Kate Forbes", "Gerald Ford")
    return !!f && (f.target.kind === 'place' || (f.target.kind === 'organization' && f.target.via === 'gazetteer' && !toks[k].caps)) && f.a === k && f.b === k;
  };
  /** A dateline credit: "SEOUL, March 12 (Reuters) -". */
  const datelineCredit = (k: number): boolean => parenthesisedAlone(k, k) && /^\)\s*[-\u2013\u2014]/.test(text.slice(toks[k].pe, toks[k].pe + 4));

  // ---- pass 1: sequences of capitalised words, in order
  let i = 0;
  const deferred: number[] = [];
  while (i < toks.length) {
    const tk = toks[i];
    // A lower-case word can only start a form that may be written lower-case (see lookup).
    if (!tk.cap && (dict.lowerFirstWords.size === 0 || (wordDict(tk.w, dict), !tk.w.dictLowerFirst))) {
      i++;
      continue;
    }
    const L = lineOf(i);
    // "FC Porto", "FC Seoul": a club prefix before a place names the club
    if (CLUB_PREFIXES.has(tk.t) && i + 1 < toks.length && toks[i + 1].cap && !tk.poss && joined(text, tk, toks[i + 1])) {
      const club = lookup(i + 1, toks.length - 1, discovered);
      if (club && club.target.kind === 'place') {
        discover(i, club.b, 'organization', 'cue');
        i = club.b + 1;
        continue;
      }
    }
    // a national statistics office: "Statistics Korea", "Statistics Canada", "Stats SA", "Stats NZ"
    if ((tk.t === 'Statistics' || tk.t === 'Stats') && i + 1 < toks.length && joined(text, tk, toks[i + 1]) && !tk.poss && !L.title) {
      const nx = toks[i + 1];
      const place = nx.cap ? lookup(i + 1, toks.length - 1, discovered) : undefined;
      const end = place && place.a === i + 1 && place.target.kind === 'place' ? place.b : tk.t === 'Stats' && nx.caps && /^\p{Lu}{2,3}$/u.test(nx.t) ? i + 1 : -1;
      if (end > i) {
        discover(i, end, 'organization', 'head');
        i = end + 1;
        continue;
      }
    }
    // Dictionary (registry, gazetteer, institutions, names already found here), longest first.
    const f = lookup(i, toks.length - 1, discovered);
    // a name its bracketed acronym spells, unless the dictionary knows it whole; a word before it that
    // spells nothing, and that the dictionary does not know, is no part of it ("The", "Separate British Crime
    // Survey (BCS)"; "UN" before "Office for Coastal Fisheries Affairs (OCFA)" is the name's prefix)
    if (spelledNames !== undefined && !L.title && !L.caps) {
      const end = spelledNames.get(i);
      if (end !== undefined && tk.cap && (!f || f.b < end)) {
        discover(i, end, 'organization', 'head');
        i = end + 1;
        continue;
      }
      const next = end === undefined && i + 1 < toks.length ? spelledNames.get(i + 1) : undefined;
      if (next !== undefined && joined(text, tk, toks[i + 1]) && !f) {
        i++;
        continue;
      }
    }
    if (f) {
      // A place or a short acronym followed by an organisation: "UN Security Council", "Washington Post".
      // (not a dateline's place before the story's first words: "WASHINGTON The National Highway ...")
      // (a known firm's own legal form is left to it: "Honda Motor Co." is Honda)
      let orgAfter = (!L.title || lowerThird(i, i) === 2) && !L.caps && !datelineEndsAfter(f.b) ? orgRun(f.b + 1) : undefined;
      if (orgAfter !== undefined && f.target.kind !== 'place' && LEGAL_SUFFIXES.has(toks[orgAfter].t)) orgAfter = undefined;
      if (orgAfter !== undefined && (f.target.kind === 'place' || (f.target.acronym && f.e - f.s <= 3) || (f.target.kind === 'organization' && f.target.via === 'gazetteer' && (f.a === f.b || UMBRELLA_BODIES.has(f.target.name)))) && joined(text, toks[f.b], toks[f.b + 1]) && !toks[f.b].poss) {
        let end = connectorTail(orgAfter);
        // (and the words after "and" that end in the same body's head: "the U.S. Securities and Exchange Commission")
        const h = end === orgAfter && !LEGAL_SUFFIXES.has(toks[end].t) ? andBodyEnd(end, 5) : -1;
        if (h > 0) end = connectorTail(h);
        // (a lower-case "the" of a known form is not the name's: "the North" + "Korean Department of US Affairs")
        discover(tk.cap || f.a === f.b ? i : i + 1, end, 'organization', 'head');
        i = end + 1;
        continue;
      }
      // "Jordan Blake, 23,", "Defence Minister Israel Katz": a place's name as a first name
      const named = f.target.kind === 'place' ? placeAsFirstName(f) : -1;
      if (named > 0) {
        discover(f.a, named, 'person', 'cue');
        i = named + 1;
        continue;
      }
      // "Goldman Sachs Group Inc": a known company with its legal suffixes is the same company
      if (f.target.kind === 'organization') {
        let e2 = f.b;
        // (and a carmaker's "Motor" before its legal form: "Honda Motor Co.", "Toyota Motor Corp")
        while (e2 - f.b < 3 && toks[e2 + 1] && joined(text, toks[e2], toks[e2 + 1]) && !toks[e2].poss && (CORPORATE_SUFFIXES.has(toks[e2 + 1].t) || (toks[e2 + 1].t === 'Motor' && !!toks[e2 + 2] && LEGAL_SUFFIXES.has(toks[e2 + 2].t) && joined(text, toks[e2 + 1], toks[e2 + 2])))) e2++;
        if (e2 > f.b) {
          emit({ s: f.s, e: toks[e2].e, a: f.a, b: e2, target: f.target });
          i = e2 + 1;
          continue;
        }
      }
      // "OPEC+": the organisation and its allies, another group than OPEC
      if (f.target.kind === 'organization' && text.charCodeAt(f.e) === 43 /* + */ && !isLetterAt(text, f.e + 1)) {
        discover(f.a, f.b, 'organization', 'head', f.e + 1);
        i = f.b + 1;
        continue;
      }
      // "NHS England" after "NHS": a body's acronym and the nation it serves name a body of their own
      if (f.target.kind === 'organization' && f.a === f.b && servesNation(f.a) && !(toks[f.b + 2]?.cap && joined(text, toks[f.b + 1], toks[f.b + 2]))) {
        discover(f.a, f.b + 1, 'organization', 'acronym');
        i = f.b + 2;
        continue;
      }
      emit(f);
      i = f.b + 1;
      continue;
    }
    // a sport's national body: "Rugby Australia chief Phil Waugh", "Cricket Australia said", "Athletics Kenya"
    if (SPORT_BODY_FIRST.has(tk.t) && !L.title && !L.caps && i + 1 < toks.length && joined(text, tk, toks[i + 1]) && !tk.poss) {
      const nation = lookup(i + 1, toks.length - 1, discovered);
      // (not before a body of its own, which the place-then-body rule below names: "Cricket Australia Board")
      if (nation && nation.target.kind === 'place' && nation.a === i + 1 && !(nation.b + 1 < toks.length && joined(text, toks[nation.b], toks[nation.b + 1]) && orgRun(nation.b + 1) !== undefined)) {
        discover(i, nation.b, 'organization', 'head');
        i = nation.b + 1;
        continue;
      }
    }
    // "The US said", "The United Nations said": a capitalised article before a known name is not part of it.
    if (tk.l === 'the' && i + 1 < toks.length && joined(text, tk, toks[i + 1]) && lookup(i + 1, toks.length - 1, discovered)) {
      i++;
      continue;
    }
    // Bylines: "By A and B", "Reporting by A, B and C; Editing by D"
    if (L.byline && tk.cap) {
      if (BYLINE_MARKERS.has(tk.l)) {
        i++;
        continue;
      }
      if (bylineName(i) && isNameLike(tk)) {
        let e = i;
        // (the next credit ends the name where its semicolon is missing: "Reporting by Ana Martinez Editing by Jo Choy")
        while (e + 1 < toks.length && e - i < 3 && joined(text, toks[e], toks[e + 1]) && (isNameLike(toks[e + 1]) || PARTICLES.has(toks[e + 1].l)) && !(BYLINE_MARKERS.has(toks[e + 1].l) && toks[e + 2]?.l === 'by')) e++;
        // (a desk or a team signs for the paper, no person: "By Sports Desk", "By Web Desk"; or a wire's service: "By Dow
        // Jones Business News")
        if (e > i && (NEWSROOM_WORDS.has(toks[e].t) || wireService(i, e))) {
          i = e + 1;
          continue;
        }
        if (e > i) {
          discover(i, e, 'person', 'byline');
          i = e + 1;
          continue;
        }
      }
    }
    if (!tk.cap || L.caps) {
      i++;
      continue;
    }
    const capsCredit = tk.caps && /[([/]$/.test(text.slice(Math.max(L.start, tk.s - 2), tk.s).trimEnd()) ? capsCreditName(i) : -1;
    if (capsCredit >= 0) {
      discover(i, capsCredit, 'person', 'credit');
      i = capsCredit + 1;
      continue;
    }
    // The run of capitalised words from here (stopping at a dictionary match).
    let b = i;
    // (after an organisation head's connector, the name may connect again: "Institute for the Study of War")
    let orgConnected = false;
    // (a dateline's place ends the run where no comma or dash does: "WASHINGTON The National Highway ...")
    while (b + 1 < toks.length && joined(text, toks[b], toks[b + 1]) && (!toks[b].poss || (toks[b].pe !== toks[b].e && toks[b + 1].cap)) && !datelineEndsAfter(b)) {
      const nx = toks[b + 1];
      // (a date after a body's name is none of it: "The Ministry of Health October 28 said", "the Health Ministry Monday")
      if (nx.cap && DAY_OR_MONTH.test(nx.t) && nx.t !== 'May' && (/day$/.test(nx.t) || /^\s\d/.test(text.slice(nx.e, nx.e + 2))) && b > i) break;
      if (nx.cap && !(nx.hyTail && !validHyTail(nx))) {
        const inner = lookup(b + 1, toks.length - 1, discovered);
        // "President Joe Biden's administration": the possessive surname ends the person's name
        // before a known name that starts with it ("Biden's administration")
        if (inner && nx.poss && inner.b > b + 1 && isNameLike(toks[b]) && isNameLike(nx)) {
          b++;
          break;
        }
        if (inner && !ORG_HEADS.has(nx.t)) {
          const afterConnector = /^(of|for|on|the)$/.test(toks[b].l);
          // (or a national branch's country code after a body's head: "Cancer Research UK", "Amnesty International UK")
          if (inner.target.kind === 'place' && (afterConnector || branchCode(b, inner) || (inner.b + 1 < toks.length && joined(text, toks[inner.b], toks[inner.b + 1]) && !toks[inner.b].poss && orgRun(inner.b + 1) !== undefined))) {
            b = inner.b;
            continue;
          }
          // a known given name or an honorific before a one-word place: the place is a surname
          // ("Michael Jordan scored", "George Washington", "Mr Jordan said")
          if (placeSurnameAt(b + 1, inner)) {
            b = inner.b;
            continue;
          }
          break;
        }
        b++;
        continue;
      }
      // (and "to" with the verb of a body's aim: "the Committee to Protect Journalists", "the National Alliance to End
      // Homelessness"; not a place it is sent to: "the EU Mission to Ukraine")
      if (aimConnects(b + 1)) {
        orgConnected = true;
        b += 2;
        continue;
      }
      // connectors inside names: "of (the)" after an organisation or place head, name particles
      if ((nx.l === 'of' || nx.l === 'for' || nx.l === 'on') && (ORG_HEADS.has(toks[b].t) || /^(Republic|Federation|Kingdom|States|Emirates|Union|Secretary|Ministry|Minister)$/.test(toks[b].t) || (orgConnected && nx.l === 'of'))) {
        let c = b + 2;
        if (toks[c]?.l === 'the' && joined(text, toks[b + 1], toks[c])) c++;
        // (not an amount: "the Produce Board of Sh313 million")
        // (a title before the plural of its members is no office: "National Association of Head Teachers", "Association of Chief Police Officers")
        const members = TITLES.has(toks[c]?.l ?? '') && !!toks[c + 1] && toks[c + 1].cap && joined(text, toks[c], toks[c + 1]) && (pluralTitle(toks[c + 1].l) || toks[c + 1].l === 'officers' || (!!toks[c + 2] && toks[c + 2].l === 'officers' && toks[c + 2].cap));
        // (a portfolio that is a title too, with no name after it, is the body's: "the International Court of Justice ruled")
        const portfolio = !!toks[c] && DEPARTMENT_WORDS.has(toks[c].l) && !(toks[c + 1]?.cap && joined(text, toks[c], toks[c + 1]));
        if (toks[c] && toks[c].cap && joined(text, toks[c - 1], toks[c]) && !/^(Secretary|Minister)$/.test(toks[b].t) && !DAY_OR_MONTH.test(toks[c].t) && !monthAbbreviation(text, toks[c]) && (!TITLES.has(toks[c].l) || members || portfolio) && !hasDigitIn(toks[c].t, 0, toks[c].t.length)) {
          if (ORG_HEADS.has(toks[b].t)) orgConnected = true;
          const inner = lookup(c, toks.length - 1, discovered);
          b = inner && inner.target.kind === 'place' ? inner.b : c;
          continue;
        }
        break;
      }
      // "Bashar al-Assad", "Abdel Fattah el-Sissi": a particle joined to the surname by a hyphen
      if (b - i < 6 && particleHyphen(nx)) {
        b++;
        continue;
      }
      if (PARTICLES.has(nx.l) && b - i < 6) {
        // one particle or two ("bin Salman", "von der Leyen", "de la Cruz")
        const c = PARTICLES.has(toks[b + 2]?.l ?? '') && joined(text, nx, toks[b + 2]) ? b + 3 : b + 2;
        if (toks[c]?.cap && joined(text, toks[c - 1], toks[c])) {
          b = c;
          continue;
        }
      }
      break;
    }
    // "the Health, Labor and Welfare Ministry", "the Economy, Trade and Industry Ministry": portfolios listed with commas,
    // then "and" the last and the body's head
    const d0 = tk.l === 'the' && b > i ? i + 1 : i;
    if (toks[d0].cap && !L.title) {
      const last = portfolioListEnd(d0);
      const head = last > 0 ? toks[last + 1] : undefined;
      if (head && ORG_HEADS.has(head.t) && joined(text, toks[last], head)) {
        discover(d0, last + 1, 'organization', 'head');
        i = last + 2;
        continue;
      }
    }
    // "Ministry of Health, Labor and Welfare", "Ministry of Economy, Trade and Industry": after a head and its "of",
    // portfolios listed with commas, then "and" the last
    if (b + 4 < toks.length && text.charCodeAt(toks[b].pe) === 44 /* , */) {
      let connected = false;
      for (let k = i; k < b && !connected; k++) connected = ORG_HEADS.has(toks[k].t) && (toks[k + 1].l === 'of' || toks[k + 1].l === 'for');
      // (or trades listed so, then the plural of the members: "National Union of Rail, Maritime and Transport Workers")
      const last = connected ? (portfolioListEnd(b) > 0 ? portfolioListEnd(b) : membersListEnd(b)) : -1;
      if (last > 0 && !DEPARTMENT_ADJECTIVES.has(toks[last].l)) {
        discover(toks[i].l === 'the' ? i + 1 : i, last, 'organization', 'head');
        i = last + 1;
        continue;
      }
    }
    // "Department of Health and Human Services", "Ministry of Foreign Affairs and Trade": after a head
    // and its "of", an "and" then department words that end the run
    if (b + 2 < toks.length && toks[b + 1].l === 'and' && inlineSpace(text, toks[b].pe, toks[b + 1].s) && !toks[b].poss) {
      let connected = false;
      for (let k = i; k < b && !connected; k++) connected = ORG_HEADS.has(toks[k].t) && (toks[k + 1].l === 'of' || toks[k + 1].l === 'for');
      let e = b + 1;
      while (connected && e + 1 < toks.length && e - b < 4 && toks[e + 1].cap && joined(text, toks[e], toks[e + 1]) && DEPARTMENT_WORDS.has(toks[e + 1].l)) e++;
      // (ending in a noun: "Center for Strategic and International Studies", not "... and International")
      if (connected && e > b + 1 && !(toks[e + 1]?.cap && joined(text, toks[e], toks[e + 1])) && !DEPARTMENT_ADJECTIVES.has(toks[e].l)) b = e;
      // (or in the plural of the members it gathers: "the Alliance of Motion Picture and Television Producers")
      else if (connected && toks[b + 2].cap && joined(text, toks[b + 1], toks[b + 2]) && !covered[b + 2]) {
        let m = b + 2;
        while (m - b < 4 && toks[m + 1]?.cap && joined(text, toks[m], toks[m + 1]) && !toks[m].poss) m++;
        const members = toks[m];
        if (membersPlural(members) && !GIVEN_NAMES.has(toks[b + 2].t) && !lookup(b + 2, m, discovered) && !(toks[m + 1]?.cap && joined(text, members, toks[m + 1]))) b = m;
      }
    }
    // "The National Disaster Risk Reduction and Management Council (NDRRMC)": an "and" inside a
    // name whose acronym follows and spells it
    if (b + 2 < toks.length && toks[b + 1].l === 'and' && inlineSpace(text, toks[b].pe, toks[b + 1].s) && !L.title) {
      const h = orgRun(b + 2);
      if (h !== undefined && joined(text, toks[b + 1], toks[b + 2])) {
        const m = /^ \((\p{Lu}{3,10})\)/u.exec(text.slice(toks[h].pe, toks[h].pe + 14));
        if (m) {
          let a0 = i;
          if (toks[a0].l === 'the') a0++;
          let initials = '';
          for (let k = a0; k <= h; k++) if (toks[k].cap) initials += toks[k].t[0];
          if (initials === m[1]) {
            discover(a0, h, 'organization', 'head');
            i = h + 1;
            continue;
          }
        }
      }
    }
    // "the Securities and Exchange Commission", "Fish and Wildlife Service": one or two capitalised words, "and", then
    // words that end in a body's head are one body (not a person's name before it, nor a title's: "Prime Minister and ...";
    // nor a second body named by its head alone: "the U.S. Army and Navy officials")
    // (after an owner's possessive too: "the SAR's Gaming Inspection and Coordination Bureau")
    let owner = -1;
    for (let k = i; k < b; k++) if (toks[k].poss) owner = k;
    if (b - (owner + 1 || i) < 2 && !L.title && !L.caps) {
      const h = andBodyEnd(b, 4);
      let a0 = owner >= 0 ? owner + 1 : i;
      if (toks[a0].l === 'the') a0++;
      let plain = a0 <= b;
      // (no body's head or acronym before the "and", nor a club after it: not "Glencore Plc and Anglo American", "WGAW Board
      // and WGAE Council", "Crystal Palace and Newcastle United")
      for (let k = a0; k <= b && plain; k++) plain = toks[k].cap && !toks[k].caps && !isOrgHead(toks[k].t) && !PLACE_NOUNS_AFTER.has(toks[k].l) && !covered[k] && !GIVEN_NAMES.has(toks[k].t) && !TITLES.has(toks[k].l) && !g.forms.has(toks[k].n) && !g.demonyms.has(toks[k].n);
      if (h > 0 && plain) {
        const end = connectorTail(h);
        if (owner >= 0) classifyRun(i, owner);
        discover(a0, end, 'organization', 'head');
        i = end + 1;
        continue;
      }
    }
    // "Harlow & Finch", "Marks & Spencer": names joined by an ampersand are one organisation
    // (longer when the words after it end in a body's head: "Armed Conflict Location & Event Data Project")
    const ampHead = b + 1 < toks.length && b - i < 4 && inlineAmp(toks[b].pe, toks[b + 1].s) ? ampHeadEnd(b + 1) : -1;
    if ((b - i < 2 || ampHead > 0) && b + 1 < toks.length && inlineAmp(toks[b].pe, toks[b + 1].s) && isNameLike(toks[b + 1]) && !L.title && allNameLike(i, b)) {
      let e = b + 1;
      if (ampHead > 0) e = ampHead;
      while (e + 1 < toks.length && e - b < 2 && joined(text, toks[e], toks[e + 1]) && toks[e + 1].cap && !toks[e].poss) e++;
      discover(i, e, 'organization', 'head');
      i = e + 1;
      continue;
    }
    if (L.title || L.furniture) {
      // A Title Case headline or a furniture line: no discovery, only dictionary and later repeats.
      const caption = L.title && !L.furniture ? captionName(i, b) : -1;
      const third = L.title && !L.furniture ? lowerThird(i, b) : 0;
      if (third === 1) discover(i, b, 'person', 'cue');
      else if (third === 2) classifyRun(i, b);
      else if (caption >= 0) discover(caption, b, 'person', 'cue');
      else if (L.credit || (L.furniture && !L.title)) handleCredit(i, b);
      else if (/(^|[;,|]\s*)(by|posted by|reporting by|additional reporting by|editing by|edited by|written by)\s*$/i.test(text.slice(L.start, toks[i].s))) classifyRun(i, b);
      else {
        for (let k = i; k <= b; k++) {
          // acronyms and CamelCase names are names in any line
          if (!covered[k] && (acronymHere(k) || isCamel(toks[k]))) discover(k, k, 'organization', isAcronym(toks[k]) ? 'acronym' : 'camel');
          else deferred.push(k);
        }
      }
      i = b + 1;
      continue;
    }
    classifyRun(i, b);
    i = b + 1;
  }

  /**
   * After the word at e: "and", then words that end in a body's head, the same body's ("Securities and Exchange
   * Commission"): the head's index, at most `max` tokens past e, or -1. Not a club, a known name, nor a head alone.
   */
  function andBodyEnd(e: number, max: number): number {
    const and = toks[e + 1];
    const w = toks[e + 2];
    if (!and || !w || and.l !== 'and' || and.cap || !inlineSpace(text, toks[e].pe, and.s) || toks[e].poss || !joined(text, and, w) || covered[e + 2]) return -1;
    const h = orgRun(e + 2);
    return h !== undefined && h > e + 2 && h - e <= max && !w.caps && !CLUB_HEADS.has(toks[h].t) && !lookup(e + 2, h, discovered) ? h : -1;
  }

  /** "UK" or "US" at f, right after a body's head at h: the body's national branch ("Cancer Research UK's head"). */
  function branchCode(h: number, f: { a: number; b: number }): boolean {
    // (or a college's city, which its name carries: "University College London", "Imperial College London", "University College Dublin")
    return f.a === h + 1 && f.b === f.a && isOrgHead(toks[h].t) && !toks[h].poss && (/^(?:UK|US)$/.test(toks[f.a].t) || (toks[h].t === 'College' && /^(?:London|Dublin|Cork|Cardiff)$/.test(toks[f.a].t) && !toks[f.a].poss)) && joined(text, toks[h], toks[f.a]);
  }

  /** Whether a capitalised word of a..b-1 is not a common word. */
  function someUncommonCap(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (toks[k].cap && !COMMON.has(toks[k].l)) return true;
    return false;
  }

  /**
   * "the Food and Drug Administration", "the National Cereals and Produce Board": capitalised words joined by "and"
   * to an organisation's name that starts at `start`, after "the" and naming nothing of their own; else `start`.
   */
  function andJoinedStart(start: number): number {
    const and = toks[start - 1];
    if (!and || and.l !== 'and' || and.cap || !wsOnly(text, and.pe, toks[start].s)) return start;
    let p = start - 2;
    while (p >= 0 && start - 2 - p < 3 && toks[p].cap && !covered[p] && !toks[p].poss && !g.forms.has(toks[p].n) && !g.demonyms.has(toks[p].n) && joined(text, toks[p], p + 1 === start - 1 ? and : toks[p + 1])) p--;
    // (after "the", or a place's possessive: "the UK’s Competition and Markets Authority")
    const placeOwner = p >= 0 && toks[p].poss && toks[p].cap && g.forms.get(toks[p].n)?.kind === 'place' && inlineSpace(text, toks[p].pe, toks[p + 1].s);
    if (p === start - 2 || p < 0 || (!placeOwner && (toks[p].l !== 'the' || (toks[p].cap && !toks[p].initial)))) return start;
    return p + 1;
  }

  function anyCovered(a: number, b: number): boolean {
    for (let k = a; k <= b; k++) if (covered[k]) return true;
    return false;
  }

  function allNameLike(a: number, b: number): boolean {
    for (let k = a; k <= b; k++) if (covered[k] || !isNameLike(toks[k])) return false;
    return true;
  }

  /**
   * Portfolios listed with commas from `k`, then "and" the last ("Health, Labor and Welfare", "Land, Infrastructure,
   * Transport and Tourism"): the index of the last, else -1.
   */
  function portfolioListEnd(k: number): number {
    const listed = (q: number) => toks[q].cap && !toks[q].poss && DEPARTMENT_WORDS.has(toks[q].l);
    if (k + 3 >= toks.length || !listed(k) || text.charCodeAt(toks[k].pe) !== 44 /* , */) return -1;
    let e = k;
    while (e + 1 < toks.length && e - k < 6 && listed(e + 1) && /^, $/.test(text.slice(toks[e].pe, toks[e + 1].s))) e++;
    const and = toks[e + 1];
    const last = toks[e + 2];
    return e > k && and && and.l === 'and' && !and.cap && inlineSpace(text, toks[e].pe, and.s) && last && last.cap && DEPARTMENT_WORDS.has(last.l) && joined(text, and, last) ? e + 2 : -1;
  }

  /**
   * Capitalised words from k listed with commas, "and", then words that end in the plural of a body's members: "Rail,
   * Maritime and Transport Workers". The members' index, else -1.
   */
  function membersListEnd(k: number): number {
    const listed = (q: number) => toks[q].cap && !toks[q].poss && !covered[q] && !g.forms.has(toks[q].n) && !GIVEN_NAMES.has(toks[q].t);
    if (k + 3 >= toks.length || !listed(k) || text.charCodeAt(toks[k].pe) !== 44 /* , */) return -1;
    let e = k;
    while (e + 1 < toks.length && e - k < 6 && listed(e + 1) && /^, $/.test(text.slice(toks[e].pe, toks[e + 1].s))) e++;
    const and = toks[e + 1];
    if (e === k || !and || and.l !== 'and' || and.cap || !inlineSpace(text, toks[e].pe, and.s) || !toks[e + 2]?.cap || !joined(text, and, toks[e + 2])) return -1;
    let m = e + 2;
    while (m - e < 4 && toks[m + 1]?.cap && joined(text, toks[m], toks[m + 1]) && !toks[m].poss) m++;
    const members = toks[m];
    return membersPlural(members) ? m : -1;
  }

  /** The plural of a body's members that may end its name: "Producers", "Workers", "Exporters" (not a title's: "Ministers"). */
  function membersPlural(t: Tok): boolean {
    return !t.poss && (OWNER_WORDS.has(t.t) || /\p{Ll}(?:ers|ors)$/u.test(t.t)) && !pluralTitle(t.l) && !TITLES.has(t.l);
  }

  /** The capitalised words from `k` (up to four, joined), when the last is a body's head ("Event Data Project"): its index, else -1. */
  function ampHeadEnd(k: number): number {
    for (let e = k; e < toks.length && e - k < 4 && toks[e].cap && !toks[e].poss; e++) {
      if (ORG_HEADS.has(toks[e].t)) return e;
      if (!(e + 1 < toks.length && joined(text, toks[e], toks[e + 1]))) break;
    }
    return -1;
  }

  function inlineAmp(from: number, to: number): boolean {
    return to - from === 3 && text.charCodeAt(from) === 32 && text.charCodeAt(from + 1) === 38 && text.charCodeAt(from + 2) === 32;
  }

  /** "New York", "New Jersey" at toks[k], k + 1 (both within the run up to b): "New" is no common word there. */
  function newPlace(k: number, b: number): boolean {
    return k < b && toks[k].l === 'new' && toks[k].cap && NEW_PLACES.has(toks[k + 1].l) && wsOnly(text, toks[k].pe, toks[k + 1].s);
  }

  function validHyTail(t: Tok): boolean {
    const tail = t.t.slice(t.t.search(/[\u2010-]/) + 1);
    return tail.length <= 5 && !/(ed|ing|ly|led|based|style|era|run|born|made|backed|linked|owned)$/.test(tail) && /^\p{Ll}+$/u.test(tail);
  }

  /** The run at `a` follows a title and "of" or "for" (and "the"): "Permanent Secretary for the [Ministry of Finance]". */
  function departmentOfTitle(a: number): boolean {
    let k = a - 1;
    if (toks[k]?.l === 'the') k--;
    if (!(toks[k] && (toks[k].l === 'of' || toks[k].l === 'for'))) return false;
    const t = toks[k - 1];
    return !!t && TITLES.has(t.l) && t.line === toks[a].line;
  }

  /** If a run starting at `a` ends in an organisation head word, its last index. */
  function orgRun(a: number): number | undefined {
    if (!toks[a] || !toks[a].cap) return undefined;
    let b = a;
    let lastHead = isOrgHead(toks[a].t) ? a : -1;
    while (b + 1 < toks.length && toks[b + 1].cap && joined(text, toks[b], toks[b + 1]) && !toks[b].poss) {
      b++;
      // (or a firm's legal form after a word of its own: "Korea Zinc Co", "Taiwan Semiconductor Manufacturing Co.")
      if (isOrgHead(toks[b].t) || LEGAL_SUFFIXES.has(toks[b].t)) lastHead = b;
    }
    return lastHead >= a ? lastHead : undefined;
  }

  /**
   * "Kyiv School of Economics", "Bank for International Settlements": "of" or
   * "for" (and "the") and capitalised words after an organisation's head word
   * `h`; its last index (`h` when none). Stops before a title ("... of
   * Economics President Tymofiy Mylovanov").
   */
  function connectorTail(h: number): number {
    const c1 = toks[h + 1];
    // (or "to" and the verb of the body's aim, then what it acts on: "the UN Committee to Protect Journalists")
    if (c1 && !toks[h].poss && joined(text, toks[h], c1) && aimConnects(h + 1)) {
      let e = h + 3;
      while (e - h < 6 && toks[e + 1]?.cap && joined(text, toks[e], toks[e + 1]) && !toks[e].poss) e++;
      return e;
    }
    if (!c1 || (c1.l !== 'of' && c1.l !== 'for') || !joined(text, toks[h], c1) || toks[h].poss) return h;
    let c = h + 2;
    if (toks[c]?.l === 'the' && joined(text, c1, toks[c])) c++;
    const first = toks[c];
    // (a portfolio that is a title too ends the name when no name follows it: "the International Court of Justice ruled")
    const portfolioEnd = !!first && DEPARTMENT_WORDS.has(first.l) && !(toks[c + 1]?.cap && joined(text, first, toks[c + 1]));
    if (!first || !first.cap || !joined(text, toks[c - 1], first) || (startsTitle(c) && !portfolioEnd) || DAY_OR_MONTH.test(first.t) || hasDigitIn(first.t, 0, first.t.length)) return h;
    let e = c;
    while (e - c < 3 && toks[e + 1]?.cap && joined(text, toks[e], toks[e + 1]) && !toks[e].poss && !startsTitle(e + 1)) e++;
    // and once more: "Office for the Coordination of Humanitarian Affairs"
    const c2 = toks[e + 1];
    if (c2 && c2.l === 'of' && !toks[e].poss && joined(text, toks[e], c2) && toks[e + 2]?.cap && joined(text, c2, toks[e + 2]) && !startsTitle(e + 2) && !DAY_OR_MONTH.test(toks[e + 2].t)) {
      const inner = lookup(e + 2, toks.length - 1, discovered);
      if (inner && inner.target.kind !== 'place') return e;
      e = inner ? inner.b : e + 2;
      while (e - c < 8 && toks[e + 1]?.cap && joined(text, toks[e], toks[e + 1]) && !toks[e].poss && !startsTitle(e + 1)) e++;
    }
    return e;
  }

  /** A title opens at k: a title word, after title modifiers ("Deputy Prime Minister"); "Liberal Democracy" is none. */
  function startsTitle(k: number): boolean {
    let q = k;
    while (q - k < 4 && toks[q] && TITLE_MODIFIERS.has(toks[q].l) && !TITLES.has(toks[q].l) && toks[q + 1]?.cap && joined(text, toks[q], toks[q + 1])) q++;
    return !!toks[q] && TITLES.has(toks[q].l);
  }

  /**
   * "(KIRILL KUDRYAVTSEV/AFP via Getty Images)", "(JUNG YEON-JE/AFP)": agencies print a
   * photographer's name in capitals, two or three words before a slash. Its last token, or -1.
   */
  function capsCreditName(k: number): number {
    const tk = toks[k];
    if (!tk.caps || tk.poss || !/^\p{Lu}[\p{Lu}'’-]+$/u.test(tk.t)) return -1;
    let e = k;
    while (e - k < 2 && toks[e + 1] && toks[e + 1].caps && !covered[e + 1] && joined(text, toks[e], toks[e + 1]) && /^\p{Lu}[\p{Lu}'’-]+$/u.test(toks[e + 1].t)) e++;
    return e > k && text.charCodeAt(toks[e].pe) === 47 /* / */ && !lookup(k, e, discovered) ? e : -1;
  }

  function handleCredit(a: number, b: number): void {
    // Credits: "Image: STR/KCNA/Getty Images", "(Photo by TASS)": each name is an actor.
    let k = a;
    while (k <= b) {
      const tk = toks[k];
      if (covered[k]) {
        k++;
        continue;
      }
      const e = capsCreditName(k);
      if (e >= 0) {
        discover(k, e, 'person', 'credit');
        k = e + 1;
        continue;
      }
      if (tk.caps && isAcronym(tk)) {
        discover(k, k, 'organization', 'credit');
        k++;
        continue;
      }
      k++;
    }
    classifyRun(a, b, true);
  }

  /** "to" after a head whose name goes on with the verb of its aim: "Committee to Protect Journalists". */
  function aimTo(k: number): boolean {
    return toks[k].l === 'to' && k > 0 && AIM_HEADS.has(toks[k - 1].t);
  }

  /** aimTo at k, then the capitalised verb and what it acts on, joined, and no place ("the EU Mission to Ukraine"). */
  function aimConnects(k: number): boolean {
    return aimTo(k) && !!toks[k + 1]?.cap && !toks[k + 1].caps && joined(text, toks[k], toks[k + 1]) && !!toks[k + 2]?.cap && joined(text, toks[k + 1], toks[k + 2]) && lookup(k + 1, toks.length - 1, discovered)?.target.kind !== 'place';
  }

  function classifyRun(a: number, b: number, credit = false): void {
    while (a <= b && covered[a]) a++;
    if (a > b) return;
    for (let k = a; k <= b; k++) {
      if (covered[k]) {
        classifyRun(a, k - 1, credit);
        classifyRun(k + 1, b, credit);
        return;
      }
    }
    // Organisation: the longest prefix (two words or more) that ends in a head word.
    let start = a;
    // (a photo credit's "Courtesy" is no part of the name: "Courtesy U.S. Forest Service/Handout")
    if (toks[start].t === 'Courtesy' && start < b) start++;
    // (nor is a firm's legal form after its "&" a name of its own: "KKR & Co LP")
    if (LEGAL_SUFFIXES.has(toks[start].t) && start > 0 && toks[start - 1].line === toks[start].line && /&\s*$/.test(text.slice(toks[start - 1].pe, toks[start].s))) {
      while (start <= b && (LEGAL_SUFFIXES.has(toks[start].t) || CORPORATE_SUFFIXES.has(toks[start].t))) start++;
      if (start <= b) classifyRun(start, b, credit);
      return;
    }
    // (not the first word of a demonym: "South African President Cyril Ramaphosa")
    // (nor a word of position before a capitalised word: "Greater Manchester Police", "Central Bank of Nigeria")
    while (start <= b && toks[start].initial && COMMON.has(toks[start].l) && !ORG_HEADS.has(toks[start].t) && !(start < b && twoWordDemonym(toks[start].n, toks[start + 1].n)) && !newPlace(start, b) && !(start < b && (POSITION_WORDS.has(toks[start].l) || NAME_ADJECTIVES.has(toks[start].l)) && toks[start + 1].cap)) start++;
    if (start > b) return;
    // a ship's name: "the nuclear carrier Ronald Reagan", "the tanker Angara Star"
    {
      const pv = start > 0 ? toks[start - 1] : undefined;
      if (pv && !pv.cap && pv.line === toks[start].line && SHIP_NOUNS.has(pv.l) && wsOnly(text, pv.pe, toks[start].s)) {
        // (not a firm's: "low-cost carrier Southwest Airlines")
        let head = false;
        for (let k = start; k <= b && !head; k++) head = ORG_HEADS.has(toks[k].t);
        if (!head) return;
      }
    }
    // a storm's name: "Hurricane Ian", "Tropical Storm Lee"
    {
      const s = toks[start].t === 'Tropical' && start < b && toks[start + 1].t === 'Storm' ? start + 1 : start;
      if (STORM_WORDS.has(toks[s].t) && s < b && isNameLike(toks[s + 1])) {
        if (s + 2 <= b) classifyRun(s + 2, b, credit);
        return;
      }
    }
    // a military base, not a body: "Vandenberg Air Force Base", "Cape Canaveral Air Force Station", "Coast Guard Station Ilwaco"
    if (b > start && /^(?:Base|Station)$/.test(toks[b].t) && /^(?:Force|Guard|Navy|Naval|Army|Marine|Corps)$/.test(toks[b - 1].t)) return;
    // A head followed by a connector ("Institute of ...", "Center for ..."): the whole run is the name.
    let firstConnected = -1;
    for (let k = start; k < b && firstConnected < 0; k++) if (ORG_HEADS.has(toks[k].t) && (/^(of|for|on)$/.test(toks[k + 1].l) || aimTo(k + 1))) firstConnected = k;
    // the connected name ends before a title: "Joint Chiefs of Staff Gen. Mark Milley"
    if (firstConnected >= 0) {
      for (let k = firstConnected + 3; k <= b; k++) {
        // (a portfolio after "and" is no title: "Centre for Crime and Justice", "Ministry of Law and Justice")
        if (toks[k].cap && TITLES.has(toks[k].l) && !ORG_HEADS.has(toks[k].t) && !/^(of|for|on|the)$/.test(toks[k - 1].l) && !(toks[k - 1].l === 'and' && DEPARTMENT_WORDS.has(toks[k].l))) {
          classifyRun(a, toks[k - 1].l === 'and' ? k - 2 : k - 1, credit);
          classifyRun(k, b, credit);
          return;
        }
        // or before a person's name that ends the run: "the Ministry of Natural Resources Alexander Kozlov"
        // (a given name not in the list too when a title before the run makes it the title's department:
        // "Permanent Secretary for the Ministry of Finance Shiri Gounder")
        // (a city after the body's possessive is its office's: "the Federal Bureau of Investigations' Los Angeles office")
        if (k + 1 === b && toks[k - 1].poss && NOT_PERSON_PLACES.has(runText(k, b))) {
          classifyRun(a, k - 1, credit);
          return;
        }
        if (k + 1 === b && (GIVEN_NAMES.has(toks[k].t) || (isNameLike(toks[k]) && departmentOfTitle(start))) && isNameLike(toks[b]) && !/^(of|for|on|the|and)$/.test(toks[k - 1].l)) {
          classifyRun(a, k - 1, credit);
          discover(k, b, 'person', 'cue');
          return;
        }
      }
    }
    for (let h = firstConnected >= 0 ? b : b; h >= start; h--) {
      // (a plant's numbered unit is no body: "Medupi Unit 4", "Koeberg Unit 2"; "Unit 731" alone is one)
      if (toks[h].t === 'Unit' && h === b && h > start && /^\s\d/.test(text.slice(toks[h].pe, toks[h].pe + 2))) continue;
      // (a legal form ends a firm's name: "Ford Motor Co said"; not first, as Ireland's counties are written: "Co Cork")
      if (!isOrgHead(toks[h].t) && !(firstConnected >= 0 && h === b) && !(h === b && h > start && LEGAL_SUFFIXES.has(toks[h].t))) continue;
      // a title that holds a head: "Chief Cabinet Secretary Yoshihide Suga" (not "Cabinet Office")
      // an airport, not a body: "Denver International Airport"
      if (toks[h].t === 'International' && toks[h + 1]?.t === 'Airport') continue;
      // a country's first word, not a club's: "the Northeastern United States", "the Midwest and Southern United States"
      if (toks[h].t === 'United' && h < b && /^(?:States|Kingdom|Nations|Arab)$/.test(toks[h + 1].t)) continue;
      // a police rank, not a force: "Deputy Superintendent Police Iqbal Khan", "Inspector General Police Ali Shah"
      if (toks[h].t === 'Police' && h > start && h < b) {
        let ranks = true;
        for (let k = start; k < h && ranks; k++) ranks = TITLES.has(toks[k].l) || TITLE_MODIFIERS.has(toks[k].l);
        if (ranks) continue;
      }
      // a weapon, not a firm: "High Mobility Artillery Rocket Systems" (unlike "BAE Systems")
      if ((toks[h].t === 'Systems' || toks[h].t === 'System') && h > start && (WEAPON_NOUNS.has(toks[h - 1].l) || WEAPON_MODIFIERS.has(toks[h - 1].l))) continue;
      // (a paper's head that is a job too, after its rank: "NAR Chief Economist Lawrence Yun"; not "The Economist")
      if (toks[h].t === 'Economist' && h > start && (TITLE_MODIFIERS.has(toks[h - 1].l) || /^(?:lead|principal)$/.test(toks[h - 1].l))) continue;
      // ("Education Cabinet Secretary Ezekiel Machogu": Kenya's ministers are cabinet secretaries)
      if (toks[h].t === 'Cabinet' && toks[h + 1]?.l === 'secretary') continue;
      // ("Assistant Navy Secretary Angel Enrique Sarmiento")
      if (h < b && h > start && TITLES.has(toks[h + 1].l) && !ORG_HEADS.has(toks[h + 1].t) && (TITLES.has(toks[h - 1].l) || /^(?:assistant|deputy|vice)$/.test(toks[h - 1].l)) && !ORG_HEADS.has(toks[h - 1].t)) continue;
      let tailEnd = h;
      for (let k = h + 1; k <= b; k++) if (/^(of|for|on)$/.test(toks[k].l) || aimTo(k)) tailEnd = b;
      // the capitalised words of start..tailEnd (the body of the name)
      let bodyCount = 0;
      let lastCap = -1;
      for (let k = start; k <= tailEnd; k++) {
        if (toks[k].cap) {
          bodyCount++;
          lastCap = k;
        }
      }
      if (bodyCount < 2) continue;
      // "Central Committee", "National Security Council": common words with a head are a name
      // inside a sentence; at a sentence start they need a word that is not common ("Press TV").
      if (toks[start].initial && !someUncommonCap(start, lastCap)) continue;
      // "... Committee of the Workers' Party of Korea": the connector tail belongs to the name.
      const end = tailEnd + 1 === b && branchCode(tailEnd, { a: b, b }) ? b : tailEnd;
      // the generic tail of a name found just before: "TASS News Agency", "the official Korean Central News Agency"
      if (start > 0 && covered[start - 1] && wsOnly(text, toks[start - 1].pe, toks[start].s) && toks[start - 1].line === toks[start].line && GENERIC_TAILS.has(`${toks[start].t} ${toks[end].t}`) && end === start + 1) {
        classifyRun(end + 1, b, credit);
        return;
      }
      // "Modi's Bharatiya Janata Party": a name's 's before the organisation is its owner, not its name
      // (unlike "People's Liberation Army", "Women's Rights League")
      let own = -1;
      // (or an acronym's: "NASA's Kennedy Space Center")
      for (let k = start; k < h - 1 && own < 0; k++) if (toks[k].poss && toks[k].pe - toks[k].e === 2 && (isNameLike(toks[k]) || (k === start && isAcronym(toks[k]))) && !OWNER_WORDS.has(toks[k].t)) own = k;
      // (a word that stands for a country owns its body too: "the Kingdom’s Ministry of Energy")
      if (own < 0 && h > start && end > start + 1 && toks[start].poss && toks[start].pe - toks[start].e === 2 && COUNTRY_STANDINS.has(toks[start].t)) own = start;
      // "Prime Minister Fumio Kishida's Cabinet", "President Yoon Suk Yeol's Office": a leader's own body is no name
      if (own < 0 && h === end && h - 1 > start && toks[h - 1].poss && toks[h - 1].pe - toks[h - 1].e === 2 && isNameLike(toks[h - 1]) && isNameLike(toks[h - 2]) && !OWNER_WORDS.has(toks[h - 1].t) && LEADERS_BODIES.has(toks[h].t)) {
        classifyRun(start, h - 1, credit);
        classifyRun(end + 1, b, credit);
        return;
      }
      if (own >= 0) {
        classifyRun(start, own, credit);
        discover(own + 1, end, 'organization', 'head');
        classifyRun(end + 1, b, credit);
        return;
      }
      // (a law, not a body: "the Division of Revenue Bill", "the Office of Personnel Management Act")
      if (end > start && LEGISLATION_WORDS.has(toks[end].t)) {
        classifyRun(end + 1, b, credit);
        return;
      }
      // (a strait named as a channel is water, not a broadcaster: "across the English Channel")
      // (or one that the words around make water: "passing over the Bashi Channel between Taiwan and the Philippines", "the
      // northern boundary of the Santa Barbara Channel")
      if (toks[end].t === 'Channel' && ((end === start + 1 && /^(?:English|Bristol|Mozambique|North|Irish)$/.test(toks[start].t)) || (end - start <= 3 && (/^\s+between\s/.test(text.slice(toks[end].pe, toks[end].pe + 10)) || WATER_CONTEXT.test(text.slice(Math.max(0, toks[start].s - 50), toks[start].s)))))) {
        classifyRun(end + 1, b, credit);
        return;
      }
      discover(andJoinedStart(start), end, 'organization', 'head');
      classifyRun(end + 1, b, credit);
      return;
    }
    // "FC Porto": a club prefix; "an analyst at Fjord Commodities": a role's employer
    const nounAfter = toks[b + 1];
    const orgNounFollows = start < b && !!nounAfter && !nounAfter.cap && ORG_NOUNS.has(nounAfter.l) && nounAfter.l !== 'site' && wsOnly(text, toks[b].pe, nounAfter.s) && !toks[b].poss && toks.slice(start, b + 1).some((x) => isAcronym(x));
    // (a possessive after "at" owns the employer, it is not one: "a doctor at Karachi’s largest hospital")
    if (orgNounFollows || (CLUB_PREFIXES.has(toks[start].t) && start < b && toks[start + 1].cap) || (employerBefore(start) && !TITLES.has(toks[start].l) && !TITLE_MODIFIERS.has(toks[start].l) && !(start === b && toks[b].poss) && !placeNounAfter(b))) {
      discover(start, b, 'organization', 'cue');
      return;
    }
    // A person: strip titles and demonyms, then name-like words.
    let p = start;
    let titled = false;
    // "Secretary of State Antony Blinken", "Minister for Foreign Affairs Wang Yi": the run opens
    // with the department of a title just before it, and that title cues the name
    const afterTitleOf = titleOfBefore(start);
    while (p <= b) {
      const t = toks[p];
      if (p + 1 <= b && (twoWordDemonym(t.n, toks[p + 1].n) || newPlace(p, b))) {
        p += 2;
        continue;
      }
      if (g.demonyms.has(t.n) || (TITLE_MODIFIERS.has(t.l) && !(t.t === 'De' && toks[p + 1]?.l !== 'facto')) || (afterTitleOf && t.cap && (DEPARTMENT_WORDS.has(t.l) || COMMON_PLURAL_END.test(t.t) || COMMON_SINGULAR_END.test(t.t)) && p < b && !DEPARTMENT_WORDS.has(toks[b].l))) {
        p++;
        if (afterTitleOf) titled = true;
        continue;
      }
      // a body's one-word name before its officer's title and a given name: "Comelec Commissioner George Garcia", "Ofcom Director George Ruiz"
      // (not a title of its own, a common word or a place before its office: "Detective Garda ...", "Minneapolis Mayor ...")
      if ((p === start || DAY_OR_MONTH.test(toks[p - 1].t)) && t.cap && !t.caps && !t.poss && /^\p{Lu}\p{Ll}+$/u.test(t.t) && !GIVEN_NAMES.has(t.t) && !TITLES.has(t.l) && !TITLE_MODIFIERS.has(t.l) && !DEPARTMENT_WORDS.has(t.l) && !COMMON.has(t.l) && !ORG_HEADS.has(t.t) && p + 2 <= b && toks[p + 1].cap && TITLES.has(toks[p + 1].l) && !OFFICES_AFTER_PLACE.has(toks[p + 1].l) && GIVEN_NAMES.has(toks[p + 2].t) && joined(text, t, toks[p + 1])) {
        if (!g.forms.has(t.n) && !g.demonyms.has(t.n)) discover(p, p, 'organization', 'cue');
        p++;
        continue;
      }
      // a Malaysian honorific before a name: "Speaker Tan Sri Pandikar Amin Mulia", "Tun Dr Mahathir Mohamad"
      const honorific = t.t === 'Tun' || t.t === 'Datin' ? 1 : (t.t === 'Tan' || t.t === 'Puan') && toks[p + 1]?.t === 'Sri' ? 2 : t.t === 'Toh' && toks[p + 1]?.t === 'Puan' ? 2 : 0;
      if (honorific > 0 && p + honorific <= b && toks[p + honorific].cap && joined(text, t, toks[p + 1])) {
        titled = true;
        p += honorific;
        continue;
      }
      // a title in the plural cues a list of names, not one word ("told reporters Jo")
      // (a film's "Star" is none: "“Star Wars: The Force Awakens”"; the title is written "star": "Hollywood star Tom Hanks")
      if (titleWord(t) || (pluralTitle(t.l) && p + 2 <= b && isNameLike(toks[p + 1]) && isNameLike(toks[p + 2]))) {
        titled = true;
        p++;
        continue;
      }
      // a month that is a given name too, after a title: "Foreign Minister Jan Lipavsky"
      if ((titled || (p === start && roleBefore(p))) && t.t === 'Jan' && p + 1 <= b && isNameLike(toks[p + 1]) && !toks[p].poss) break;
      // (a number word at a sentence's start: "Three Djibo residents described")
      if ((COMMON.has(t.l) || (p === start && NUMBER_WORD_RE.test(t.l))) && (t.initial || p === start)) {
        // (it may be the surname of a person named in full: "..., Key said" after "John Key")
        if (SURNAME_WORDS.has(t.l) && !t.caps && p === start) deferred.push(p);
        p++;
        continue;
      }
      break;
    }
    if (p > b) return;
    // an office after a portfolio or a rank that is no title word, inside the run: "Cybersecurity Minister Clare O'Neil",
    // "Petty Officer Sabrina Laberdesque", "Examination Controller Sanyam Bhardwaj" (the name is the two or three words after it)
    // (not after a body's name, whose mention the run keeps: "NZTA Road Safety Director ...", "Rural Fire Service Commissioner ...")
    let body = false;
    for (let h = p + 1; h <= b - 2 && h <= p + 3; h++) {
      const w = toks[h - 1];
      body ||= w.caps || ORG_HEADS.has(w.t) || g.forms.has(w.n);
      if (!body && toks[h].cap && !toks[h].caps && OFFICE_TITLES.has(toks[h].l) && toks[h - 1].cap && !toks[h - 1].poss && !GIVEN_NAMES.has(toks[h - 1].t) && b - h <= 3 && isNameLike(toks[h + 1]) && isNameLike(toks[h + 2]) && !TITLES.has(toks[h + 1].l) && !ORG_HEADS.has(toks[b].t)) {
        p = h + 1;
        titled = true;
        break;
      }
    }
    // name-like words from p
    let q = p;
    // (a name ends at its 's: "Warren Buffett's Berkshire Hathaway"; not a saint's: "St James's Park")
    const saint = /^(?:St|St\.|Saint)$/.test(toks[p].t);
    // (a surname that is a month too, after a given name, as no date has it: "Theresa May said"; not "on Friday May 5",
    // nor a Title Case headline's verb, "Obama May Visit")
    // (and "Jun" after a title's name, as Chinese given names end: "Defense Minister Dong Jun";
    // and one that is a weekday's short form, after a known given name: "Christine Sun said"; not "the Vancouver Sun";
    // after a title, a surname that is a common word too: "Mr Key")
    const commonWordSurname = (k: number): boolean =>
      ((k > p && (toks[k].t === 'May' || (toks[k].t === 'Jun' && titled) || (toks[k].t === 'Sun' && GIVEN_NAMES.has(toks[k - 1].t))) && isNameLike(toks[k - 1]) && !DAY_OR_MONTH.test(toks[k - 1].t) && !toks[k - 1].poss) ||
        (k === p && titled && toks[k].cap && !toks[k].caps && SURNAME_WORDS.has(toks[k].l))) &&
      !lineOf(k).title &&
      !/^\s*\d/.test(text.slice(toks[k].pe, toks[k].pe + 3));
    while (q <= b && (isNameLike(toks[q]) || commonWordSurname(q) || placeSurnameAt(q) || (q > p && (PARTICLES.has(toks[q].l) || (REGNAL.test(toks[q].t) && !toks[q - 1].poss) || particleHyphen(toks[q]) || (toks[q].hyTail && validHyTail(toks[q])) || (toks[q].cap && !toks[q].caps && !ORG_HEADS.has(toks[q].t) && q + 1 <= b && isNameLike(toks[q + 1]))))) && !(q > p && !saint && toks[q - 1].poss && toks[q - 1].pe - toks[q - 1].e === 2)) q++;
    q--;
    // a title before the plural of a common noun names a group or an institution, not a person: "Teacher Training Colleges",
    // "Teachers Enhancement Allowances", "Head Teachers"
    // (or one such noun alone, the end of a portfolio: "Mykhailo Fedorov, Minister of Digital Transformation, said")
    if (titled && q >= p && (COMMON_PLURAL_END.test(toks[q].t) || (q === p && (pluralTitle(toks[q].l) || COMMON_SINGULAR_END.test(toks[q].t))))) return;
    // a place before a title: "California Gov. Gavin Newsom", "Carolina Governor Roy Cooper" (not "Martin Luther King")
    if (q >= p + 2 && toks[p + 1].cap && OFFICES_AFTER_PLACE.has(toks[p + 1].l) && !GIVEN_NAMES.has(toks[p].t) && !toks[p].poss && isNameLike(toks[p + 2]) && !TITLES.has(toks[p + 2].l)) {
      p += 2;
      titled = true;
    } else if (q >= p + 3 && toks[p + 1].cap && toks[p + 2].cap && OFFICES_AFTER_PLACE.has(toks[p + 2].l) && !GIVEN_NAMES.has(toks[p].t) && !toks[p].poss && !toks[p + 1].poss && isNameLike(toks[p + 3]) && !TITLES.has(toks[p + 3].l)) {
      // (a place of two words: "Santa Rosa Mayor Chris Coursey", "Los Angeles Mayor Karen Bass")
      p += 3;
      titled = true;
    }
    // "Sheikh Hasina", "Sheikh Mohammed": before one name word alone the honorific is part of how the name is written
    if (q === p && p > start && toks[p - 1].t === 'Sheikh' && joined(text, toks[p - 1], toks[p]) && !(q + 1 <= b && PARTICLES.has(toks[q + 1].l))) p--;
    // "Prime Minister John Key", "John Major": a common word as the surname after a common given name
    // (or after any name a title opens: "Australian Resources Minister Madeleine King said")
    if (q === p && p + 1 <= b && (GIVEN_NAMES.has(toks[p].t) || titled) && SURNAME_WORDS.has(toks[p + 1].l) && toks[p + 1].cap && !toks[p + 1].caps && !toks[p].poss && !lineOf(p).title) q = p + 1;
    if (q < p) {
      // acronyms and CamelCase words
      const t = toks[p];
      if (!lineOf(p).caps && acronymHere(p)) {
        // (a body's acronym and the nation it serves: "NHS England", "NHS Scotland")
        if (p + 1 === b && servesNation(p)) {
          discover(p, b, 'organization', 'acronym');
          return;
        }
        discover(p, p, 'organization', 'acronym');
      } else if (isCamel(t)) {
        discover(p, p, 'organization', 'camel');
      }
      if (p < b) classifyRun(p + 1, b, credit);
      return;
    }
    // (particles do not count: "Luiz Inácio Lula da Silva" is four words and a particle)
    let n = q - p + 1;
    for (let k = p + 1; k < q; k++) if (PARTICLES.has(toks[k].l)) n--;
    const nxAfter = toks[q + 1];
    const orgNounAfter = q === b && nxAfter && !nxAfter.cap && ORG_NOUNS.has(nxAfter.l) && nxAfter.l !== 'site' && wsOnly(text, toks[q].pe, nxAfter.s) && !toks[q].poss;
    // (a team before its player's position and the player's name: "Toronto Raptors forward OG Anunoby", "Arsenal striker Gabriel Jesus")
    const teamBefore = q === b && nxAfter && !nxAfter.cap && PLAYER_POSITIONS.has(nxAfter.l) && wsOnly(text, toks[q].pe, nxAfter.s) && !toks[q].poss && !!toks[q + 2]?.cap && joined(text, nxAfter, toks[q + 2]) && g.forms.get(normalizeName(runText(p, q)))?.kind !== 'place' && !g.demonyms.has(toks[q].n) && !/^(?:England|Scotland|Wales|Northern Ireland)$/.test(runText(p, q));
    if (n >= 1 && n <= 4 && !titled && (orgNounBefore(p) || (orgNounAfter && n >= 2) || teamBefore || (q === b && orgAppositiveAfter(q) && !(p === q && toks[q].initial && /^\p{Lu}\p{Ll}{3,}(?:[^l]ly|ally)$/u.test(toks[q].t))))) {
      // (a sentence adverb before the body that speaks is none: "Separately, the company said", "Additionally, the firm said")
      // the firm, then its officer named after it: "the state-owned company Kintex Alexander Mikhailov"
      if (q >= p + 2 && GIVEN_NAMES.has(toks[q - 1].t) && !GIVEN_NAMES.has(toks[p].t) && isNameLike(toks[q])) {
        discover(p, q - 2, 'organization', 'cue');
        discover(q - 1, q, 'person', 'cue');
        if (q < b) classifyRun(q + 1, b, credit);
        return;
      }
      // (a station's number is part of its name: "the News 4 San Antonio channel")
      const from = orgNounAfter && p >= 2 && /^\d{1,3}$/.test(toks[p - 1].t) && toks[p - 2].cap && !isAcronym(toks[p - 2]) && joined(text, toks[p - 2], toks[p - 1]) && joined(text, toks[p - 1], toks[p]) ? p - 2 : p;
      discover(from, q, 'organization', 'cue');
      if (q < b) classifyRun(q + 1, b, credit);
      return;
    }
    // a city's team: "the Los Angeles Clippers", "the New York Giants" (a city of two or three words, then a plural)
    // (not a surname in "-es", "Santa Cruz Mendes", nor a place's word, "Santa Cruz Mountains")
    if (n >= 3 && n <= 4 && /\p{Ll}(?:[^e\P{Ll}]s|ees)$/u.test(toks[q].t) && !toks[q].poss && !NOT_PERSON_WORDS.has(toks[q].t) && NOT_PERSON_PLACES.has(runText(p, q - 1))) {
      discover(p, q, 'organization', 'cue');
      if (q < b) classifyRun(q + 1, b, credit);
      return;
    }
    // "in El Fasher", "Sudan's El Obeid": a place named with the Arabic or Spanish article, not a person
    // (not "El Chapo said": only after a word of place); and the cities and regions of general news ("Los Angeles said")
    if ((n === 2 && toks[p].t === 'El' && p > 0 && (/^(?:in|near|from|outside|around|at|to|into|toward|towards|across|of)$/.test(toks[p - 1].l) || (toks[p - 1].poss && toks[p - 1].cap))) || (n >= 2 && n <= 4 && NOT_PERSON_PLACES.has(runText(p, q)))) {
      if (q < b) classifyRun(q + 1, b, credit);
      return;
    }
    // (or right after a news agency's name and a slash, in a caption: "... January 6, 2024. REUTERS/Vyacheslav Madiyevskyy")
    const creditName = (inCredit(p) && (text.charCodeAt(toks[q].pe) === 47 /* / */ || text.charCodeAt(toks[p].s - 1) === 47)) || agencySlashBefore(p);
    // ("the mayor of Porto Alegre said": the office speaks; what it is of is a place or a body)
    const officeOf = p > 1 && toks[p - 1].l === 'of' && !toks[p - 2].cap && TITLES.has(toks[p - 2].l) && !RELATION_NOUNS.has(toks[p - 2].l) && wsOnly(text, toks[p - 1].pe, toks[p].s);
    const cue = titled || roleBefore(p) || leaderAfterPlace(p, q) || whoAfter(q) || ofBodySayAfter(q) || (p === start && roleBefore(start)) || appositive(q) !== undefined || (sayAfter(q) && !officeOf && !placeBefore(p)) || relativeSayAfter(q) || sayBefore(p) || saidAsAppositive(p, q) || byline(p, q) || credit || creditName || ageAfter(q) || (toks[p].cap && toks[p].t.length <= 3 && /\.$/.test(toks[p - 1]?.t ?? '') && TITLES.has(toks[p - 1]?.l ?? ''));
    if (n >= 2 && n <= 4 && cue && GROUP_PLURALS.has(toks[q].t) && !credit && !creditName) {
      // "The White Helmets said": a group, not a person
      discover(p, q, 'organization', 'cue');
    } else if (n >= 2 && n <= 4 && cue && (NOT_PERSON_WORDS.has(toks[q].t) || NOT_PERSON_FIRST.has(toks[p].t)) && !credit && !creditName) {
      // a place or a thing, whatever cue came before: "King Abdullah Port", "the Jeddah Islamic Port ..., have been"
      // (a data provider is a body: "according to Dow Jones Market Data"; not "Economic Data")
      if ((toks[q].t === 'Data' || toks[q].t === 'Analytics') && !COMMON.has(toks[p].l) && !lineOf(p).title) discover(p, q, 'organization', 'cue');
    } else if (n >= 2 && n <= 4 && cue && !titled && q === b && toks[q + 1] && !toks[q + 1].cap && !toks[q + 1].poss && joined(text, toks[q], toks[q + 1]) && PLACE_BODY_WORDS.has(toks[q + 1].l) && !GIVEN_NAMES.has(toks[p].t)) {
      // a place that modifies a body or an officer after it: "said Dahej Marine police station inspector Vipul Gagiya"
    } else if (n >= 2 && n <= 4 && cue && !titled && !credit && !creditName && (g.forms.get(toks[p].n)?.kind === 'place' || REGION_NAMES.has(toks[p].t)) && !FIRST_NAME_PLACES.has(toks[p].t) && !toks[p].poss && (sayAfter(q) || relativeSayAfter(q))) {
      // a place's name, then a name, as a speaker: a firm or a body, not a person ("Southern California Edison said")
      discover(p, q, 'organization', 'cue');
    } else if (n >= 2 && n <= 4 && cue && !titled && !credit && !creditName && placeAround(p, q)) {
      // a place, whatever cue came before: "in Mai Kadra, an ethnically mixed town"
    } else if (n >= 2 && n <= 4 && cue) {
      // a Korean surname that is an English word, before a given name in two parts: "defense minister No Kwang Chol"
      if (q === p + 1 && p > 0 && toks[p - 1].t === 'No' && !covered[p - 1] && toks[p - 1].line === toks[p].line && wsOnly(text, toks[p - 1].pe, toks[p].s) && roleBefore(p - 1)) p--;
      discover(p, q, 'person', credit || creditName ? 'credit' : 'cue');
    } else if (n === 1 || n > 4) {
      for (let k = p; k <= q; k++) deferred.push(k);
      if (n === 1) cueOf.set(p, { titled: titled || roleBefore(p), credit, said: sayAfter(q) || sayBefore(p) });
    } else {
      // Two to four name-like words with no cue: a person if the name comes back later with a cue,
      // or if it is a possessive of a person-like shape; decided in pass 2.
      uncued.push({ a: p, b: q });
    }
    if (q < b) classifyRun(q + 1, b, credit);
  }

  return finish();

  function finish(): DocumentActors {
    // Uncued multi-word names: possessive ("Antony Blinken's visit"), coordinated with a person,
    // or whose last word comes back alone as a speaker or with a title ("... Tiwonge Mhango ... Mhango told").
    const cuedWords = new Set<string>();
    // (not a word that is short for a body named before: "According to Carphone" beside "Carphone Warehouse" makes
    // "Dixons Carphone" no person)
    for (const [k, c] of cueOf) if ((c.titled || c.said) && !(c.said && !c.titled && orgShort(toks[k].n))) cuedWords.add(toks[k].n);
    for (const u of uncued) {
      if (anyCovered(u.a, u.b)) continue;
      const n = normalizeName(text.slice(toks[u.a].s, toks[u.b].e));
      const known = discovered.get(n);
      if (known) {
        emit({ s: toks[u.a].s, e: toks[u.b].e, a: u.a, b: u.b, target: withVia(known, 'repeat') });
        continue;
      }
      const pv = prevWord(u.a);
      const coordinated = pv && (pv.l === 'and' || pv.l === 'with') && found.some((f) => f.target.kind === 'person' && f.b === u.a - 2);
      // (and "Manuel Akanji and Julian Alvarez": coordinated with a person after it)
      const nx = toks[u.b + 1];
      const coordinatedAfter = nx && nx.l === 'and' && nx.line === toks[u.b].line && found.some((f) => f.target.kind === 'person' && f.a === u.b + 2);
      // (not "Peter Street", "Lincoln Park")
      let given = u.b - u.a <= 2 && GIVEN_NAMES.has(toks[u.a].t) && !lineOf(u.a).title && !lineOf(u.a).caps;
      for (let k = u.a + 1; given && k <= u.b; k++) if (NOT_PERSON_WORDS.has(toks[k].t) || NOT_PERSON_WORDS.has(toks[k].t.replace(/['’]s$/, ''))) given = false;
      // (never a name that ends in a place's or a thing's word: "Jeddah Islamic Port", "Refugee Camps")
      // (nor one that opens with an operation's or a unit's word: "Coast Guard Sector San Diego's commander")
      const thing = NOT_PERSON_WORDS.has(toks[u.b].t.replace(/['’]s$/, '')) || NOT_PERSON_FIRST.has(toks[u.a].t);
      if (thing || placeAround(u.a, u.b)) continue;
      if (toks[u.b].poss || coordinated || coordinatedAfter || given || (u.b > u.a && cuedWords.has(toks[u.b].n))) discover(u.a, u.b, 'person', given ? 'given' : 'cue');
      else {
        // a place's words, then a given name and a surname: "Primorsky Territory Oleg Kozhemyako"
        for (let k = Math.max(u.a + 1, u.b - 2); k < u.b; k++) {
          if (GIVEN_NAMES.has(toks[k].t) && NOT_PERSON_WORDS.has(toks[k - 1].t)) {
            discover(k, u.b, 'person', 'given');
            break;
          }
        }
      }
    }
    // "Rep. Jim Jordan ... Jordan said", "Michael Jordan ... Jordan said": a one-word place that is the surname of a
    // person named before, as a speaker, is that person (not after a preposition: "officials in Jordan said")
    for (let fi = 0; fi < found.length && personFull.length !== 0; fi++) {
      const f = found[fi];
      // (or a one-word company the gazetteer knows: "Kate Forbes ... Forbes added")
      if (!(f.target.kind === 'place' || (f.target.kind === 'organization' && f.target.via === 'gazetteer')) || f.a !== f.b || toks[f.a].poss || toks[f.a].caps || lineOf(f.a).title) continue;
      if (f.a > 0 && /^(?:in|from|to|at|of|near|into|across|with|and|by|for)$/.test(toks[f.a - 1].l)) continue;
      let res: (typeof personFull)[number] | undefined;
      for (const pf of personFull) if (pf.b < f.a && toks[pf.b].n === toks[f.a].n) res = pf;
      if (res && (sayAfter(f.b) || sayBefore(f.a))) {
        const short: Found = { s: f.s, e: f.e, a: f.a, b: f.b, target: withVia(res.target, 'short') };
        found[fi] = short;
        shortRes.set(short, res);
      }
    }
    // the words of an undecided multi-word name are never short forms of someone else
    for (const u of uncued) for (let k = u.a; k <= u.b; k++) blocked.add(k);
    // Repeats and short forms, in document order.
    const order = deferred.filter((k) => !covered[k] && !blocked.has(k)).sort((x, y) => x - y);
    const fullIndex = () => personFull.slice().sort((x, y) => x.a - y.a);
    const fulls = fullIndex();
    // one-word names a title cued ("President Obama"): their bare repeats are theirs too ("which Obama said")
    const titledSingles = new Map<string, Target>();
    for (let j = 0; j < order.length; j++) {
      const k = order[j];
      if (covered[k]) continue;
      const tk = toks[k];
      if (!tk.cap) continue;
      // full repeats of names found in this article
      const rep = lookupDiscovered(k);
      if (rep) {
        emit(rep);
        continue;
      }
      // a common word that is a surname ("Key"): only as the surname of a person named in full before,
      // and not at a sentence start unless a verb of saying follows ("Key said")
      const surnameWord = SURNAME_WORDS.has(tk.l);
      if (surnameWord && (!tk.initial || SAY_VERBS.has(toks[k + 1]?.l ?? ''))) {
        let res: (typeof fulls)[number] | undefined;
        for (const f of fulls) if (f.b < k && toks[f.b].n === tk.n) res = f;
        if (res) {
          emit({ s: tk.s, e: tk.e, a: k, b: k, target: withVia(res.target, 'short') });
          shortRes.set(found[found.length - 1], res);
        }
        continue;
      }
      if (!isNameLike(tk) && !(tk.caps && isAcronym(tk))) {
        continue;
      }
      // short form of a person: the most recent full mention holding this word; else the only later one
      const word = tk.n;
      // (or a transliteration of it: "Zelensky" for "Volodymyr Zelenskiy", "Shoygu" for "Sergei Shoigu")
      const folded = word.length >= 5 ? foldSurname(word) : undefined;
      const holds = (f: (typeof fulls)[number]) => f.words.has(word) || (folded !== undefined && (f.folded ??= foldedWords(f.words)).has(folded));
      let res: (typeof fulls)[number] | undefined;
      for (const f of fulls) if (f.b < k && holds(f)) res = f;
      // a name inside the apposition of another that holds the word is not the one a repeat means:
      // "Kim Yo Jong, the powerful sister of leader Kim Jong Un, warned ... Kim was quoted as saying"
      if (res) {
        for (const f of fulls) {
          if (f.b >= res.a) break;
          if (f.target.key === res.target.key || !holds(f)) continue;
          const between = text.slice(toks[f.b].pe, toks[res.a].s);
          if (between.length < 120 && text.charCodeAt(toks[f.b].pe) === 44 && !/[.!?]["”’']?\s/.test(between) && !/\band\b/.test(between)) {
            res = f;
            break;
          }
        }
      }
      // (a hyphenated word only after its name: before it, "Chon-chol" may open "O Chon-chol" as a title's name)
      if (!res && word.indexOf(' ') < 0) {
        // the first later full mention holding the word, when every later one is of the same actor
        let first: (typeof fulls)[number] | undefined;
        let one = true;
        for (const f of fulls) {
          if (!(f.a > k && holds(f))) continue;
          if (first === undefined) first = f;
          else if (f.target.key !== first.target.key) {
            one = false;
            break;
          }
        }
        if (first !== undefined && one) res = first;
      }
      if (res && word.length >= 2) {
        // with the particles of the full name before it: "von der Leyen", "de Gaulle"
        let a = k;
        while (a > 0 && !covered[a - 1] && PARTICLES.has(toks[a - 1].l) && res.words.has(toks[a - 1].n) && inlineSpace(text, toks[a - 1].pe, toks[a].s)) a--;
        emit({ s: toks[a].s, e: tk.e, a, b: k, target: withVia(res.target, 'short') });
        shortRes.set(found[found.length - 1], res);
        continue;
      }
      const single = titledSingles.get(tk.n);
      if (single && isNameLike(tk) && !tk.caps) {
        emit({ s: tk.s, e: tk.e, a: k, b: k, target: withVia(single, 'repeat') });
        continue;
      }
      // short form of an organisation: "Wagner" for "Wagner Group"
      // (not the first word of another club's name: "Manchester City" beside "Manchester United")
      // (nor a place before a lower-case noun of place: "Medak district" beside "Medak Survey and Land Records")
      const placeAfter = placeNounAfter(k);
      // (nor a sentence's first word that the article also writes in lower case: "World leaders unveiled ..." beside the World Bank)
      // (nor the end of another name, a capital before it that no title, demonym or sentence's start explains: "East Coast
      // shipping", "the Gold Coast" beside the Coast Guard)
      const pk = k > 0 ? toks[k - 1] : undefined;
      const inName = !!pk && pk.cap && !pk.poss && !covered[k - 1] && joined(text, pk, tk) && !TITLES.has(pk.l) && !g.demonyms.has(pk.n) && (!pk.initial || POSITION_WORDS.has(pk.l));
      // (nor a demonym before the noun it qualifies: "an African solution" beside the African Union; "American said" may be the airline's)
      const nk = toks[k + 1];
      const demonymOf = (g.demonyms.has(tk.n) || /^(?:African|European|Asian|American|Arab|Latin|Nordic|Baltic|Caribbean|Pacific|Atlantic|Gulf|Islamic|Muslim|Christian|Commonwealth)$/.test(tk.t)) && !tk.poss && !!nk && !nk.cap && joined(text, tk, nk) && !/^(?:said|says|told|tells|reported|reports|announced|announces|added|has|have|had|is|was|will|would|plans|expects|did|does)$/.test(nk.l);
      const org = placeAfter || inName || demonymOf || (toks[k + 1] && CLUB_SUFFIXES.has(toks[k + 1].t) && !tk.poss && joined(text, tk, toks[k + 1])) || (tk.initial && !tk.caps && writtenLower(tk.l)) ? undefined : orgShort(word);
      if (org) {
        emit({ s: tk.s, e: tk.e, a: k, b: k, target: withVia(org, 'short') });
        continue;
      }
      if (lineOf(k).title || lineOf(k).furniture || lineOf(k).caps) continue;
      const cue = cueOf.get(k);
      const pv = prevWord(k);
      const nx = toks[k + 1];
      if ((cue?.titled || (pv && /^(mr|mrs|ms|dr|prof|gen|sen|rep)\.?$/i.test(pv.l))) && !placeAfter && !PLATFORMS.has(tk.t) && !NOT_PERSON_WORDS.has(tk.t)) {
        const n = tk.n;
        const target: Target = { kind: 'person', key: `short:${n}`, name: tk.t, via: 'cue', upper: true, acronym: false, rank: 1 };
        emit({ s: tk.s, e: tk.e, a: k, b: k, target });
        if (cue?.titled) titledSingles.set(n, target);
        continue;
      }
      if (tk.caps && acronymHere(k)) {
        discover(k, k, 'organization', 'acronym');
        continue;
      }
      // organisation cues for a single word: "agency X", "(X)" credits, quoted sources of reporting
      const quoted = /["“]$/.test(text.slice(Math.max(0, tk.s - 1), tk.s)) && /^["”]/.test(text.slice(tk.pe, tk.pe + 1));
      const reportingBefore = pv && SAY_VERBS.has(pv.l) && /^\s*["“]?$/.test(text.slice(pv.pe, tk.s));
      const adminAfter = nx && nx.l === 'administration' && wsOnly(text, tk.e, nx.s);
      if (adminAfter && !tk.initial) {
        covered[k + 1] = 1;
        const s = tk.s;
        const e = nx.e;
        const surface = text.slice(s, e);
        const nn = normalizeName(surface);
        const t: Target = discovered.get(nn) ?? { kind: 'organization', key: `norm:${nn}`, name: surface, via: 'head', upper: true, acronym: false, rank: 1 };
        discovered.set(nn, t);
        discoveredUnindexed = true;
        emit({ s, e, a: k, b: k + 1, target: t });
        continue;
      }
      // "Amazon founder Jeff Bezos", "Cisco chairman and CEO Chuck Robbins": a firm before its officer's role and name
      if (nx && CORPORATE_ROLES.has(nx.l) && !tk.poss && wsOnly(text, tk.pe, nx.s) && !g.forms.has(tk.n) && officerAfter(k + 1)) {
        discover(k, k, 'organization', 'cue');
        continue;
      }
      // "the state-run Anatolia news agency reported", "the Wagner group"
      // (not a place's or a people's word: "the iconic California company", "the Local Government Activists group")
      // (not after "a": "A Bradford company has been fined" is a firm of Bradford, not one named so)
      const agencyAfter = nx && !nx.cap && !tk.poss && !/^an?$/.test(prevWord(k)?.l ?? '') && !(tk.hyTail && !validHyTail(tk)) && !PLATFORMS.has(tk.t) && !NOT_PERSON_WORDS.has(tk.t) && wsOnly(text, tk.pe, nx.s) && (ONE_WORD_ORG_NOUNS.has(nx.l) || (nx.l === 'news' && toks[k + 2]?.l === 'agency' && !toks[k + 2].cap)) && g.forms.get(tk.n)?.kind !== 'place' && !/\p{Ll}(?:ists|ers|ans|ians)$/u.test(tk.t);
      // (a span of months in brackets is no credit: "(April-March)"; split only when the rest holds)
      const months = (): boolean => tk.t.split(/[-\u2013]/).every((x) => DAY_OR_MONTH.test(x));
      // (a possessive after "at" owns the employer, it is not one: "a doctor at Karachi’s largest hospital")
      // (nor is a place before its noun of place: "the station manager at Multan airport")
      if ((orgNounBefore(k) || (employerBefore(k) && !tk.poss && !placeAfter) || agencyAfter || (quoted && reportingBefore) || (parenthesisedAlone(k, k) && isLastInParagraph(k) && !months()) || datelineCredit(k) || cue?.credit || (inCredit(k) && !g.forms.has(tk.n))) && !CREDIT_WORDS.has(tk.t)) {
        discover(k, k, 'organization', cue?.credit || inCredit(k) ? 'credit' : 'cue');
        continue;
      }
    }
    // Compact spellings of names found here: "Zero Hedge" for "ZeroHedge".
    const anyCompact = toks.length !== 0 && (discoveredCompact.size !== 0 || registryCompact().size !== 0);
    for (let k = 0; anyCompact && k < toks.length; k++) {
      if (covered[k] || !toks[k].cap) continue;
      // (a compact name starts with this word's letters, or no spelling from here can be one)
      if (!compactStart(toks[k].w)) continue;
      let c = '';
      for (let b2 = k; b2 < Math.min(toks.length, k + 3); b2++) {
        if (b2 > k && (!joined(text, toks[b2 - 1], toks[b2]) || covered[b2])) break;
        c += toks[b2].w.c;
        if (b2 > k) {
          const t = discoveredCompact.get(c) ?? compactLookup(c);
          // (a plural head in lower case is a common noun: "North American airlines" spell no American Airlines)
          if (t && commonPluralHead(toks[b2])) break;
          if (t) {
            emit({ s: toks[k].s, e: toks[b2].e, a: k, b: b2, target: withVia(t, 'repeat') });
            k = b2;
            break;
          }
        }
      }
    }
    return assemble();
  }

  function registryCompact(): Map<string, Target> {
    let m = compactCache.get(registry);
    if (!m) {
      m = new Map();
      for (const e of registry.entries) {
        const c = compactName(e.name);
        if (c.length >= 4 && !m.has(c)) m.set(c, { kind: e.kind, key: `reg:${e.id}`, name: e.name, registryId: e.id, via: 'registry', upper: true, acronym: false, rank: 0 });
      }
      compactCache.set(registry, m);
    }
    return m;
  }

  /** Whether some compact name of the registry or of this article starts with the word's normal letters. */
  function compactStart(w: WordInfo): boolean {
    wordDict(w, dict);
    if (w.compactFirst < 0) {
      let prefixes = dict.compactPrefixes;
      if (prefixes === undefined) {
        prefixes = dict.compactPrefixes = new Set(['']);
        for (const c of registryCompact().keys()) for (let i = 1; i <= c.length; i++) prefixes.add(c.slice(0, i));
      }
      w.compactFirst = prefixes.has(w.c) ? 1 : 0;
    }
    if (w.compactFirst === 1) return true;
    const cn = w.c;
    for (const c of discoveredCompact.keys()) if (c.startsWith(cn)) return true;
    return false;
  }

  function compactLookup(c: string): Target | undefined {
    return registryCompact().get(c);
  }

  function isLastInParagraph(k: number): boolean {
    const after = text.slice(toks[k].pe + 1, lineOf(k).end);
    return /^\s*[.]?\s*$/.test(after);
  }

  function lookupDiscovered(k: number): Found | undefined {
    if (!toks[k].cap) return undefined;
    // Every name discover() keeps has its first word and its leading words indexed: a key
    // outside them cannot be found, nor can any longer key.
    const indexed = !discoveredUnindexed;
    if (indexed) {
      const n0 = toks[k].n;
      const sp = n0.indexOf(' ');
      if (!discoveredFirst.has(sp < 0 ? n0 : n0.slice(0, sp))) return undefined;
    }
    let key = '';
    let best: Found | undefined;
    for (let b2 = k; b2 < Math.min(toks.length, k + 8); b2++) {
      if (b2 > k && !joined(text, toks[b2 - 1], toks[b2])) break;
      if (b2 > k && covered[b2]) break;
      key = b2 === k ? toks[b2].n : `${key} ${toks[b2].n}`;
      if (indexed && !discoveredPrefixes.has(key)) break;
      const t = discovered.get(key);
      if (t && toks[k].cap) best = { s: toks[k].s, e: toks[b2].e, a: k, b: b2, target: withVia(t, 'repeat') };
      if (toks[b2].poss) break;
    }
    return best;
  }

  function orgShort(word: string): Target | undefined {
    // organisations found so far, the first target of each key (found only grows until assemble)
    for (; orgScanned < found.length; orgScanned++) {
      const t = found[orgScanned].target;
      if (t.kind === 'organization' && !orgSeen.has(t.key)) {
        orgSeen.add(t.key);
        orgFirst.push(t);
      }
    }
    let only: Target | undefined;
    for (const t of orgFirst) {
      const sf = shortFormsOf(t.name);
      if (sf.head !== word && sf.club !== word) continue;
      if (only !== undefined) return undefined; // two organisations fit: neither
      only = t;
    }
    return only;
  }

  function assemble(): DocumentActors {
    found.sort((x, y) => x.s - y.s || y.e - x.e);
    // short forms point at their full mention: the first mention that starts where it does
    // (found is sorted by start: the first mention starting at an offset is found by bisection)
    const firstAt = (start: number): number | undefined => {
      const k = partitionPoint(found.length, (i) => found[i].s < start);
      return k < found.length && found[k].s === start ? k : undefined;
    };
    // Each mention is one literal with all its fields (fields added later would sit out of the object).
    const mentions: Mention[] = found.map((f) => {
      const t = f.target;
      const res = shortRes.get(f);
      const full = res ? firstAt(toks[res.a].s) : undefined;
      const start = f.s;
      const end = f.e;
      const mtext = end - start === t.name.length && text.startsWith(t.name, start) ? t.name : intern(text.slice(start, end));
      if (full !== undefined) return new ShortMention(start, end, mtext, t, full);
      return mtext === t.name ? new Mention(start, end, t) : new SpelledMention(start, end, mtext, t);
    });
    const actors = summarize(mentions);
    const roles = findRoles(mentions);
    const quotes = attributeQuotes(mentions);
    const variants = proposeVariants(mentions, actors);
    // exact-size arrays: push leaves room for 17 items or more, and analyses live as long as the corpus
    return new KeptActors(mentions, roles.slice(), quotes.slice(), variants);
  }

  /** A compass word (or "New") that opens a place's name with the word after it: "North Carolina Governor Josh Stein", "New Zealand referee". */
  function positionPlace(k: number): boolean {
    const t = toks[k];
    return t.cap && (POSITION_WORDS.has(t.l) || t.t === 'New') && k + 1 < toks.length && toks[k + 1].cap && (NOT_PERSON_PLACES.has(`${t.t} ${toks[k + 1].t}`) || g.forms.get(`${t.n} ${toks[k + 1].n}`)?.kind === 'place');
  }

  function findRoles(mentions: ActorMention[]): RoleStatement[] {
    const roles: RoleStatement[] = [];
    const tokAt = { get: (start: number) => tokenStartingAt(toks, start) };
    mentions.forEach((m, mi) => {
      if (m.kind !== 'person' || m.via === 'short') return;
      const a = tokAt.get(m.start);
      if (a === undefined) return;
      let b = a;
      while (b + 1 < toks.length && toks[b + 1].s < m.end) b++;
      // title before: walk left over titles, modifiers, demonyms and capitalised words
      let k = a - 1;
      let hasTitle = false;
      let realTitle = false;
      let from = -1;
      while (k >= 0 && toks[k].line === toks[a].line) {
        const t = toks[k];
        const gf = t.pe;
        const gt = toks[k + 1].s;
        if (!wsOnly(text, gf, gt) || t.poss) break;
        // (a dateline's place in capitals with no comma: "MOSCOW Russian Foreign Minister Sergei Lavrov")
        if (/^\p{Lu}{4,}$/u.test(t.t) && g.forms.get(t.n)?.kind === 'place') break;
        // (a caption's word glued to the role by a scraper: "Photo/IllutrationForeign Minister")
        if (gluedToTitle(t.t)) break;
        // "the sister of the North Korean leader Kim Jong-un": past a title, "of" starts someone else's role.
        // (Not past a form of address or an academic title after a department: "Secretary of Defense for Policy Dr. Colin Kahl".)
        if (hasTitle && t.l === 'of' && (realTitle || k === 0 || !toks[k - 1].cap || RELATION_NOUNS.has(toks[k - 1].l))) break;
        // a portfolio: "Minister for Foreign Affairs Wang Yi", "Secretary of Defense for Policy"
        // "Under Secretary": "under" opens the title
        const underSecretary = t.l === 'under' && t.cap && toks[k + 1].l === 'secretary';
        const portfolioFor = t.l === 'for' && k > 0 && toks[k - 1].cap && ((TITLES.has(toks[k - 1].l) && !RELATION_NOUNS.has(toks[k - 1].l)) || DEPARTMENT_WORDS.has(toks[k - 1].l));
        if (k > 0 && toks[k - 1].line === t.line && twoWordDemonym(toks[k - 1].n, t.n) && wsOnly(text, toks[k - 1].pe, t.s)) {
          from = k - 1;
          k -= 2;
          continue;
        }
        // two portfolios joined by "and" in one office: "Food and Consumer Affairs Minister", "Water Supply and Drainage Minister"
        // (not a list of people or of nations: "Trade Minister Ama Owusu and Finance Minister ...", "US and Israeli officials")
        // (nor a body before the title itself: "Buckingham Palace and Prince Charles's advisers")
        if (t.l === 'and' && !t.cap && hasTitle && !(a > 0 && !toks[a - 1].cap && PLAYER_POSITIONS.has(toks[a - 1].l)) && k > 0 && toks[k - 1].line === t.line && wsOnly(text, toks[k - 1].pe, t.s) && toks[k - 1].cap && !toks[k - 1].poss && toks[k + 1].cap && !(from === k + 1 && TITLES.has(toks[k + 1].l))) {
          const w = toks[k - 1];
          const person = mentions.some((o) => o.kind === 'person' && o.start <= w.s && w.s < o.end);
          if (!person && !g.forms.has(w.n) && !g.demonyms.has(w.n) && !g.demonyms.has(toks[k + 1].n) && (DEPARTMENT_WORDS.has(w.l) || TITLES.has(w.l) || (!w.initial && !COMMON.has(w.l)))) {
            from = k - 1;
            k -= 2;
            continue;
          }
        }
        // (a portfolio that is a common word too, before its title: "Climate Minister Sherry Rehman"; or before another
        // word of the portfolio taken: "Climate Change Minister Chris Bowen")
        // (or a sentence's first word before a lower-case title: "Consumer advocate Ralph Nader", "Opposition leader ...")
        // (a portfolio in lower case before a title in lower case: "EU competition chief Teresa Ribera", "UN human rights chief")
        const lowerPortfolio = !t.cap && DEPARTMENT_WORDS.has(t.l) && !toks[k + 1].cap && (TITLES.has(toks[k + 1].l) || (from === k + 1 && DEPARTMENT_WORDS.has(toks[k + 1].l)));
        const titleModifier = lowerPortfolio || (t.cap && ((DEPARTMENT_WORDS.has(t.l) && (TITLES.has(toks[k + 1].l) || (from === k + 1 && toks[k + 1].cap && DEPARTMENT_WORDS.has(toks[k + 1].l)))) || (t.initial && !toks[k + 1].cap && TITLES.has(toks[k + 1].l) && !CAP_DETERMINERS.has(t.t))));
        // ("ex-Prime Minister Najib Razak", "ex-president")
        const exTitle = t.l.startsWith('ex-') && (TITLES.has(t.l.slice(3)) || TITLE_MODIFIERS.has(t.l.slice(3)));
        // (a compass word that opens a place's name opens the role: "North Carolina Governor Josh Stein")
        if (positionPlace(k)) {
          from = k;
          break;
        }
        if (TITLES.has(t.l) || (exTitle && TITLES.has(t.l.slice(3))) || (k === a - 1 && lowerTitle(t))) {
          hasTitle = true;
          if (!HONORIFICS.has(t.l) && !ACADEMIC.has(t.l)) realTitle = true;
        } else if (!(titleModifier || exTitle || portfolioFor || underSecretary || newPlace(k, a) || (t.cap && !COMMON.has(t.l) && OFFICES_AFTER_PLACE.has(toks[k + 1].l)) || TITLE_MODIFIERS.has(t.l) || g.demonyms.has(t.n) || (t.cap && !t.initial && !COMMON.has(t.l)) || (t.cap && ORG_HEADS.has(t.t)) || ((t.l === 'of' || t.l === 'the') && (k < a - 2 || (t.l === 'of' && k > 0 && TITLES.has(toks[k - 1].l)))) || (t.cap && t.initial && (g.forms.has(t.n) || g.demonyms.has(t.n) || ORG_HEADS.has(t.t))))) break;
        if (t.initial && t.cap && COMMON.has(t.l) && !TITLE_MODIFIERS.has(t.l) && !TITLES.has(t.l) && !underSecretary && !newPlace(k, a) && !titleModifier) break;
        from = k;
        k--;
      }
      if (hasTitle && from >= 0) {
        while (from < a && (toks[from].l === 'of' || toks[from].l === 'the')) from++;
        // not from inside an organisation's name: its whole name ("State Statistics Service of Egypt
        // spokesman", "Joint Chiefs of Staff Gen.", not "Egypt spokesman", "Staff Gen.")
        const inside = mentions.find((o) => o.kind === 'organization' && o.start < toks[from].s && toks[from].s < o.end);
        if (inside) while (from > 0 && toks[from - 1].s >= inside.start) from--;
        // "Mr Sunak", "Labour leader Sir Keir Starmer": a form of address is not (part of) the role
        // ("Lead author Dr Mingyang Song": "Lead author"; "Dr" alone stays a title)
        let to = a - 1;
        while (to > from && (HONORIFICS.has(toks[to].l) || ACADEMIC.has(toks[to].l))) to--;
        if (to === from && HONORIFICS.has(toks[to].l)) to--;
        // ("Prime Minister Datuk Seri Najib Razak": "Prime Minister"; alone, "Datuk Seri" is the title stated, as "Dr" is)
        let h = to;
        while (h >= from && MALAY_HONORIFICS.has(toks[h].l)) h--;
        if (h >= from) to = h;
        // (and a royal style after an office: "Saudi Energy Minister Prince Abdulaziz bin Salman" is "Saudi Energy Minister";
        // "Crown Prince" stays)
        if (to > from && ROYAL_STYLES.has(toks[to].l) && OFFICE_BEFORE_STYLE.has(toks[to - 1].l)) to--;
        if (to > from && RANKS_AFTER_OFFICE.has(toks[to].l) && toks[to].cap && !toks[to - 1].cap && TITLES.has(toks[to - 1].l)) to--;
        const span = { start: toks[from].s, end: to >= from ? toks[to].e : 0 };
        if (span.end > span.start) roles.push({ start: span.start, end: span.end, key: m.key, text: intern(text.slice(span.start, span.end)), mention: mi, place: 'before' });
      }
      const app = appositive(b);
      // (a clause after a list of names is no role, though it shows they are people: "Bikash Kumar and Ajit Samal, were residents of")
      if (app && !VERB_OPENS_CLAUSE.test(text.slice(app.start, app.end))) roles.push({ start: app.start, end: app.end, key: m.key, text: intern(text.slice(app.start, app.end)), mention: mi, place: 'after' });
    });
    // "said Kim, who is ..." for short forms too
    mentions.forEach((m, mi) => {
      if (m.kind !== 'person' || m.via !== 'short') return;
      const a = tokAt.get(m.start);
      if (a === undefined) return;
      const after = text.slice(m.end, m.end + 12);
      if (!/^,\s+who (is|was) /.test(after)) return;
      const app = appositive(a);
      if (app) roles.push({ start: app.start, end: app.end, key: m.key, text: intern(text.slice(app.start, app.end)), mention: mi, place: 'after' });
    });
    roles.sort((x, y) => x.start - y.start);
    return roles;
  }

  function attributeQuotes(mentions: ActorMention[]): QuoteAttribution[] {
    const quotations = seg.quotations && seg.quotations.length ? seg.quotations : fallbackQuotes(text);
    const out: QuoteAttribution[] = [];
    if (quotations.length === 0) return out;
    // Speakers are the mentions of persons and organisations (not places), in order: 1 a person, 2 another speaker, 0 not one.
    const n = mentions.length;
    const speaker = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const kind = mentions[i].kind;
      speaker[i] = kind === 'person' ? 1 : kind === 'place' ? 0 : 2;
    }
    for (const q of quotations) {
      // (a quotation's inner span may be made on each read: read once, kept as the attribution's own)
      const inner = q.inner;
      if (spaceRuns(text, inner.start, inner.end) < 2) continue; // scare quotes, titles (fewer than three words)
      let who: number | undefined;
      // after: ", said X" / "X said" / "she added"
      const lim = Math.min(text.length, q.end + 160);
      let stop = q.end;
      while (stop < lim && text.charCodeAt(stop) !== 10 && text.charCodeAt(stop) !== 13) stop++;
      const tail = text.slice(q.end, stop);
      const sentEnd = tail.search(/[.!?](\s|$)/);
      const window = sentEnd >= 0 ? tail.slice(0, sentEnd) : tail;
      // the first person whose mention starts in the window, else the first speaker there
      let cand = -1;
      let firstIn = -1;
      for (let i = 0; i < n; i++) {
        if (speaker[i] === 0) continue;
        const st = mentions[i].start;
        if (st < q.end || st >= q.end + window.length) continue;
        // "..., one resident told AFP": who is told is the listener, not the speaker
        if (TOLD_BEFORE.test(text.slice(Math.max(q.end, st - 12), st))) continue;
        // "..., the ministry said referring to the People's Liberation Army": a name in a phrase after the verb is not who speaks
        if (afterVerbPhrase(text.slice(q.end, st))) continue;
        if (firstIn < 0) firstIn = i;
        if (speaker[i] === 1) {
          cand = i;
          break;
        }
      }
      if (cand < 0) cand = firstIn;
      const sayInWindow = SAY_IN_WINDOW.test(window);
      if (sayInWindow && /^[\s,]*(he|she)\s+\w+/i.test(window)) {
        // the last person mentioned before the quotation
        for (let i = n - 1; i >= 0; i--) {
          if (speaker[i] === 1 && mentions[i].end <= q.start) {
            who = i;
            break;
          }
        }
        // (unless that name is inside the apposition of another: "Kim Yo Jong, sister of the North Korean leader,
        // Kim Jong Un and vice-department director ..., the US was “escalating ...,” she said")
        for (let i = (who ?? 0) - 1; who !== undefined && i >= 0; i--) {
          if (speaker[i] !== 1 || mentions[i].key === mentions[who].key) continue;
          const between = text.slice(mentions[i].end, mentions[who].start);
          if (between.length > 150 || /[.!?]["”’']?\s/.test(between)) break;
          if (text.charCodeAt(mentions[i].end) === 44 && !/\band\b/.test(between)) who = i;
          break;
        }
      } else if (cand >= 0 && sayInWindow) who = cand;
      let saidBefore = false;
      if (who === undefined) {
        // before: "X said:" / "X said, “" / "X, vice chairman of ..., said in a statement" (same sentence)
        const headStart = Math.max(0, q.start - 300);
        const head = text.slice(headStart, q.start);
        const cut = Math.max(head.lastIndexOf('\n'), lastStopBeforeSpace(head));
        const sentence = cut >= 0 ? head.slice(cut + 1) : head;
        const verb = sayingAfterLastQuote(sentence);
        if (verb >= 0) saidBefore = true;
        // "According to Syrskyi, “the enemy is suffering heavy losses.”": the speaker follows "according to"
        const according = verb < 0 ? /\baccording to\s+[^,“”"]{2,80},\s*$/i.exec(sentence) : null;
        if (according) {
          const from = q.start - sentence.length + according.index;
          for (let i = 0; i < n && who === undefined; i++) if (speaker[i] !== 0 && mentions[i].start >= from && mentions[i].end <= q.start) who = i;
          saidBefore = true;
        }
        if (who === undefined && (verb >= 0 || /:\s*$/.test(sentence))) {
          const verbAt = q.start - sentence.length + (verb >= 0 ? verb : sentence.length);
          // the last speaker of the sentence before its verb
          for (let i = n - 1; i >= 0; i--) {
            if (speaker[i] !== 0 && mentions[i].end <= verbAt && mentions[i].start >= q.start - sentence.length) {
              who = i;
              // (a body inside a person's apposition is not who speaks: "John Flatley, head of crime statistics at the ONS, said:")
              for (let k = i - 1; speaker[i] === 2 && k >= 0 && mentions[k].start >= q.start - sentence.length; k--) {
                if (speaker[k] === 0) continue;
                if (speaker[k] === 1 && text.charCodeAt(mentions[k].end) === 44 && /^,\s*$/.test(text.slice(mentions[i].end, verbAt).replace(/\s+(?:has|have|had)\s*$/, '')) && !/\b(?:and|said|says|told)\b|[.!?;]/.test(text.slice(mentions[k].end, mentions[i].start))) who = k;
                break;
              }
              break;
            }
          }
        }
      }
      if (who === undefined) {
        // the quotation's own sentence names the speaker after the quote: “...,” Pak Jong Chon, vice chairman..., said
        let inSentence = -1;
        for (let i = 0; i < n && inSentence < 0; i++) if (speaker[i] === 1 && mentions[i].start >= q.end && mentions[i].start < q.end + 40) inSentence = i;
        if (inSentence >= 0 && /^[^.!?\n]*\b(said|says|added|told|stated)\b/.test(text.slice(q.end, Math.min(text.length, q.end + 400)))) who = inSentence;
      }
      // (a verb after the next quotation is that one's: "“But we need shells.” “It is a disaster,” one resident told AFP")
      const nextQuote = window.search(/["“]/);
      const ownSay = nextQuote < 0 ? sayInWindow : SAY_IN_WINDOW.test(window.slice(0, nextQuote));
      if (who === undefined && out.length && !ownSay && !saidBefore) {
        // a quotation with no verb of its own that goes on after an attribution, in the same paragraph, with no one else named between:
        // “The situation is difficult,” said Oleksandr Syrskyi, the commander. “But we are holding.”
        const last = out[out.length - 1];
        const lastEnd = mentions[last.mention].end > last.end ? mentions[last.mention].end : last.end;
        // (it opens a sentence of its own: not "... spoke of a “foolish attempt”")
        const gap = lastEnd <= q.start && q.start - lastEnd < 200 ? text.slice(lastEnd, q.start) : undefined;
        if (gap !== undefined && /^\s*$|[.!?]["”’]?\s+$/.test(gap) && !hasCode(text, last.end, q.start, 10) && !hasCode(text, last.end, q.start, 13) && !mentions.some((m, i) => i !== last.mention && speaker[i] !== 0 && m.start >= lastEnd && m.start < q.start)) who = last.mention;
      }
      if (who !== undefined) out.push(new AttributedQuote(q.start, q.end, inner.start, inner.end, mentions[who].key, who));
    }
    return out;
  }

  function proposeVariants(mentions: ActorMention[], actors: DocumentActor[]): VariantProposal[] {
    const out: VariantProposal[] = [];
    if (!registry.entries.length) return out;
    for (const a of actors) {
      if (a.registryId || a.kind === 'place' || a.key.startsWith('short:')) continue;
      const { byKind, proposer } = registryVariants(registry, a.kind);
      for (const spelling of a.spellings) {
        const canon = proposer.propose(spelling);
        if (!canon) continue;
        const entry = byKind.find((e) => e.name === canon || e.aliases.includes(canon))!;
        const ms = mentions.flatMap((m, i) => (m.key === a.key && m.text === spelling ? [i] : []));
        out.push({ key: a.key, text: spelling, canonical: entry.name, registryId: entry.id, mentions: ms });
      }
    }
    return out;
  }
}

// (helpers that need no closure)

/** `w.replace(/['\u2019]s$/, '')` */
function withoutPossessive(w: string): string {
  const n = w.length;
  if (n >= 2 && w.charCodeAt(n - 1) === 115) {
    const c = w.charCodeAt(n - 2);
    if (c === 39 || c === 0x2019) return w.slice(0, -2);
  }
  return w;
}

/**
 * `s.search(/[.!?]\s+[^.!?]*$/)`: nothing after such a match is . ! or ?, so only the last
 * of them can start it, and it does when white space follows it (a scan back, not a match
 * tried at every stop).
 */
function lastStopBeforeSpace(s: string): number {
  let l = s.length - 1;
  while (l >= 0) {
    const c = s.charCodeAt(l);
    if (c === 46 || c === 33 || c === 63) break;
    l--;
  }
  return l >= 0 && l + 1 < s.length && isSpaceCode(s.charCodeAt(l + 1)) ? l : -1;
}

const SAYING_G = /\b(said|says|added|told|stated|wrote|declared|warned|noted|stressed|stating|saying|insisted|announced|explained|argued|claimed|replied|emphasised|emphasized|asserted|remarked|recalled|acknowledged|admitted)\b/gi;
/**
 * Where `/\b(said|...|announced)\b[^"“”]*$/i` matches in `s`, or -1: no quotation mark may
 * follow the verb, so the match is the first verb after the last mark (found by a scan back
 * and one search from there, not the whole pattern tried at every verb).
 */
function sayingAfterLastQuote(s: string): number {
  let q = s.length - 1;
  while (q >= 0) {
    const c = s.charCodeAt(q);
    if (c === 34 || c === 0x201c || c === 0x201d) break;
    q--;
  }
  SAYING_G.lastIndex = q + 1;
  const m = SAYING_G.exec(s);
  return m ? m.index : -1;
}

/**
 * The one word that is a short form of an organisation's name, either way: its first word
 * when every other word is a head word ("Wagner" for "Wagner Group"), its second word after
 * a club prefix ("Porto" for "FC Porto"). Remembered per name (a bounded table).
 */
const shortForms = new Map<string, { head: string | undefined; club: string | undefined }>();
function shortFormsOf(name: string): { head: string | undefined; club: string | undefined } {
  let sf = shortForms.get(name);
  if (sf === undefined) {
    const ws = normalizeName(name).split(' ');
    const heads = ws.slice(1).map((w) => w.charAt(0).toUpperCase() + w.slice(1));
    // ("Greater Manchester Police" is not "Manchester": a place's institution is not short for it)
    const head = ws.length >= 2 && heads.every((w) => ORG_HEADS.has(w)) && !heads.some((w) => LOCAL_HEADS.has(w)) ? ws[0] : undefined;
    // (and a firm named after its founder, by the surname: "Lilly" for "Eli Lilly")
    const club = ws.length === 2 && (CLUB_PREFIXES.has(ws[0].toUpperCase()) || GIVEN_NAMES.has(ws[0].charAt(0).toUpperCase() + ws[0].slice(1))) ? ws[1] : undefined;
    if (shortForms.size >= 20000) shortForms.clear();
    sf = { head, club };
    // (a flat copy of the name: a slice of an article would keep the article alive in the table)
    shortForms.set(name.length < 13 ? name : copyString(name), sf);
  }
  return sf;
}

/**
 * One string per distinct mention text across the corpus ("Kim Jong Un" is
 * written thousands of times): a bounded pool, cleared when full.
 */
const internPool = new Map<string, string>();
function intern(s: string): string {
  const hit = internPool.get(s);
  if (hit !== undefined) return hit;
  if (internPool.size >= 50000) internPool.clear();
  // a flat copy: a slice of 13 characters or more would keep its whole article alive in the pool
  const kept = s.length < 13 ? s : copyString(s);
  internPool.set(kept, kept);
  return kept;
}

/** text[from, to) is empty or all white space (`/^\s*$/`). */
function spaceOrEmpty(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** Whether text[from, to), white space at its end aside, ends in "by", "author" or "author:" in any case of ASCII letters. */
function endsInByOrAuthor(text: string, from: number, to: number): boolean {
  let e = to;
  while (e > from && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e > from && text.charCodeAt(e - 1) === 58 /* : */) return endsWithLetters(text, from, e - 1, 'author');
  return endsWithLetters(text, from, e, 'by') || endsWithLetters(text, from, e, 'author');
}

/** Whether text[from, e) ends in the lower-case ASCII `word`, in any case. */
function endsWithLetters(text: string, from: number, e: number, word: string): boolean {
  const at = e - word.length;
  if (at < from) return false;
  for (let i = 0; i < word.length; i++) if ((text.charCodeAt(at + i) | 32) !== word.charCodeAt(i)) return false;
  return true;
}

let demonymFirstWords: Set<string> | undefined;
/** Whether "<n1> <n2>" is a two-word demonym ("north korean"), without joining the words when n1 starts none. */
function twoWordDemonym(n1: string, n2: string): boolean {
  let firsts = demonymFirstWords;
  if (firsts === undefined) {
    firsts = demonymFirstWords = new Set();
    for (const d of gazetteer().demonyms.keys()) {
      const sp = d.indexOf(' ');
      if (sp > 0) firsts.add(d.slice(0, sp));
    }
  }
  // (a demonym's first word has no space: n1 with one cannot start it)
  if (!firsts.has(n1)) return false;
  // (or its plural: "Hong Kongers")
  return gazetteer().demonyms.has(`${n1} ${n2}`) || (n2.length > 3 && n2.endsWith('s') && gazetteer().demonyms.has(`${n1} ${n2.slice(0, -1)}`));
}

/** text[from, to) is not empty and all white space (`/^\s+$/`). */
function wsOnly(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** text[from, to) is not empty and all white space or commas (`/^[\s,]+$/`). */
function wsCommaOnly(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 44 && !isSpaceCode(c)) return false;
  }
  return true;
}

/** text[from, to) is a comma then white space (`/^,\s+$/`). */
function commaWs(text: string, from: number, to: number): boolean {
  return to - from >= 2 && text.charCodeAt(from) === 44 && wsOnly(text, from + 1, to);
}

/** How many runs of white space (`\s`) text[from, to) holds: `split(/\s+/).length - 1` without the split. */
function spaceRuns(text: string, from: number, to: number): number {
  let runs = 0;
  let inRun = false;
  for (let i = from; i < to; i++) {
    const sp = isSpaceCode(text.charCodeAt(i));
    if (sp && !inRun) runs++;
    inRun = sp;
  }
  return runs;
}

/** The UTF-16 code units `\s` matches. */
function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The index of the token that starts at `start` (tokens are in text order), or undefined. */
function tokenStartingAt(toks: Tok[], start: number): number | undefined {
  const k = partitionPoint(toks.length, (i) => toks[i].s < start);
  return toks[k]?.s === start ? k : undefined;
}

function range(a: number, b: number): number[] {
  const r: number[] = [];
  for (let k = a; k <= b; k++) r.push(k);
  return r;
}

/**
 * An actor as kept in an analysis: where it is introduced, how often and how it is
 * spelled; key, name, kind and registry id are those of the target of its first mention
 * (shared, see Mention).
 */
class Actor extends OfTarget implements DocumentActor {
  first: number;
  count: number;
  /** The one spelling (most actors have one), or all of them in order. */
  #spellings: string | string[];
  readonly [TARGET]: Target;
  constructor(first: number, spelling: string, target: Target) {
    super();
    this.first = first;
    this.count = 0;
    this.#spellings = spelling;
    this[TARGET] = target;
  }
  /** Distinct spellings in order of appearance (a new array when there is one). */
  get spellings(): string[] {
    const s = this.#spellings;
    return typeof s === 'string' ? [s] : s;
  }
  addSpelling(text: string): void {
    const s = this.#spellings;
    if (typeof s === 'string') {
      if (s !== text) this.#spellings = [s, text];
    } else if (!s.includes(text)) s.push(text);
  }
}

function summarize(mentions: Mention[]): DocumentActor[] {
  const byKey = new Map<string, Actor>();
  mentions.forEach((m, i) => {
    let a = byKey.get(m.key);
    if (!a) {
      a = new Actor(i, m.text, m[TARGET]);
      byKey.set(m.key, a);
    }
    a.count++;
    if (m.via === 'short' && mentions[a.first]?.via !== 'short') {
      // keep the first full mention as the introduction
    } else if (mentions[a.first]?.via === 'short' && m.via !== 'short') a.first = i;
    a.addSpelling(m.text);
  });
  return [...byKey.values()];
}

/** Quotations when the segmentation gives none: paired curly or straight double quotes in a paragraph. */
function fallbackQuotes(text: string): { start: number; end: number; inner: Span; closed: boolean }[] {
  const out: { start: number; end: number; inner: Span; closed: boolean }[] = [];
  const re = /“([^”\n]*)”|"([^"\n]*)"/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, inner: { start: m.index + 1, end: m.index + m[0].length - 1 }, closed: true });
  return out;
}
