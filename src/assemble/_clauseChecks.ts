// What the words before a trigger say of whether it happened, and of what a territory word took.

// Words that make a clause no report of a happening: "planned to attack", "threatened to bomb", "would seize".
export const NOT_HAPPENED = /\b(?:hypothetical|in the event of|potential|possible|condemn(?:ed|ing|s)?|plann(?:ed|ing) to|threaten(?:ed|ing) to|would|could|might|may|intend(?:ed|s)? to|aimed to|sought to|tried to|attempt(?:ed)? to|prepared to|vowed to|if|unless|not|never|no longer|denied|denies)\b[^,;.]*$/i;

// "destroyed 56 ISIS vehicles, … and an ISIS car bomb", "defused an IED": a bomb that was taken or
// destroyed before it went off is no explosion.
// (A clause told after the verb is a new happening: "seized the town, and when a car bomb exploded".)
export const WEAPON_TAKEN = /\b(?:destroyed|destroying|seized|defused|dismantled|intercepted|confiscated)\b(?:(?!\b(?:when|after|as|while|before|which|that|who|killing|killed|exploded|detonated)\b)[^.;])*$/i;

// "While capturing the city, …", "After seizing control of Mosul, …": a clause that points back at an event told already.
export const BACK_REFERENCE = /\b(?:while|after|before|since|upon|when|following)\s+$/i;
// What was seized or captured is no territory: weapons, goods, or people ("the pilot, …, captured by Russian forces").
export const NOT_TERRITORY = /\b(?:weapons?|arms|ammunition|equipment|vehicles?|motorcycles?|tanks?|documents|pilot|soldiers?|prisoners?|fighters?|members?|commanders?|officers?|civilians?|hostages?|journalists?)\b[^.;]{0,40}$/i;
