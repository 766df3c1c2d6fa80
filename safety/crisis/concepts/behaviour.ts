// Intent, plans and preparation without any suicide word (clinical-safety.md §3.4 C-SSRS Q4–Q6):
// stockpiled medicine, a rope or gun obtained, letters, giving things away, affairs put in order, a date.
// Ambiguous acts ("bought a rope") count only beside distress, crisis talk, finality or a second act.
import type { ConceptDefs } from "../../text/patterns.ts";

export const BEHAVIOUR_CONCEPTS: ConceptDefs = {
  INTENT: [
    "[going to/gonna/will/'ll/plan to/planning to/about to/intend to] ~2 [overdose|od/take all my pills/take all my tablets/take the lot/take them all]",
    "[going/gonna/will/'ll/plan/planning/planned/decided/deciding/ready/about to/intend/intending] ~3 [kill $SELF/end $POSS life/end it all/take $POSS own life/take $POSS life/commit suicide/unalive $SELF/kms/hang $SELF/top $SELF/end $SELF]",
    "by the time ~3 read this ~3 [gone/dead]",
    "[going to/gonna/will/about to/plan to/planning to/decided to/ready to] ~2 [jump off/jump from/jump in front of/throw myself off/throw myself in front of/throw himself off/throw herself off/step in front of/walk into/walk in front of/lie on/lie down on] ~3 bridge|building|roof|cliff|train|trains|tracks|railway|car|balcony|window|tower|motorway|highway|traffic|lorry|bus|ledge|edge|carpark|multistorey|storey|overpass|flyover|pier|quarry|block|something|somewhere",
    // Slang and euphemism with a stated intent ("gonna sewerslide tonight", "going to ctb").
    "[going to/gonna/will/'ll/plan to/planning to/decided to/ready to/about to/intend to] ~2 [sewerslide/sewer slide/ctb/unalive/kms/off myself/top myself/end it tonight/go to sleep and not wake up/go to sleep and never wake up/sleep and not wake up/sleep and never wake up/take everything and not wake up]",
    "[sewerslide/sewer slide/ctb/unalive/unaliving/kms/off myself] ~3 [tonight/tomorrow/this weekend/this week/today/soon/on|after|before|by ~1 monday|tuesday|wednesday|thursday|friday|saturday|sunday/after ~2 birthday|christmas|exams|exam|wedding|funeral|weekend|holidays]",
    "[kill $SELF/end it all/end $POSS life/take $POSS life/take $POSS own life/kms/unalive $SELF] ~3 [tonight/tomorrow/this weekend/this week/today/soon/on|after|before|by ~1 monday|tuesday|wednesday|thursday|friday|saturday|sunday/after ~2 birthday|christmas|exams|exam|wedding|funeral|weekend|holidays]",
    "[tonight/tomorrow] ~2 [is the night/is the day/i will do it/i'll do it/i am going to/i'm going to]",
  ],
  INTENT_IF_CONTEXT: [
    "[goodnight/good night/goodbye/bye] ~2 [my friends/everyone/forever/world/all]",
    "if ~2 this ~1 [does not work/doesn't work/fails]",
    "will|going|gonna|decided|ready ~2 [do it/end it/end things/jump/jump off/go through with it]",
    "be ~1 dead|gone ~3 tonight|tomorrow|weekend|week|today|soon",
    "end|do|ending|doing ~1 it|things ~3 tonight|tomorrow|weekend|week|today|soon",
    "this is ~1 goodbye",
    "goodbye ~1 [everyone/forever/world]",
    "[last/final] ~1 [message/night/day] ~2 [alive/on earth/of my life]",
    "by the time ~3 read this",
    // After an attempt: "she says she'll try again", "next time it'll work".
    "[will/'ll/going to/gonna/wants to/want to/plans to] ~2 [try again/do it again/try it again/have another go|try/finish the job|it]",
    "next ~1 time ~4 [will not fail/won't fail/wont fail/will work/i will make sure/i'll make sure/she'll make sure/he'll make sure/will make sure/do it properly/get it right/will not survive/won't survive/will not wake up/won't wake up]",
  ],
  PLAN_IF_CONTEXT: [
    "have|got|made|making|worked ~2 a|the ~1 plan",
    "planned ~3 [it/how/everything/when/where/the date]",
    "[know/decided] ~3 [when/where/how] ~3 [going to/gonna/will] ~1 [do it/die/end it]",
    "picked|chosen|chose|set ~2 a|the ~1 [date/day/time/place/spot]",
  ],
  // A date or event after which something will be over ("after Sunday", "once my exams are done").
  DEADLINE: [
    "after|by|on|before ~2 [next week/next month/tomorrow/tonight/monday/tuesday/wednesday/thursday/friday/saturday/sunday/the weekend/christmas/new year|years/my birthday|exams|exam/the wedding/the funeral/payday/the holidays|exams/this week|month/my last exam|shift|day]",
    "once ~5 [is over/are over/is done/are done/has passed/have passed/is finished/are finished/is sorted/are sorted/have gone|left/has gone|left]",
  ],
  // C-SSRS Q6, clear on its own: stockpiled or hidden medicine, a note, a noose.
  PREPARATION: [
    "suicide ~1 [note/letter/letters/notes]",
    "[note|letter|notes|letters|message] ~4 [whoever finds me/for whoever finds me/finds my body/find my body/when they find me/when i am found]",
    "tied|tying|made|making ~2 a ~1 noose",
    `stockpiling|stockpiled|stockpile|hoarding|hoarded|hoard|stashing|stashed|stash ~3 $DRUGS`,
    `[saving up/saved up/been saving/been collecting/squirrelling away/squirreling away/putting aside/put aside/keeping back/kept back] ~3 $DRUGS`,
    `[enough/a stash of/a stockpile of/a hoard of/a supply of] ~2 $DRUGS ~3 [saved/stored/hidden/hid/put away/put aside/to do it/to end it/to die/to finish it]`,
    "[not taking/not been taking/stopped taking/stop taking/quit taking] ~3 $DRUGS ~5 saving|keeping|collecting|hoarding|storing|stashing ~1 them|it",
    "[goodbye letter/goodbye letters/goodbye note/goodbye notes/farewell letter/farewell letters/farewell note/goodbye message/goodbye messages/goodbye video]",
    "[rope/belt/cord/ligature/noose] ~5 [tied|attached|hung|fixed|set] ~4 [beam/banister/bannister/loft|attic/hook/ceiling/door|doorframe/rail/tree/stairs]",
    "$DRUGS ~6 instead ~1 of ~1 [taking them/taking it/swallowing them]",
    "$DRUGS ~2 [saved up/stored up/stashed/stockpiled/hoarded/put by/built up]",
    `[saving/collecting] ~2 $DRUGS ~3 [for weeks/for months/for a while/for ages/instead of taking them]`,
  ],
  PREPARATION_IF_CONTEXT: [
    "wrote|written|writing|left|leaving ~3 [a note/my note/letters/a letter/notes]",
    "gave|giving|give ~3 away ~3 [my stuff/my things/my belongings/my possessions/everything/my pets]",
    "bought|got|buying|purchased|ordered|getting ~3 [rope/a rope/a gun/the pills/a lot of pills/charcoal/helium/razor blades/the rope]",
    "saving|saved|collecting|collected ~3 [pills/tablets/meds/medication/my meds/my pills]",
    "said|saying ~2 goodbye ~2 [to everyone/to my family/to my friends]",
  ],
  // Means obtained (ambiguous alone: rope for climbing, a gun for hunting).
  MEANS_ACQUIRED: [
    "bought|got|ordered|purchased|obtained|found|collected|picked ~3 rope|gun|shotgun|rifle|pistol|handgun|firearm|bullets|ammo|ammunition|blades|charcoal|helium|hose|hosepipe|ligature|cyanide|antifreeze|weedkiller|poison",
    "bought|got|ordered|purchased|stocked ~2 [a lot of/loads of/lots of/boxes of/packets of/extra/several boxes of/several packets of/a few boxes of/a few packets of] ~2 pills|tablets|paracetamol|painkillers|tylenol|$DRUGS",
  ],
  // Saying goodbye in writing or in person (ambiguous alone: letters to the kids at camp).
  GOODBYES: [
    "wrote|written|writing|write|left|leaving|recorded|recording ~3 letters|notes|letter|note|messages|message|videos|video|cards ~3 to|for ~4 $CLOSE",
    "wrote|written ~1 to ~2 $CLOSE",
    "message|messages|text|texts|note|letter|email|voicemail|post ~4 [saying goodbye/said goodbye/to say goodbye/saying bye/saying sorry for everything/saying he loved|loves us/saying she loved|loves us]",
    "wrote|written|writing|write|left|leaving|recorded|recording ~3 letters|notes|letter|note|messages|message|videos|video|cards ~5 explaining|apologising|apologizing|sorry|goodbye|goodbyes|find",
    "said|saying|say ~2 goodbye|goodbyes|bye ~2 to ~2 $CLOSE",
    "[wrote|written|writing|finished] ~1 [my|the] ~1 [letters/notes/last letters/last letter|note/goodbye|goodbyes]",
    "said|saying|say|made ~1 [my|our|his|her/all my/all the] ~1 [goodbyes/goodbye/byes/last goodbyes/final goodbyes|peace]",
    "said|saying|say ~2 [goodbye|goodbyes|bye] ~3 [for the last time/forever/properly/without them knowing/they do not know|dont know]",
    "telling|told|text|texted|texting|messaged|messaging ~3 $CLOSE ~3 [i love them/how much i love them/that i love them/love them/goodbye/i am sorry/sorry for everything]",
  ],
  // C-SSRS Q6 "gave away valuables": possessions or pets, first or third person.
  GIVING_AWAY: [
    "[give|gives|gave|given|giving] ~2 away ~4 [my|his|her|their|all|everything|stuff|things|belongings|possessions|valuables|pets|cat|dog|xbox|playstation|ps5|switch|games|guitar|jewellery|jewelry|ring|watch|clothes|hoodie|collection|savings|money]",
    "[give|gives|gave|given|giving] ~2 [my|his|her|their] ~3 [cat|dog|pet|pets|rabbit|hamster|xbox|playstation|ps5|games|guitar|jewellery|jewelry|ring|watch|collection|bike|laptop|phone|savings|precious|favourite|favorite|prized] ~3 to",
    "[rehomed/rehoming/rehome/found a new home for/finding a new home for] ~2 [my|his|her|their] ~1 [cat|dog|pet|pets|rabbit|hamster|budgie|horse]",
  ],
  // Everything, or what matters most, given away: worth asking about even on its own.
  GIVING_ALL: [
    "[give|gives|gave|given|giving] ~2 away ~4 [all/everything/most/lots|loads/favourite/favorite/prized/precious/treasured/valuables/savings]",
    "[give|gives|gave|given|giving] ~2 [all my/all his/all her/all their/everything/most of my/most of his|her] ~2 [stuff/things/belongings/possessions/games/clothes/money/savings|valuables]",
  ],
  // Cards and letters for ordinary occasions are not goodbyes.
  NOT_GOODBYE: [
    "said|saying|say ~6 [airport/station/at the gate|door/leaving do|party/farewell party/graduation/end of term/school run/drop off|dropoff/going home/flight|holiday|trip/moving away]",
    "[thank you/thanks/christmas/xmas/birthday/wedding/valentines/valentine/get well/sympathy/condolence/condolences/invitation/invitations/postcard/postcards/complaint/cover|job|application|reference]",
  ],
  // Ordinary reasons to give things away or put affairs in order.
  DECLUTTER: [
    "[charity/charity shop/donate/donated/donating/declutter/decluttering/downsizing/spring clean|cleaning/clear out/clearing out/car boot/selling|sold/allergic|allergy|allergies]",
    "[moving/move/moved/emigrating|relocating]",
    "[baby clothes/outgrown/grown out of/too small/has grown/have grown/old/spare/unwanted/second hand/hand me downs/no longer fit]",
    "[getting older/old age/my age/retire|retiring|retirement/terminal|diagnosis|cancer/new baby/getting married/having a baby]",
    "[sorted|order|arranged|organised|organized|ready] ~2 for [the|my|our|this] ~1 [party|trip|holiday|holidays|wedding|appointment|interview|insurance|mortgage|paperwork|tax|taxes|visa|passport|meeting|move|exam|exams|birthday|christmas|visit|operation|surgery|procedure|scan/weekend away]",
    "[with|for] ~1 [my|the] ~1 [insurance/paperwork/mortgage/taxes/tax return/visa/passport/application]",
  ],
  // Affairs put in order (ambiguous alone: wills at any age).
  AFFAIRS: [
    "[everything|everythings|all|stuff|things/it all] ~3 [sorted/sorted out/in order/arranged/taken care of/tied up/squared away/organised/organized/in place]",
    "[got|have|put|sorted|sorting|getting|arranged] ~2 [everything/it all/all my stuff|things/my things] ~2 [in order/sorted/in place/arranged]",
    "[affairs in order/sorted everything out/sorted out everything/sorted it all out/sorting everything out/tied up loose ends/tying up loose ends/sorting out my affairs/sorted out my affairs/got my affairs/put everything in order/getting everything in order]",
  ],
  // Particular arrangements for after one's death: a will, cancelled contracts, who gets the pet.
  ARRANGEMENTS: [
    "[made/making/wrote/writing/updated/updating/sorted/sorting/finished] ~2 [my|a|his|her] ~1 will",
    "[cancelled/cancelling/canceled] ~2 [my|his|her] ~1 [phone contract/contract/subscriptions/gym/direct debits/accounts/appointments]",
    "[passwords/bank details/pin numbers/pins] ~3 [written down/left/for] ~3 [my|family|partner|wife|husband|mum|dad]",
    "who ~2 [gets/get/will get/should get/will have/should have] ~2 [the dog/the cat/my dog/my cat/my things/my stuff/my car/the house/my money]",
  ],
};
