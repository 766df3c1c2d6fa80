// Word sets shared by the crisis concepts (one token each; multi-word phrases live in groups).
import type { Macros } from "../../text/patterns.ts";

export const CRISIS_MACROS: Macros = {
  // Not "yourself": second person is a supporter's or an insult's voice ("don't kill yourself").
  SELF: "myself|himself|herself|themselves|themself|ourselves|meself",
  POSS: "my|his|her|their|our",
  // Who a report is about: the patient or someone close to them.
  SUBJ: "i|he|she|they|we",
  DIE: "die|dead|death|dying",
  LETHAL: "kill|killed|kills|lethal|fatal|deadly|die|dead|death",
  DRUGS:
    "pills|pill|tablets|tablet|tabs|capsules|paracetamol|paracetomol|tylenol|acetaminophen|ibuprofen|aspirin|codeine|codamol|cocodamol|naproxen|tramadol|oxycodone|oxycontin|oxy|fentanyl|heroin|morphine|methadone|insulin|sleeping|antidepressants|sertraline|citalopram|fluoxetine|prozac|mirtazapine|venlafaxine|amitriptyline|diazepam|valium|xanax|benzos|temazepam|lorazepam|zolpidem|ambien|pregabalin|gabapentin|lithium|quetiapine|seroquel|olanzapine|warfarin|digoxin|metformin|propranolol|beta|blockers|painkillers|opioids|opiates|meds|medication|medications|medicine|medicines|drugs|alcohol|vodka|panadol|advil|nurofen|zopiclone|melatonin|benadryl|antihistamines|bleach|antifreeze|mg|grams",
  PLACE:
    "bridge|bridges|building|buildings|cliff|cliffs|tower|towers|roof|roofs|rooftop|rooftops|skyscraper|skyscrapers|overpass|flyover|viaduct|dam|carpark|carparks|multistorey|quarry|balcony|balconies|block|blocks",
  HIGHEST: "tallest|highest|biggest|deepest",
  OTHER:
    "friend|friends|mate|mates|bestie|someone|somebody|him|her|them|son|daughter|child|children|partner|wife|husband|brother|sister|mum|mom|dad|mother|father|parent|parents|grandma|grandmother|gran|granny|nan|nana|grandad|grandpa|grandfather|aunt|auntie|uncle|cousin|niece|nephew|student|students|pupil|pupils|patient|patients|client|clients|colleague|colleagues|teen|teenager|kid|kids|boyfriend|girlfriend|bf|gf|fiance|fiancee|flatmate|roommate|neighbour|neighbor|loved|family",
  // What someone may hold or set out to harm themselves with (medicines are $DRUGS).
  MEANS:
    "knife|knives|blade|blades|razor|razors|razorblade|razorblades|rope|noose|ligature|belt|cord|gun|guns|pistol|shotgun|rifle|firearm|revolver|scissors|pills|pill|tablets|tabs|meds|capsules|paracetamol|painkillers",
  // Places someone could fall from.
  HEIGHTS:
    "roof|rooftop|bridge|ledge|cliff|cliffs|balcony|parapet|railing|railings|overpass|flyover|viaduct|pier|tower|dam|quarry|windowsill|multistorey|carpark|edge",
  // The people a goodbye is for.
  CLOSE:
    "family|kids|children|parents|mum|mom|dad|wife|husband|partner|friends|son|daughter|sister|brother|everyone|everybody|loved|boyfriend|girlfriend|grandparents|nan|gran",
  COMPARE: "more|most|less|least",
  QUALITY: "reliable|painless|painful|effective|lethal|certain|deadly|quick|peaceful|successful",
  // Ways of ending a life, as nouns or -ing forms ("hanging or pills").
  METHOD:
    "hanging|overdosing|overdose|pills|tablets|jumping|drowning|slitting|cutting|suffocation|suffocating|gassing|shooting|gun|rope|helium|poison|poisoning|train|trains",
};
