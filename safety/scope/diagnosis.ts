// Catches requests for careline to decide what a person has: "do I have diabetes?", "what is wrong
// with me", "diagnose me", "is this cancer?", "is it serious?", "is it broken?", "my results say X,
// so do I have Y?", "what is causing my pain?". Questions about possibilities and education ("could
// it be my thyroid?", "what could be causing it", "what are the symptoms of diabetes", "what does a
// high A1c mean") do not fire: careline can explain, it cannot decide.

import { CONDITION, SUBJECT } from "./lexicon.ts";
import type { ScopeRule } from "./scope-rule.ts";

const HEDGE =
  "(?:still |really |actually |maybe |possibly |definitely |already |just |also |now |probably )?";
// "flu tests", "diabetes diet", "is this flu contagious": the condition is a topic, not a verdict.
const NOT_A_TOPIC =
  "(?! (?:symptoms?|signs?|risks?|tests?|testing|screening|treatments?|season|vaccines?|shots?|jabs?|friendly|safe|diets?|foods?|medications?|medicines?|meds|awareness|month|related|clinics?|specialists?|nurses?|support|otc|over the counter|contagious|infectious|hereditary|genetic|curable|treatable|common|(?:is|are) (?:contagious|infectious|hereditary|genetic|curable|treatable|common|spread))\\b)";
const FINDING =
  "(?:lump|rash|spot|bump|mole|growth|swelling|mark|patch|blister|sore|discharge|cyst|bruise|pimple|boil|wart|welt|lesion|thing (?:on|in|under|near) my)";
const BODY_PART =
  "(?:on|in|under|near|behind|around|inside) (?:my|his|her) (?:[\\w'-]+ )?(?:arm|leg|face|skin|back|chest|neck|head|hand|foot|feet|finger|toe|knee|ankle|wrist|elbow|shoulder|hip|stomach|tummy|belly|groin|breast|nipple|lip|mouth|tongue|throat|eye|ear|nose|scalp|bum|bottom|penis|vagina|testicle|armpit|thigh|calf|shin|gum|tooth|teeth|nail|body)s?";
const SYMPTOM = `(?:${BODY_PART}|${FINDING}s?|dizzy|dizziness|pains?|aches?|aching|headaches?|cough|coughing|hurts?|hurting|swollen|swelling|itchy|itching|numb|numbness|tingling|fever|temperature|vomiting|diarrh\\w*|nausea|sick|tired|exhausted|breathless|wheez\\w*|cramps?|throbbing|stiff|sore|burning|bloated|bloating|bleeding|redness|discharge)`;
// Verdicts a patient asks for about a body part or a finding: "is it broken?", "is it infected?".
const STATE =
  "(?:broken|fractured|cracked|infected|sprained|torn|dislocated|cancerous|malignant|benign|inflamed|septic|gangrenous|ruptured|herniated|impacted)";
// "is my son autistic?", "is she ill?": a verdict about a person.
const PERSON_STATE =
  "(?:ill|sick|unwell|poorly|autistic|dyslexic|diabetic|anaemic|anemic|depressed|bipolar|anorexic|dehydrated|infected|allergic|pregnant|dying|in labou?r|concussed)";
const ATTACK =
  "having (?:a |an )?(?:heart attack|stroke|miscarriage|panic attack|seizure|fit|allergic reaction|breakdown|reaction|asthma attack|angina|mini[ -]stroke|tia)";
const WHO = "(?:i|he|she|we|they|my (?:[\\w'-]+ ){0,2}?\\w+)";
// "I have", "I've got", "she's got": a subject's verb, contracted or not (no space before "'ve").
const HAS = "(?: (?:have|has|had|got|'ve got|'s got)|'ve got|'s got|'ve|'d got)";
const BE = "(?: (?:am|is|are)|'m|'s|'re)";
// Someone deciding for themselves and asking careline to agree: "I think my dad has dementia".
const SELF_VERDICT = `(?:i think|i reckon|i'm (?:sure|certain|convinced|pretty sure)|i am (?:sure|certain|convinced)|i believe|i suspect|i'm worried|pretty sure|(?:google|doctor google|dr google|the internet|an app|my friend|my mum|my mom|chatgpt|a website|online) (?:says|said|thinks|reckons|suggests|suggested)) (?:that )?(?:${SUBJECT}|it|this|that)(?:${HAS}|${BE}| might have| may have) (?:got )?(?:the |some )?${CONDITION}`;
const IT = `(?:this|it|that|these|those|my [\\w'-]+(?: [\\w'-]+)?|the [\\w'-]+ on my [\\w'-]+|(?:this|that|these|those|the|my) (?:[\\w'-]+ )?(?:${FINDING}|pain|ache|headache|cough|symptoms?|swelling|bleeding|fever|temperature|bruise|spot|lump|mole|rash)s?(?: (?:on|in|under|near|behind) (?:my|his|her) [\\w'-]+)?)`;
const SERIOUS =
  "(?:serious|dangerous|bad|life[ -]threatening|an emergency|urgent|worrying|concerning|something (?:serious|bad|to worry about|worrying|dangerous)|anything (?:serious|bad|to worry about|worrying|dangerous))";
const RESULT =
  "(?:results?|readings?|levels?|scan|x-?ray|ecg|ekg|bloods|blood tests?|numbers|mri|smear|biopsy|mammogram|ultrasound|report)";

/** `question` within a couple of sentences of a symptom, in either order. */
function nearSymptom(question: string): RegExp {
  return new RegExp(
    `\\b${SYMPTOM}\\b[\\s\\S]{0,160}?${question}|${question}[\\s\\S]{0,160}?\\b${SYMPTOM}\\b`,
  );
}

export const diagnosisRule: ScopeRule = {
  category: "diagnosis",
  ruleId: "input.scope.diagnosis",
  text: "Asks careline to decide what condition someone has; careline can share information but cannot diagnose.",
  patterns: [
    // "do I have diabetes?", "does my son have strep?", "have I got covid?"
    new RegExp(
      `\\b(?:do|does|did) ${SUBJECT} ${HEDGE}(?:have|has|got) (?:the |some |any )?${CONDITION}\\b${NOT_A_TOPIC}`,
    ),
    new RegExp(
      `\\b(?:have|has) ${SUBJECT} ${HEDGE}(?:got|caught|contracted|developed|picked up) (?:the |some )?${CONDITION}\\b${NOT_A_TOPIC}`,
    ),
    // "do you think I have…", "can you confirm it's just a virus", "does it sound like an ulcer"
    new RegExp(
      `\\b(?:do you think|would you say|do you reckon|can you tell (?:me )?(?:if|whether)|could you tell (?:me )?(?:if|whether)|tell me (?:if|whether)|are you sure|confirm (?:that |if |whether )?) ${SUBJECT}(?:${HAS}(?! (?:to|made|done|been|time|enough|a chance|any chance|the right)\\b)|${BE} ${HEDGE}(?:${PERSON_STATE}|${CONDITION}|${ATTACK}|having)\\b)`,
    ),
    new RegExp(
      `\\b(?:do you think|would you say|do you reckon|does (?:it|this|that) (?:sound|look|seem) like|confirm(?: that| if| whether)?) (?:(?:it|this|that|these|those)(?:'s| is| are|'re) )?${HEDGE}${CONDITION}\\b${NOT_A_TOPIC}`,
    ),
    new RegExp(
      `\\b(?:does|do) (?:it|this|that|these|those) (?:sound|look|seem) like (?:i|he|she|my \\w+)(?:${HAS}|${BE})\\b`,
    ),
    // "I think my dad has dementia, can you confirm?", "google says I have gallstones. is that right?"
    new RegExp(
      `\\b${SELF_VERDICT}\\b[^?]{0,80}?\\b(?:(?:can|could|would|will) you (?:confirm|verify|check|tell me if|say|agree)|(?:is|was) (?:that|this|it|he|she) (?:right|correct|true|likely|accurate|it)|am i right|do you agree|right\\s?\\?)`,
    ),
    // "based on my symptoms, what do you reckon it is?", "what do you think it could be?"
    /\bwhat do you (?:reckon|think|suppose|guess|believe|figure) (?:it|this|that|they|these|he|she)(?:'s| is| are|'re| has| might be| could be| would be| may be)?\s?(?:[?.!]|$| then\b)|\bbased on (?:what i(?:'ve| have) (?:told|said|described)|my symptoms|these symptoms|the symptoms|this|that|my description|everything),? (?:what (?:is it|do i have|have i got|condition|illness|disease|is wrong|do you (?:think|reckon))|do you think i have|is it)\b/,
    // "so what is it I've got?", "what have I done to my knee?"
    new RegExp(`\\bwhat(?:'s| is) (?:it|this|that) (?:that )?${SUBJECT}${HAS}\\b(?! to\\b)`),
    /\bwhat (?:have|has) (?:i|he|she|my \w+) (?:done|got) to (?:my|his|her|it|them|their)\b/,
    // "is it my heart?", "is the pain in my chest my heart?": a verdict naming an organ.
    /\b(?:is|are) (?:it|this|that|these|those|the [\w'-]+(?: (?:in|on) (?:my|his|her) [\w'-]+)?|my [\w'-]+) (?:my|his|her) (?:heart|lungs?|kidneys?|liver|appendix|gall ?bladder|thyroid|prostate|pancreas|bowel|bladder|stomach|ovar(?:y|ies)|womb|spine|brain|hormones|blood pressure|sugars?|nerves?|gut|sinuses|ears?|eyes?)(?: (?:playing up|acting up|failing|packing up))?\s?(?:[?.!]|$| or\b)/,
    // "is this cancer?", "is my rash shingles", "is this lump on my neck cancer or nothing?"
    new RegExp(`\\b(?:is|are) ${IT} ${HEDGE}${CONDITION}\\b${NOT_A_TOPIC}`),
    new RegExp(
      `\\b(?:is|are) (?:this|that|the) ${FINDING}s? (?:on|in|under|near|behind|at) (?:my|his|her) [\\w'-]+ ${HEDGE}${CONDITION}\\b`,
    ),
    // "is this serious?", "is it something to worry about?", "is my headache dangerous?"
    new RegExp(
      `\\b(?:is|are) ${IT} ${HEDGE}${SERIOUS}(?! (?:to|for|if|when|in|during|that|because)\\b)`,
    ),
    new RegExp(
      `\\b(?:do you think|would you say) (?:it|this|that|these|those|i|he|she)(?:'s| is| are|'re| am|'m)? ${HEDGE}${SERIOUS}`,
    ),
    /\bis (?:there )?(?:something|anything) (?:seriously )?wrong with (?:me|him|her|them|my)\b/,
    // "is it broken?", "my cut is red, is it infected?"
    new RegExp(`\\b(?:is|are) ${IT} ${HEDGE}${STATE}\\b`),
    // "is my son autistic?", "is she ill?", "am I depressed?", "am I having a heart attack?"
    new RegExp(
      `\\b(?:am i|is (?:he|she|my (?:[\\w'-]+ ){0,2}?\\w+)|are (?:we|they|my \\w+)) ${HEDGE}(?:${PERSON_STATE}|${ATTACK})\\b`,
    ),
    // "what's wrong with me", "what's up with him", "what's going on with my knee"
    /\bwhat(?:'s| is| could be| might be)? (?:wrong|going on|up|the matter|happening) with (?:me|my (?:[\w'-]+ ){0,2}?[\w'-]+|him|her|them|us)\b/,
    new RegExp(
      `\\bwhat (?:do|does|did) ${SUBJECT} (?:have|has|got)\\b(?! to\\b)(?! (?:for|in|on) )`,
    ),
    new RegExp(
      `\\bwhat (?:disease|condition|illness|infection|disorder|sickness|virus|bug|problem|(?:kind|type|sort) of (?:\\w+ )?(?:rash|infection|disease|condition|illness|diabetes|cancer|headache|lump|bite|virus|bug|tumou?r|allergy|pain)) (?:do|does|did|have|has|might|could|is it|is this|is that|am) ${SUBJECT}?`,
    ),
    new RegExp(
      `\\b(?:which|what) (?:disease|condition|illness|infection|disorder|virus|bug|one) (?:have|has) ${SUBJECT} (?:got|caught)`,
    ),
    // "what am I most likely to have", "what am I suffering from"
    /\bwhat (?:am i|is (?:he|she|my \w+)|are we) (?:most |more )?(?:likely |probably )?(?:to have|to have got|suffering from|suffering with|dealing with|diagnosed with)\b/,
    // "diagnose me", "could you diagnose my rash", "what would you diagnose"
    /\b(?:can|could|would|will) you (?:please |just )?diagnose\b|\bdiagnose (?:me|my|this|him|her|it|them|what(?:'s| is) (?:wrong|going on))\b|\bwhat would you diagnose\b|\byour diagnosis\b/,
    /\b(?:give|tell|send) (?:me|us) (?:a|my|the|your|an?) (?:\w+ )?diagnosis\b|\bwhat(?:'s| is) (?:my|his|her|the) diagnosis\b|\b(?:i|we) (?:just |only |really )?(?:want|need|would like|'d like) (?:a|an|my|some) (?:\w+ )?diagnosis\b/,
    // "tell me what I have", "identify what's going on with my knee", "work out what's wrong"
    /\b(?:tell me|let me know|identify|work out|figure out|determine|find out|guess|do you know) what (?:disease|condition|illness|infection|i have|i've got|i got|he has|she has|he's got|she's got|is wrong|'s wrong|is going on|'s going on|i am suffering|i'm suffering|is causing (?:it|this|my|his|her))/,
    // "tell me what this is", "…what is it?": a bare verdict question next to a symptom.
    nearSymptom(
      "(?:(?:tell me|let me know|identify|do you know|any idea|figure out|work out) what (?:this|it|that|these|they)(?: is| are|'s)|(?:^|[.!?,] ?|so |then |but )what (?:is|'s|are) (?:it|this|that|they|these)(?: then)? ?[?])",
    ),
    new RegExp(`\\bwhat(?:'s| is| are) (?:this|that|the|these|those) (?:\\w+ )?${FINDING}`),
    // "what is causing my stomach pain", "what do you think is causing these headaches"
    new RegExp(
      `\\bwhat(?:'s| is| are)? (?:causing|behind|the cause of|the reason for|giving me|making|triggering) (?:my|his|her|this|these|it|the (?:[\\w'-]+ )?${SYMPTOM})\\b`,
    ),
    /\bwhat do you think (?:is |'s )?(?:causing|caused|behind|wrong|going on|it is|this is|that is|it's|this might be|i have|i've got|he has|she has)\b/,
    // "my A1c came back at 6.8, does that mean I have diabetes?"
    new RegExp(
      `\\b(?:does|do|would|could) (?:it|this|that|these|those|my \\w+(?: \\w+)?) (?:mean|indicate|suggest|confirm|prove|show) (?:that )?${WHO}(?:${HAS} (?:got )?(?:the |some )?${CONDITION}|${BE} (?:${PERSON_STATE}|${CONDITION}))\\b${NOT_A_TOPIC}`,
    ),
    // "are my results normal?", "is my ECG ok?"
    new RegExp(
      `\\b(?:is|are) (?:my|his|her) (?:\\w+ ){0,2}?${RESULT} (?:normal|ok|okay|bad|fine|worrying|concerning|serious|abnormal|alright|dangerous)\\b`,
    ),
    // Interpreting their own images and traces as a finding (never-do N8).
    /\b(?:interpret|analy[sz]e|read|review|assess|evaluate|look at|check) (?:my|his|her|this|the attached|these|the) (?:\w+ )?(?:photo|picture|pic|image|scan|x-?ray|ecg|ekg|mri|ct|trace|ultrasound)s?\b(?! (?:appointment|booking|request|date|time|results? (?:are|is) (?:back|ready|in)))/,
  ],
};
