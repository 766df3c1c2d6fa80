// Word sets shared by the triage concept lexicons (single-token alternatives; see text/patterns.ts).
import type { Macros } from "../../text/patterns.ts";

export const TRIAGE_MACROS: Macros = {
  PAIN: "pain|pains|painful|ache|aches|aching|achy|hurt|hurts|hurting|sore|soreness|discomfort|agony|throbbing|stabbing",
  SEVERE:
    "severe|severely|bad|badly|terrible|terribly|awful|excruciating|unbearable|intense|extreme|extremely|horrible|agony|agonising|agonizing|crippling|horrendous|worst|massive|really|very|so",
  SUDDEN: "sudden|suddenly|abruptly|instantly|immediately|abrupt",
  ARM: "arm|arms|hand|hands|wrist|fingers",
  LIMB: "arm|arms|hand|hands|leg|legs|foot|feet|wrist|fingers",
  FACE: "face|mouth|smile|lip|lips|cheek|jaw",
  BREATHE: "breathe|breath|breathing|breth|breathin|breating|breaths|breathe",
  THIRD:
    "he|she|they|him|her|them|baby|son|daughter|dad|father|mum|mom|mother|husband|wife|partner|brother|sister|friend|grandma|grandpa|grandad|granny|nan|boyfriend|girlfriend|child|kid|toddler|man|woman|guy|someone|somebody|person|uncle|aunt|grandmother|grandfather|roommate|flatmate|neighbour|neighbor",
  CHILD:
    "baby|babies|infant|newborn|son|daughter|toddler|child|kid|kids|boy|girl|children|grandson|granddaughter|nephew|niece|bub|bubba|teen|teenager|youngster",
  DRUG: "paracetamol|paracetomol|parcetamol|paracetemol|paracetmol|tylenol|acetaminophen|panadol|calpol|ibuprofen|nurofen|advil|motrin|aspirin|codeine|cocodamol|tramadol|morphine|oxycodone|oxy|oxycontin|percocet|vicodin|hydrocodone|fentanyl|methadone|sertraline|citalopram|fluoxetine|prozac|amitriptyline|antidepressant|antidepressants|sleeping|diazepam|valium|xanax|alprazolam|benzos|zopiclone|ambien|lithium|insulin|metformin|iron|vitamins|gummies|pills|pill|tablets|tablet|meds|medication|medications|medicine|medicines|capsules|caplets|painkillers|painkiller|tabs|edibles|propranolol|quetiapine|olanzapine|gabapentin|pregabalin|naproxen|warfarin|antihistamines",
  PARA: "paracetamol|paracetomol|parcetamol|paracetemol|tylenol|acetaminophen|panadol|calpol|cocodamol|cocodomol|excedrin|lemsip|beechams|nyquil|dayquil",
  SWALLOW:
    "swallowed|swallow|ate|eaten|eat|drank|drunk|drink|drinking|ingested|took|taken|chewed|licked|sucked|swigged|gulped",
  PREGWORD:
    "pregnant|pregnancy|expecting|trimester|gestation|bump|midwife|antenatal|prenatal|obgyn",
  BODY: "arm|arms|leg|legs|hand|hands|foot|feet|chest|back|face|head|neck|stomach|tummy|belly|side|shoulder|knee|ankle|wrist|finger|fingers|toe|toes|eye|eyes|ear|ears|throat",
};
