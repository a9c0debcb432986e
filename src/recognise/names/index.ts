import type { NameLexicon } from '../../model/index.js';
import type { Recogniser } from '../recogniser.js';
import { acronymRecogniser } from './acronyms.js';
import { acronymForceRecogniser, bareForceRecogniser } from './forces.js';
import { chunkNameRecogniser } from './chunkNames.js';
import { demonymRecogniser } from './demonyms.js';
import { groupRecogniser } from './groups.js';
import { infoboxNameRecogniser } from './infoboxNames.js';

export { abbreviates, abbreviationCost } from './acronyms.js';

/**
 * The name recognisers, most specific first: where two name mentions overlap, the stage keeps the
 * earlier recogniser's (an acronym definition over the chunks inside it).
 * @example nameRecognisers(gazetteer).map((r) => r.name) // ['names:infobox', 'names:acronym', …]
 */
export function nameRecognisers(lexicon: NameLexicon): Recogniser[] {
  return [infoboxNameRecogniser(), acronymRecogniser, groupRecogniser, demonymRecogniser(lexicon), chunkNameRecogniser(lexicon), bareForceRecogniser, acronymForceRecogniser(lexicon)];
}
