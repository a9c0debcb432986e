import type { TriggerEntry } from './triggerEntry.js';

/** Word families of violence against unarmed people (ACLED "Violence against civilians"). */
export const CIVILIAN_TRIGGERS: readonly TriggerEntry[] = [
  // "50 soldiers from the ambushed group were captured and summarily executed" · "the massacre"
  {
    family: 'massacre', event_type: 'Violence against civilians', sub_event_type: 'Attack',
    verbs: ['massacre', 'execute', 'gun down:gunned', 'shoot dead:shot', 'murder', 'slaughter', 'behead', 'torture', 'crush', 'run over:ran,run'],
    nouns: ['massacre', 'execution', 'murder', 'beheading', 'mass killing', 'summary execution'],
    example: { source: '2014_Eastern_Syria_offensive.txt', text: '50 soldiers from the ambushed group were captured and summarily executed.' },
    counter: { source: '2014_Eastern_Syria_offensive.txt', text: 'Some of the executed Syrian soldiers were paraded in Raqqa, where the heads of soldiers were put on poles.' },
  },
  // "Seven Sri Lankan students were also abducted and tortured by Russian forces"
  {
    family: 'abduction', event_type: 'Violence against civilians', sub_event_type: 'Abduction/forced disappearance',
    verbs: ['abduct', 'kidnap:kidnapped', 'take hostage:took,taken', 'hold hostage:held'],
    nouns: ['abduction', 'kidnapping', 'hostage taking:-', 'forced disappearance'],
    example: { source: '2022_Ukrainian_Kharkiv_counteroffensive.txt', text: 'Seven Sri Lankan students were also abducted and tortured by Russian forces.' },
    counter: { source: 'Battle_of_Baghuz_Fawqani.txt', text: 'The SDF stated that a number of foreign hostages, including missing British journalist John Cantlie and the kidnapped Italian Jesuit priest Father Paolo Dall\'Oglio, were possibly being held in the enclave.' },
  },
  // "Turkish forces shelled Ras al-Ayn" kills; "the mayor of Hostomel … were killed by Russian troops": killing told by no other word
  {
    family: 'kill', event_type: 'Violence against civilians', sub_event_type: 'Attack', weak: true, needsAgent: true,
    verbs: ['kill:killed'],
    nouns: ['killing'],
    example: { source: 'Battle_of_Hostomel.txt', text: 'On 7 March 2022, the mayor of Hostomel, Yuri Prylypko, along with several other volunteers, were killed by Russian troops while distributing food and medicine to residents.' },
    counter: { source: '2014_Eastern_Syria_offensive.txt', text: '28 ISIL fighters were also killed during the takeover of Division 17.' },
  },
];
