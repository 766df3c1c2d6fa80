// Patient wording for emergency (L1/L2) replies: the instruction is always the first sentence (P7),
// then at most three seconds-long safety actions for the matched groups, then the care-team line.
// Our own plain words; clinical governance signs off every sentence here (clinical-safety.md §1.4).
import { TRIAGE_RULES } from "../../triage/index.ts";
import type { EmergencyContacts, Reason } from "../../types.ts";

const MAX_ACTIONS = 3;

const DISPOSITION = new Map(TRIAGE_RULES.map((r) => [r.id, r.disposition]));

// Pregnancy problems go to the maternity unit (labour ward) where there is one.
const MATERNITY = new Set([
  "input.emergency.pregnancy_bleeding",
  "input.emergency.pre_eclampsia",
  "input.emergency.reduced_fetal_movements",
]);

const ACTIONS: Readonly<Record<string, (c: EmergencyContacts) => string>> = {
  "input.emergency.stroke": () =>
    "Note the time the symptoms started, and don't give them anything to eat or drink.",
  "input.emergency.heart_attack": () =>
    "Don't drive yourself. Stop what you're doing and sit down to rest while you wait.",
  "input.emergency.aortic_dissection": () => "Keep as still as you can, and don't drive yourself.",
  "input.emergency.pulmonary_embolism": () => "Sit upright and rest, and don't drive yourself.",
  "input.emergency.breathing_severe": () =>
    "Sit upright, loosen anything tight, and try to breathe slowly.",
  "input.emergency.asthma_severe": () =>
    "Sit upright and keep using your reliever inhaler as your asthma plan says.",
  "input.emergency.anaphylaxis": () =>
    "If you have an adrenaline auto-injector (like an EpiPen), use it now, then lie down with your legs raised, or sit up if breathing is hard. Don't stand up or walk.",
  "input.emergency.sepsis": () =>
    "Tell them it could be sepsis, and bring a list of any medicines.",
  "input.emergency.sepsis_child": () =>
    "Keep your child with you and tell them it could be sepsis.",
  "input.emergency.meningitis": () => "Don't wait for a rash to appear or get worse.",
  "input.emergency.infant_fever": () =>
    "Take your baby straight there, and bring any medicines they've had.",
  "input.emergency.severe_bleeding": () =>
    "Press firmly on the wound with a clean cloth and keep pressing. Don't pull out anything stuck in it.",
  "input.emergency.nosebleed": () =>
    "Sit up, lean forward and pinch the soft part of the nose firmly.",
  "input.emergency.thunderclap_headache": () =>
    "Stay with them, and note when the headache started.",
  "input.emergency.overdose": () =>
    "Don't make them vomit. Keep the packet or bottle to show the crew.",
  "input.emergency.paracetamol_overdose": () =>
    "Get help even if you feel well: the damage can take a day to show. Take the packet with you.",
  "input.emergency.poisoning": () =>
    "Don't make them vomit, and keep the container to show the crew.",
  "input.emergency.button_battery": () =>
    "Don't give food or drink, and don't try to make them vomit.",
  "input.emergency.opioid_overdose": () =>
    "If you have naloxone, use it now. Stay with them, and if they're breathing, lay them on their side.",
  "input.emergency.seizure": () =>
    "Move things away that could hurt them. Don't hold them down or put anything in their mouth, and time the seizure.",
  "input.emergency.collapse": () =>
    "If they're not breathing normally, start CPR: the call handler will talk you through it.",
  "input.emergency.hypoglycaemia_severe": () =>
    "Don't give food or drink to someone who is very drowsy or can't swallow. If you have glucagon and know how to use it, use it.",
  "input.emergency.dka": () => "Bring your blood sugar meter and your insulin with you.",
  "input.emergency.ectopic": () => "Lie down while you wait, and don't drive yourself.",
  "input.emergency.pregnancy_bleeding": () =>
    "Bring your maternity notes if you have them, and don't drive yourself.",
  "input.emergency.pre_eclampsia": () => "Bring your maternity notes if you have them.",
  "input.emergency.reduced_fetal_movements": () => "Don't wait to see if the baby moves later.",
  "input.emergency.testicular_torsion": () =>
    "Don't eat or drink anything in case an operation is needed.",
  "input.emergency.cauda_equina": () =>
    "Tell the staff about the back pain and the numbness or bladder changes.",
  "input.emergency.head_injury_severe": () =>
    "Keep them still, especially if the neck might be hurt.",
  "input.emergency.head_injury": () => "Don't let them drive, and keep someone with them.",
  "input.emergency.major_trauma": () =>
    "Press firmly on any bleeding, and don't move them if the neck or back might be hurt.",
  "input.emergency.severe_burn": () =>
    "Cool the burn under cool running water for 20 minutes, then cover it loosely with cling film.",
  "input.emergency.choking": () =>
    "If they can't cough or breathe, give up to 5 firm back blows between the shoulder blades, then up to 5 abdominal thrusts.",
  "input.emergency.drowning": () => "If they're not breathing normally, start CPR.",
  "input.emergency.gi_bleed": () => "Don't eat or drink anything.",
  "input.emergency.eye_chemical": () =>
    "Rinse the eye with plenty of clean running water for at least 20 minutes.",
  "input.emergency.snake_bite": () =>
    "Keep the bitten limb still, and don't cut or suck the wound.",
  "input.emergency.suicide_risk": (c) =>
    `If you can, move away from anything you could use to hurt yourself and stay with someone. You can also reach ${crisisLine(c)}.`,
};

// Swallowed substances: the poison line can advise while help is on the way.
const POISONING = new Set([
  "input.emergency.overdose",
  "input.emergency.paracetamol_overdose",
  "input.emergency.poisoning",
  "input.emergency.button_battery",
]);

function crisisLine(c: EmergencyContacts): string {
  const first = c.crisisLines[0];
  return first ? `${first.label} (${first.contact})` : "a crisis line";
}

function instruction(reasons: readonly Reason[], n: string): string {
  const dispositions = reasons.map((r) => DISPOSITION.get(r.ruleId));
  // Anything unknown or call_now means calling; going in person only when every reason says so.
  if (dispositions.length === 0 || dispositions.some((d) => d !== "go_now")) {
    return `Call ${n} now. This could be an emergency.`;
  }
  const place = reasons.every((r) => MATERNITY.has(r.ruleId))
    ? "your maternity unit or the nearest emergency department"
    : "the nearest emergency department";
  return `Go to ${place} now. If you can't get there quickly and safely, call ${n}.`;
}

export function composeEmergencyReply(input: {
  reasons: Reason[];
  contacts: EmergencyContacts;
}): string {
  const { reasons, contacts } = input;
  const emergency = reasons.filter((r) => r.ruleId.startsWith("input.emergency."));
  const relevant = emergency.length > 0 ? emergency : reasons;
  const actions: string[] = [];
  // Any suicidal content alongside a physical emergency also gets the crisis line.
  const suicidal = reasons.some(
    (r) => r.ruleId.startsWith("input.crisis.") || r.ruleId === "input.urgent.suicidal_thoughts",
  );
  const ordered = suicidal
    ? [...relevant, { ruleId: "input.emergency.suicide_risk", text: "" }]
    : relevant;
  for (const r of ordered) {
    const action = ACTIONS[r.ruleId]?.(contacts);
    if (action && !actions.includes(action)) actions.push(action);
    if (actions.length === MAX_ACTIONS) break;
  }
  if (contacts.poisonLine && relevant.some((r) => POISONING.has(r.ruleId))) {
    actions.push(
      `The poison line (${contacts.poisonLine}) can advise too, but don't let it delay help.`,
    );
  }
  return [
    instruction(relevant, contacts.emergencyNumber),
    ...actions,
    "Our care team has been alerted and will see this conversation.",
    "I'm still here.",
  ].join(" ");
}
