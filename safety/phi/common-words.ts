// Capitalised words that are not names: sentence starters, feelings and states ("I'm Tired"),
// care roles, calendar words and health terms a patient may capitalise. Used to reject cue hits.

export const COMMON_WORDS = new Set(
  `a about above after again against all also am an and any are as at back bad be because been before
  being below better between both but by can cannot could did do does doing done down during each
  either even ever every few fine first for from further get getting go going good got great had has
  have having he her here hers him his how i if in into is it its just last least less like little lot
  lots many me might mine more most much must my myself never new next no none nor not now of off often
  ok okay old on once one only or other our out over own please quite rather really right same she
  should since so some still such sure than thank thanks that the their them then there these they this
  those though through to today tomorrow too under until up us very was we well were what when where
  which while who whom why will with would yes yesterday yet you your
  afraid alone angry anxious ashamed awake bleeding breathless broken concerned confused depressed
  desperate diabetic dizzy done drunk dying exhausted feeling fed fit frightened frustrated glad happy
  healthy hungry hurt hurting ill injured lonely lost nauseous nervous new pregnant ready recovering
  relieved sad safe scared shaking sick sleepy sore sorry stressed struggling stuck suicidal thirsty
  tired unwell upset weak worried wondering writing asking calling looking trying hoping just
  said says told asked called came went gave wants needs thinks feels took takes saw sees gets lives
  lived died passed works worked started stopped keeps kept seems looks made makes
  doctor doc dr nurse midwife pharmacist surgeon consultant physician therapist counsellor counselor
  dentist gp mum mom mummy mommy dad daddy mother father sister brother son daughter wife husband
  partner grandma granny grandpa grandad aunt uncle baby team sir madam everyone all there guys folks
  careline assistant bot hospital clinic pharmacy ward surgery practice emergency
  monday tuesday wednesday thursday friday saturday sunday january february march april june july
  august september october november december morning afternoon evening night week weekend month year
  type covid nhs er ae icu mri ct ecg ekg bp hba1c ibuprofen paracetamol tylenol advil aspirin insulin
  christmas easter ramadan diwali english spanish french german american british
  stage grade type class phase level vitamin part step chapter section schedule category appendix
  figure table trial study form page unit ward room bed floor block wing apt apartment suite ste flat
  box po street road avenue lane`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);

// Up to two more capitalised words ("Marcus Gunn"), then an eponym word: case-sensitive strip,
// case-insensitive word, so "and starring" is not mistaken for "ring".
const LEADING_CAPITALS = /^(?:[ \t]\p{Lu}[\p{L}'’.-]{0,20}){0,2}/u;
const EPONYM_WORD =
  /^(?:'s|’s|s')?[ \t]?(?:type|pupil|variant|anomaly|malformation|deficiency|dysplasia|dystrophy|complex|sequence|association|effect|gene|protein|virus|disease|syndrome|palsy|sign|test|reflex|procedure|maneuver|manoeuvre|phenomenon|tumou?r|lymphoma|sarcoma|ulcer|cyst|fracture|score|scale|law|criteria|classification|method|diet|position|operation|node|duct|tube|gland|cell|cells|body|bodies|ring|nodes)\b/i;

/** True when the words after a name make it an eponym, not a person: "Parkinson's disease". */
export function isEponym(after: string): boolean {
  return EPONYM_WORD.test(after.replace(LEADING_CAPITALS, ""));
}
