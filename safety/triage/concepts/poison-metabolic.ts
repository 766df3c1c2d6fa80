// Lay wording for overdose and poisoning (any substance, amount unknown), opioid toxicity, and
// diabetes emergencies: severe hypoglycaemia and DKA (clinical-safety.md §1.3 rows 16, 17, 21, 22; P4, P8).
import type { ConceptDefs } from "../../text/patterns.ts";

export const POISON_METABOLIC_CONCEPTS: ConceptDefs = {
  OVERDOSE: [
    "overdose|overdosed|overdosing|oded|overdoes|overdoze|overdos|overdosis|overdoesed",
    "took|taken|swallowed|had|ate|downed|necked|given|gave|taking|taken ~3 [too many/too much/loads of/lots of/a lot of/a bunch of/a handful of/handful of/way too many/way more than/double the/triple the/extra] ~4 $DRUG|digoxin",
    "took|taken|swallowed|ate|downed|necked ~3 [whole/entire/all of the/all the] ~2 bottle|packet|pack|box|tub|strip|blister|$DRUG",
    "took|taken|swallowed|downed|necked ~1 all ~1 my|his|her|their|the ~2 $DRUG",
    "whole|entire ~1 bottle|packet|pack|box|strip ~2 of ~2 $DRUG",
    "[too many/too much] ~1 $DRUG ~2 and",
  ],
  // Thinking about overdosing is a crisis matter (safety/crisis), not a report of an overdose.
  OVERDOSE_THOUGHTS: [
    "think|thinking|thought|thoughts|considering|about|urge|urges ~3 overdos*|od",
  ],
  PILLS_TAKEN: [
    "took|taken|swallowed|had|ate|downed|take|taking|necked ~3 # ~3 $DRUG",
    "took|taken|swallowed|downed|necked ~2 # ~1 more",
  ],
  // Ordinary daily doses: "took all my meds this morning" is not an overdose.
  ROUTINE_MEDS: [
    "took|taken|take ~4 $DRUG ~3 [this morning/today/tonight/as prescribed/on time/as normal/as usual/for the day/every day/each day]",
  ],
  PARACETAMOL: ["$PARA"],
  PARACETAMOL_EXCESS: [
    "[too many/too much/extra/double/overdose/more than/over the] ~3 $PARA",
    "$PARA ~4 [overdose/too many/too much/double/extra/more than/over the limit/over the max]",
    "$PARA ~4 every ~1 hour",
  ],
  PARA_EVERY_HOURS: ["$PARA ~4 every ~2 # ~1 hour|hours"],
  // Staggered overdose: doses taken too often, two paracetamol products together, or a running total
  // (P4: a person taking them for pain is at the same risk as one who meant harm).
  PARA_STAGGERED: [
    "$PARA ~4 every ~1 [couple of hours/hour or two/hour or so/half hour/half an hour/# minutes]",
    "popping|popped|necking|necked|chugging|scoffing ~3 $PARA",
    "$PARA ~3 like ~1 sweets|candy|smarties|skittles|tictacs",
    "[took/taken/taking/had/having/using/used/been on] ~4 $PARA ~3 [and|with|plus|alongside/as well as/on top of] ~2 $PARA",
    "[gone through/going through/went through/got through/used up/finished/emptied] ~3 [a|the|# ~1 packet|packets|pack|packs|box|boxes|bottle|bottles|strip|strips|tub|blister] ~2 of? ~1 $PARA",
    "$PARA ~4 [non stop/nonstop/constantly/back to back/one after another/like crazy]",
  ],
  // "I take co-codamol and paracetamol together": a habit of doubling up (rules need a statement, so
  // "can I take Lemsip with paracetamol?" stays a question).
  PARA_DOUBLE_HABIT: [
    "take|takes ~4 $PARA ~3 [and|with|plus|alongside/as well as/on top of] ~2 $PARA",
  ],
  // "paracetamol … 14 or 15 by now", "had about 12 so far": a running total whose number the rule
  // reads (alongside a paracetamol word, see emergency-poison-metabolic.ts).
  PARA_TOTAL: [
    "had|taken|took|swallowed|necked|downed|popped|on ~3 # tablets|pills|caplets|capsules|tabs|ones? [by now/so far/in total/altogether/all together/since yesterday/since last night/in the last|past ~1 day|24|# ~1 hours|days]",
    "$PARA ~6 # tablets|pills|caplets|capsules|tabs|ones? [by now/so far/in total/altogether/all together/total/in the last|past/over the last|past/in a day/in 24 hours/in one day/over the day/since yesterday|friday|saturday|sunday|monday|tuesday|wednesday|thursday/since last night]",
  ],
  // A running total given without the drug's name, which an earlier turn supplies ("took paracetamol
  // earlier" … "about 20 tablets over the day"): the rule still needs PARACETAMOL somewhere.
  PARA_TOTAL_BARE: [
    "# tablets|pills|caplets|capsules|tabs [today/over the day/so far/in total/altogether/since this morning/since last night/since yesterday/all day/throughout the day/during the day/in a day/in one day/in 24 hours/by now]",
    "had|taken|took|swallowed|necked|downed|popped ~2 # ones? more? [today/so far/in total/altogether/since this morning/since last night/since yesterday/over the day/throughout the day/all day/by now]",
  ],
  // "I've had loads since this morning": a large amount with no number (P8: missing details never downgrade).
  PARA_LOTS: [
    "had|taken|took|swallowed|necked|downed|popped|taking|having ~2 [loads/lots/heaps/tons/handfuls/a handful/a lot/a load/a ton/so many/too many/loads and loads/a whole packet/the whole packet/a whole box/the whole box] of? $PARA|them|those|these|tablets|pills? [since/today/all day/over the day/so far/in total/altogether/throughout the day/by now]",
  ],
  MORE_THAN_MAX: [
    "more than ~3 [maximum/max/recommended/limit/allowed/it says/the packet/prescribed]",
  ],
  INTENTIONAL: [
    "on purpose",
    "deliberately|intentionally",
    "to ~2 [die/end it/kill myself/kill himself/kill herself/end my life/not wake up]",
  ],
  CORROSIVE: [
    "$SWALLOW|sipped|sip|mouthful|gulp|bit|bite|bitten|biting|chew|chewing|chewed|suck|sucking|sucked|mouthed|mouthing|licking|licked|burst|bursting ~3 [capsule|capsules|liquitab|liquitabs/washing capsule/laundry capsule/washing tablet/detergent capsule/dishwasher pod/fairy capsule/bleach|cleaner|unblocker|caustic|lye|ammonia|antifreeze|weedkiller|pesticide|insecticide|poison|paraffin|petrol|gasoline|kerosene|turps|turpentine|detergent|disinfectant|dettol|methanol|sanitiser|sanitizer|acetone|nicotine|pod|pods|liquitabs|chemicals|chemical|cigarette|cigarettes/wild berries/wild mushrooms/poisonous berries/garden berries/washing up liquid/washing-up liquid/dish soap/dishwasher liquid/fabric softener/mouthwash/perfume/aftershave/hand gel/bleach spray/cleaning spray/window cleaner/bubble bath/engine oil/lighter fluid/drain cleaner/oven cleaner/anti freeze/weed killer/rat poison/lamp oil/white spirit/dishwasher tablet/dishwasher tablets/laundry pod/tide pod/washing liquid/toilet cleaner/hand sanitiser/hand gel/nail polish remover/vape liquid/e liquid|cigarette|cigarettes]",
    "[been/was/got/being/is/were/think i was/think he was/think she was/might be] poisoned",
    "[carbon monoxide/co] ~2 [poisoning/poisoned/leak/alarm]",
    "[battery acid/hydrochloric acid/sulfuric acid/sulphuric acid]",
    "bleach|cleaner|chemical|chemicals|antifreeze ~4 [swallowed|drank|drunk|ingested/in ~2 mouth]",
  ],
  NOT_POISON: [
    "food ~1 poisoning|poisoned",
    "blood ~1 poisoning",
    "poison ~1 ivy|oak|sumac|control|centre|center|line|help",
  ],
  BUTTON_BATTERY: [
    "$SWALLOW ~3 [battery|batteries|magnet|magnets/button battery/coin cell/watch battery/button batteries]",
    "battery|batteries|magnet|magnets ~3 [swallowed|eaten|ingested/in ~2 mouth]",
  ],
  SWALLOWED_SOMETHING: [
    "$SWALLOW|licked|sucked ~3 [something/some of/a|an|some|the|my|his|her|# ~1 $DRUG|liquid|chemical|substance|object|thing|stuff|crayon|toothpaste|coin|sand|soap|shampoo|lipstick|paper|chalk|marble|lego|button|pebble|sunscreen|moisturiser|moisturizer]",
    "[got into/gotten into/been into] ~3 [medicine|meds|pills|tablets|cupboard|cabinet|handbag|bag|cleaning|bathroom|chemicals]",
    "[put/had] ~4 in ~2 mouth",
  ],
  // Exposures that poison centres treat as minimal risk in small amounts.
  BENIGN_SUBSTANCE: [
    "crayon|crayons|playdough|chalk|toothpaste|silica|sand|dirt|soil|paper|lipstick|chapstick|sunscreen|bubbles|glowstick|ink|moisturiser|moisturizer|shampoo|conditioner|pencil|eraser|coin|marble|lego|button|stone|pebble|bogey|play-doh",
    "[play doh/silica gel/lip balm/sun cream/glow stick/nappy cream/cat food/dog food/baby wipe]",
  ],
  OPIOID: [
    "heroin|fentanyl|fent|opioid|opioids|opiate|opiates|oxy|oxycodone|oxycontin|methadone|morphine|codeine|tramadol|percocet|vicodin|hydrocodone|buprenorphine|subutex|xylazine|smack|percs|oxys|oxies|roxy|roxies|roxys|fenty|heroine|skag|nitazene|nitazenes|dilaudid|hydromorphone|dihydrocodeine|pethidine|dope|gear",
    "[m30|m30s/blue pills/pressed pills/street pills]",
    "using|used|injected|injecting|snorted|smoked ~2 [again/something/gear/dope]",
    "shot|shooting ~1 up",
  ],
  OPIOID_SIGNS: [
    "snor*|gurgl*|rattl*",
    "choking ~1 sounds|noises",
    "$BREATHE ~2 [slow|shallow|weird|strange|funny|barely/really slow/very slow]",
    "barely ~1 $BREATHE",
    "slow ~2 $BREATHE",
    "pinpoint|tiny|pin ~1 pupils",
    "nodding|nodded ~1 out|off",
    "pinpoint|pinned|pin|tiny ~2 pupils",
    "[on the nod/gouching/gouched]",
  ],
  DOUBLE_DOSE: [
    "double ~1 dose|doses|dosed|dosage",
    "[taking|taken|had/been taking] ~2 [extra/more than prescribed/more than he should/more than she should/more than i should/more than the label/too many of]",
    "took|taken|given|gave ~3 [two doses/extra dose/dose again/an extra dose/one too many/double]",
    "[by mistake/accidentally/accidently] ~3 took|taken|gave|given|double|extra|twice",
    "took|taken|gave|given ~3 [by mistake/accidentally/accidently]",
  ],
  DIABETIC: [
    "diabet*|diabetes|insulin|metformin|t1d|dka|libre|dexcom|cgm|glucometer",
    "type ~1 1|one|2|two ~1 diabet*",
    "[type 1/type one/t 1]",
    "blood ~1 sugar|sugars|glucose",
  ],
  HYPO: [
    "hypo|hypos|hypoglyc*|hypoglycemic|hypoglycaemic",
    "[low/dropping/crashing] ~1 [sugar/sugars/blood sugar/glucose/bg/bm]",
    "sugar|sugars|glucose|bg|bm|levels|reading ~3 low|lo|dropping|crash*|tanking|tanked|plummeting",
  ],
  HIGH_SUGAR: [
    "sugar|sugars|glucose|bg|bm|levels|reading|meter ~3 [high|hi|over|above|sky|climbing|rising/off the chart/through the roof/not coming down/won't come down]",
    "hyperglyc*|hyperglycemic|hyperglycaemic",
    "high ~1 [sugar/sugars/blood sugar/glucose/bg]",
  ],
  KETONES: ["ketone|ketones ~3 high|#|positive|large|moderate|present|urine|blood", "ketones"],
  DKA: ["dka|ketoacidosis", "diabetic ~1 ketoacidosis"],
  PEAR_DROP: [
    "breath ~4 [pear|pears|acetone|fruity|sweet/pear drops/nail polish/nail varnish/nail polish remover]",
    "[pear drops/pear drop/nail polish remover/nail varnish remover/acetone] ~4 breath|smell|smells",
    "fruity|sweet ~2 breath|smell*",
  ],
  RAPID_BREATHING: [
    "breathing|breathes ~3 fast|quick|quickly|rapid*|deep|deeply|heavily|panting",
    "fast|rapid|heavy ~2 breathing",
    "panting|hyperventilat*|kussmaul",
  ],
  THIRST_PEE: [
    "thirsty|thirst|parched",
    "drinking ~2 [lots/loads/constantly/all the time/gallons/litres/liters/non stop]",
    "pee|peeing|pees|wee|weeing|wees|urinat*|toilet ~3 [lots/loads/a lot/all the time/constantly/frequently/more than usual/more often/every hour/every ~2 minutes]",
    "frequent ~1 urination|peeing|weeing",
  ],
  // Thirst with an everyday cause: "thirsty after my run", "parched in this heat".
  THIRST_EXPLAINED: [
    "thirsty|thirst|parched ~4 [after|from|because|in|during|since] ~3 [run|running|jog|gym|exercise|workout|football|training|match|game|sport|walk|hike|playing|sun|heat|heatwave|sauna|curry|crisps|salty|drinking|hangover|drinks|alcohol|wine|beer|party/hot day/hot weather/night out]",
  ],
  VOMITING: [
    "vomit*|vomming|vommit*|puk*|spew*|heaving|retching",
    "throw*|threw ~1 up",
    "sicking|sicked|sick ~1 up ~2 [feeds|feed|milk|everything|all]",
    "[bringing up/brought up/throwing up/threw up] ~3 [feeds|feed|milk|bottle|bottles]",
    "projectile",
    "[being/been/was/were/keeps being/is being] sick",
    "sick ~2 everywhere",
  ],
  VOMITING_PERSISTENT: [
    "not ~2 keep ~3 [down/anything down/water down/fluids down/food down/it down]",
    "everything ~2 [comes back up/coming back up/straight back up/comes up]",
    "[throw* up/threw up/vomit*|vomiting|vomited] ~3 [everything/anything/every time/all day/all night/non stop/constantly/repeatedly]",
    "not stop ~2 [vomit*|vomiting/being sick/throwing up]",
    "repeated* ~1 vomit*",
    "keeps ~1 [vomiting/being sick/throwing up]",
  ],
};
