// Patient wording for crisis replies, following safe-messaging practice (clinical-safety.md §3.1, §3.3):
// thank and acknowledge, ask directly about safety, always give the crisis lines, encourage distance
// from means and company, say honestly it's an AI and the care team will see this; never method detail.
import type { CrisisTier, EmergencyContacts } from "../../types.ts";

function lines(c: EmergencyContacts): string {
  const listed = c.crisisLines.map((l) => `${l.label}: ${l.contact}`);
  return listed.length > 0 ? listed.join("; ") : `your local crisis line, or ${c.emergencyNumber}`;
}

const HONEST =
  "I'm an AI assistant, so I can't be there in person, but a member of our care team will see this conversation.";
const MEANS =
  "If you can, put some distance between yourself and anything you could use to hurt yourself, and be with someone you trust.";
const STILL_HERE = "I'm still here, and you can keep talking to me.";
const CANT_HELP =
  "I can't help with that question, because the answer could be used to cause harm, and I care about your safety.";

function emergencyReply(
  tier: "intent" | "imminent",
  methodSeeking: boolean,
  c: EmergencyContacts,
): string {
  const first =
    tier === "imminent"
      ? `Please call ${c.emergencyNumber} now. If you've taken something or hurt yourself, tell them straight away.`
      : `Please call ${c.emergencyNumber} now, or go to the nearest emergency department.`;
  return [
    first,
    "Thank you for telling me. You matter, and I want you to be safe right now.",
    ...(methodSeeking ? [CANT_HELP] : []),
    MEANS,
    `You can also talk to someone right now: ${lines(c)}.`,
    `${HONEST} They have been alerted.`,
    STILL_HERE,
  ].join(" ");
}

export function composeCrisisReply(input: {
  tier: CrisisTier;
  methodSeeking: boolean;
  contacts: EmergencyContacts;
}): string {
  const { tier, methodSeeking, contacts: c } = input;
  if (tier === "intent" || tier === "imminent") return emergencyReply(tier, methodSeeking, c);
  const opening = methodSeeking
    ? [
        CANT_HELP,
        "But I'd really like to help you. If you're having thoughts of ending your life or hurting yourself, you don't have to face them alone.",
        "Can I ask you directly: are you thinking about suicide?",
      ]
    : tier === "method"
      ? [
          "Thank you for telling me. That took courage, and I'm glad you did.",
          "It sounds like you've been thinking about how you might end your life. Are you safe right now?",
        ]
      : tier === "ideation"
        ? [
            "Thank you for telling me how you're feeling. That sounds really painful, and I'm glad you said something.",
            "Can I ask you directly: are you thinking about ending your life, and have you thought about how or when?",
          ]
        : [
            "I'm sorry you're going through this. It sounds really hard, and it makes sense to reach out.",
            "Can I ask: are you having any thoughts of harming yourself or ending your life?",
          ];
  const urgency =
    tier === "distress" && !methodSeeking
      ? `If things feel too much, these lines are free and open any time: ${lines(c)}.`
      : `Please call or text a crisis line now. They're there to listen: ${lines(c)}.`;
  const followUp =
    tier === "distress" && !methodSeeking
      ? "Our care team can also offer you an appointment to talk things through."
      : `If you feel you might act on these thoughts, call ${c.emergencyNumber} now.`;
  return [
    ...opening,
    urgency,
    ...(tier === "distress" && !methodSeeking ? [] : [MEANS]),
    followUp,
    HONEST,
    STILL_HERE,
  ].join(" ");
}
