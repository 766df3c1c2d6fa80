// The five triage levels as the prompts describe them (clinical-safety.md §2.2). Prompts import
// nothing from safety/, so the union is restated here; a unit test keeps the two in step.

export const PROMPT_LEVELS = ["emergency", "urgent", "routine", "self_care", "info"] as const;
export type PromptLevel = (typeof PROMPT_LEVELS)[number];

export const LEVEL_MEANING: Record<PromptLevel, string> = {
  emergency:
    "emergency: a possible life- or limb-threatening emergency; call the emergency number now",
  urgent: "urgent: the patient should speak to a clinician today",
  routine: "routine: the patient should book an appointment within days",
  self_care: "self_care: manageable at home with vetted self-care advice and safety-netting",
  info: "info: a general health question, not about symptoms happening now",
};
