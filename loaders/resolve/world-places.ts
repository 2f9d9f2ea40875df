// Hand-kept list of places that are not capitals of sovereign countries but are named often in world
// news: major cities, US states (and their abbreviations), Canadian provinces, Australian states, regions and
// former countries.

/** Major cities that are not national capitals (capitals come from `world-countries`). */
const CITIES = [
  'New York', 'Los Angeles', 'Chicago', 'Houston', 'Philadelphia', 'Phoenix', 'San Antonio', 'San Diego', 'Dallas',
  'San Francisco', 'Seattle', 'Boston', 'Detroit', 'Miami', 'Atlanta', 'Denver', 'Baltimore', 'Cleveland',
  'Pittsburgh', 'Cincinnati', 'St. Louis', 'St Louis', 'Minneapolis', 'Milwaukee', 'New Orleans', 'Las Vegas',
  'Kansas City', 'Oakland', 'Sacramento', 'Portland', 'Nashville', 'Memphis', 'Indianapolis',
  'Tampa', 'Orlando', 'Honolulu', 'Anchorage', 'Salt Lake City', 'Toronto', 'Montreal',
  'Vancouver', 'Calgary', 'Quebec', 'Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Adelaide', 'Auckland',
  'Johannesburg', 'Cape Town', 'Durban', 'Lagos', 'Casablanca', 'Alexandria', 'Mombasa', 'Frankfurt', 'Munich',
  'Hamburg', 'Cologne', 'Bonn', 'Stuttgart', 'Dusseldorf', 'Milan', 'Naples', 'Turin', 'Florence', 'Venice',
  'Barcelona', 'Seville', 'Valencia', 'Marseille', 'Lyon', 'Bordeaux', 'Strasbourg', 'Manchester',
  'Liverpool', 'Birmingham', 'Glasgow', 'Edinburgh', 'Leeds', 'Bristol', 'Belfast', 'Cardiff', 'Rotterdam',
  'Antwerp', 'Zurich', 'Basel', 'Salzburg', 'Krakow', 'Gdansk', 'St Petersburg', 'St. Petersburg',
  'Saint Petersburg', 'Novosibirsk', 'Yekaterinburg', 'Vladivostok', 'Grozny', 'Kharkov', 'Lviv', 'Sarajevo',
  'Mostar', 'Pristina', 'Thessaloniki', 'Istanbul', 'Izmir', 'Jeddah', 'Mecca', 'Basra', 'Mosul', 'Kirkuk', 'Arbil',
  'Erbil', 'Aleppo', 'Homs', 'Haifa', 'Tel Aviv', 'Hebron', 'Nablus', 'Ramallah', 'Bethlehem', 'Jericho', 'Dubai',
  'Karachi', 'Lahore', 'Peshawar', 'Mumbai', 'Bombay', 'Calcutta', 'Kolkata', 'Madras', 'Chennai', 'Bangalore',
  'Hyderabad', 'Kandahar', 'Shanghai', 'Guangzhou', 'Shenzhen', 'Hong Kong', 'Macau', 'Osaka', 'Kyoto',
  'Yokohama', 'Busan', 'Ho Chi Minh City', 'Saigon', 'Rangoon', 'Yangon', 'Sao Paulo', 'Rio de Janeiro',
  'Buenos Aires', 'Medellin', 'Guadalajara', 'Monterrey', 'Havana', 'Wimbledon', 'Hollywood',
];

/** US states, Canadian provinces and Australian states. */
const STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
  'New Hampshire', 'New Jersey', 'New Mexico', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon',
  'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont',
  'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming', 'Ontario', 'British Columbia', 'Alberta', 'Manitoba',
  'Nova Scotia', 'New South Wales', 'Queensland', 'Tasmania',
];

/** Abbreviations of US states that are not also ordinary words, as in "Tampa , Fla .". */
const STATE_ABBREVIATIONS = [
  'Fla', 'Mich', 'Calif', 'Conn', 'Wis', 'Minn', 'Tex', 'Ariz', 'Colo', 'Okla', 'Tenn', 'Neb', 'Nev', 'Ala', 'Ark', 'Ky', 'Md',
  'Mont', 'Va', 'Vt', 'Wyo', 'Kan', 'N.Y.', 'N.J.', 'D.C.', 'N.H.', 'N.M.', 'N.C.', 'N.D.', 'S.C.', 'S.D.', 'R.I.', 'W.Va.',
];

/**
 * Abbreviations of US states that are also ordinary words ("Ill.", "Wash.", "Mass."): a place only in
 * a town's address, after a comma and with their full stop ("Springfield, Ill.").
 */
export const WORDLIKE_STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(['Del', 'Ga', 'Ill', 'Ind', 'La', 'Mass', 'Miss', 'Mo', 'Ore', 'Pa', 'Wash']);

/** Regions, provinces and areas that name no country. */
const REGIONS = [
  'Middle East', 'Gaza', 'Gaza Strip', 'West Bank', 'Crimea', 'Donbas', 'Donbass', 'Kursk', 'Europe', 'Asia',
  'Africa', 'North America', 'South America', 'Latin America', 'Central America', 'Caribbean', 'Scandinavia',
  'Siberia', 'Arctic', 'Antarctica', 'Balkans', 'Caucasus', 'Black Sea', 'Red Sea', 'Mediterranean', 'Atlantic',
  'Pacific', 'Golan Heights', 'Kharkiv', 'Odesa', 'Odessa', 'Istanbul', 'Geneva', 'Davos', 'Sochi', 'Minsk',
  'Chechnya', 'Dagestan', 'Kashmir', 'Punjab', 'Tibet', 'Xinjiang', 'Kurdistan', 'Bosnia', 'Kosovo', 'Chiapas',
  'Sicily', 'Sardinia', 'Corsica', 'Bavaria', 'Catalonia', 'Flanders', 'Wallonia', 'Ulster',
  'Northern Ireland', 'England', 'Scotland', 'Wales', 'Transylvania', 'Midwest', 'Silicon Valley',
  'Wall Street', 'Persian Gulf',
];

/** Nations of a sovereign state that field their own national sides: on the sports pages they stay places. */
export const HOME_NATIONS: ReadonlySet<string> = new Set(['England', 'Scotland', 'Wales', 'Northern Ireland']);

/** Countries that no longer exist but fill the archives: `world-countries` lists only today's. */
const FORMER_COUNTRIES = ['Yugoslavia', 'Soviet Union', 'USSR', 'Czechoslovakia', 'East Germany', 'West Germany', 'Zaire'];

/** Every curated place name, each once. */
/** Whether a place's name is one of the major cities above (a city lies in no other city). */
export function isMajorCity(name: string): boolean {
  return MAJOR_CITIES.has(name);
}

const MAJOR_CITIES: ReadonlySet<string> = new Set(CITIES);

export const WORLD_PLACES: readonly string[] = [...new Set([...CITIES, ...STATES, ...STATE_ABBREVIATIONS, ...REGIONS, ...FORMER_COUNTRIES])];
