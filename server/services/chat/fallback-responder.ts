import type { Responder } from "./pipeline.ts";

// The honest answer careline always keeps for when it has nothing vetted to say.
export const NO_GUIDANCE_TEXT =
  "I don't have vetted guidance on that yet. If this is an emergency, call your local emergency number now; otherwise contact your care team.";

export const fallbackResponder: Responder = async function* fallbackResponder({ turn }) {
  const number = turn.contacts.emergencyNumber;
  const text = NO_GUIDANCE_TEXT.replace(
    "your local emergency number",
    `your local emergency number (${number})`,
  );
  for (const sentence of text.match(/[^.!?]+[.!?]+\s*/g) ?? [text]) yield sentence;
  return { citations: [], flags: [], meta: { responder: "fallback" } };
};
