// Emergency (L1/L2) scenarios: every emergency rule has positives in lay wording (relatives, typos, caps,
// no punctuation) and look-alikes that must not fire it (negation, questions, the past, idioms).
import { describe, expect, test } from "vitest";
import { TRIAGE_RULES, triageCheck } from "../../safety/triage/index.ts";
import type { TriageResult } from "../../safety/types.ts";

const CONTACTS = {
  region: "US",
  emergencyNumber: "911",
  crisisLines: [{ label: "988", contact: "call or text 988" }],
};

function triage(text: string): TriageResult {
  const report = triageCheck.run({
    text,
    history: [],
    locale: "en-US",
    contacts: CONTACTS,
    now: new Date(),
  });
  if (report instanceof Promise) throw new Error("triage must be synchronous");
  return report.result;
}

interface Positive {
  id: string;
  input: string;
  expect: { rule: string };
}

const POSITIVES: Positive[] = [
  {
    id: "stroke: subject dropped, opens with a negated auxiliary",
    input: "couldnt talk properly for a few minutes earlier, its passed now",
    expect: { rule: "input.emergency.stroke" },
  },
  {
    id: "cauda equina: subject dropped, opens with can't",
    input: "cant feel my legs and my back is agony",
    expect: { rule: "input.emergency.cauda_equina" },
  },
  {
    id: "stroke: numb face and arm that passed",
    input: "he's ok now but 20 mins ago his arm and face went numb",
    expect: { rule: "input.emergency.stroke" },
  },
  {
    id: "breathing: asked as a question",
    input: "why can't I breathe",
    expect: { rule: "input.emergency.breathing_severe" },
  },
  {
    id: "infant fever: asked as 'is it normal'",
    input: "is it normal for a newborn to have a temperature of 38.5?",
    expect: { rule: "input.emergency.infant_fever" },
  },
  // Stroke / TIA: one BE-FAST sign is enough; signs that came and went today still count (P1, P2).
  {
    id: "stroke: face drooping, relative",
    input: "my dad's face is drooping on one side",
    expect: { rule: "input.emergency.stroke" },
  },
  {
    id: "stroke: arm and face, no punctuation",
    input: "he cant lift his arm and his face is droopy",
    expect: { rule: "input.emergency.stroke" },
  },
  {
    id: "stroke: slurred speech, typo",
    input: "my mum is slured and confused all of a sudden",
    expect: { rule: "input.emergency.stroke" },
  },
  {
    id: "stroke: came and went today",
    input: "earlier today his arm went weak but it's fine now",
    expect: { rule: "input.emergency.stroke" },
  },
  {
    id: "stroke: words jumbled",
    input: "her words are coming out all jumbled",
    expect: { rule: "input.emergency.stroke" },
  },
  {
    id: "stroke: vision lost in one eye",
    input: "I suddenly lost the vision in my left eye",
    expect: { rule: "input.emergency.stroke" },
  },
  {
    id: "stroke: asks if it is one, misspelt",
    input: "is this a stroak?? grandad cant smile properly",
    expect: { rule: "input.emergency.stroke" },
  },
  {
    id: "stroke: uncertainty does not downgrade",
    input: "not sure if it's anything but his speech is a bit slurred",
    expect: { rule: "input.emergency.stroke" },
  },
  {
    id: "stroke: education then a report",
    input: "What are stroke signs? my dad's face is drooping",
    expect: { rule: "input.emergency.stroke" },
  },
  {
    id: "stroke: ALL CAPS",
    input: "MY WIFE CANT RAISE HER RIGHT ARM",
    expect: { rule: "input.emergency.stroke" },
  },
  // Heart attack, including atypical presentations (P3).
  {
    id: "cardiac: crushing chest pain",
    input: "crushing pain in my chest for 20 minutes",
    expect: { rule: "input.emergency.heart_attack" },
  },
  {
    id: "cardiac: elephant on chest",
    input: "feels like an elephant is sitting on my chest",
    expect: { rule: "input.emergency.heart_attack" },
  },
  {
    id: "cardiac: jaw pain with sweating",
    input: "my jaw aches and I'm in a cold sweat",
    expect: { rule: "input.emergency.heart_attack" },
  },
  {
    id: "cardiac: heartburn that won't go away with sweating",
    input: "heartburn that won't go away and I'm sweating a lot",
    expect: { rule: "input.emergency.heart_attack" },
  },
  {
    id: "cardiac: typo",
    input: "bad chest pian and feel sick",
    expect: { rule: "input.emergency.heart_attack" },
  },
  {
    id: "cardiac: arm pain with breathlessness",
    input: "pain down my left arm and short of breath",
    expect: { rule: "input.emergency.heart_attack" },
  },
  // Aortic dissection.
  {
    id: "dissection: tearing to the back",
    input: "sudden tearing pain in my chest going through to my back",
    expect: { rule: "input.emergency.aortic_dissection" },
  },
  // Pulmonary embolism.
  {
    id: "PE: coughing blood and breathless",
    input: "coughing up blood and I'm short of breath",
    expect: { rule: "input.emergency.pulmonary_embolism" },
  },
  {
    id: "PE: swollen calf then breathless",
    input: "my calf has been swollen and now I'm breathless",
    expect: { rule: "input.emergency.pulmonary_embolism" },
  },
  // Severe breathing difficulty and asthma.
  {
    id: "breathing: can't breathe",
    input: "cant breath properly",
    expect: { rule: "input.emergency.breathing_severe" },
  },
  {
    id: "breathing: blue lips",
    input: "his lips are going blue",
    expect: { rule: "input.emergency.breathing_severe" },
  },
  {
    id: "breathing: can't finish a sentence",
    input: "she can't finish a sentence without gasping",
    expect: { rule: "input.emergency.breathing_severe" },
  },
  {
    id: "asthma: inhaler not working",
    input: "my son has asthma and his inhaler isn't helping",
    expect: { rule: "input.emergency.asthma_severe" },
  },
  // Anaphylaxis.
  {
    id: "anaphylaxis: throat closing",
    input: "my throat feels like it's closing up",
    expect: { rule: "input.emergency.anaphylaxis" },
  },
  {
    id: "anaphylaxis: lips after nuts",
    input: "ate some peanuts and my lips are swelling up",
    expect: { rule: "input.emergency.anaphylaxis" },
  },
  {
    id: "anaphylaxis: used epipen",
    input: "I used my epipen 5 minutes ago",
    expect: { rule: "input.emergency.anaphylaxis" },
  },
  {
    id: "anaphylaxis: wheezy after a sting",
    input: "got stung by a wasp and now I'm wheezy",
    expect: { rule: "input.emergency.anaphylaxis" },
  },
  {
    id: "anaphylaxis: misspelt",
    input: "i think im having anafalaxis",
    expect: { rule: "input.emergency.anaphylaxis" },
  },
  // Sepsis (adult and child).
  {
    id: "sepsis: UTI and confused",
    input: "grandma has a UTI and now she's really confused",
    expect: { rule: "input.emergency.sepsis" },
  },
  {
    id: "sepsis: shaking uncontrollably with fever",
    input: "fever and shaking uncontrollably",
    expect: { rule: "input.emergency.sepsis" },
  },
  {
    id: "sepsis: feel like I'm dying with infection",
    input: "I have a chest infection and feel like I'm going to die",
    expect: { rule: "input.emergency.sepsis" },
  },
  {
    id: "sepsis: no urine all day with fever",
    input: "he's had a fever and hasn't peed all day",
    expect: { rule: "input.emergency.sepsis" },
  },
  {
    id: "child: floppy baby",
    input: "my baby is really floppy",
    expect: { rule: "input.emergency.sepsis_child" },
  },
  {
    id: "child: hard to wake toddler",
    input: "my toddler is hard to wake",
    expect: { rule: "input.emergency.sepsis_child" },
  },
  {
    id: "child: grunting",
    input: "my 5 month old is grunting when she breathes",
    expect: { rule: "input.emergency.sepsis_child" },
  },
  {
    id: "child: high-pitched cry",
    input: "baby has a weird high-pitched cry",
    expect: { rule: "input.emergency.sepsis_child" },
  },
  {
    id: "child: no wet nappy",
    input: "my daughter (1) has had no wet nappy since this morning",
    expect: { rule: "input.emergency.sepsis_child" },
  },
  // Fever in a baby under 3 months.
  {
    id: "infant fever: 6 week old 38,2",
    input: "my 6 week old is 38,2",
    expect: { rule: "input.emergency.infant_fever" },
  },
  {
    id: "infant fever: Fahrenheit",
    input: "2mo with a temp of 100.4F",
    expect: { rule: "input.emergency.infant_fever" },
  },
  {
    id: "infant fever: newborn",
    input: "our newborn has a temperature",
    expect: { rule: "input.emergency.infant_fever" },
  },
  {
    id: "infant fever: degrees",
    input: "my 10 day old baby is 38.5 degrees",
    expect: { rule: "input.emergency.infant_fever" },
  },
  // Meningitis.
  {
    id: "meningitis: glass test",
    input: "she has a rash that doesn't fade when I press a glass on it",
    expect: { rule: "input.emergency.meningitis" },
  },
  {
    id: "meningitis: stiff neck and fever",
    input: "stiff neck and a high temperature and the light hurts his eyes",
    expect: { rule: "input.emergency.meningitis" },
  },
  {
    id: "meningitis: purple spots",
    input: "purple spots on his tummy",
    expect: { rule: "input.emergency.meningitis" },
  },
  // Severe bleeding.
  {
    id: "bleeding: won't stop",
    input: "cut my hand and it won't stop bleeding even with pressure",
    expect: { rule: "input.emergency.severe_bleeding" },
  },
  {
    id: "bleeding: spurting",
    input: "blood is spurting out of his leg",
    expect: { rule: "input.emergency.severe_bleeding" },
  },
  {
    id: "bleeding: soaked towels",
    input: "it's soaked through 3 towels",
    expect: { rule: "input.emergency.severe_bleeding" },
  },
  // Thunderclap headache.
  {
    id: "headache: worst of my life",
    input: "worst headache of my life came on suddenly",
    expect: { rule: "input.emergency.thunderclap_headache" },
  },
  {
    id: "headache: never had one like this",
    input: "I've never had a headache like this, like being hit on the back of the head",
    expect: { rule: "input.emergency.thunderclap_headache" },
  },
  // Overdose and poisoning (P4, P8).
  {
    id: "overdose: too many pills",
    input: "my husband took too many pills",
    expect: { rule: "input.emergency.overdose" },
  },
  {
    id: "overdose: 20 tylenol but well",
    input: "took 20 tylenol an hour ago, feel fine",
    expect: { rule: "input.emergency.overdose" },
  },
  {
    id: "overdose: OD'd",
    input: "she OD'd on her meds",
    expect: { rule: "input.emergency.overdose" },
  },
  {
    id: "paracetamol: double dose even if well",
    input: "I accidentally took a double dose of paracetamol but feel ok",
    expect: { rule: "input.emergency.paracetamol_overdose" },
  },
  {
    id: "paracetamol: too much calpol",
    input: "gave my son too much calpol",
    expect: { rule: "input.emergency.paracetamol_overdose" },
  },
  {
    id: "poisoning: drank bleach",
    input: "my toddler drank some bleach",
    expect: { rule: "input.emergency.poisoning" },
  },
  {
    id: "poisoning: child swallowed pills",
    input: "my 2 year old swallowed some of my tablets",
    expect: { rule: "input.emergency.poisoning" },
  },
  {
    id: "poisoning: drain cleaner",
    input: "he swallowed drain cleaner",
    expect: { rule: "input.emergency.poisoning" },
  },
  {
    id: "button battery",
    input: "I think my son swallowed a button battery",
    expect: { rule: "input.emergency.button_battery" },
  },
  {
    id: "opioid: can't wake after using",
    input: "he used heroin and now I can't wake him, he's snoring weird",
    expect: { rule: "input.emergency.opioid_overdose" },
  },
  {
    id: "opioid: blue lips after fentanyl",
    input: "took fentanyl and his lips are blue",
    expect: { rule: "input.emergency.opioid_overdose" },
  },
  // Seizures and collapse.
  {
    id: "seizure: over 5 minutes",
    input: "he's been fitting for 6 minutes",
    expect: { rule: "input.emergency.seizure" },
  },
  {
    id: "seizure: first one",
    input: "my daughter just had her first seizure",
    expect: { rule: "input.emergency.seizure" },
  },
  {
    id: "seizure: one after another",
    input: "she's having seizures one after another",
    expect: { rule: "input.emergency.seizure" },
  },
  {
    id: "seizure: typo, not known epileptic",
    input: "my son is having a siezure",
    expect: { rule: "input.emergency.seizure" },
  },
  {
    id: "collapse: won't wake",
    input: "my dad collapsed and won't wake up",
    expect: { rule: "input.emergency.collapse" },
  },
  {
    id: "collapse: not breathing",
    input: "she's not breathing",
    expect: { rule: "input.emergency.collapse" },
  },
  {
    id: "collapse: unresponsive",
    input: "found my friend unresponsive on the floor",
    expect: { rule: "input.emergency.collapse" },
  },
  // Diabetes emergencies.
  {
    id: "hypo: confused diabetic",
    input: "my husband is diabetic and he's confused and sweaty",
    expect: { rule: "input.emergency.hypoglycaemia_severe" },
  },
  {
    id: "hypo: very low reading",
    input: "sugar is 2.1 and she can't swallow",
    expect: { rule: "input.emergency.hypoglycaemia_severe" },
  },
  {
    id: "hypo: passed out",
    input: "type 1 diabetic and passed out",
    expect: { rule: "input.emergency.hypoglycaemia_severe" },
  },
  {
    id: "DKA: vomiting with high ketones",
    input: "ketones are high and I keep throwing up",
    expect: { rule: "input.emergency.dka" },
  },
  {
    id: "DKA: pear drops breath",
    input: "his breath smells like nail polish remover",
    expect: { rule: "input.emergency.dka" },
  },
  {
    id: "DKA: high sugar and fast breathing",
    input: "my sugar is 28 and I'm breathing really fast and being sick",
    expect: { rule: "input.emergency.dka" },
  },
  // Pregnancy.
  {
    id: "ectopic: one-sided pain and shoulder tip",
    input: "I'm 7 weeks pregnant with sharp pain on one side and shoulder tip pain",
    expect: { rule: "input.emergency.ectopic" },
  },
  {
    id: "ectopic: might be pregnant and fainted",
    input: "might be pregnant and I just fainted",
    expect: { rule: "input.emergency.ectopic" },
  },
  {
    id: "pregnancy bleeding: heavy",
    input: "I'm pregnant and bleeding a lot, soaking through pads",
    expect: { rule: "input.emergency.pregnancy_bleeding" },
  },
  {
    id: "pre-eclampsia: headache and vision",
    input: "my wife is 34 weeks and has a bad headache and blurry vision",
    expect: { rule: "input.emergency.pre_eclampsia" },
  },
  {
    id: "pre-eclampsia: swelling and rib pain",
    input: "32 weeks pregnant, my face and hands are suddenly puffy and there's pain under my ribs",
    expect: { rule: "input.emergency.pre_eclampsia" },
  },
  {
    id: "fetal movements: not kicking",
    input: "baby hasn't kicked today and I'm 30 weeks",
    expect: { rule: "input.emergency.reduced_fetal_movements" },
  },
  {
    id: "fetal movements: moving less",
    input: "I'm pregnant and the baby is moving less than usual",
    expect: { rule: "input.emergency.reduced_fetal_movements" },
  },
  // Testicular torsion and cauda equina.
  {
    id: "torsion: sudden testicle pain",
    input: "sudden really bad pain in my left testicle",
    expect: { rule: "input.emergency.testicular_torsion" },
  },
  {
    id: "torsion: teen, woke him up",
    input: "my 14 year old's ball pain woke him up and he's been sick",
    expect: { rule: "input.emergency.testicular_torsion" },
  },
  {
    id: "cauda equina: saddle numbness",
    input: "back pain and numb between my legs",
    expect: { rule: "input.emergency.cauda_equina" },
  },
  {
    id: "cauda equina: bladder with sciatica",
    input: "sciatica and I wet myself today",
    expect: { rule: "input.emergency.cauda_equina" },
  },
  {
    id: "cauda equina: can't feel when wiping",
    input: "my back is killing me and I can't feel it when I wipe",
    expect: { rule: "input.emergency.cauda_equina" },
  },
  // Head injury.
  {
    id: "head injury: knocked out",
    input: "he hit his head and was knocked out for a minute",
    expect: { rule: "input.emergency.head_injury" },
  },
  {
    id: "head injury: vomiting after",
    input: "she banged her head and keeps throwing up",
    expect: { rule: "input.emergency.head_injury" },
  },
  {
    id: "head injury: blood thinners",
    input: "mum is on warfarin and bumped her head",
    expect: { rule: "input.emergency.head_injury" },
  },
  {
    id: "head injury severe: clear fluid",
    input: "clear fluid coming from his nose after he hit his head",
    expect: { rule: "input.emergency.head_injury_severe" },
  },
  {
    id: "head injury severe: seizure",
    input: "fell and hit his head then had a seizure",
    expect: { rule: "input.emergency.head_injury_severe" },
  },
  // Major trauma, burns, choking, drowning and other emergencies.
  {
    id: "trauma: hit by a car",
    input: "my son was hit by a car",
    expect: { rule: "input.emergency.major_trauma" },
  },
  {
    id: "trauma: stabbed",
    input: "my friend has been stabbed",
    expect: { rule: "input.emergency.major_trauma" },
  },
  {
    id: "trauma: fell off a roof",
    input: "dad fell off the roof",
    expect: { rule: "input.emergency.major_trauma" },
  },
  {
    id: "burn: scald all over arm",
    input: "scalded his whole arm with boiling water",
    expect: { rule: "input.emergency.severe_burn" },
  },
  {
    id: "burn: chemical",
    input: "chemical burn on my hand from drain cleaner",
    expect: { rule: "input.emergency.severe_burn" },
  },
  { id: "choking", input: "my baby is choking", expect: { rule: "input.emergency.choking" } },
  {
    id: "drowning",
    input: "pulled my son out of the pool and he's coughing",
    expect: { rule: "input.emergency.drowning" },
  },
  {
    id: "nosebleed over 15 minutes",
    input: "nosebleed for 30 minutes and it won't stop",
    expect: { rule: "input.emergency.nosebleed" },
  },
  {
    id: "GI bleed: vomiting blood",
    input: "I'm throwing up blood",
    expect: { rule: "input.emergency.gi_bleed" },
  },
  {
    id: "GI bleed: black stools",
    input: "black tarry poo since yesterday",
    expect: { rule: "input.emergency.gi_bleed" },
  },
  {
    id: "eye chemical",
    input: "got bleach in my eye",
    expect: { rule: "input.emergency.eye_chemical" },
  },
  {
    id: "snake bite",
    input: "bitten by a snake on a hike",
    expect: { rule: "input.emergency.snake_bite" },
  },
  // Suicide attempt / intent, from the crisis track.
  {
    id: "suicide: intent tonight",
    input: "I'm going to kill myself tonight",
    expect: { rule: "input.emergency.suicide_risk" },
  },
  {
    id: "suicide: taken the pills",
    input: "I've taken all my pills",
    expect: { rule: "input.emergency.suicide_risk" },
  },
  // Fever or sickness on chemotherapy or immune-suppressing treatment (neutropenic sepsis risk).
  {
    id: "low immunity: on chemo with a reading",
    input: "im on chemo and my temp is 38.3",
    expect: { rule: "input.emergency.fever_low_immunity" },
  },
  {
    id: "low immunity: transplant, shivers, relative",
    input: "my husband had a kidney transplant and now hes got a fever and the shivers",
    expect: { rule: "input.emergency.fever_low_immunity" },
  },
  // Birth happening now: cord, head or feet showing.
  {
    id: "birth: cord showing",
    input: "i can see the cord coming out",
    expect: { rule: "input.emergency.birth_emergency" },
  },
  {
    id: "birth: head felt, no apostrophe",
    input: "my waters broke and i can feel the babys head",
    expect: { rule: "input.emergency.birth_emergency" },
  },
  {
    id: "birth: crowning before help",
    input: "the baby is crowning and the ambulance isnt here yet",
    expect: { rule: "input.emergency.birth_emergency" },
  },
  // Acute angle-closure glaucoma.
  {
    id: "glaucoma: haloes with a painful red eye",
    input: "my eye is really painful and red and i can see haloes round lights",
    expect: { rule: "input.emergency.acute_glaucoma" },
  },
  {
    id: "glaucoma: sudden eye pain, blur and vomiting",
    input: "sudden severe pain in my left eye, blurry vision and im throwing up",
    expect: { rule: "input.emergency.acute_glaucoma" },
  },
  // Acute urinary retention.
  {
    id: "retention: since last night, bladder swollen",
    input:
      "i havent been able to pee since last night and my bladder is really painful and swollen",
    expect: { rule: "input.emergency.urinary_retention" },
  },
  {
    id: "retention: hours without a wee",
    input: "cant wee at all for 12 hours and my lower tummy is agony",
    expect: { rule: "input.emergency.urinary_retention" },
  },
  // Acute abdomen.
  {
    id: "abdomen: sudden and can't move",
    input: "sudden severe stomach pain, i can't move",
    expect: { rule: "input.emergency.acute_abdomen" },
  },
  {
    id: "abdomen: rigid",
    input: "my tummy is rock hard and really painful",
    expect: { rule: "input.emergency.acute_abdomen" },
  },
  // Safety net: a strong danger sign no specific rule recognises.
  {
    id: "danger sign: worst pain of my life, no site",
    input: "i'm in the worst pain of my life and i dont know why",
    expect: { rule: "input.emergency.danger_sign" },
  },
  {
    id: "danger sign: ambulance already called",
    input: "we've called an ambulance for my mum",
    expect: { rule: "input.emergency.danger_sign" },
  },
  {
    id: "danger sign: foaming at the mouth",
    input: "my dad is foaming at the mouth",
    expect: { rule: "input.emergency.danger_sign" },
  },
  // TIA: stroke signs that came and went today, or a 'mini stroke' today, still need 999/911 (P2).
  {
    id: "tia: mini stoke typo, earlier today",
    input: "i think i had a mini stoke earlier today",
    expect: { rule: "input.emergency.stroke" },
  },
  {
    id: "tia: 'rite' side, lowercase, passed",
    input: "lost feeling down my rite side for a bit this morning, feel ok now",
    expect: { rule: "input.emergency.stroke" },
  },
  {
    id: "tia: ministroke in one word, relative",
    input: "grandad might of had a ministroke this afternoon, hes back to normal now",
    expect: { rule: "input.emergency.stroke" },
  },
  {
    id: "tia: 'stoke' with a face that went funny",
    input: "i think my wife had a stoke earlier her face went funny but its gone now",
    expect: { rule: "input.emergency.stroke" },
  },
  {
    id: "tia: droopy face for minutes, casual",
    input:
      "dads face went all droopy for like 5 mins, back to normal now, do we need to do anything",
    expect: { rule: "input.emergency.stroke" },
  },
  {
    id: "tia: neighbour typo, arm and speech cleared",
    input: "nieghbour said his arm went dead and his speech was slurred but it cleared up",
    expect: { rule: "input.emergency.stroke" },
  },
  {
    id: "tia: vision went in one eye, named",
    input: "think i had a TIA today, my vision went in one eye for a minute",
    expect: { rule: "input.emergency.stroke" },
  },
  // Aortic dissection: sudden tearing pain in chest or back, between the shoulder blades, or with faintness.
  {
    id: "dissection: sudden ripping between shoulder blades",
    input: "sudden ripping pain in my back between my shoulder blades",
    expect: { rule: "input.emergency.aortic_dissection" },
  },
  {
    id: "dissection: 'inbetween' typo, about to pass out",
    input:
      "sharp tearing pain inbetween my shoulder blades, came on suddenly, feel like im going to pass out",
    expect: { rule: "input.emergency.aortic_dissection" },
  },
  {
    id: "dissection: chest through to back, dizzy",
    input: "agonising pain shot through my chest to my back like a knife, feel dizzy",
    expect: { rule: "input.emergency.aortic_dissection" },
  },
  {
    id: "dissection: upper back out of nowhere, faint",
    input: "upper back pain came out of nowhere, its agony and i feel faint",
    expect: { rule: "input.emergency.aortic_dissection" },
  },
  {
    id: "dissection: felt something rip, breathless",
    input: "felt something rip in my chest and now i cant catch my breath",
    expect: { rule: "input.emergency.aortic_dissection" },
  },
  {
    id: "dissection: relative, grey and sweaty",
    input:
      "husband has ripping pain between his shoulder blades that came on suddenly, hes grey and sweaty",
    expect: { rule: "input.emergency.aortic_dissection" },
  },
  // Can't be woken, even if breathing: an emergency whoever found them.
  {
    id: "unresponsive: found on the floor",
    input: "found my mum on the floor and i cant wake her",
    expect: { rule: "input.emergency.collapse" },
  },
  {
    id: "unresponsive: breathing but won't wake, asks what to do",
    input: "my wife is breathing but i can't wake her up, what do i do",
    expect: { rule: "input.emergency.collapse" },
  },
  {
    id: "unresponsive: can't get him to wake",
    input: "my flatmate is passed out and i can't get him to wake up",
    expect: { rule: "input.emergency.collapse" },
  },
  {
    id: "unresponsive: snoring but won't wake",
    input: "grandad is snoring but wont wake up no matter what i do",
    expect: { rule: "input.emergency.collapse" },
  },
  {
    id: "unresponsive: unrousable",
    input: "she's unrousable, breathing but won't open her eyes",
    expect: { rule: "input.emergency.collapse" },
  },
  {
    id: "unresponsive: neighbour typo on the floor",
    input: "my nieghbour is on the floor and wont wake up",
    expect: { rule: "input.emergency.collapse" },
  },
  {
    id: "unresponsive: shaken and shouted at",
    input: "tried shaking him and shouting but he wont wake",
    expect: { rule: "input.emergency.collapse" },
  },
  {
    id: "unresponsive: an alarm is no excuse",
    input: "the carbon monoxide alarm is beeping and my husband wont wake up",
    expect: { rule: "input.emergency.collapse" },
  },
  {
    id: "unresponsive: newborn hard to wake for feeds",
    input: "my newborn is really hard to wake for feeds",
    expect: { rule: "input.emergency.sepsis_child" },
  },
  // Heavy bleeding in pregnancy at any stated week.
  {
    id: "pregnancy bleeding: through clothes",
    input: "pregnant and bleeding through my clothes",
    expect: { rule: "input.emergency.pregnancy_bleeding" },
  },
  {
    id: "pregnancy bleeding: 'preg', golf-ball clots",
    input: "12 weeks preg, bleeding heavy with clots the size of a golf ball",
    expect: { rule: "input.emergency.pregnancy_bleeding" },
  },
  {
    id: "pregnancy bleeding: running down legs",
    input: "im 16 weeks pregnant and blood is running down my legs",
    expect: { rule: "input.emergency.pregnancy_bleeding" },
  },
  {
    id: "pregnancy bleeding: pad an hour, week only",
    input: "24 weeks and bleeding through my pad in an hour",
    expect: { rule: "input.emergency.pregnancy_bleeding" },
  },
  {
    id: "pregnancy bleeding: slang, soaking pads",
    input: "preggers and soaking through pads with blood",
    expect: { rule: "input.emergency.pregnancy_bleeding" },
  },
  {
    id: "pregnancy bleeding: three pads in an hour",
    input: "im pregnant and theres so much blood, ive gone through 3 pads in an hour",
    expect: { rule: "input.emergency.pregnancy_bleeding" },
  },
  // Cauda equina: saddle numbness or new bladder/bowel loss with back pain.
  {
    id: "cauda equina: 'inbetween' typo on the toilet",
    input: "my back's agony and it feels numb inbetween my legs when i sit on the toilet",
    expect: { rule: "input.emergency.cauda_equina" },
  },
  {
    id: "cauda equina: couldn't hold a poo",
    input: "herniated disc and today i couldnt hold my poo, it just came out",
    expect: { rule: "input.emergency.cauda_equina" },
  },
  {
    id: "cauda equina: can't feel bum on the toilet",
    input: "back pain and now i cant feel my bum when i sit on the toilet",
    expect: { rule: "input.emergency.cauda_equina" },
  },
  {
    id: "cauda equina: numb private area",
    input: "sciatica and it feels numb around my private area",
    expect: { rule: "input.emergency.cauda_equina" },
  },
  {
    id: "cauda equina: lost control of bowels",
    input: "my back is agony and ive lost control of my bowels",
    expect: { rule: "input.emergency.cauda_equina" },
  },
  {
    id: "cauda equina: wet without realising",
    input: "back pain and i just wet myself without realising",
    expect: { rule: "input.emergency.cauda_equina" },
  },
  // Staggered paracetamol overdose taken for pain (P4: hospital even if well).
  {
    id: "staggered paracetamol: popping all day, running total",
    input: "been popping paracetamol all day, probably 14 or 15 by now, still in pain",
    expect: { rule: "input.emergency.paracetamol_overdose" },
  },
  {
    id: "staggered paracetamol: every couple of hours",
    input: "taking tylenol every couple of hours since last night for this toothache",
    expect: { rule: "input.emergency.paracetamol_overdose" },
  },
  {
    id: "staggered paracetamol: two paracetamol products",
    input: "been on paracetamol and lemsip all day for my cold",
    expect: { rule: "input.emergency.paracetamol_overdose" },
  },
  {
    id: "staggered paracetamol: like sweets",
    input: "ive been taking paracetamol like sweets since friday cos my back is killing me",
    expect: { rule: "input.emergency.paracetamol_overdose" },
  },
  {
    id: "staggered paracetamol: total so far",
    input: "paracetamol for my tooth, had about 12 so far today and its still killing me",
    expect: { rule: "input.emergency.paracetamol_overdose" },
  },
  {
    id: "staggered paracetamol: tens over a day for pain",
    input:
      "i've taken about 20 paracetamol over the last day because nothing was working for my tooth",
    expect: { rule: "input.emergency.paracetamol_overdose" },
  },
  {
    id: "staggered paracetamol: relative, co-codamol all week",
    input: "my mum has been popping co-codamol all week for her hip",
    expect: { rule: "input.emergency.paracetamol_overdose" },
  },
  {
    id: "staggered paracetamol: doubling up as a habit",
    input: "i take co-codamol and paracetamol together for my back",
    expect: { rule: "input.emergency.paracetamol_overdose" },
  },
  {
    id: "dissection: third person, tearing between shoulder blades, no 'severe'",
    input: "he just got a tearing pain between his shoulder blades",
    expect: { rule: "input.emergency.aortic_dissection" },
  },
  {
    id: "dissection: tearing pain between shoulder blades, nothing else",
    input: "tearing pain between my shoulder blades",
    expect: { rule: "input.emergency.aortic_dissection" },
  },
  {
    id: "dissection: Ehlers-Danlos, typos, suddenly",
    input: "i have ehlers danlos and suddenly a teering pain between my sholder blades",
    expect: { rule: "input.emergency.aortic_dissection" },
  },
  {
    id: "dissection: Marfan, sudden pain between shoulder blades without 'tearing'",
    input: "I have Marfan syndrome and suddenly got pain between my shoulder blades",
    expect: { rule: "input.emergency.aortic_dissection" },
  },
  {
    id: "dissection: known aneurysm, new upper back pain",
    input: "my dad has an aortic aneurysm and out of nowhere has pain in his upper back",
    expect: { rule: "input.emergency.aortic_dissection" },
  },
  {
    id: "pregnancy bleeding: 'at 12 weeks' with big clots",
    input: "at 12 weeks and passing big clots",
    expect: { rule: "input.emergency.pregnancy_bleeding" },
  },
  {
    id: "pregnancy bleeding: 'I'm at 7 weeks', through jeans",
    input: "im at 7 weeks and the bleeding has gone through my jeans",
    expect: { rule: "input.emergency.pregnancy_bleeding" },
  },
  {
    id: "pregnancy bleeding: '8 weeks gone', through pads",
    input: "im 8 weeks gone and bleeding through my pads with big clots",
    expect: { rule: "input.emergency.pregnancy_bleeding" },
  },
  {
    id: "pregnancy bleeding: '10 weeks along', clots",
    input: "10 weeks along and passing big clots",
    expect: { rule: "input.emergency.pregnancy_bleeding" },
  },
  {
    id: "pregnancy bleeding: first trimester, through clothes",
    input: "in my first trimester and bleeding heavily through my clothes",
    expect: { rule: "input.emergency.pregnancy_bleeding" },
  },
  {
    id: "pregnancy bleeding: partner, '11 weeks gone'",
    input: "she's 11 weeks gone, big clots coming out",
    expect: { rule: "input.emergency.pregnancy_bleeding" },
  },
  {
    id: "staggered paracetamol: loads of them since this morning",
    input: "I've had loads of paracetamol since this morning",
    expect: { rule: "input.emergency.paracetamol_overdose" },
  },
];

interface LookAlike {
  id: string;
  input: string;
  notRule: string;
  /** The level must also stay below emergency. */
  notEmergency?: boolean;
}

const LOOK_ALIKES: LookAlike[] = [
  {
    id: "stroke: a negated auxiliary that is still a question",
    input: "couldn't a stroke make you talk funny?",
    notRule: "input.emergency.stroke",
    notEmergency: true,
  },
  {
    id: "stroke: numb from the dentist",
    input: "my face is still numb from the dentist injection",
    notRule: "input.emergency.stroke",
    notEmergency: true,
  },
  {
    id: "cardiac: a general question",
    input: "is chest pain always a heart attack?",
    notRule: "input.emergency.heart_attack",
    notEmergency: true,
  },
  {
    id: "seizure: hereditary question",
    input: "are seizures hereditary?",
    notRule: "input.emergency.seizure",
    notEmergency: true,
  },
  {
    id: "seizure: a fit of laughter",
    input: "he had a fit of laughter at dinner",
    notRule: "input.emergency.seizure",
    notEmergency: true,
  },
  {
    id: "stroke: education question",
    input: "what are the signs of a stroke?",
    notRule: "input.emergency.stroke",
    notEmergency: true,
  },
  {
    id: "stroke: long ago",
    input: "I had a stroke 3 years ago",
    notRule: "input.emergency.stroke",
    notEmergency: true,
  },
  {
    id: "stroke: negated",
    input: "his face isn't drooping and he can speak fine",
    notRule: "input.emergency.stroke",
    notEmergency: true,
  },
  {
    id: "stroke: stroking the cat",
    input: "can I catch anything from stroking the cat",
    notRule: "input.emergency.stroke",
    notEmergency: true,
  },
  {
    id: "stroke: arm weak after a sprain",
    input: "sprained my wrist and my hand is weak",
    notRule: "input.emergency.stroke",
    notEmergency: true,
  },
  {
    id: "stroke: can't talk right now",
    input: "I can't talk right now, can you send me the clinic hours",
    notRule: "input.emergency.stroke",
    notEmergency: true,
  },
  {
    id: "cardiac: negated",
    input: "no chest pain, just a cough",
    notRule: "input.emergency.heart_attack",
    notEmergency: true,
  },
  {
    id: "cardiac: chest infection",
    input: "I think I have a chest infection, lots of phlegm",
    notRule: "input.emergency.heart_attack",
    notEmergency: true,
  },
  {
    id: "cardiac: idiom",
    input: "that bill nearly gave me a heart attack",
    notRule: "input.emergency.heart_attack",
    notEmergency: true,
  },
  {
    id: "cardiac: heartbroken",
    input: "I'm heartbroken after the breakup",
    notRule: "input.emergency.heart_attack",
    notEmergency: true,
  },
  {
    id: "dissection: torn jeans",
    input: "I tore my jeans climbing a fence",
    notRule: "input.emergency.aortic_dissection",
    notEmergency: true,
  },
  {
    id: "PE: hypothetical",
    input: "can a long flight cause a blood clot?",
    notRule: "input.emergency.pulmonary_embolism",
    notEmergency: true,
  },
  {
    id: "breathing: blocked nose",
    input: "can't breathe through my nose with this cold",
    notRule: "input.emergency.breathing_severe",
    notEmergency: true,
  },
  {
    id: "breathing: laughing",
    input: "I can't breathe lol that's so funny",
    notRule: "input.emergency.breathing_severe",
    notEmergency: true,
  },
  {
    id: "breathing: negated",
    input: "no trouble breathing, just a runny nose",
    notRule: "input.emergency.breathing_severe",
    notEmergency: true,
  },
  {
    id: "asthma: refill",
    input: "I need a refill of my asthma inhaler",
    notRule: "input.emergency.asthma_severe",
    notEmergency: true,
  },
  {
    id: "anaphylaxis: carrying an epipen",
    input: "do I need to carry my epipen on holiday?",
    notRule: "input.emergency.anaphylaxis",
    notEmergency: true,
  },
  {
    id: "anaphylaxis: sore swollen throat with a cold",
    input: "I have a cold and my throat is sore and swollen",
    notRule: "input.emergency.anaphylaxis",
    notEmergency: true,
  },
  {
    id: "sepsis: confused about a bill",
    input: "I'm confused about my bill after my UTI appointment",
    notRule: "input.emergency.sepsis",
    notEmergency: true,
  },
  {
    id: "sepsis: what is it",
    input: "what is sepsis and how do you get it?",
    notRule: "input.emergency.sepsis",
    notEmergency: true,
  },
  {
    id: "child: limp after football",
    input: "my son is walking with a limp after football",
    notRule: "input.emergency.sepsis_child",
    notEmergency: true,
  },
  {
    id: "child: how to tell",
    input: "how do you know if a baby has meningitis",
    notRule: "input.emergency.sepsis_child",
    notEmergency: true,
  },
  {
    id: "infant fever: older child",
    input: "my 2 year old has a temperature of 38.2",
    notRule: "input.emergency.infant_fever",
    notEmergency: true,
  },
  {
    id: "infant fever: normal reading",
    input: "my 6 week old's temperature is 37.1",
    notRule: "input.emergency.infant_fever",
    notEmergency: true,
  },
  {
    id: "infant fever: hay fever",
    input: "can my newborn get hay fever?",
    notRule: "input.emergency.infant_fever",
    notEmergency: true,
  },
  {
    id: "meningitis: vaccine",
    input: "is my daughter due her meningitis jab?",
    notRule: "input.emergency.meningitis",
    notEmergency: true,
  },
  {
    id: "meningitis: stiff neck from sleeping",
    input: "I slept funny and have a stiff neck",
    notRule: "input.emergency.meningitis",
    notEmergency: true,
  },
  {
    id: "bleeding: heavy period",
    input: "my periods are really heavy, bleeding heavily for a week",
    notRule: "input.emergency.severe_bleeding",
    notEmergency: true,
  },
  {
    id: "bleeding: stopped",
    input: "I cut my finger but the bleeding stopped with a plaster",
    notRule: "input.emergency.severe_bleeding",
    notEmergency: true,
  },
  {
    id: "headache: killing me",
    input: "this headache is killing me",
    notRule: "input.emergency.thunderclap_headache",
    notEmergency: true,
  },
  {
    id: "headache: worst in weeks is not a thunderclap",
    input: "I get migraines, had one this morning",
    notRule: "input.emergency.thunderclap_headache",
    notEmergency: true,
  },
  {
    id: "overdose: safe dose question",
    input: "what's the maximum safe dose of paracetamol per day?",
    notRule: "input.emergency.paracetamol_overdose",
    notEmergency: true,
  },
  {
    id: "overdose: took meds this morning",
    input: "I took all my meds this morning as usual",
    notRule: "input.emergency.overdose",
    notEmergency: true,
  },
  {
    id: "overdose: took 2 paracetamol",
    input: "I took 2 paracetamol for my headache",
    notRule: "input.emergency.paracetamol_overdose",
    notEmergency: true,
  },
  {
    id: "poisoning: food poisoning",
    input: "I think I've got food poisoning",
    notRule: "input.emergency.poisoning",
    notEmergency: true,
  },
  {
    id: "poisoning: child ate a crayon",
    input: "my toddler swallowed a bit of crayon and is fine",
    notRule: "input.emergency.poisoning",
    notEmergency: true,
  },
  {
    id: "battery: dead battery",
    input: "my glucose meter battery died",
    notRule: "input.emergency.button_battery",
    notEmergency: true,
  },
  {
    id: "opioid: codeine question",
    input: "can I take codeine with ibuprofen?",
    notRule: "input.emergency.opioid_overdose",
    notEmergency: true,
  },
  {
    id: "seizure: as a child",
    input: "I had a seizure as a child, can I learn to drive?",
    notRule: "input.emergency.seizure",
    notEmergency: true,
  },
  {
    id: "seizure: what to do if",
    input: "what should I do if someone has a seizure",
    notRule: "input.emergency.seizure",
    notEmergency: true,
  },
  {
    id: "seizure: coughing fit",
    input: "I had a coughing fit last night",
    notRule: "input.emergency.seizure",
    notEmergency: true,
  },
  {
    id: "collapse: not responding to antibiotics",
    input: "my chest infection isn't responding to antibiotics",
    notRule: "input.emergency.collapse",
    notEmergency: true,
  },
  {
    id: "collapse: can't wake up in the mornings",
    input: "I can't wake up in the mornings, always tired",
    notRule: "input.emergency.collapse",
    notEmergency: true,
  },
  {
    id: "collapse: phone died",
    input: "my phone died so I missed your call",
    notRule: "input.emergency.collapse",
    notEmergency: true,
  },
  {
    id: "collapse: CPR course",
    input: "where can I do a CPR course?",
    notRule: "input.emergency.collapse",
    notEmergency: true,
  },
  {
    id: "hypo: confused about insulin doses",
    input: "I'm confused about my insulin doses",
    notRule: "input.emergency.hypoglycaemia_severe",
    notEmergency: true,
  },
  {
    id: "DKA: thirsty but no vomiting",
    input: "I'm diabetic and very thirsty today",
    notRule: "input.emergency.dka",
    notEmergency: true,
  },
  {
    id: "ectopic: period pain",
    input: "period pain on the left side, not pregnant",
    notRule: "input.emergency.ectopic",
    notEmergency: true,
  },
  {
    id: "pregnancy bleeding: light spotting",
    input: "I'm 8 weeks pregnant with a little bit of spotting",
    notRule: "input.emergency.pregnancy_bleeding",
    notEmergency: true,
  },
  {
    id: "pre-eclampsia: not pregnant",
    input: "I have a bad headache and blurry vision from my screen",
    notRule: "input.emergency.pre_eclampsia",
  },
  {
    id: "fetal movements: kicking lots",
    input: "I'm 30 weeks and baby is kicking loads",
    notRule: "input.emergency.reduced_fetal_movements",
    notEmergency: true,
  },
  {
    id: "torsion: hypothetical",
    input: "what causes testicle pain?",
    notRule: "input.emergency.testicular_torsion",
    notEmergency: true,
  },
  {
    id: "cauda equina: ordinary back pain",
    input: "lower back pain after gardening, no numbness",
    notRule: "input.emergency.cauda_equina",
    notEmergency: true,
  },
  {
    id: "head injury severe: runny nose",
    input: "clear runny fluid from my nose with this cold",
    notRule: "input.emergency.head_injury_severe",
    notEmergency: true,
  },
  {
    id: "head injury: minor bump, fine",
    input: "my son bumped his head on the table, small bump, he's fine now and playing",
    notRule: "input.emergency.head_injury",
    notEmergency: true,
  },
  {
    id: "trauma: car accident years ago",
    input: "I was in a car accident 5 years ago and my neck still aches",
    notRule: "input.emergency.major_trauma",
    notEmergency: true,
  },
  {
    id: "trauma: trapped nerve",
    input: "I think I have a trapped nerve in my shoulder",
    notRule: "input.emergency.major_trauma",
    notEmergency: true,
  },
  {
    id: "burn: burning when I pee",
    input: "burning when I pee",
    notRule: "input.emergency.severe_burn",
    notEmergency: true,
  },
  {
    id: "burn: small kitchen burn",
    input: "small burn on my finger from the oven",
    notRule: "input.emergency.severe_burn",
    notEmergency: true,
  },
  {
    id: "choking: coughed it up",
    input: "he choked on some water but coughed it up and is fine now",
    notRule: "input.emergency.choking",
    notEmergency: true,
  },
  {
    id: "choking: choked up",
    input: "I got all choked up at the wedding",
    notRule: "input.emergency.choking",
    notEmergency: true,
  },
  {
    id: "drowning: swimming lessons",
    input: "at what age should kids start swimming lessons to prevent drowning?",
    notRule: "input.emergency.drowning",
    notEmergency: true,
  },
  {
    id: "nosebleed: short",
    input: "had a short nosebleed that stopped after 5 minutes",
    notRule: "input.emergency.nosebleed",
    notEmergency: true,
  },
  {
    id: "GI bleed: red after beetroot question",
    input: "can beetroot make your poo red?",
    notRule: "input.emergency.gi_bleed",
    notEmergency: true,
  },
  {
    id: "eye chemical: eye drops",
    input: "how do I put eye drops in?",
    notRule: "input.emergency.eye_chemical",
    notEmergency: true,
  },
  {
    id: "snake bite: dream",
    input: "what does it mean to dream about snakes?",
    notRule: "input.emergency.snake_bite",
    notEmergency: true,
  },
  {
    id: "suicide: supportive question",
    input: "how do I support my friend who is suicidal?",
    notRule: "input.emergency.suicide_risk",
    notEmergency: true,
  },
  {
    id: "suicide: the movie",
    input: "have you seen the suicide squad movie",
    notRule: "input.emergency.suicide_risk",
    notEmergency: true,
  },
  {
    id: "low immunity: chemo years ago, a cold",
    input: "i had chemo years ago and now i have a cold",
    notRule: "input.emergency.fever_low_immunity",
    notEmergency: true,
  },
  {
    id: "low immunity: side effects question",
    input: "what are the side effects of chemo",
    notRule: "input.emergency.fever_low_immunity",
    notEmergency: true,
  },
  {
    id: "birth: the baby's head on a scan",
    input: "when will i see the baby's head on the scan",
    notRule: "input.emergency.birth_emergency",
    notEmergency: true,
  },
  {
    id: "birth: how labour starts",
    input: "how do i know when labour has started",
    notRule: "input.emergency.birth_emergency",
    notEmergency: true,
  },
  {
    id: "glaucoma: tired screen eyes",
    input: "tired eyes from screens, a bit blurry",
    notRule: "input.emergency.acute_glaucoma",
    notEmergency: true,
  },
  {
    id: "glaucoma: hay fever eye",
    input: "my eye is a bit sore and red from hayfever",
    notRule: "input.emergency.acute_glaucoma",
    notEmergency: true,
  },
  {
    id: "retention: stinging",
    input: "it stings when i pee",
    notRule: "input.emergency.urinary_retention",
    notEmergency: true,
  },
  {
    id: "retention: peeing a lot at night",
    input: "i need to pee a lot at night",
    notRule: "input.emergency.urinary_retention",
    notEmergency: true,
  },
  {
    id: "abdomen: ate too much",
    input: "stomach ache after eating too much",
    notRule: "input.emergency.acute_abdomen",
    notEmergency: true,
  },
  {
    id: "abdomen: period cramps",
    input: "period cramps are really bad today",
    notRule: "input.emergency.acute_abdomen",
    notEmergency: true,
  },
  {
    id: "danger sign: worst pain was childbirth",
    input: "the worst pain ive ever had was childbirth",
    notRule: "input.emergency.danger_sign",
    notEmergency: true,
  },
  {
    id: "danger sign: hospice, drifting in and out",
    input: "my nan is in a hospice and drifting in and out",
    notRule: "input.emergency.danger_sign",
    notEmergency: true,
  },
  {
    id: "danger sign: ambulance last year",
    input: "we had to call an ambulance for my dad last year",
    notRule: "input.emergency.danger_sign",
    notEmergency: true,
  },
  {
    id: "tia: mini stroke years ago",
    input: "had a mini stroke 5 years ago",
    notRule: "input.emergency.stroke",
    notEmergency: true,
  },
  {
    id: "tia: numb hand from sleeping on it",
    input: "my hand went numb because i slept on it",
    notRule: "input.emergency.stroke",
    notEmergency: true,
  },
  {
    id: "tia: arm dead from falling asleep on it",
    input: "my arm went dead cos i fell asleep on it",
    notRule: "input.emergency.stroke",
    notEmergency: true,
  },
  {
    id: "tia: what a mini-stroke is",
    input: "what's a mini-stroke and how is it different from a stroke",
    notRule: "input.emergency.stroke",
    notEmergency: true,
  },
  {
    id: "tia: 'stoke' the fire",
    input: "can you stoke the fire for me",
    notRule: "input.emergency.stroke",
    notEmergency: true,
  },
  {
    id: "dissection: pulled back muscle lifting",
    input: "pulled a muscle in my back lifting boxes",
    notRule: "input.emergency.aortic_dissection",
    notEmergency: true,
  },
  {
    id: "dissection: torn ligament at football",
    input: "i think i tore a ligament in my knee playing football",
    notRule: "input.emergency.aortic_dissection",
    notEmergency: true,
  },
  {
    id: "dissection: felt a tear lifting the sofa",
    input: "felt something tear in my back when i lifted the sofa",
    notRule: "input.emergency.aortic_dissection",
    notEmergency: true,
  },
  {
    id: "dissection: shoulder blades after the gym",
    input: "sharp pain between my shoulder blades after the gym yesterday",
    notRule: "input.emergency.aortic_dissection",
    notEmergency: true,
  },
  {
    id: "dissection: torn between two jobs",
    input: "i feel torn between two jobs",
    notRule: "input.emergency.aortic_dissection",
    notEmergency: true,
  },
  {
    id: "dissection: torn apart by grief",
    input: "i feel like im being torn apart by grief",
    notRule: "input.emergency.aortic_dissection",
    notEmergency: true,
  },
  {
    id: "unresponsive: can't wake up in the mornings",
    input: "i cant wake up in the mornings",
    notRule: "input.emergency.collapse",
    notEmergency: true,
  },
  {
    id: "unresponsive: teenager hard to wake for school",
    input: "my teenager is so hard to wake for school",
    notRule: "input.emergency.collapse",
    notEmergency: true,
  },
  {
    id: "unresponsive: won't wake up for school",
    input: "my son won't wake up for school, its a nightmare",
    notRule: "input.emergency.collapse",
    notEmergency: true,
  },
  {
    id: "unresponsive: heavy sleeper before work",
    input: "i can't wake my husband up for work, he sleeps like a log",
    notRule: "input.emergency.collapse",
    notEmergency: true,
  },
  {
    id: "pregnancy bleeding: light spotting",
    input: "5 weeks pregnant, light spotting when i wipe",
    notRule: "input.emergency.pregnancy_bleeding",
    notEmergency: true,
  },
  {
    id: "pregnancy bleeding: heavy period, not pregnant",
    input: "my period is so heavy im bleeding through my clothes, not pregnant",
    notRule: "input.emergency.pregnancy_bleeding",
    notEmergency: true,
  },
  {
    id: "pregnancy bleeding: clots with a period, not pregnant",
    input: "heavy period with clots this month, not pregnant",
    notRule: "input.emergency.pregnancy_bleeding",
    notEmergency: true,
  },
  {
    id: "cauda equina: numb toes after sitting",
    input: "back pain with numb toes after sitting for ages",
    notRule: "input.emergency.cauda_equina",
    notEmergency: true,
  },
  {
    id: "cauda equina: sciatica down one leg",
    input: "sciatica down my left leg to my foot",
    notRule: "input.emergency.cauda_equina",
    notEmergency: true,
  },
  {
    id: "cauda equina: pins and needles in one foot",
    input: "back pain with pins and needles down one leg into my foot",
    notRule: "input.emergency.cauda_equina",
    notEmergency: true,
  },
  {
    id: "staggered paracetamol: normal dose four times",
    input: "took 2 paracetamol four times today",
    notRule: "input.emergency.paracetamol_overdose",
    notEmergency: true,
  },
  {
    id: "staggered paracetamol: regular arthritis dose",
    input: "i take 2 paracetamol 4 times a day for my arthritis",
    notRule: "input.emergency.paracetamol_overdose",
    notEmergency: true,
  },
  {
    id: "staggered paracetamol: with ibuprofen",
    input: "i take paracetamol and ibuprofen together for my period pain",
    notRule: "input.emergency.paracetamol_overdose",
    notEmergency: true,
  },
  {
    id: "staggered paracetamol: two doses today",
    input: "had 2 tylenol this morning and 2 at lunch",
    notRule: "input.emergency.paracetamol_overdose",
    notEmergency: true,
  },
  {
    id: "staggered paracetamol: asks about combining",
    input: "can i take lemsip with paracetamol?",
    notRule: "input.emergency.paracetamol_overdose",
    notEmergency: true,
  },
  {
    id: "dissection: tore a muscle at the gym last week",
    input: "I tore a muscle between my shoulder blades at the gym last week, sore when I move",
    notRule: "input.emergency.aortic_dissection",
    notEmergency: true,
  },
  {
    id: "dissection: pulled something lifting",
    input: "pulled something between my shoulder blades lifting, hurts when i twist",
    notRule: "input.emergency.aortic_dissection",
    notEmergency: true,
  },
  {
    id: "dissection: Marfan, general question",
    input: "what is Marfan syndrome?",
    notRule: "input.emergency.aortic_dissection",
    notEmergency: true,
  },
  {
    id: "pregnancy bleeding: 'for 2 weeks' is a duration",
    input: "bleeding for 2 weeks after my period, light spotting",
    notRule: "input.emergency.pregnancy_bleeding",
    notEmergency: true,
  },
  {
    id: "pregnancy bleeding: a 12 week old baby",
    input: "my 12 week old baby has a nosebleed",
    notRule: "input.emergency.pregnancy_bleeding",
    notEmergency: true,
  },
  {
    id: "pregnancy bleeding: baby's jabs at 8 weeks",
    input: "my baby had his jabs at 8 weeks and his leg is a bit red",
    notRule: "input.emergency.pregnancy_bleeding",
    notEmergency: true,
  },
  {
    id: "staggered paracetamol: loads of water",
    input: "I've had loads of water since this morning",
    notRule: "input.emergency.paracetamol_overdose",
    notEmergency: true,
  },
];

describe("emergency positives", () => {
  test.each(POSITIVES)("escalates $id", ({ input, expect: want }) => {
    const result = triage(input);
    expect(result.level).toBe("emergency");
    expect(result.reasons.map((r) => r.ruleId)).toContain(want.rule);
  });
});

describe("emergency look-alikes", () => {
  test.each(LOOK_ALIKES)("does not fire for $id", ({ input, notRule, notEmergency }) => {
    const result = triage(input);
    expect(result.reasons.map((r) => r.ruleId)).not.toContain(notRule);
    if (notEmergency) expect(result.level).not.toBe("emergency");
  });
});

describe("coverage", () => {
  const emergencyIds = TRIAGE_RULES.filter((r) => r.level === "emergency").map((r) => r.id);

  test.each(emergencyIds)("%s has a positive and a look-alike", (id) => {
    expect(POSITIVES.some((p) => p.expect.rule === id)).toBe(true);
    expect(LOOK_ALIKES.some((l) => l.notRule === id)).toBe(true);
  });

  test("the first reason is the most urgent", () => {
    const result = triage("crushing chest pain and I also have a cold");
    expect(result.reasons[0]?.ruleId).toBe("input.emergency.heart_attack");
  });
});
