// Words that make a message about health (or about care), for the non-health rule: one of these
// anywhere and the message is never redirected. Broad on purpose; a missed redirect costs little,
// a health question turned away is a defect. Ambiguous words are kept in their health sense only
// ("my back", "a cold", "a cut"), so "come back", "cold weather" and "cut the onions" do not count.

import { CONDITION, MED } from "./lexicon.ts";

const CARE =
  "health|healthy|unhealthy|medical|medically|clinic|clinical|hospital|doctor|doctors|dr|gp|gps|nurse|nurses|pharmacist|pharmacy|chemist|surgeon|surgery|dentist|dental|therapist|therapy|counsell\\w*|midwife|health visitor|optician|physio\\w*|paramedic|ambulance|a&e|a and e|er|emergenc\\w*|urgent care|walk-in|111|999|911|nhs|careline|care team|carer|caring|care home|appointment|referral|prescription|prescribed|discharge|ward|consultant|specialist|vaccin\\w*|immunis\\w*|jab|jabs|booster|screening|blood tests?|test results?|results|scan|x-?ray|mri|ultrasound|biopsy|smear|operation|procedure|recovery|rehab\\w*|hospice|disabilit\\w*|disabled|wheelchair|sick note|fit note|sick leave|sick pay|cpap|nebuli[sz]er|hearing aids?|glasses|contact lens\\w*|stoma|catheter|insulin pump|glucose (?:meter|monitor)|blood pressure monitor|pacemaker|crutches|walking stick|mobility|care plan|medical records?|symptom";
const BODY =
  "body|my back|back pain|bad back|lower back|my head|head injury|heart|lungs?|kidneys?|liver|stomach|tummy|belly|bowel|bladder|skin|bones?|joints?|muscles?|brain|chest|throat|eyes?|eyesight|vision|ears?|hearing|nose|teeth|tooth|gums?|mouth|tongue|lips?|neck|shoulders?|knees?|hips?|ankles?|wrists?|elbows?|feet|foot|toes?|fingers?|hands?|arms?|legs?|breasts?|genitals?|penis|vagina\\w*|testic\\w*|prostate|uterus|womb|ovar\\w*|pelvi\\w*|spine|nerves?|blood|veins?|arter\\w*|urine|pee|peeing|wee|poo|poop|stool|constipat\\w*|periods?|menstrua\\w*|menopaus\\w*|hormones?|fertility|sperm|erection|libido|sex|sexual|contracepti\\w*|condoms?";
const SYMPTOMS =
  "symptoms?|pain|painful|ache|aches|aching|hurts?|hurting|sore|fever|temperature|cough\\w*|a cold|the cold|colds|common cold|flu|sick|sickness|ill|illness|unwell|poorly|nausea|nauseous|vomit\\w*|diarrh\\w*|rash|itch\\w*|swollen|swelling|bleed\\w*|injur\\w*|wound|a cut|my cut|burns?|burnt|scald\\w*|bruis\\w*|infect\\w*|virus|viral|bacteria\\w*|allerg\\w*|dizz\\w*|faint\\w*|breath\\w*|wheez\\w*|tired|tiredness|fatigue|exhausted|insomnia|sleep\\w*|stress\\w*|anxi\\w*|depress\\w*|panic|mood|mental|wellbeing|well-being|lonely|loneliness|grief|grieving|suicid\\w*|kill myself|self-?harm|overdose|poison\\w*|sting|bite|bitten|lump|spot|spots|acne|mole|wart|blister|contagious|germs?|hygiene|hangover|dehydrat\\w*|choking|seizure|collapse\\w*|unconscious|numb\\w*|tingl\\w*";
// Words shaped like a diagnosis: "amniotic band syndrome", "heterotopia", "colitis".
const DISEASE =
  "syndromes?|diseases?|disorders?|conditions?|deficienc\\w*|cancers?|tumou?rs?|cysts?|ulcers?|infections?|fractures?|sprains?|\\w+(?:itis|osis|oses|aemia|emia|oma|omas|pathy|algia|plasia|trophy|topia|cele|ectomy|otomy|scopy)";
const LIFESTYLE =
  "diet|dietary|dieting|nutrition\\w*|calories|weight|bmi|obes\\w*|exercise|exercising|fitness|workout|stretch\\w*|yoga|physical activity|vitamins?|protein|fibre|fiber|sugar|salt|cholesterol|low-?fat|low-?salt|low-?carb|gluten|lactose|vegan|alcohol|drinking|drunk|smok\\w*|vap\\w*|nicotine|caffeine|drugs?|cannabis|pregnan\\w*|baby|babies|newborn|breastfe\\w*|formula milk|nappy|nappies|teething|toddler|birth|labour|miscarr\\w*|ivf|puberty|ageing|aging|elderly|dementia|snake|mosquito|tick|sunburn|sunscreen|heatstroke|heat stroke|hypothermia|frostbite|first aid|cpr";

/** True when any health or care word appears in the folded text. */
export const HEALTH_WORD = new RegExp(
  `\\b(?:${CARE}|${BODY}|${SYMPTOMS}|${DISEASE}|${LIFESTYLE}|${MED}|${CONDITION})\\b`,
);
