// Routine, self-care and information scenarios. Self-care needs a personal symptom report and nothing
// more urgent; information is for education, hypotheticals, navigation and non-health messages.
import { describe, expect, test } from "vitest";
import { TRIAGE_RULES, triageCheck } from "../../safety/triage/index.ts";
import type { TriageLevel, TriageResult } from "../../safety/types.ts";

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
  level: TriageLevel;
  rule: string;
}

const POSITIVES: Positive[] = [
  {
    id: "heartburn most days",
    input: "I've had heartburn most days for the last month",
    level: "routine",
    rule: "input.routine.persistent_heartburn",
  },
  {
    id: "heartburn that won't go away (no red flags)",
    input: "indigestion that won't go away",
    level: "routine",
    rule: "input.routine.persistent_heartburn",
  },
  {
    id: "cough over 3 weeks",
    input: "I've had a cough for 4 weeks now",
    level: "routine",
    rule: "input.routine.persistent_cough",
  },
  {
    id: "changing mole",
    input: "a mole on my back has got bigger and darker",
    level: "routine",
    rule: "input.routine.changing_mole",
  },
  {
    id: "new lump",
    input: "found a lump in my breast",
    level: "routine",
    rule: "input.routine.new_lump",
  },
  {
    id: "joint pain for weeks",
    input: "my knees have been stiff and sore for weeks",
    level: "routine",
    rule: "input.routine.joint_pain",
  },
  {
    id: "tired for weeks",
    input: "I've been tired all the time for about 2 months",
    level: "routine",
    rule: "input.routine.tiredness",
  },
  {
    id: "weight loss",
    input: "I've lost a stone without trying",
    level: "routine",
    rule: "input.routine.weight_loss",
  },
  {
    id: "blood in urine",
    input: "I noticed some blood in my pee but I feel fine",
    level: "routine",
    rule: "input.routine.blood_in_urine_or_stool",
  },
  {
    id: "food sticking",
    input: "food keeps getting stuck when I swallow, for weeks now",
    level: "routine",
    rule: "input.routine.swallowing_difficulty",
  },
  {
    id: "uncomplicated UTI symptoms",
    input: "it burns when I pee",
    level: "routine",
    rule: "input.routine.urinary_symptoms",
  },
  {
    id: "heavy periods",
    input: "my periods are really heavy, soaking through pads",
    level: "routine",
    rule: "input.routine.heavy_periods",
  },
  {
    id: "night sweats",
    input: "I keep getting night sweats",
    level: "routine",
    rule: "input.routine.night_sweats",
  },
  {
    id: "persistent headaches",
    input: "I've been getting headaches on and off for months",
    level: "routine",
    rule: "input.routine.persistent_symptom",
  },
  // A rash with nothing else is home care with advice on when to get help (§2.2 L5); booking every
  // unexplained symptom was over-triage, and one that lasts weeks is input.routine.persistent_symptom.
  {
    id: "unclassified symptom",
    input: "I have a weird rash on my elbow",
    level: "self_care",
    rule: "input.self_care.minor_symptom",
  },
  {
    id: "low mood without suicidal content",
    input: "I've been feeling really low and hopeless lately",
    level: "routine",
    rule: "input.routine.low_mood",
  },
  {
    id: "cold",
    input: "I have a cold, runny nose and sneezing",
    level: "self_care",
    rule: "input.self_care.common_cold",
  },
  {
    id: "sore throat",
    input: "I've got a mild sore throat",
    level: "self_care",
    rule: "input.self_care.sore_throat",
  },
  {
    id: "minor burn",
    input: "small burn on my finger from the oven",
    level: "self_care",
    rule: "input.self_care.minor_burn",
  },
  {
    id: "sunburn",
    input: "got a bit sunburnt at the beach",
    level: "self_care",
    rule: "input.self_care.sunburn",
  },
  {
    id: "bee sting",
    input: "I got stung by a bee on my arm, it's a bit red and itchy",
    level: "self_care",
    rule: "input.self_care.insect_sting",
  },
  {
    id: "constipation",
    input: "I'm constipated, haven't been for 3 days",
    level: "self_care",
    rule: "input.self_care.constipation",
  },
  {
    id: "sprained ankle",
    input: "I twisted my ankle but can walk on it",
    level: "self_care",
    rule: "input.self_care.minor_sprain",
  },
  {
    id: "tension headache",
    input: "I have a headache from staring at screens all day",
    level: "self_care",
    rule: "input.self_care.headache",
  },
  {
    id: "paper cut",
    input: "I got a paper cut",
    level: "self_care",
    rule: "input.self_care.minor_cut",
  },
  {
    id: "hay fever",
    input: "my hay fever is bad today, itchy eyes",
    level: "self_care",
    rule: "input.self_care.hay_fever",
  },
  {
    id: "diarrhoea",
    input: "I've had diarrhoea since last night",
    level: "self_care",
    rule: "input.self_care.stomach_upset",
  },
  {
    id: "mouth ulcer",
    input: "I've got a mouth ulcer",
    level: "self_care",
    rule: "input.self_care.mouth_ulcer",
  },
  {
    id: "adult fever",
    input: "I have a temperature of 38.2 and aches",
    level: "self_care",
    rule: "input.self_care.mild_fever",
  },
  {
    id: "adult earache",
    input: "I've got earache",
    level: "self_care",
    rule: "input.self_care.earache",
  },
  {
    id: "minor head bump",
    input: "bumped my head on a cupboard, small bump, I'm fine",
    level: "self_care",
    rule: "input.self_care.minor_head_bump",
  },
  {
    id: "mild unclassified symptom",
    input: "my elbow is a bit sore",
    level: "self_care",
    rule: "input.self_care.minor_symptom",
  },
  {
    id: "education",
    input: "what are the signs of a stroke?",
    level: "info",
    rule: "input.info.education",
  },
  {
    id: "hypothetical seizure",
    input: "what should I do if someone has a seizure",
    level: "info",
    rule: "input.info.education",
  },
  {
    id: "navigation",
    input: "how do I book an appointment?",
    level: "info",
    rule: "input.info.navigation",
  },
  {
    id: "prescription refill",
    input: "can I get a repeat prescription for my inhaler",
    level: "info",
    rule: "input.info.navigation",
  },
  {
    id: "past history",
    input: "I had a seizure as a child",
    level: "info",
    rule: "input.info.past_history",
  },
  {
    id: "bowel change for weeks",
    input: "my bowels have changed over the last 6 weeks, going more often and looser",
    level: "routine",
    rule: "input.routine.bowel_change",
  },
  {
    id: "hoarse for a month",
    input: "my voice has been hoarse for a month now",
    level: "routine",
    rule: "input.routine.hoarse_voice",
  },
  {
    id: "erection problems",
    input: "I've been struggling to keep an erection for a few months",
    level: "routine",
    rule: "input.routine.erectile_problems",
  },
  {
    id: "hair falling out",
    input: "my hair is falling out in clumps and I have a bald patch",
    level: "routine",
    rule: "input.routine.hair_loss",
  },
  {
    id: "hair loss after illness",
    input: "my hair is falling out after covid, loads in the shower",
    level: "routine",
    rule: "input.routine.hair_loss",
  },
  {
    id: "thirsty and peeing",
    input: "I'm always thirsty and peeing loads lately",
    level: "routine",
    rule: "input.routine.thirst",
  },
  {
    id: "ringing ears",
    input: "I've had ringing in my ears for weeks",
    level: "routine",
    rule: "input.routine.tinnitus",
  },
  {
    id: "home BP raised",
    input: "my home bp readings are around 150/95 but I feel fine",
    level: "routine",
    rule: "input.routine.blood_pressure_raised",
  },
  {
    id: "forgetful parent",
    input: "mum keeps forgetting things and repeating herself",
    level: "routine",
    rule: "input.routine.memory_decline",
  },
  {
    id: "bedwetting at 7",
    input: "my 7 year old still wets the bed most nights",
    level: "routine",
    rule: "input.routine.bedwetting",
  },
  {
    id: "late talker",
    input: "my 2 and a half year old isnt really talking yet, only a few words",
    level: "routine",
    rule: "input.routine.speech_delay",
  },
  {
    id: "room spins rolling over",
    input: "the room spins for a few seconds when I roll over in bed",
    level: "routine",
    rule: "input.routine.positional_vertigo",
  },
  {
    id: "eyesight slowly worse",
    input: "my eyesight has been getting gradually blurrier over the past few months",
    level: "routine",
    rule: "input.routine.eyesight_gradual",
  },
  {
    id: "change contraception",
    input: "I'd like to come off the pill and get the coil fitted",
    level: "routine",
    rule: "input.routine.contraception",
  },
  {
    id: "ADHD assessment",
    input: "I think my son might have ADHD, how do we get him assessed?",
    level: "routine",
    rule: "input.routine.assessment_request",
  },
  {
    id: "tight chest with panic that settles",
    input: "I get a tight chest when I'm anxious but it goes away when I calm down",
    level: "routine",
    rule: "input.routine.anxiety_chest_tightness",
  },
  {
    id: "anxiety chest tightness settles",
    input: "I have anxiety and get chest tightness, it settles after a few minutes",
    level: "routine",
    rule: "input.routine.anxiety_chest_tightness",
  },
  {
    id: "breathless on hills, worse for months",
    input:
      "I've been getting more and more breathless walking up hills over the last couple of months",
    level: "routine",
    rule: "input.routine.exertional_breathlessness",
  },
  {
    id: "athlete's foot",
    input: "I've got athletes foot, itchy between my toes",
    level: "self_care",
    rule: "input.self_care.minor_ailment",
  },
  {
    id: "normal temperature",
    input: "checked my temperature and it's 36.9",
    level: "self_care",
    rule: "input.self_care.normal_temperature",
  },
  {
    id: "is 37.2 a fever",
    input: "my temp is 37.2 is that a fever",
    level: "self_care",
    rule: "input.self_care.normal_temperature",
  },
  {
    id: "treated hypo",
    input: "had a hypo, took glucose tablets and now im 5.8",
    level: "self_care",
    rule: "input.self_care.hypo_treated",
  },
  {
    id: "wheeze settled with inhaler",
    input: "was a bit wheezy earlier but two puffs of my blue inhaler sorted it",
    level: "self_care",
    rule: "input.self_care.asthma_settled",
  },
  {
    id: "breathless running",
    input: "I get out of breath when I go running",
    level: "self_care",
    rule: "input.self_care.exercise_breathless",
  },
  {
    id: "unfit on hills",
    input: "I get a bit puffed out going up hills, I'm quite unfit",
    level: "self_care",
    rule: "input.self_care.exercise_breathless",
  },
  {
    id: "a few hives after soap",
    input: "few itchy hives on my arm after a new soap",
    level: "self_care",
    rule: "input.self_care.mild_hives",
  },
  {
    id: "new painless breast lump",
    input: "I found a new lump in my breast, it doesn't hurt",
    level: "routine",
    rule: "input.routine.new_lump",
  },
  {
    id: "soaking the sheets for a month",
    input: "soaking the sheets with sweat every night for a month",
    level: "routine",
    rule: "input.routine.night_sweats",
  },
  {
    id: "drenching night sweats for weeks",
    input: "drenching night sweats for the past few weeks",
    level: "routine",
    rule: "input.routine.night_sweats",
  },
  {
    id: "bleeding between periods for several cycles",
    input: "spotting between my periods for several cycles",
    level: "routine",
    rule: "input.routine.intermenstrual_bleeding",
  },
  {
    id: "bleeding after sex every month",
    input: "I bleed a bit after sex every month",
    level: "routine",
    rule: "input.routine.intermenstrual_bleeding",
  },
  {
    id: "witnessed pauses while snoring, sleepy",
    input: "my husband snores and stops breathing in his sleep, he's exhausted all day",
    level: "routine",
    rule: "input.routine.sleep_apnoea",
  },
  {
    id: "stops breathing when snoring, first person report",
    input: "wife says I stop breathing when I snore and i fall asleep at my desk",
    level: "routine",
    rule: "input.routine.sleep_apnoea",
  },
  {
    id: "morning stiffness an hour, swollen knuckles",
    input: "my hands are stiff for an hour every morning and my knuckles are swollen",
    level: "routine",
    rule: "input.routine.inflammatory_joints",
  },
  {
    id: "morning stiffness 45 minutes",
    input: "morning stiffness in my joints lasting 45 minutes, swollen finger joints",
    level: "routine",
    rule: "input.routine.inflammatory_joints",
  },
  {
    id: "elderly swollen ankles",
    input: "my 82 year old mum has swollen ankles",
    level: "routine",
    rule: "input.routine.ankle_swelling_older",
  },
  {
    id: "grandad puffy ankles",
    input: "my grandad's ankles are puffy",
    level: "routine",
    rule: "input.routine.ankle_swelling_older",
  },
  {
    id: "steroid cream no longer working",
    input: "my steroid cream isn't working any more",
    level: "routine",
    rule: "input.routine.treatment_failing",
  },
  {
    id: "eczema cream stopped working",
    input: "the eczema cream has stopped working",
    level: "routine",
    rule: "input.routine.treatment_failing",
  },
];

const LOOK_ALIKES = [
  {
    id: "heartburn: a single episode",
    input: "heartburn after a spicy curry",
    notRule: "input.routine.persistent_heartburn",
  },
  { id: "cough: 3 days", input: "cough for 3 days", notRule: "input.routine.persistent_cough" },
  {
    id: "mole: moles in the garden",
    input: "how do I get rid of moles in my garden?",
    notRule: "input.routine.changing_mole",
  },
  {
    id: "lump: lump sum",
    input: "can I pay my bill as a lump sum?",
    notRule: "input.routine.new_lump",
  },
  {
    id: "joint pain: a day",
    input: "my knee hurt after my run today",
    notRule: "input.routine.joint_pain",
  },
  { id: "tired: one night", input: "tired after a late night", notRule: "input.routine.tiredness" },
  {
    id: "weight loss: on purpose",
    input: "what's a healthy way to lose weight?",
    notRule: "input.routine.weight_loss",
  },
  {
    id: "blood in urine: question",
    input: "can beetroot turn urine pink?",
    notRule: "input.routine.blood_in_urine_or_stool",
  },
  {
    id: "swallowing: pill tips",
    input: "tips for swallowing big tablets?",
    notRule: "input.routine.swallowing_difficulty",
  },
  {
    id: "UTI: question",
    input: "how do you get a UTI?",
    notRule: "input.routine.urinary_symptoms",
  },
  {
    id: "heavy periods: question",
    input: "how much bleeding is normal during a period?",
    notRule: "input.routine.heavy_periods",
  },
  {
    id: "night sweats: hot room",
    input: "what temperature should a bedroom be?",
    notRule: "input.routine.night_sweats",
  },
  {
    id: "persistent: two days",
    input: "headache for 2 days",
    notRule: "input.routine.persistent_symptom",
  },
  {
    id: "unclassified: no symptom",
    input: "what time does the pharmacy close?",
    notRule: "input.self_care.minor_symptom",
  },
  {
    id: "low mood: a good mood",
    input: "I'm in a great mood today, thanks",
    notRule: "input.routine.low_mood",
  },
  {
    id: "cold: cold hands",
    input: "what is a normal body temperature?",
    notRule: "input.self_care.common_cold",
  },
  {
    id: "cold: remedies question",
    input: "how do you treat a cold?",
    notRule: "input.self_care.common_cold",
  },
  {
    id: "sore throat: question",
    input: "is a sore throat contagious?",
    notRule: "input.self_care.sore_throat",
  },
  {
    id: "minor burn: burning when peeing",
    input: "burning when I pee",
    notRule: "input.self_care.minor_burn",
  },
  {
    id: "sunburn: prevention",
    input: "how can I prevent sunburn?",
    notRule: "input.self_care.sunburn",
  },
  {
    id: "sting: it stings when I pee",
    input: "it stings when I pee",
    notRule: "input.self_care.insect_sting",
  },
  {
    id: "constipation: question",
    input: "what foods help with constipation?",
    notRule: "input.self_care.constipation",
  },
  {
    id: "sprain: question",
    input: "how long does a sprain take to heal?",
    notRule: "input.self_care.minor_sprain",
  },
  {
    id: "headache: thunderclap is not self-care",
    input: "worst headache of my life",
    notRule: "input.self_care.headache",
  },
  {
    id: "cut: deep cut is not self-care",
    input: "deep cut that's gaping open",
    notRule: "input.self_care.minor_cut",
  },
  {
    id: "hay fever: newborn question",
    input: "can a baby get hay fever?",
    notRule: "input.self_care.hay_fever",
  },
  {
    id: "stomach upset: can't keep fluids",
    input: "vomiting and can't keep any fluids down",
    notRule: "input.self_care.stomach_upset",
  },
  {
    id: "mouth ulcer: question",
    input: "what causes mouth ulcers?",
    notRule: "input.self_care.mouth_ulcer",
  },
  {
    id: "fever: baby is not self-care",
    input: "my 6 week old has a fever",
    notRule: "input.self_care.mild_fever",
  },
  {
    id: "earache: with fever in a child",
    input: "my 3 year old has earache and a fever of 38.6",
    notRule: "input.self_care.earache",
  },
  {
    id: "head bump: knocked out",
    input: "hit my head and was knocked out",
    notRule: "input.self_care.minor_head_bump",
  },
  {
    id: "minor symptom: severe",
    input: "my elbow is extremely painful",
    notRule: "input.self_care.minor_symptom",
  },
  {
    id: "education: a report in another sentence",
    input: "What are stroke signs? my dad's face is drooping",
    notRule: "input.info.education",
  },
  {
    id: "navigation: symptom report",
    input: "I have chest pain",
    notRule: "input.info.navigation",
  },
  {
    id: "past history: today",
    input: "she had a seizure today",
    notRule: "input.info.past_history",
  },
  {
    id: "bowel change: question",
    input: "what's a normal bowel habit?",
    notRule: "input.routine.bowel_change",
  },
  {
    id: "hoarse: after a concert",
    input: "lost my voice after singing at a concert last night",
    notRule: "input.routine.hoarse_voice",
  },
  {
    id: "hoarse: one day of shouting",
    input: "im a bit hoarse today from shouting at the football",
    notRule: "input.routine.hoarse_voice",
  },
  {
    id: "erectile: medicine question",
    input: "is viagra safe to take with blood pressure tablets?",
    notRule: "input.routine.erectile_problems",
  },
  {
    id: "hair loss: shampoo",
    input: "what's the best shampoo for thick hair?",
    notRule: "input.routine.hair_loss",
  },
  { id: "thirst: after a run", input: "I'm thirsty after my run", notRule: "input.routine.thirst" },
  {
    id: "tinnitus: phone ringing",
    input: "my phone keeps ringing",
    notRule: "input.routine.tinnitus",
  },
  {
    id: "BP raised: question",
    input: "what is a normal blood pressure?",
    notRule: "input.routine.blood_pressure_raised",
  },
  {
    id: "memory: mattress",
    input: "any memory foam mattress recommendations?",
    notRule: "input.routine.memory_decline",
  },
  {
    id: "bedwetting: toddler",
    input: "my 2 year old wets the bed",
    notRule: "input.routine.bedwetting",
  },
  {
    id: "speech: school speech",
    input: "my son gave a speech at school assembly",
    notRule: "input.routine.speech_delay",
  },
  {
    id: "vertigo: fairground ride",
    input: "dizzy after going on the waltzers at the fair",
    notRule: "input.routine.positional_vertigo",
  },
  {
    id: "eyesight: new glasses",
    input: "I need new glasses, where can I get an eye test?",
    notRule: "input.routine.eyesight_gradual",
  },
  {
    id: "contraception: antibiotics question",
    input: "can antibiotics stop the pill working?",
    notRule: "input.routine.contraception",
  },
  {
    id: "assessment: what ADHD means",
    input: "what does ADHD stand for?",
    notRule: "input.routine.assessment_request",
  },
  {
    id: "anxiety chest: left arm pain",
    input: "I've got a tight chest and my left arm hurts",
    notRule: "input.routine.anxiety_chest_tightness",
  },
  {
    id: "exertional: a 5k run",
    input: "out of breath after a 5k run",
    notRule: "input.routine.exertional_breathlessness",
  },
  {
    id: "minor ailment: question",
    input: "what causes athletes foot?",
    notRule: "input.self_care.minor_ailment",
  },
  {
    id: "normal temperature: a fever",
    input: "my temp is 38.5",
    notRule: "input.self_care.normal_temperature",
  },
  {
    id: "hypo treated: still low",
    input: "had a hypo and I'm still 3.2 after sweets",
    notRule: "input.self_care.hypo_treated",
  },
  {
    id: "asthma settled: still wheezy",
    input: "used my inhaler but I'm still wheezy",
    notRule: "input.self_care.asthma_settled",
  },
  {
    id: "exercise breathless: new since yesterday",
    input: "I get short of breath walking up stairs since yesterday",
    notRule: "input.self_care.exercise_breathless",
  },
  {
    id: "mild hives: lips swelling",
    input: "hives all over and my lips are swelling",
    notRule: "input.self_care.mild_hives",
  },
  {
    id: "night sweats: drenched after a run",
    input: "drenched in sweat after my run",
    notRule: "input.routine.night_sweats",
  },
  {
    id: "intermenstrual: a single episode",
    input: "bit of spotting once between periods",
    notRule: "input.routine.intermenstrual_bleeding",
  },
  {
    id: "sleep apnoea: snoring alone",
    input: "my husband snores really loudly",
    notRule: "input.routine.sleep_apnoea",
  },
  {
    id: "joints: brief morning stiffness",
    input: "stiff for 5 minutes in the morning",
    notRule: "input.routine.inflammatory_joints",
  },
  {
    id: "joints: swollen wrist after a fall",
    input: "my wrist is swollen after I fell on it",
    notRule: "input.routine.inflammatory_joints",
  },
  {
    id: "ankles: young, long hot day",
    input: "ankles swollen after a long day on my feet in the heat",
    notRule: "input.routine.ankle_swelling_older",
  },
  {
    id: "treatment: asks how long it takes",
    input: "is my eczema cream working? how long does it take",
    notRule: "input.routine.treatment_failing",
  },
  {
    id: "treatment: phone not working",
    input: "my phone isn't working",
    notRule: "input.routine.treatment_failing",
  },
];

describe("routine, self-care and information", () => {
  test.each(POSITIVES)("grades $id as $level", ({ input, level, rule }) => {
    const result = triage(input);
    expect(result.level).toBe(level);
    expect(result.reasons.map((r) => r.ruleId)).toContain(rule);
  });

  test.each(LOOK_ALIKES)("does not fire for $id", ({ input, notRule }) => {
    expect(triage(input).reasons.map((r) => r.ruleId)).not.toContain(notRule);
  });

  test.each(["what's the capital of France?", "thanks, that's helpful", "hello"])(
    "a message with no health content is info with no reasons: %s",
    (input) => {
      expect(triage(input)).toEqual({ level: "info", reasons: [] });
    },
  );
});

describe("coverage", () => {
  const ids = TRIAGE_RULES.filter((r) => ["routine", "self_care", "info"].includes(r.level)).map(
    (r) => r.id,
  );
  test.each(ids)("%s has a positive and a look-alike", (id) => {
    expect(POSITIVES.some((p) => p.rule === id)).toBe(true);
    expect(LOOK_ALIKES.some((l) => l.notRule === id)).toBe(true);
  });
});
