import type { PlaceCase } from './_cases.js';

// Place expressions of the corpus articles (shared/corpus/plain/<article>.txt), with the article's
// infobox place field and coordinates verbatim. Expected points are the places' published positions
// (Wikipedia), not the gazetteer's: a town within 25 km, a region's centroid within 150 km of its seat.
/** Towns and cities, precision 1. */
export const TOWNS: PlaceCase[] = [
  { text: 'Aleppo', article: 'Battle_of_Aleppo_(2012–2016)', place: 'Aleppo, Aleppo Governorate, Syria', coordinates: '36.21667°N 37.16667°E', country: 'SY', at: [36.2, 37.16, 25], precision: 1 },
  { text: 'Deliatyn', article: '2022_Deliatyn_attack', place: 'Deliatyn settlement hromada, Nadvirna Raion, Ivano-Frankivsk Oblast, Ukraine', country: 'UA', at: [48.52, 24.62, 25], precision: 1 },
  { text: 'Khan Shaykhun', article: 'Battle_of_Maarat_al-Numan_(2016)', place: 'Maarat al-Numaan and Khan Shaykhun, Idlib Governorate, Syria', country: 'SY', at: [35.44, 36.65, 25], precision: 1 },
  { text: "Maarrat al-Nu'man", article: 'Battle_of_Maarat_al-Numan_(2012)', place: "Maarrat al-Nu'man, Syria", country: 'SY', at: [35.65, 36.67, 25], precision: 1 },
  { text: 'Maarat al-Numaan', article: 'Battle_of_Maarat_al-Numan_(2016)', place: 'Maarat al-Numaan and Khan Shaykhun, Idlib Governorate, Syria', country: 'SY', at: [35.65, 36.67, 25], precision: 1 },
  { text: 'Mosul', article: 'Fall_of_Mosul', sentence: 'On 4 June, the insurgents began their efforts to capture Mosul.', country: 'IQ', at: [36.34, 43.13, 25], precision: 1 },
  { text: 'Raqqa', article: 'Battle_of_Raqqa_(2017)', place: 'Raqqa, Raqqa Governorate, Syria', coordinates: '35.95°N 39.0167°E', country: 'SY', at: [35.95, 39.01, 25], precision: 1 },
  { text: 'Bosra', article: 'Battle_of_Bosra_(2015)', place: 'Bosra, Daraa Governorate, Syria', country: 'SY', at: [32.52, 36.48, 25], precision: 1 },
  { text: 'Stepanakert', article: 'Siege_of_Stepanakert', partof: 'The First Nagorno-Karabakh War', coordinates: '39.81528°N 46.75194°E', country: 'AZ', at: [39.82, 46.75, 25], precision: 1 },
  { text: 'Kherson', article: 'Battle_of_Kherson', place: 'Kherson, Kherson Oblast, Ukraine', country: 'UA', at: [46.64, 32.61, 25], precision: 1 },
  { text: 'Nova Kakhovka', article: 'Attack_on_Nova_Kakhovka', place: 'Nova Kakhovka, Russian-occupied Kherson Oblast', country: 'UA', at: [46.7545, 33.3486, 25], precision: 1 },
  { text: 'Deir ez-Zor', article: 'Deir_ez-Zor_offensive_(September–November_2017)', place: 'Deir ez-Zor, Deir ez-Zor Governorate, Syria', country: 'SY', at: [35.33, 40.14, 25], precision: 1 },
  { text: 'Qamishli', article: 'Battle_of_Qamishli_(2016)', place: 'Qamishli, al-Hasakah Governorate, Syria', country: 'SY', at: [37.05, 41.22, 25], precision: 1 },
  { text: 'Al-Hasakah', article: 'Battle_of_al-Hasakah_(2015)', place: 'Al-Hasakah, Syria', country: 'SY', at: [36.5, 40.75, 25], precision: 1 },
  { text: 'Saraqeb', article: 'Battle_of_Saraqib', place: 'Saraqeb, Idlib Governorate, Syria', coordinates: '35.86361°N 36.80056°E', country: 'SY', at: [35.8636, 36.8006, 25], precision: 1 },
  { text: 'Saraqib', article: 'Battle_of_Saraqib', place: 'Saraqeb, Idlib Governorate, Syria', coordinates: '35.86361°N 36.80056°E', country: 'SY', at: [35.8636, 36.8006, 25], precision: 1 },
  { text: 'Hostomel', article: 'Battle_of_Hostomel', place: 'Hostomel, Kyiv Oblast, Ukraine', country: 'UA', at: [50.57, 30.27, 25], precision: 1 },
  { text: 'Bucha', article: 'Battle_of_Bucha', place: 'Bucha, Kyiv Oblast, Ukraine', country: 'UA', at: [50.55, 30.22, 25], precision: 1 },
  { text: 'Chornobaivka', article: '2022_Chornobaivka_attacks', place: 'Kherson International Airport, Chornobaivka, Kherson Oblast, Ukraine', country: 'UA', at: [46.7, 32.55, 25], precision: 1 },
  { text: 'Enerhodar', article: 'Battle_of_Enerhodar', place: 'Enerhodar, Zaporizhzhia Oblast, Ukraine', country: 'UA', at: [47.5, 34.66, 25], precision: 1 },
  { text: 'Tell Abyad', article: 'Battle_of_Tell_Abyad_(2013)', place: 'Tell Abyad, Tell Abyad District, Raqqa Governorate, Syria', country: 'SY', at: [36.7, 38.95, 25], precision: 1 },
  { text: 'Shusha', article: 'Battle_of_Shusha_(2020)', place: 'Shusha, Azerbaijan', country: 'AZ', at: [39.76, 46.75, 25], precision: 1 },
  { text: 'Zabadani', article: 'Battle_of_Zabadani_(2012)', place: 'Zabadani, Rif Dimashq, Syria', country: 'SY', at: [33.72, 36.1, 25], precision: 1 },
  { text: 'Shahba', article: '2022_As-Suwayda_clashes', place: 'Shahba and As-Suwayda, As-Suwayda Governorate, Syria', country: 'SY', at: [32.85, 36.63, 25], precision: 1 },
  { text: 'As-Suwayda', article: '2022_As-Suwayda_clashes', place: 'Shahba and As-Suwayda, As-Suwayda Governorate, Syria', country: 'SY', at: [32.71, 36.57, 25], precision: 1 },
  { text: 'Odesa', article: '2022_bombing_of_Odesa', place: 'Odesa, Odesa Oblast, Ukraine', country: 'UA', at: [46.48, 30.73, 25], precision: 1 },
  { text: 'Millerovo', article: 'Millerovo_air_base_attack', place: 'Millerovo air base, Millerovo, Rostov Oblast, Russia', coordinates: '48.95222°N 40.30222°E', country: 'RU', at: [48.92, 40.4, 25], precision: 1 },
  { text: 'Marinka', article: 'Siege_of_Marinka', place: 'Marinka, Donetsk Oblast, Ukraine', country: 'UA', at: [47.94, 37.5, 25], precision: 1 },
  { text: 'Kupiansk', article: 'Battle_of_Kupiansk', place: 'Kupiansk, Kupiansk Raion, Kharkiv Oblast, Ukraine', country: 'UA', at: [49.71, 37.62, 25], precision: 1 },
  { text: 'Izium', article: 'Battle_of_Izium_(2022)', place: 'Izium, Kharkiv Oblast, Ukraine', country: 'UA', at: [49.21, 37.27, 25], precision: 1 },
  { text: 'Huliaipole', article: 'Battle_of_Huliaipole', place: 'Huliaipole, Zaporizhzhia Oblast, Ukraine', country: 'UA', at: [47.66, 36.26, 25], precision: 1 },
  { text: 'Damascus', article: 'Battle_of_Damascus_(2012)', place: 'Damascus, Syria', country: 'SY', at: [33.51, 36.29, 25], precision: 1 },
  { text: 'Al-Qusayr', article: 'Battle_of_al-Qusayr_(2012)', place: 'Al-Qusayr, Homs Governorate, Syria', country: 'SY', at: [34.51, 36.58, 25], precision: 1 },
  { text: 'Mykolaiv', article: 'Battle_of_Mykolaiv', place: 'Mykolaiv, Mykolaiv Oblast, Ukraine', country: 'UA', at: [46.97, 32.0, 25], precision: 1 },
  { text: 'Bakhmut', article: 'Battle_of_Bakhmut', place: 'Bakhmut, Donetsk Oblast, Ukraine', coordinates: '48.595°N 38°E', country: 'UA', at: [48.595, 38.0, 25], precision: 1 },
  { text: 'Mariupol', article: 'Siege_of_Mariupol', place: 'Mariupol, Donetsk Oblast, Ukraine', coordinates: '47.098°N 37.61°E', country: 'UA', at: [47.098, 37.61, 25], precision: 1 },
  { text: 'Al-Yaarubiyah', article: 'Battle_of_al-Yaarubiyah', place: 'Al-Yaarubiyah, al-Malikiyah District, al-Hasakah Governorate, Syria', coordinates: '36.81167°N 42.06639°E', country: 'SY', at: [36.8117, 42.0664, 25], precision: 1 },
  { text: 'Ras al-Ayn', article: 'Battle_of_Ras_al-Ayn_(2012–13)', place: 'Ras al-Ayn, Syria', country: 'SY', at: [36.85, 40.07, 25], precision: 1 },
  { text: 'Kobanî', article: 'Siege_of_Kobanî', partof: 'the Syrian civil war', country: 'SY', at: [36.89, 38.35, 25], precision: 1 },
  { text: 'Chernihiv', article: 'Siege_of_Chernihiv', place: 'Chernihiv, Ukraine', country: 'UA', at: [51.49, 31.29, 25], precision: 1 },
  { text: 'Hlukhiv', article: 'Battle_of_Hlukhiv', place: 'Hlukhiv, Sumy Oblast, Ukraine', coordinates: '50.19167°N 34.95°E', country: 'UA', at: [51.68, 33.92, 25], precision: 1 },
  { text: 'Kharkiv', article: 'Battle_of_Kharkiv_(2022)', place: 'Kharkiv, Kharkiv Oblast', country: 'UA', at: [49.99, 36.23, 25], precision: 1 },
  { text: 'Rastan', article: 'Battle_of_Rastan_(2011)', place: 'Rastan, Homs Governorate, Syria', coordinates: '34.91525°N 36.73548°E', country: 'SY', at: [34.9153, 36.7355, 25], precision: 1 },
  { text: 'Al-Qaryatayn', article: 'Battle_of_al-Qaryatayn_(2015)', place: 'Al-Qaryatayn, Homs Governorate, Syria', coordinates: '34.2333°N 37.2333°E', country: 'SY', at: [34.2333, 37.2333, 25], precision: 1 },
  // Villages of the village layer (Who's On First), which cities500 lacks: before it, their region's centroid.
  { text: 'Pisky', article: 'Battle_of_Pisky_(2022)', place: 'Pisky, Donetsk Oblast, Ukraine', country: 'UA', at: [48.07, 37.67, 25], precision: 1 },
  { text: 'Davydiv Brid', article: 'Battle_of_Davydiv_Brid', place: 'Davydiv Brid, Beryslav Raion, Kherson Oblast, Ukraine', country: 'UA', at: [47.24, 33.2, 25], precision: 1 },
  {
    text: 'Palmyra', article: 'Palmyra_offensive_(2017)', with: ['Eastern Homs Governorate'], country: 'SY', at: [34.56, 38.27, 25], precision: 1,
    sentence: 'The Palmyra offensive in 2017 was launched by the Syrian Arab Army against the armed forces of the Islamic State of Iraq and the Levant (ISIL) in the Eastern Homs Governorate in January 2017, with the goal of recapturing Palmyra and its surrounding countryside.',
  },
  // No infobox: the country most of the article's places lie in decides (GeoNames' 'Ayn 'Isa, not Nigeria's Inisa).
  {
    text: 'Ayn Issa', article: '2020–2021_Ayn_Issa_clashes', with: ['Tell Tamer', 'Qamishli', 'Syria'], country: 'SY', at: [36.39, 38.86, 25], precision: 2,
    sentence: 'According to the SDF, the SNA attacked positions in Tell Tamer and villages around Ayn Issa with rockets, UAVs and heavy weapons.',
  },
  {
    text: 'Kidal', article: 'Operation_Serval', place: 'Mali', country: 'ML', at: [18.44, 1.41, 25], precision: 1,
    sentence: 'Three days after capturing Timbuktu, French and Malian forces entered the town of Kidal on 30 January, approximately 200 kilometers from the Algerian border.',
  },
];

/** Regions (precision 3), near places (2), places only the article layer knows. */
export const AREAS: PlaceCase[] = [
  { text: 'Idlib Governorate', article: 'Battle_of_Khirbet_Al-Joz', place: 'Idlib Governorate, Syria', country: 'SY', at: [35.93, 36.63, 150], precision: 3 },
  { text: 'Donetsk Oblast', article: 'Battle_of_Bakhmut', place: 'Bakhmut, Donetsk Oblast, Ukraine', country: 'UA', at: [48.0, 37.8, 150], precision: 3 },
  { text: 'Daraa Governorate', article: '2021_Daraa_offensive', place: 'Daraa Governorate, Syria', country: 'SY', at: [32.62, 36.1, 150], precision: 3 },
  { text: 'Kherson Oblast', article: 'Attack_on_Nova_Kakhovka', place: 'Nova Kakhovka, Russian-occupied Kherson Oblast', country: 'UA', at: [46.64, 32.61, 150], precision: 3 },
  { text: 'Homs Governorate', article: 'Battle_of_al-Qusayr_(2012)', place: 'Al-Qusayr, Homs Governorate, Syria', country: 'SY', at: [34.73, 36.72, 150], precision: 3 },
  { text: 'Latakia Governorate', article: 'Battle_of_al-Haffah', place: 'Al-Haffah, Latakia Governorate, Syria', country: 'SY', at: [35.52, 35.79, 150], precision: 3 },
  { text: 'Kyiv Oblast', article: 'Battle_of_Brovary', place: 'Brovary, Kyiv Oblast, Ukraine', country: 'UA', at: [50.45, 30.52, 150], precision: 3 },
  { text: 'Nadvirna Raion', article: '2022_Deliatyn_attack', place: 'Deliatyn settlement hromada, Nadvirna Raion, Ivano-Frankivsk Oblast, Ukraine', country: 'UA', at: [48.63, 24.57, 60], precision: 3 },
  { text: 'Rostov Oblast', article: 'Millerovo_air_base_attack', place: 'Millerovo air base, Millerovo, Rostov Oblast, Russia', country: 'RU', at: [47.24, 39.71, 250], precision: 3 },
  { text: 'Tartar District', article: 'Madagiz_offensive', place: 'Tartar District, Azerbaijan', country: 'AZ', at: [40.34, 46.93, 60], precision: 3 },
  // A district whose seat has no second-level code: at its seat, not in the middle of the governorate around it.
  { text: 'Yabroud District', article: 'Battle_of_Qalamoun_(2013–2014)', place: 'Qalamoun Mountains (An-Nabek District and Yabroud District), Syria', country: 'SY', at: [33.97, 36.66, 20], precision: 3 },
  // Not in cities500: inside the region the infobox names, at its centroid.
  { text: 'Near Gorom-Gorom', article: 'Burkina_Faso_hostage_rescue', place: 'Near Gorom-Gorom in Northern Burkina Faso, West Africa', coordinates: '14.45°N 0.23333°W', country: 'BF', at: [14.44, -0.24, 25], precision: 2 },
  { text: 'Yavoriv military base', article: 'Yavoriv_military_base_attack', place: 'Yavoriv military base, Yavoriv, Lviv Oblast, Ukraine', country: 'UA', at: [49.94, 23.38, 25], precision: 2 },
  { text: 'Deir ez-Zor Airport', article: 'Siege_of_Deir_ez-Zor_(2014–2017)', country: 'SY', at: [35.33, 40.14, 25], precision: 2, sentence: 'In mid-January 2017, a new ISIL offensive was launched with the aim to cut the road between Deir ez-Zor Airport and the city.' },
  { text: 'Timbuktu Airport', article: 'MINUSMA_super_camp_attack', place: 'Timbuktu Airport, Timbuktu, Mali', country: 'ML', at: [16.77, -3.0, 25], precision: 2 },
  { text: 'southern outskirts of Aleppo', article: '2016_Aleppo_summer_campaign', partof: 'the Syrian Civil War', country: 'SY', at: [36.2, 37.16, 25], precision: 2 },
  // Only the article's coordinates know these.
  { text: 'Crimean Bridge', article: '2022_Crimean_Bridge_explosion', place: 'Crimean Bridge', coordinates: '45.30222°N 36.51139°E', country: 'UA', at: [45.3022, 36.5114, 1], precision: 1 },
  { text: 'Snake Island', article: '2022_Snake_Island_campaign', place: 'Snake Island, Odesa Oblast', coordinates: '45.255°N 30.20417°E', country: 'UA', at: [45.255, 30.2042, 1], precision: 1 },
  { text: 'Tongo Tongo', article: 'Tongo_Tongo_ambush', place: 'Tongo Tongo, Tillabéri, Niger', coordinates: '15.05321°N 1.83551°E', country: 'NE', at: [15.0532, 1.8355, 1], precision: 1 },
];

/** Countries, demonyms and borders. */
export const COUNTRIES: PlaceCase[] = [
  { text: 'Syria', article: 'Battle_of_Damascus_(2012)', place: 'Damascus, Syria', country: 'SY', precision: 'country' },
  { text: 'Ukraine', article: 'Battle_of_Kherson', place: 'Kherson, Kherson Oblast, Ukraine', country: 'UA', precision: 'country' },
  { text: 'Chad', article: 'Operation_Épervier', place: 'Chad', country: 'TD', precision: 'country' },
  { text: 'Burkina Faso', article: 'Battle_of_Boulikessi', place: 'Boulikessi,Mali', country: 'BF', precision: 'country' },
  { text: 'Syria-Turkey border', article: 'Battle_of_al-Rai_(August_2016)', place: 'Al-Bab District, northern Aleppo Governorate, Syria-Turkey border', country: 'SY', box: [35.8, 35.5, 37.6, 42.5], precision: 2 },
  { text: 'Lebanon–Syria border', article: 'Lebanon–Syria_border_clashes', place: 'Lebanon–Syria border', country: 'LB', box: [33.0, 35.5, 34.8, 36.9], precision: 2 },
  { text: 'Jordanian–Syrian border', article: 'Battle_of_Nasib_Border_Crossing', place: 'Nasib Border Crossing, Jordanian–Syrian border, Daraa Governorate, Syria', country: 'JO', box: [32.2, 35.6, 33.5, 38.9], precision: 2 },
  {
    text: 'border with Burkina Faso', article: 'Battle_of_Boulikessi', place: 'Boulikessi,Mali', country: 'BF', box: [9.8, -5.6, 15.2, 0.5], precision: 2,
    sentence: 'On the evening of October 30, 2020, a French army operation was launched against a group of jihadists of JNIM while the latter were preparing an attack on the Malian locality of Boulikessi, near the border with Burkina Faso.',
  },
  {
    text: 'Algerian border', article: 'Operation_Serval', place: 'Mali', country: 'DZ', box: [18.9, -6.0, 25.1, 4.4], precision: 2,
    sentence: 'Three days after capturing Timbuktu, French and Malian forces entered the town of Kidal on 30 January, approximately 200 kilometers from the Algerian border.',
  },
];
