import type { Recogniser } from '../recogniser.js';
import type { QuantityForm } from './_form.js';
import { quantitiesIn } from './_quantities.js';
import { noneForm } from './noneForm.js';
import { plainForm } from './plainForm.js';
import { plusForm } from './plusForm.js';
import { qualifiedForm } from './qualifiedForm.js';
import { rangeForm } from './rangeForm.js';
import { severalForm } from './severalForm.js';
import { vagueForm } from './vagueForm.js';

/**
 * The number forms, in order of preference where two read the same words equally far: this list
 * is the family's table of contents.
 */
export const quantityForms: readonly QuantityForm[] = [
  rangeForm, // between 50 and 150 · 90–200 · two or three
  qualifiedForm, // more than sixty · at least 137 · up to 300 · about 50 · ~1,000
  plusForm, // 60+
  vagueForm, // dozens · several hundred · tens of thousands
  severalForm, // several soldiers · a number of rebels
  noneForm, // no casualties
  plainForm, // twelve · 4 · 1,200 · a dozen
];

/**
 * The numbers-and-quantities recognisers, one per form (rule `quantity:<form>`). They read the
 * words together, so no two of their mentions overlap; each returns its own form's.
 *
 * How they read (DESIGN.md, "Fatality wording"; ACLED's lowest figure as `best`, UCDP's low/high):
 * - "more than 60", "60+" → 60/60/null `more_than`; "at least 137" → 137/137/null `at_least`;
 * - "up to 300", "as many as 300" → null/300/300 `up_to` ("fewer than 10" likewise, `fewer_than`);
 * - "about 50", "some 50", "~1,000", "a dozen", "nearly 100" → n/n/n `about`;
 * - "60–150", "between 60 and 150", "two or three" → 60/60/150 `range`;
 * - "dozens" → 12, "hundreds" → 100, "tens of thousands" → 10,000: n/n/null `vague`;
 * - "several", "a number of", "a few" before a noun → 3/3/null `vague`;
 * - "no civilian casualties" → 0/0/0 `exact`: the words say none, which silence never does.
 * The span runs from the first word of the figure to the counted noun ("twelve laser-guided
 * bombs"); a casualty word after the noun stays outside it for later stages ("58 soldiers
 * killed"), but is the unit where no noun is written ("60+ killed" → unit and head "killed").
 * "three times" counts `time` (a frequency, for later stages to tell from things); "1,000 copies"
 * counts `copy`. Percentages ("40%", "40 percent") are shares, not counts, and yield nothing; nor
 * do ordinals, dates, years, clock times, coordinates, money and numbered names ("Highway 5").
 * @example quantityRecognisers.flatMap((r) => r.recognise(context)).map((m) => m.value.unit) // ['Rafale fighter jets'] — "four Rafale fighter jets took off"
 */
export const quantityRecognisers: Recogniser[] = quantityForms.map((form) => ({
  name: form.rule,
  recognise: (context) => quantitiesIn(context, quantityForms).filter((draft) => draft.rule === form.rule),
}));
