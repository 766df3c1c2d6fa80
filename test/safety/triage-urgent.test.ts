// Same-day (urgent) scenarios: every urgent rule has positives and look-alikes. Urgent must not be
// downgraded for missing details, and must not be raised to emergency without a red flag.
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

const POSITIVES = [
  {
    id: "chest pain tender to touch",
    input: "my chest hurts when I press on it since I pulled a muscle",
    rule: "input.urgent.chest_pain",
  },
  {
    id: "chest pain for days, nothing else",
    input: "I've had chest pain on and off for 5 days",
    rule: "input.urgent.chest_pain",
  },
  {
    id: "possible PE, pain on breathing in",
    input: "sharp pain when I breathe in",
    rule: "input.urgent.pe_possible",
  },
  {
    id: "a little blood in phlegm",
    input: "bit of blood in my phlegm this morning",
    rule: "input.urgent.pe_possible",
  },
  {
    id: "swollen painful calf",
    input: "my left calf is swollen and painful",
    rule: "input.urgent.dvt",
  },
  {
    id: "breathless",
    input: "I get short of breath walking up stairs since yesterday",
    rule: "input.urgent.breathless",
  },
  { id: "wheezy child", input: "my son is wheezy tonight", rule: "input.urgent.breathless" },
  {
    id: "UTI with fever and back pain",
    input: "I have a UTI and now a fever and back pain",
    rule: "input.urgent.uti_upper",
  },
  {
    id: "burning pee with side pain",
    input: "burning when I pee and pain in my side",
    rule: "input.urgent.uti_upper",
  },
  {
    id: "UTI in pregnancy",
    input: "I'm pregnant and it stings when I wee",
    rule: "input.urgent.uti_higher_risk",
  },
  {
    id: "early DKA: high sugar and thirsty",
    input: "my sugar has been high all day and I'm really thirsty and peeing a lot",
    rule: "input.urgent.dka_early",
  },
  {
    id: "early DKA: reading 22",
    input: "type 1, blood sugar 22 this afternoon",
    rule: "input.urgent.dka_early",
  },
  {
    id: "mild hypo",
    input: "I'm diabetic and had a hypo, sugar was 3.6, feeling better after juice",
    rule: "input.urgent.hypo",
  },
  {
    id: "child dehydration: fewer wet nappies",
    input: "my baby has had fewer wet nappies today",
    rule: "input.urgent.child_dehydration",
  },
  {
    id: "child dehydration: vomiting and diarrhoea",
    input: "my 3 year old has vomiting and diarrhoea",
    rule: "input.urgent.child_dehydration",
  },
  {
    id: "child not feeding",
    input: "my baby is 5 months and not feeding well",
    rule: "input.urgent.child_dehydration",
  },
  {
    id: "baby 4 months with 39.2",
    input: "my 4 month old has a temp of 39.2",
    rule: "input.urgent.infant_fever_3_6m",
  },
  {
    id: "fever after vaccines",
    input: "my 8 week old had her jabs today and now has a temperature of 38.1",
    rule: "input.urgent.infant_fever_after_vaccines",
  },
  {
    id: "child fever with earache",
    input: "my 4 year old has earache and a fever of 38.5",
    rule: "input.urgent.child_fever_unwell",
  },
  {
    id: "fever over 39 for days",
    input: "I've had a fever of 39.5 for 4 days",
    rule: "input.urgent.persistent_high_fever",
  },
  {
    id: "inconsolable baby",
    input: "my baby won't stop crying and can't be settled",
    rule: "input.urgent.inconsolable_baby",
  },
  {
    id: "cut needing stitches",
    input: "deep cut on my hand, I think it needs stitches",
    rule: "input.urgent.wound_stitches",
  },
  {
    id: "gaping wound",
    input: "the cut on his knee is gaping open",
    rule: "input.urgent.wound_stitches",
  },
  {
    id: "vomiting, can't keep fluids down",
    input: "I can't keep any water down, throwing up everything",
    rule: "input.urgent.vomiting_no_fluids",
  },
  {
    id: "spreading redness",
    input: "the redness around my cut is spreading up my arm",
    rule: "input.urgent.spreading_infection",
  },
  {
    id: "infected wound",
    input: "there's pus coming out of the wound",
    rule: "input.urgent.spreading_infection",
  },
  {
    id: "dog bite",
    input: "I was bitten by a dog and it broke the skin",
    rule: "input.urgent.animal_bite",
  },
  { id: "eye pain", input: "my eye is really painful and red", rule: "input.urgent.eye_problem" },
  {
    id: "flashes and floaters",
    input: "seeing flashing lights and floaters in my right eye",
    rule: "input.urgent.eye_problem",
  },
  {
    id: "head injury with a headache",
    input: "bumped my head yesterday and still have a headache",
    rule: "input.urgent.head_injury",
  },
  {
    id: "fainted and came round",
    input: "I fainted in the shower but I'm ok now",
    rule: "input.urgent.fainted",
  },
  {
    id: "seizure in known epilepsy",
    input: "my son has epilepsy and had a seizure that stopped after a minute",
    rule: "input.urgent.seizure_known_epilepsy",
  },
  {
    id: "allergic reaction, hives",
    input: "I've come out in hives after starting amoxicillin",
    rule: "input.urgent.allergic_reaction",
  },
  {
    id: "double dose of a regular medicine",
    input: "I accidentally took my blood pressure tablet twice by mistake",
    rule: "input.urgent.poison_advice",
  },
  {
    id: "child swallowed a crayon",
    input: "my toddler swallowed a crayon",
    rule: "input.urgent.poison_advice",
  },
  {
    id: "severe tummy pain",
    input: "really bad stomach pain, doubled over",
    rule: "input.urgent.severe_abdominal_pain",
  },
  { id: "testicle ache", input: "my testicle has been aching", rule: "input.urgent.testicle_pain" },
  {
    id: "early pregnancy spotting",
    input: "8 weeks pregnant with a little spotting",
    rule: "input.urgent.pregnancy_concern",
  },
  {
    id: "pregnancy and waters",
    input: "I'm 36 weeks pregnant and I think my waters broke",
    rule: "input.urgent.pregnancy_concern",
  },
  // Not passing any urine for hours is acute retention, an emergency (input.emergency.urinary_retention
  // sends them to hospital now); struggling to get a flow going is the same-day picture.
  {
    id: "struggling to pee",
    input: "really struggling to start peeing, only dribbles come out",
    rule: "input.urgent.urinary_retention",
  },
  {
    id: "possible broken wrist",
    input: "fell off my bike and I think I broke my wrist",
    rule: "input.urgent.injury",
  },
  {
    id: "burn on a child",
    input: "my daughter burned her hand on the kettle",
    rule: "input.urgent.injury",
  },
  {
    id: "bone stuck in throat",
    input: "I think a fish bone is stuck in my throat",
    rule: "input.urgent.stuck_in_throat",
  },
  {
    id: "severe headache with vomiting",
    input: "bad migraine and I keep vomiting",
    rule: "input.urgent.severe_headache",
  },
  {
    id: "sore throat, can't swallow",
    input: "my sore throat is so bad I can't swallow",
    rule: "input.urgent.sore_throat_severe",
  },
  {
    id: "heatstroke",
    input: "I think my son has heatstroke after the beach",
    rule: "input.urgent.heatstroke",
  },
  {
    id: "palpitations",
    input: "my heart is racing and skipping beats",
    rule: "input.urgent.palpitations",
  },
  {
    id: "suicidal thoughts",
    input: "I've been having suicidal thoughts",
    rule: "input.urgent.suicidal_thoughts",
  },
  {
    id: "method question",
    input: "what's a lethal dose of insulin",
    rule: "input.urgent.suicidal_thoughts",
  },
  {
    id: "TIA last week, now well",
    input: "last week my face drooped for a few minutes but it went away",
    rule: "input.urgent.recent_warning_sign",
  },
  {
    id: "breathless on the stairs, new",
    input: "I've been puffed out on the stairs the last couple of days",
    rule: "input.urgent.breathless",
  },
  {
    id: "lump growing fast",
    input: "theres a lump on my neck thats got bigger really fast in a week",
    rule: "input.urgent.lump_growing",
  },
  {
    id: "lump in armpit grown in days",
    input: "ive got a lump in my armpit thats grown loads in a few days",
    rule: "input.urgent.lump_growing",
  },
  {
    id: "shingles on the back",
    input: "I think I've got shingles, painful blistery rash on one side of my back",
    rule: "input.urgent.shingles",
  },
  {
    id: "shingles near the eye, misspelt",
    input: "shingels rash near my eye since yesterday",
    rule: "input.urgent.shingles",
  },
  {
    id: "pain moved to the lower right",
    input: "pain started round my belly button and now its moved to the lower right side",
    rule: "input.urgent.appendicitis",
  },
  {
    id: "lower right tummy pain",
    input: "my tummy hurts low down on the right and its getting worse",
    rule: "input.urgent.appendicitis",
  },
  {
    id: "pain in waves to the groin",
    input: "agony in my side coming in waves, goes down to my groin, cant keep still",
    rule: "input.urgent.renal_colic",
  },
  {
    id: "temple headache and jaw pain chewing",
    input: "I'm 72 and have a new headache at my temple and my jaw aches when I chew",
    rule: "input.urgent.giant_cell_arteritis",
  },
  {
    id: "temple pain and tender scalp",
    input: "i keep getting pain in my temple and it hurts to brush my hair, im 68",
    rule: "input.urgent.giant_cell_arteritis",
  },
  {
    id: "woke up deaf in one ear",
    input: "woke up this morning and I cant hear out of my left ear",
    rule: "input.urgent.sudden_hearing_loss",
  },
  {
    id: "catheter blocked",
    input: "my dads catheter is blocked and not draining",
    rule: "input.urgent.catheter_problem",
  },
  {
    id: "catheter bag empty",
    input: "my dads catheter bag hasnt filled since this morning",
    rule: "input.urgent.catheter_problem",
  },
  {
    id: "diabetic foot sore",
    input: "im diabetic and have a sore on the bottom of my foot that wont heal",
    rule: "input.urgent.diabetic_foot",
  },
  {
    id: "diabetic black toe",
    input: "toe has gone black and im diabetic",
    rule: "input.urgent.diabetic_foot",
  },
  {
    id: "run out of epilepsy tablets",
    input: "I've run out of my epilepsy tablets and the pharmacy is shut",
    rule: "input.urgent.critical_medicine",
  },
  {
    id: "run out of insulin",
    input: "im type 1 and ive run out of insulin",
    rule: "input.urgent.critical_medicine",
  },
  {
    id: "BP 190/115 without symptoms",
    input: "my blood pressure is 190/115 on my home monitor, I feel fine",
    rule: "input.urgent.blood_pressure_very_high",
  },
  {
    id: "BP 200/120",
    input: "my bp is 200/120 but no symptoms",
    rule: "input.urgent.blood_pressure_very_high",
  },
  {
    id: "INR 6.2",
    input: "my INR came back at 6.2 today, I take warfarin",
    rule: "input.urgent.inr_high",
  },
  {
    id: "INR really high",
    input: "my INR is really high the clinic said",
    rule: "input.urgent.inr_high",
  },
  {
    id: "streaks of blood after retching",
    input: "threw up after retching loads and there were streaks of blood in it",
    rule: "input.urgent.blood_streaked_vomit",
  },
  {
    id: "bead up the nose",
    input: "my 3 year old pushed a bead up her nose",
    rule: "input.urgent.foreign_body",
  },
  {
    id: "peanut stuck in the nose",
    input: "my sons got a peanut stuck up his nose",
    rule: "input.urgent.foreign_body",
  },
  {
    id: "boil with fever and spreading redness",
    input: "boil on my leg and now I have a fever of 38.4 and the redness is spreading",
    rule: "input.urgent.abscess",
  },
  {
    id: "gum abscess",
    input: "I've got a painful abscess on my gum, swollen and throbbing",
    rule: "input.urgent.abscess",
  },
  {
    id: "hearing voices, neighbours spying",
    input: "my brother keeps hearing voices and thinks the neighbours are spying on him",
    rule: "input.urgent.psychosis_mania",
  },
  {
    id: "tv talking to him, no sleep",
    input: "my husband is convinced the tv is talking to him and hasnt slept for 3 days",
    rule: "input.urgent.psychosis_mania",
  },
  {
    id: "blood in diarrhoea later in the sentence",
    input: "diarrhoea since yesterday and theres blood in it",
    rule: "input.urgent.bloody_diarrhoea",
  },
  {
    id: "the runs with blood",
    input: "the runs for 2 days and now blood mixed in with it",
    rule: "input.urgent.bloody_diarrhoea",
  },
  {
    id: "child drinking and weeing loads",
    input: "my 8 year old is drinking loads and weeing all the time",
    rule: "input.urgent.child_thirst",
  },
  {
    id: "condom split",
    input: "the condom split last night, where can I get the morning after pill",
    rule: "input.urgent.emergency_contraception",
  },
  {
    id: "unprotected sex, plan b",
    input: "we had unprotected sex on saturday, is it too late for plan b?",
    rule: "input.urgent.emergency_contraception",
  },
  {
    id: "cold baby 35.6",
    input: "my 2 month old feels cold and her temp is 35.6",
    rule: "input.urgent.low_temperature_baby",
  },
  {
    id: "yellow skin and eyes",
    input: "my mum has gone yellow in her eyes and skin",
    rule: "input.urgent.danger_sign",
  },
  {
    id: "unbearable pain, no pattern",
    input: "the pain in my shoulder is unbearable",
    rule: "input.urgent.danger_sign",
  },
  {
    id: "pleuritic: mild, roundabout wording",
    input: "it hurts a bit to take a deep breath",
    rule: "input.urgent.pe_possible",
  },
  {
    id: "pleuritic: third person, catches on breathing in",
    input: "my wife says her side catches when she breathes in",
    rule: "input.urgent.pe_possible",
  },
  {
    id: "lump: newly painful",
    input: "lump on my arm that has suddenly got painful",
    rule: "input.urgent.lump_growing",
  },
  {
    id: "lump: third person, started to hurt",
    input: "my wife's lump under her arm has started to hurt",
    rule: "input.urgent.lump_growing",
  },
  {
    id: "shingles-like rash near the eye, unnamed",
    input: "blistery rash on one side of my forehead going into my eyebrow",
    rule: "input.urgent.shingles",
  },
  {
    id: "shingles-like: band of blisters to the nose",
    input: "my husband's forehead has a band of blisters going down to his nose",
    rule: "input.urgent.shingles",
  },
  {
    id: "burn: toddler scald the size of his palm",
    input: "baby has a scald the size of his palm on his chest",
    rule: "input.urgent.injury",
  },
  {
    id: "burn: child, bigger than a coin",
    input: "my 2 year old spilled tea on her arm, burn bigger than a 50p",
    rule: "input.urgent.injury",
  },
  {
    id: "catheter: not drained for hours, tummy pain",
    input: "catheter hasn't drained anything for 5 hours and my tummy hurts",
    rule: "input.urgent.catheter_problem",
  },
  {
    id: "catheter: nothing coming out",
    input: "dad's catheter has had no urine coming out since lunch",
    rule: "input.urgent.catheter_problem",
  },
  {
    id: "eye: metal while grinding",
    input: "bit of metal flew into my eye while grinding",
    rule: "input.urgent.eye_high_speed",
  },
  {
    id: "eye: child hammering",
    input: "my son got a splinter of metal in his eye hammering a nail",
    rule: "input.urgent.eye_high_speed",
  },
  {
    id: "puncture: nail through shoe, tetanus unsure",
    input: "stepped on a nail, went through my shoe, not sure about tetanus",
    rule: "input.urgent.puncture_tetanus",
  },
  {
    id: "puncture: rusty nail, tetanus unknown",
    input: "rusty nail went into my foot and I don't know when I last had a tetanus jab",
    rule: "input.urgent.puncture_tetanus",
  },
  {
    id: "puncture: rusty nail, tetanus not mentioned",
    input: "stepped on a rusty nail",
    rule: "input.urgent.puncture_tetanus",
  },
  {
    id: "vomit streaks after retching, well",
    input: "small streaks of blood in my sick after retching loads, otherwise fine",
    rule: "input.urgent.blood_streaked_vomit",
  },
];

const LOOK_ALIKES = [
  {
    id: "chest pain question",
    input: "can anxiety cause chest pain?",
    notRule: "input.urgent.chest_pain",
  },
  {
    id: "PE: hypothetical",
    input: "what are the symptoms of a blood clot in the lung?",
    notRule: "input.urgent.pe_possible",
  },
  {
    id: "DVT: calf cramp question",
    input: "why do I get calf cramps at night?",
    notRule: "input.urgent.dvt",
  },
  {
    id: "breathless: negated",
    input: "not short of breath at all",
    notRule: "input.urgent.breathless",
  },
  {
    id: "UTI without fever",
    input: "burning when I pee since yesterday",
    notRule: "input.urgent.uti_upper",
  },
  {
    id: "UTI higher risk: ordinary adult",
    input: "I think I have a UTI",
    notRule: "input.urgent.uti_higher_risk",
  },
  {
    id: "DKA early: normal sugar",
    input: "my blood sugar was 6.2 this morning, is that good?",
    notRule: "input.urgent.dka_early",
  },
  { id: "hypo: a hippo", input: "my son loves hippos", notRule: "input.urgent.hypo" },
  {
    id: "dehydration: adult",
    input: "I have a dry mouth from my new tablets",
    notRule: "input.urgent.child_dehydration",
  },
  {
    id: "3–6 months: low fever",
    input: "my 4 month old is 37.9",
    notRule: "input.urgent.infant_fever_3_6m",
  },
  {
    id: "after vaccines: older child",
    input: "my 4 year old had her jabs and is a bit grumpy",
    notRule: "input.urgent.infant_fever_after_vaccines",
  },
  {
    id: "child fever: no fever",
    input: "my 4 year old has earache",
    notRule: "input.urgent.child_fever_unwell",
  },
  {
    id: "persistent fever: one day",
    input: "fever of 38.5 since this morning",
    notRule: "input.urgent.persistent_high_fever",
  },
  {
    id: "inconsolable: adult crying",
    input: "I've been crying a lot since the funeral",
    notRule: "input.urgent.inconsolable_baby",
  },
  {
    id: "stitches: having them removed",
    input: "when should my stitches be removed?",
    notRule: "input.urgent.wound_stitches",
  },
  {
    id: "vomiting: once, keeping fluids down",
    input: "threw up once but keeping water down fine",
    notRule: "input.urgent.vomiting_no_fluids",
  },
  {
    id: "infection: question",
    input: "how do I know if a cut is infected?",
    notRule: "input.urgent.spreading_infection",
  },
  {
    id: "bite: mosquito",
    input: "mosquito bites on my legs are itchy",
    notRule: "input.urgent.animal_bite",
  },
  {
    id: "eye: eye test",
    input: "how often should I get an eye test?",
    notRule: "input.urgent.eye_problem",
  },
  {
    id: "head injury: question",
    input: "what are the signs of concussion?",
    notRule: "input.urgent.head_injury",
  },
  {
    id: "fainted: feel faint when hungry",
    input: "how long can you go without eating before you faint?",
    notRule: "input.urgent.fainted",
  },
  {
    id: "seizure known epilepsy: medication question",
    input: "can my epilepsy medication cause tiredness?",
    notRule: "input.urgent.seizure_known_epilepsy",
  },
  {
    id: "allergy: question",
    input: "what's the difference between an allergy and an intolerance?",
    notRule: "input.urgent.allergic_reaction",
  },
  {
    id: "poison advice: correct dose",
    input: "I took my tablets at the right time today",
    notRule: "input.urgent.poison_advice",
  },
  {
    id: "abdominal: mild",
    input: "a bit of tummy ache after lunch",
    notRule: "input.urgent.severe_abdominal_pain",
  },
  {
    id: "testicle: self-check question",
    input: "how do I check my testicles for lumps?",
    notRule: "input.urgent.testicle_pain",
  },
  {
    id: "pregnancy: planning",
    input: "we're trying to get pregnant, any tips?",
    notRule: "input.urgent.pregnancy_concern",
  },
  {
    id: "urinary retention: peeing fine",
    input: "peeing a lot at night",
    notRule: "input.urgent.urinary_retention",
  },
  { id: "injury: broken phone", input: "I broke my phone screen", notRule: "input.urgent.injury" },
  {
    id: "stuck in throat: lump feeling",
    input: "what causes a lump in the throat feeling?",
    notRule: "input.urgent.stuck_in_throat",
  },
  {
    id: "severe headache: mild headache",
    input: "mild headache after work",
    notRule: "input.urgent.severe_headache",
  },
  {
    id: "sore throat: swallowing fine",
    input: "sore throat but swallowing ok",
    notRule: "input.urgent.sore_throat_severe",
  },
  {
    id: "heatstroke: prevention",
    input: "how do I avoid heatstroke on holiday?",
    notRule: "input.urgent.heatstroke",
  },
  {
    id: "palpitations: after exercise question",
    input: "is it normal for your heart to race during exercise?",
    notRule: "input.urgent.palpitations",
  },
  {
    id: "suicidal thoughts: news",
    input: "suicide rates are rising according to the news",
    notRule: "input.urgent.suicidal_thoughts",
  },
  {
    id: "recent warning: long ago",
    input: "I had a mini stroke 5 years ago",
    notRule: "input.urgent.recent_warning_sign",
  },
  {
    id: "breathless: running",
    input: "I get out of breath when I go running",
    notRule: "input.urgent.breathless",
  },
  {
    id: "lump growing: unchanged for years",
    input: "I've had a small lump on my arm for years, it hasnt changed",
    notRule: "input.urgent.lump_growing",
  },
  {
    id: "shingles: the vaccine",
    input: "should I get the shingles vaccine at 70?",
    notRule: "input.urgent.shingles",
  },
  {
    id: "shingles: sore arm after the jab",
    input: "had the shingles jab yesterday and my arm is sore",
    notRule: "input.urgent.shingles",
  },
  {
    id: "appendicitis: appendix out years ago",
    input: "I had my appendix out when I was 12",
    notRule: "input.urgent.appendicitis",
  },
  {
    id: "renal colic: back ache from gardening",
    input: "lower back ache after gardening",
    notRule: "input.urgent.renal_colic",
  },
  {
    id: "GCA: clicky jaw",
    input: "my jaw clicks when I chew gum",
    notRule: "input.urgent.giant_cell_arteritis",
  },
  {
    id: "hearing: hearing test",
    input: "my grandad is a bit hard of hearing, how do we get him a hearing test?",
    notRule: "input.urgent.sudden_hearing_loss",
  },
  {
    id: "catheter: bag change question",
    input: "how often should a catheter bag be changed?",
    notRule: "input.urgent.catheter_problem",
  },
  {
    id: "diabetic foot: shoes",
    input: "I'm diabetic, what shoes are best for my feet?",
    notRule: "input.urgent.diabetic_foot",
  },
  {
    id: "critical medicine: vitamins",
    input: "I've run out of vitamin D tablets",
    notRule: "input.urgent.critical_medicine",
  },
  {
    id: "BP very high: normal reading",
    input: "my bp was 135/85 at the pharmacy",
    notRule: "input.urgent.blood_pressure_very_high",
  },
  {
    id: "INR: in range",
    input: "my INR was 2.5 which the nurse said is in range",
    notRule: "input.urgent.inr_high",
  },
  {
    id: "vomit streaks: no blood",
    input: "been sick since last night but no blood",
    notRule: "input.urgent.blood_streaked_vomit",
  },
  {
    id: "foreign body: blocked nose",
    input: "my nose is blocked with a cold",
    notRule: "input.urgent.foreign_body",
  },
  {
    id: "abscess: small boil, no fever",
    input: "a small boil on my neck, no temperature",
    notRule: "input.urgent.abscess",
  },
  {
    id: "psychosis: talks about a band",
    input: "my daughter is obsessed with a band and talks about them all day",
    notRule: "input.urgent.psychosis_mania",
  },
  {
    id: "bloody diarrhoea: no blood",
    input: "diarrhoea after a takeaway, no blood",
    notRule: "input.urgent.bloody_diarrhoea",
  },
  {
    id: "child thirst: after playing in the sun",
    input: "my toddler is thirsty after playing outside in the sun",
    notRule: "input.urgent.child_thirst",
  },
  {
    id: "emergency contraception: how it works",
    input: "how does the morning after pill work?",
    notRule: "input.urgent.emergency_contraception",
  },
  {
    id: "emergency contraception: already taken",
    input: "i took the morning after pill yesterday, is bleeding normal?",
    notRule: "input.urgent.emergency_contraception",
  },
  {
    id: "low temperature: normal reading",
    input: "my baby's temp is 36.8 is that ok",
    notRule: "input.urgent.low_temperature_baby",
  },
  {
    id: "danger sign: unbearable heat",
    input: "this heat is unbearable",
    notRule: "input.urgent.danger_sign",
  },
  {
    id: "pleuritic: stitch when running",
    input: "stitch in my side when running",
    notRule: "input.urgent.pe_possible",
  },
  {
    id: "lump: tender gland with a cold",
    input: "lump in my neck since my cold last week, a bit tender",
    notRule: "input.urgent.lump_growing",
  },
  {
    id: "lump: unchanged for years",
    input: "lump on my arm that's been the same for years",
    notRule: "input.urgent.lump_growing",
  },
  {
    id: "shingles-like: blisters on hands from washing up",
    input: "blistery rash on my hands from washing up",
    notRule: "input.urgent.shingles",
  },
  {
    id: "catheter: when to change it",
    input: "when should my catheter be changed",
    notRule: "input.urgent.catheter_problem",
  },
  {
    id: "eye: dust washed out",
    input: "got some dust in my eye, washed it out and fine now",
    notRule: "input.urgent.eye_high_speed",
  },
  {
    id: "eye: grinding coffee",
    input: "what's the best way of grinding coffee beans",
    notRule: "input.urgent.eye_high_speed",
  },
  {
    id: "puncture: tetanus up to date",
    input: "my dad stood on a nail and it went through his boot, his tetanus is up to date",
    notRule: "input.urgent.puncture_tetanus",
  },
  {
    id: "puncture: question about rusty nails",
    input: "is a rusty nail dangerous",
    notRule: "input.urgent.puncture_tetanus",
  },
  {
    id: "puncture: booster last year, drawing pin",
    input: "had my tetanus booster last year, stepped on a drawing pin",
    notRule: "input.urgent.puncture_tetanus",
  },
];

describe("urgent positives", () => {
  test.each(POSITIVES)("escalates same-day: $id", ({ input, rule }) => {
    const result = triage(input);
    expect(result.level).toBe("urgent");
    expect(result.reasons.map((r) => r.ruleId)).toContain(rule);
  });
});

describe("urgent look-alikes", () => {
  test.each(LOOK_ALIKES)("does not fire for $id", ({ input, notRule }) => {
    const result = triage(input);
    expect(result.reasons.map((r) => r.ruleId)).not.toContain(notRule);
    expect(result.level).not.toBe("emergency");
  });
});

describe("coverage", () => {
  test.each(TRIAGE_RULES.filter((r) => r.level === "urgent").map((r) => r.id))(
    "%s has a positive and a look-alike",
    (id) => {
      expect(POSITIVES.some((p) => p.rule === id)).toBe(true);
      expect(LOOK_ALIKES.some((l) => l.notRule === id)).toBe(true);
    },
  );
});
