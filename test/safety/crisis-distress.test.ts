// Distress without suicidal content (clinical-safety.md §3.5 MH-0 → routine) and the look-alikes that
// are not a crisis at all: supporting someone bereaved by suicide, explaining a relative's past attempt,
// a peaceful death in old age, idioms, statistics and medication-safety questions (§3.1, §3.3).
import { describe, expect, test } from "vitest";
import { crisis, rank, triage } from "./crisis-scenarios.ts";

const DISTRESS: string[] = [
  "I've been feeling really low for weeks",
  "i have been feeling low and tearful most days",
  "i just feel flat all the time, nothing makes me happy",
  "I feel empty and numb inside",
  "i feel numb and empty",
  "everything feels grey and heavy",
  "i havent enjoyed anything in months",
  "i feel so lonely since moving here",
  "im really lonely and i dont have anyone to talk to",
  "I feel like nobody understands me and I'm lonely",
  "i feel like i have no one",
  "i feel so alone",
  "I keep crying for no reason",
  "i cant stop crying",
  "i'm not coping well at all",
  "been feeling really down and unmotivated lately",
  "I have no motivation and I just sleep all day, feeling really sad",
  "i feel like such a failure",
  "i've been so stressed and overwhelmed i can't sleep",
  "i feel like im drowning in everything",
  "I'm struggling since my mum died",
  // Postnatal low mood, including "I'd never hurt myself / the baby".
  "since having the baby I feel so low and tearful, but I'd never hurt myself",
  "I had my baby 6 weeks ago and I feel really down, I'd never hurt myself or her",
  "since the birth ive felt so flat and i cry a lot but i'd never harm the baby",
  "i think i have postnatal depression",
  "i'm not bonding with my baby and i feel like a failure",
  // A withdrawn young person, reported by a parent.
  "my 15 year old has stopped talking to us and stays in his room all day",
  "my daughter is really withdrawn lately, won't eat with us and cries a lot",
  "my 14 year old daughter has become very withdrawn and barely leaves her room",
  "my son has stopped seeing his friends and just stays in his room",
  // A denial said while talking about mood keeps it at distress (not null, not higher).
  "i'm not suicidal but i feel really down",
  "I'm not suicidal, just stressed about exams",
  "I would never hurt myself, I just feel so flat",
];

const NOT_CRISIS: string[] = [
  "my friend's brother took his own life, how can I support her",
  "my colleague's son died by suicide last month, what can I say to her",
  "how do I tell my kids their uncle took his own life",
  "how do I explain to my 8 year old that her dad tried to kill himself years ago",
  "how do I explain to my daughter that her dad tried to kill himself",
  "my dad used to be suicidal years ago but he's fine now, how do I ask him about it",
  'my teen said "I want to die" about her homework, how should I talk to her about it',
  "my sister said she wants to die because of her exams, how can I support her",
  "how do I talk to my teenager who says she wants to die when she's stressed about school",
  "how do I support my friend who is suicidal?",
  "my grandma is dying peacefully of old age and the family are with her",
  "grandad passed away in his sleep at 94",
  "my nan died peacefully in her sleep last night, she was 96",
  "my grandpa is very old and the doctors say he's coming to the end, he's comfortable",
  "we had to put our cat to sleep yesterday",
  "I'm just killing time before the bus",
  "I'm dead, that joke was so funny",
  "lol I'm dead 💀",
  "she's killing it at her new job",
  "you're killing it babe",
  "the sewer backed up in our street",
  "suicide squad is my favourite film",
  "i overdosed on netflix this weekend",
  "what are the latest suicide statistics in the UK",
  "why are suicide rates higher in men",
  "suicide prevention training for nurses",
  "I'm a nurse, what are the risk factors for suicide",
  "what's the maximum safe dose of paracetamol a day",
  "what is the max dose of ibuprofen per day",
  "how many ibuprofen can i take in 24 hours",
  "is it safe to take 2 co-codamol with ibuprofen",
  "can depression cause headaches",
  "what are the symptoms of postnatal depression",
  "I'm anxious about my surgery tomorrow",
  "I'm not sleeping and I feel tired all the time, could it be anaemia",
  "my arm feels numb and tingly",
  "my phone battery is so low",
  "I feel run down with this cold",
];

describe("distress without suicidal content → distress (routine)", () => {
  test.each(DISTRESS)("%s", (text) => {
    expect(crisis(text).tier).toBe("distress");
    expect(triage(text)).not.toBe("info");
  });
});

describe("not a crisis: support, bereavement, old age, idioms, statistics, medicine safety", () => {
  test.each(NOT_CRISIS)("%s", (text) => {
    const result = crisis(text);
    expect(rank(result.tier)).toBeLessThan(rank("ideation"));
    expect(result.methodSeeking).toBe(false);
    expect(triage(text)).not.toBe("emergency");
  });

  test.each([
    "my friend's brother took his own life, how can I support her",
    "how do I explain to my 8 year old that her dad tried to kill himself years ago",
    'my teen said "I want to die" about her homework, how should I talk to her about it',
    "my sister said she wants to die because of her exams, how can I support her",
  ])("a supporter's question gets crisis resources, not a crisis tier: %s", (text) => {
    const result = crisis(text);
    expect(result.tier).toBeNull();
    expect(result.reasons.map((r) => r.ruleId)).toContain("input.crisis.support_request");
  });

  test.each([
    "grandad passed away in his sleep at 94",
    "my nan died peacefully in her sleep last night, she was 96",
    "lol I'm dead 💀",
    "what's the maximum safe dose of paracetamol a day",
  ])("no crisis tier at all: %s", (text) => {
    expect(crisis(text).tier).toBeNull();
  });

  test("a supporter who is also struggling keeps their own distress", () => {
    const text = "I've been so down since my brother took his own life, how can I help my mum";
    expect(crisis(text).tier).toBe("distress");
  });

  test("the patient's own wish to die still counts inside a supporter's question", () => {
    expect(crisis("how do I tell my mum I want to die").tier).toBe("ideation");
  });

  test("a dated recent attempt in a supporter's question still counts", () => {
    expect(crisis("how do I support my son who tried to kill himself last week").tier).toBe(
      "intent",
    );
  });
});
