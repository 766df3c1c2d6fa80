// Lay wording for everyday minor complaints that are self-care (L5) unless something else matches:
// skin, feet, hair, mouth, ears, eyes, muscles, travel, babies and pregnancy niggles. The reply still
// carries safety-netting (N12); anything more urgent in the same message outranks these.
import type { ConceptDefs } from "../../text/patterns.ts";

export const MINOR_CONCEPTS: ConceptDefs = {
  MINOR_AILMENT: [
    // Skin, hair and feet.
    "[athlete 's foot/athletes foot/athlete foot/tinea/ringworm/jock itch/fungal infection/fungal nail/nail fungus]",
    "[peeling|itchy|cracked|flaky|smelly|sweaty] ~3 [between ~2 toes/feet/foot]",
    "dandruff|dandruf|seborrh*",
    "[flaky|itchy|dry|scaly] ~2 scalp",
    "[cradle cap/nappy rash/diaper rash/heat rash/prickly heat/sweat rash/chafing/chafed/razor bumps/razor burn/shaving rash/ingrown hair|hairs/ingrown toenail/ingrowing toenail/ingrown nail]",
    "wart|warts|verruca|verrucas|verrucae|corn|corns|callus|calluses|bunion|bunions|blackheads|whiteheads|acne|pimple|pimples|zit|zits",
    "[skin tag/skin tags/dry skin/chapped lips/cracked lips/chapped hands/cracked heels/dry hands/dry lips/cold sore/cold sores/stretch marks]",
    "[lice|nits|nit|louse|threadworm|threadworms|pinworm|pinworms|worms/head lice/itchy bum at night]",
    "splinter|splinters|stye|styes|chalazion",
    "[blister|blisters] ~4 [heel|heels|toe|toes|foot|feet|hand|hands|finger|fingers|shoes|boots|walking|running|rowing]",
    "[bruised|bruise|bruises|bumped|banged|knocked|stubbed] ~4 [shin|shins|knee|knees|thigh|arm|arms|toe|toes|elbow|leg|legs|finger|hip]",
    "[smelly|sweaty|stinky] ~1 feet",
    "[feet|foot] ~2 [smell|smells|stink|stinks]",
    // Muscles, sleep and travel.
    "[sore|aching|achy|stiff|aches|ache|hurt|hurts] ~5 [after|from|since] ~3 [gym|workout|run|running|exercise|training|football|yoga|hike|hiking|walk|gardening|climbing|cycling|lifting|spin|class|session|match|game/leg day/first run/marathon]",
    "[doms/muscle soreness/sore muscles/aching muscles/muscle ache/muscle aches/stiff muscles]",
    "[slept funny/slept awkwardly/slept badly/slept wrong/slept on it/slept on my neck/cricked|crick/crick in my neck/cricked my neck/stiff neck from sleeping/wrong pillow]",
    "[jet lag/jetlag/jet lagged/jetlagged/travel sick/travel sickness/car sick/carsick/car sickness/sea sick/seasick/sea sickness/motion sickness/air sick/airsick]",
    "[ears|ear] ~4 [popped|popping|pop|blocked|muffled|pressure|plugged] ~6 [flight|flying|plane|landing|diving|swimming|altitude/take off]",
    "[ear wax/earwax/wax in ~2 ear|ears/wax build up/blocked with wax/waxy ears]",
    "[dry eyes/dry eye/eyes ~2 dry/gritty eyes/eyes ~2 gritty/tired eyes/eye strain/eyestrain]",
    "hiccup|hiccups|hiccough|hiccoughs",
    "hangover|hungover",
    "chickenpox|impetigo|conjunctivitis|scabies",
    "[chicken pox/hand foot and mouth/hand foot mouth/slapped cheek/pink eye/sticky eye/sticky eyes]",
    // Babies, pregnancy and periods.
    "teething",
    "teeth ~2 coming ~1 through",
    "[colic|colicky|wind|windy|gassy] ~4 [baby|babies|newborn|son|daughter]",
    "[morning sickness/pregnancy sickness/pregnancy nausea]",
    "[period pain|pains|cramps|cramp/period cramps/menstrual cramps/menstrual pain/painful periods/pms|pmt]",
    "[indigestion|heartburn|reflux] ~5 [settled|gone|passed|eased/settled down/went away/better now/after ~2 meal|dinner|curry|food]",
    "[mild|slight|little/bit of] ~1 [toothache|sensitivity/sensitive teeth]",
    "[sore|bleeding|swollen] ~1 gums ~3 [brush|brushing|floss|flossing]",
    "[bad breath/halitosis/snoring/snores/snore]",
  ],
  // Pregnancy implied by the complaint itself.
  PREGNANCY_NIGGLE: ["[morning sickness/pregnancy sickness/pregnancy nausea/hyperemesis]"],
  // Skin that came up after a contact or product: usually a local reaction, not anaphylaxis.
  CONTACT_TRIGGER: [
    "[washing powder/washing liquid/fabric softener/new soap/soap/shower gel/body wash/new cream/latex gloves/hair dye/sun cream/new clothes/moisturiser|moisturizer|lotion|perfume|deodorant|shampoo|detergent|makeup|plants|plant|grass|nettles|nettle|jewellery|metal|nickel|suncream|sunscreen|wool|dog|cat|heat|sweat|exercise|cold]",
  ],
  // Exercise, hangover and periods: strong pain words there are usually not a red flag on their own.
  SELF_LIMITING: [
    "period|periods|menstrual|hangover|hungover|gym|workout|teething|doms",
    "[leg day/after ~2 run|running|training|exercise]",
  ],
};
