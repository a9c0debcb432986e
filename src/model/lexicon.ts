/**
 * What the recognisers may ask about names, answered by the gazetteer that the pipeline passes in
 * (recognise comes before resolve, so it sees only this interface).
 */
export interface NameLexicon {
  /** ISO alpha-2 code of the country a demonym or adjective names: `French` → `FR`. */
  countryOfDemonym(word: string): string | null;
  /** ISO alpha-2 code of a country's name or alternative spelling: `Mali` → `ML`. */
  countryCodeOf(name: string): string | null;
  /** The country's common English name: `ML` → `Mali`. */
  countryName(code: string): string | null;
  /** Whether a gazetteer layer knows a populated place or region of this name (villages aside). */
  isPlaceName(name: string): boolean;
  /** Whether the village layer knows a place of this name: asked only where the words say a place is meant. */
  isVillageName(name: string): boolean;
  /** The country of the most populous town of this name (villages aside), when a gazetteer is there to ask. */
  countryOfPlace?(name: string): string | null;
}
