// Capitalised words that are not names: sentence starters, feelings and states ("I'm Tired"),
// care roles, calendar words and loanwords with accents. A name run stops at them.

import { isMedicalWord } from "./medical-words.ts";

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter((word) => word.length > 0));
}

export const COMMON_WORDS = words(`
  a about above after again against all also am an and any are as at back bad be because been before
  being below better between both but by can cannot could did do does doing done down during each
  either even ever every few fine first for from further get getting go going good got great had has
  have having he her here hers him his how i if in into is it its just last least less like little lot
  lots many me might mine more most much must my myself never new next no none nor not now of off often
  ok okay old on once one only or other our out over own please quite rather really right same she
  should since so some still such sure than thank thanks that the their them then there these they this
  those though through to today tomorrow too under until up us very was we well were what when where
  which while who whom why will with would yes yesterday yet you your yours ours theirs hey hi hello
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
  box po street road avenue lane st saint
  actually anyway anyways apparently basically besides certainly clearly currently definitely
  earlier eventually finally fortunately generally honestly hopefully ideally initially instead
  lately luckily meanwhile moreover naturally normally obviously occasionally otherwise perhaps
  personally possibly previously probably recently regardless seriously similarly sometimes
  somehow soon suddenly thankfully therefore thus typically ultimately unfortunately usually
  whatever whenever wherever whether maybe also although unless except including regarding
  around across along among beside beyond inside outside toward towards upon within without
  another anything everything nothing something someone somebody anyone anybody nobody everybody
  people person patient patients doctors nurses staff family friend friends children child kids
  kid parents parent boyfriend girlfriend fiance fiancee carer caregiver neighbour neighbor
  question questions answer answers help thanks update note notes edit info information details
  problem problems issue issues symptoms symptom medication medications medicine medicines meds
  treatment treatments appointment appointments referral letter letters result results record
  records history diagnosis advice support contact phone email address name names date time times
  day days weeks months years hours minutes today tonight tomorrow yesterday recently later now
  god lord jesus christ allah google internet website online app article research science study
  studies news media facebook twitter instagram youtube tiktok reddit amazon apple samsung iphone
  android whatsapp zoom teams uber netflix
  bot user agent system admin customer client member guest visitor caller sender receiver
  subject re fw fwd cc bcc from to sent dear regards sincerely cheers best love yours warm
  mr mrs ms miss mx prof professor rev sr jr esq phd md rn np pa dds
  north south east west left right upper lower middle front back top bottom side
  red orange yellow green blue purple pink brown black white grey gray dark light
  big small large tiny huge short long tall high low hot warm cold cool wet dry hard soft heavy
  early late fast slow quick sudden constant severe mild moderate sharp dull
  free full empty open closed clear cloudy
  mountain mountains river lake valley island bay ocean sea forest desert county coast
  worsen chosen loosen linen risen frozen lessen general key main important
  zero two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
  sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
  hundred thousand million second third fourth fifth sixth seventh eighth ninth tenth twice half
  cafe cliche fiance fiancee resume naive deja role creme uber protege entree puree saute souffle
  facade pinata jalapeno senor senora dona
  i'm i've i'd i'll im ive id dont doesnt didnt cant couldnt wont wouldnt isnt wasnt arent havent
  hasnt hadnt shouldnt
`);

// Up to two more capitalised words ("Marcus Gunn"), then an eponym word: case-sensitive strip,
// case-insensitive word, so "and starring" is not mistaken for "ring".
const LEADING_CAPITALS = /^(?:[ \t]\p{Lu}[\p{L}'’.-]{0,20}){0,2}/u;
// Up to two lower-case words may sit between: "Duane retraction syndrome", "Fuchs' endothelial
// dystrophy", "Pearson marrow-pancreas syndrome".
const BETWEEN =
  /^(?:'s|’s|s'|')?[ \t](?!(?:has|had|have|is|was|got|gets|with|and|or|but|for|from|the|a|an|her|his|my|their|our|to|in|on|at)\b)\p{Ll}[\p{Ll}-]{1,20}/u;
const EPONYM_WORD =
  /^(?:'s|’s|s'|')?[ \t]?(?:type|pupil|variant|anomaly|malformation|deficiency|dysplasia|dystrophy|complex|sequence|association|effect|gene|protein|virus|disease|syndrome|palsy|sign|test|reflex|procedure|maneuver|manoeuvre|phenomenon|tumou?r|lymphoma|sarcoma|ulcer|cyst|fracture|score|scale|law|criteria|classification|method|diet|position|operation|node|duct|tube|gland|cell|cells|body|bodies|ring|nodes|oesophagus|esophagus|neuroma|contracture|thyroiditis|encephalopathy|chorea|arteritis|anaemia|anemia|ataxia|dementia|cardiomyopathy|paralysis|plus)s?\b/i;
const NEXT_WORD = /^(?:'s|’s|s'|')?[ \t]([\p{L}-]{3,30})/u;
// A lower-case word after a name that ends like a condition: "Glanzmann thrombasthenia".
const CONDITION_ENDING = /^\p{Ll}{5,}(?:ia|ysis|asthenia|ism)$/u;

/** True when the words after a name make it an eponym, not a person: "Parkinson's disease". */
export function isEponym(after: string): boolean {
  const rest = after.replace(LEADING_CAPITALS, "");
  const once = rest.replace(BETWEEN, "");
  return (
    EPONYM_WORD.test(rest) || EPONYM_WORD.test(once) || EPONYM_WORD.test(once.replace(BETWEEN, ""))
  );
}

/** True when the next word is clinical: "Marie Unna congenital ...", "Hashimoto thyroiditis". */
export function followedByMedicalWord(after: string): boolean {
  const word = NEXT_WORD.exec(after)?.[1];
  if (word === undefined) return false;
  return isMedicalWord(word.toLowerCase()) || CONDITION_ENDING.test(word);
}
