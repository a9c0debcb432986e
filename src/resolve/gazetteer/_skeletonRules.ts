/**
 * The ordered rewrite rules that turn a folded name into its transliteration skeleton: two spellings
 * of one place in Latin letters (Arabic, Ukrainian, Russian, French romanisations) share a skeleton.
 * Each rule heads the spellings it merges. Order matters: word rules before letter rules.
 */
export const SKELETON_RULES: readonly (readonly [RegExp, string])[] = [
  // "ar raqqah" = "raqqa", "maarrat an numan" = "maarrat al numan", "deir ez zor" = "dayr az zawr"
  [/\b(?:al|el|il|ul|ar|as|ad|an|ash|at|az|ath|adh|ed|es|er|ez|et|en|ud|um|un|ur|us)\s+(?=\S)/g, ''],
  // Toponym words romanised many ways: "tell abyad" = "tall abyad", "jebel" = "jabal", "beit" = "bayt"
  [/\b(?:tell|tall|tel)\b/g, 'tal'],
  [/\b(?:jebel|jabal|jbel)\b/g, 'jabal'],
  [/\b(?:beit|bayt|bait)\b/g, 'bait'],
  [/\b(?:kfar|kafar)\b/g, 'kafr'],
  [/\b(?:ein|ayn|ain)\b/g, 'ain'],
  // Ta marbuta: "raqqah" = "raqqa", "hasakeh" = "hasaka"
  [/(?:ah|eh)\b/g, 'a'],
  // Digraphs: "khan" = "han", "dhi qar" = "di qar", "ghouta" = "guta", "djibouti" = "jibouti"
  [/kh/g, 'h'],
  [/dh/g, 'd'],
  [/gh/g, 'g'],
  [/th/g, 't'],
  [/ph/g, 'f'],
  [/dj/g, 'j'],
  [/ck/g, 'k'],
  // "qamishli" = "kamishli", "iraq" = "irak"
  [/q/g, 'k'],
  // "zawr" = "zor", "hawran" = "horan"
  [/aw(?![aeiouy])/g, 'o'],
  // Vowel classes: "deliatyn" = "delyatyn", "sheikhoun" = "shaykhun", "menaka" = "ménaka" (folded)
  [/[ey]/g, 'i'],
  [/o/g, 'u'],
  // Doubled letters: "maarrat" = "marat", "raqqa" = "raqa", "sheikhoun" → "shiihuun" = "shihun"
  [/(\p{L})\1+/gu, '$1'],
  // Diphthongs once doubled vowels are gone: "dayr" = "deir" ("dair" = "dir")
  [/ai/g, 'i'],
  // Slavic endings: "kharkiv" = "kharkov", "lebedev" = "lebediv"
  [/[iu]v\b/g, 'v'],
  // Spaces and hyphens: "khan shaykhun" = "khanshaykhun"
  [/\s+/g, ''],
  [/(\p{L})\1+/gu, '$1'],
];
