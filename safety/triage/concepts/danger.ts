// Strong danger signals in lay words, for the safety net (rules/safety-net.ts): things that matter
// whatever the cause, so a message no specific rule recognises still escalates (P1, P3, P5). Idioms,
// negation, education frames and old history are filtered by text/ before a rule sees them.
import type { ConceptDefs } from "../../text/patterns.ts";

export const DANGER_CONCEPTS: ConceptDefs = {
  // Emergency on their own.
  DANGER_CRITICAL: [
    "worst ~2 pain|pains|agony ~4 ever|life|imaginable|possible|experienced|felt|had",
    "pain ~4 worst ~2 [ever/of my life/in my life/i have ever/i have had]",
    "$SUDDEN ~2 [severe|excruciating|agonising|agonizing|unbearable|horrendous|crippling|intense|extreme|blinding|tearing|ripping|searing] ~2 pain|pains|agony",
    "grey|gray|ashen|clammy|sweaty|pale ~4 [cold and clammy/clammy/sweaty/grey|gray|ashen/drenched in sweat/white as a sheet] ~3 [slump*|collaps*|faint*|barely|drowsy|confused|floppy|breathing/not respond*]",
    "[gone|turned|went|going|turning] ~1 grey|gray|ashen|mottled|purple",
    "foam* ~3 mouth",
    "[in and out of consciousness/drifting in and out/barely conscious/semi conscious/semiconscious/half conscious/not fully conscious/keeps passing out/keeps blacking out/keeps losing consciousness/keep passing out]",
    "eyes ~2 [rolled back/rolling back/rolled up/rolling up/glazed over/fixed and dilated/not focusing/will not focus]",
    "life ~1 threatening",
    "$THIRD ~2 [is dying/be dying/'s dying/might be dying/could be dying]",
    "heart ~2 [stopped|stopping/not beating]",
    "[struck/hit] ~2 by ~1 lightning",
    "[ate|eaten|swallowed|drank|drunk|licked|chewed] ~4 [poisonous|toxic|poison|deadly] ~2 mushroom|mushrooms|berries|berry|plant|plants|leaves|fungi|fungus|frog|substance|chemical",
    "[ate|eaten|swallowed|drank|drunk] ~3 poison",
  ],
  // Someone already calling, or needing, an ambulance.
  AMBULANCE_TALK: [
    "[need/needs/needed/call|calling|called|phoning|phoned|ringing|rang/waiting for] ~3 [an ambulance/the ambulance/ambulance/paramedics/999/911/112/000]",
    "[ambulance/paramedics] ~3 [on the way/on its way/coming/called/here]",
  ],
  // "The worst pain I've ever had was childbirth": a comparison, not a report.
  NOT_DANGER: [
    "worst ~1 pain ~6 [was|were] ~3 [childbirth|labour|labor|birth|kidney|broken|when|giving|having|a|my]",
    "[childbirth/labour/labor/giving birth/kidney stone/kidney stones] ~6 worst ~1 pain",
  ],
  // An expected death or end-of-life care: not a sign that needs an ambulance.
  PALLIATIVE: [
    "palliative|hospice|terminal|terminally|dnr|dnacpr|died",
    "[passed away/passed on/end of life/end of her life/end of his life/coming to the end/old age/expected to die/comfort care/dying peacefully/dying at home/die at home/peacefully/in her sleep/in his sleep]",
  ],
  // Same-day at least on their own.
  DANGER_SERIOUS: [
    "[severe|excruciating|unbearable|agonising|agonizing|agony|crippling|horrendous|intense|extreme|screaming|blinding|debilitating] ~3 pain|pains|ache|aches|aching|cramp|cramps|hurts|hurting|discomfort|headache|stomachache|toothache|earache|backache",
    "[extremely|incredibly|unbearably|excruciatingly|horribly|terribly|agonisingly|agonizingly] ~1 [painful|sore|tender]",
    "pain|it ~3 [is unbearable/is excruciating/is severe/is agony/unbearable/excruciating/off the scale/off the charts/through the roof]",
    "[in agony/in absolute agony/in so much pain/in unbearable pain/in excruciating pain/screaming in pain/screaming with pain/crying in pain/crying with pain/crying out in pain/writhing/doubled over/doubled up]",
    "not ~1 [bear/take/stand/cope with/handle] ~1 the ~1 pain",
    "pain ~3 8/10|9/10|10/10|11/10",
    "8|9|10|11 ~1 out ~1 of ~1 10",
    "getting ~1 worse ~2 [fast|quickly|rapidly/really fast/by the hour/by the minute/every hour]",
    "spreading|worsening|deteriorating ~2 [fast|quickly|rapidly/by the hour]",
    "[seriously|extremely|dangerously|desperately|gravely] ~1 [ill|unwell|poorly|sick]",
    "very|really|so ~2 ill|unwell|poorly ~4 [getting worse/worse/worried|worrying/scared/frightened/not right]",
    "something ~3 [seriously|really|very|badly|terribly|definitely] ~1 wrong",
    "not ~2 [eaten or drunk/eaten or drank/drunk anything/drank anything/had anything to drink/kept anything down/had a drink] ~4 [days|24|48|since|hours|yesterday/all day]",
    "[fever|temperature|temp] ~5 [not coming down/won't come down/not going down/won't go down/keeps going up/keeps rising/not shifting/despite]",
    "yellow|yellowish|jaundiced ~3 skin|eyes|whites",
    "skin|eyes|whites ~3 [gone yellow/turned yellow/going yellow/yellow|yellowish|jaundiced]",
    "jaundice|jaundiced",
    "found ~3 [on the floor/on the ground/on the bathroom floor/on the kitchen floor]",
    "[been|was|were] ~2 [lying|stuck|laying] ~2 [on the floor/on the ground] ~4 [hours|since|overnight/all night]",
    "i ~1 [am|be|'m] ~1 dying",
  ],
};
