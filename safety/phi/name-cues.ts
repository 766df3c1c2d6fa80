// Phrases after which the next words are a person's name, and how much they prove:
// - name: "my name is", "surname:" — even a lower-case unknown word is a name;
// - title: "Dr", "Mrs", "Nurse" — any capitalised word; lower-case only if it is a known name;
// - relation: "my son", "her husband" — likewise;
// - greeting: "Hi", "Dear" at the start of a line — likewise;
// - weak: "I'm", "this is", "named", "seen by" — two unknown capitalised words, or a known name.
// Every pattern is a fixed alternation followed by a bounded run of spaces.

export type CueMode = "name" | "title" | "relation" | "greeting" | "weak";

const RELATIVES =
  "son|daughter|child|kid|baby|wife|husband|partner|spouse|mum|mom|mother|dad|father|brother|sister|grandma|grandmother|grandpa|grandfather|granddaughter|grandson|grandchild|aunt|auntie|uncle|cousin|niece|nephew|friend|boyfriend|girlfriend|fianc[eé]e?|carer|caregiver|neighbou?r|gp|doctor|nurse|consultant|therapist|stepson|stepdaughter|stepmum|stepmom|stepdad|stepmother|stepfather|twin|ex|ex-wife|ex-husband|flatmate|roommate|housemate|colleague|boss|manager|teacher|landlord|landlady|midwife|surgeon|dentist|pharmacist|specialist|guardian|godmother|godfather|mother-in-law|father-in-law|sister-in-law|brother-in-law|son-in-law|daughter-in-law|toddler|newborn|infant|teenager|sibling";
const OWNER = "(?:my|our|his|her|their|your)";
const RELATIVE_ADJ =
  "(?:[ \\t](?:late|little|older|younger|baby|big|eldest|oldest|youngest|best|new|great|great-great|adopted|twin|elderly|teenage|[0-9]{1,2}[ -]?(?:year|yr|month)[ -]?old|[0-9]{1,2}yo))";

export const NAME_CUES: ReadonlyArray<{ pattern: RegExp; mode: CueMode }> = [
  {
    pattern:
      /\b(?:my name is|my name's|my name’s|(?:his|her|their|our|your|the patient's|patient's|child's|son's|daughter's|wife's|husband's|partner's|mum's|mom's|dad's|baby's) name is|name[:?-]|names:|patient name:?|pt name:?|(?:last|first|family|maiden|full|given|middle|married|birth|legal|preferred|real) name(?: is|:|\?| was)?|surname(?: is|:|\?)?|forename(?: is|:)?|name on (?:the |my |this )?(?:account|card|booking|prescription|record|file|referral)(?: is|:)?|under the name(?: of)?|in the name of)[ \t]{1,8}/gi,
    mode: "name",
  },
  {
    pattern:
      /\b(?:i am called|i'm called|i’m called|call me|calls me|they call me|goes by|go by|signed|nickname is|(?:named|called|calls|call) (?:him|her|them|me))[ \t]{1,3}/gi,
    mode: "title",
  },
  // Only abbreviations take a dot: after "doctor." a new sentence starts.
  {
    pattern:
      /\b(?:(?:dr|mr|mrs|ms|mx|prof|rev|fr|sgt|capt|cllr)\.?|miss|professor|doctor|nurse|sister|sir|dame|lady|lord|father|madam|madame|mme|mlle|herr|frau|senor|señor|senora|señora)[ \t]{1,3}/gi,
    mode: "title",
  },
  {
    pattern: new RegExp(
      `\\b${OWNER}${RELATIVE_ADJ}{0,3}[ \\t](?:${RELATIVES})(?:,|['’]s name is| named| called| is called| is named)?[ \\t]{1,3}`,
      "gi",
    ),
    mode: "relation",
  },
  {
    pattern:
      /(?:^|\n)[ \t>]{0,3}(?:hi|hello|hey|hiya|dear|good morning|good afternoon|good evening|morning|afternoon|evening|greetings|attn:?|to:|fao:?|for the attention of)[ \t,:]{1,3}/gi,
    mode: "greeting",
  },
  {
    pattern:
      /\b(?:i am|i'm|i’m|im|this is|it's|it’s|it is|named|called|known as|here is|here's|seen by|referred by|follow up with|follow-up with|appointment with|spoke to|spoke with|speak to|speak with|talk to|talked to|ask for|asked for|care of|c\/o|married to|looked after by|cared for by|visited by|named after|add|added)[ \t]{1,3}/gi,
    mode: "weak",
  },
];

export const SIGN_OFF =
  /(?:\b(?:thanks|thank you|many thanks|cheers|regards|kind regards|best regards|best wishes|best|sincerely|love|yours|warm regards|take care|thx|ta)[,.!]?[ \t]{0,3}\n?[ \t]{0,3}(?:-[ \t]{0,3})?|(?:^|\n)[ \t]{0,3}[-–—~][ \t]{0,2})/gi;

// Verbs that take a person as subject: "Mehrudin shouted", "Tomomi is from", "Ana was born".
export const PERSON_VERB_AFTER =
  /^[ \t]+(?:said|says|told|tells|asked|asks|shouted|yelled|screamed|whispered|explained|replied|wrote|writes|texted|emailed|messaged|phoned|rang|insists|insisted|mentioned|thinks|thought|agrees|agreed|is from|was from|lives (?:at|on|in|with|near)|lived (?:at|on|in|with|near)|was born|is born|passed away|died|had given|has given|gave me|spent a year|began writing|is very reliable)\b/i;

// A verb of speech before a person: "says Bergqvist.", "said Maslin to".
export const PERSON_VERB_BEFORE =
  /\b(?:says|said|asked|replied|added|explained|told|shouted at|yelled at|according to|tribute to|directed by|starring|featuring|written by|performed by|sung by|married)[ \t]{1,3}$/i;

export const RELATIVE_AFTER = new RegExp(
  `^(?:,[ \\t]{1,2}|[ \\t]{1,2}\\(|[ \\t]{1,2}(?:is|was)[ \\t]{1,2})(?:my|our|his|her|their)${RELATIVE_ADJ}{0,2}[ \\t](?:${RELATIVES})\\b`,
  "i",
);
