// Plain-language reasons for the safety ledger: one per identifier type that was redacted, so a
// reviewer sees what was removed without seeing the identifier itself.

import type { PhiEntity, PhiType, Reason } from "../types.ts";
import { placeholder } from "./resolve.ts";

const WHAT: Record<PhiType, string> = {
  name: "a person's name",
  date: "a date",
  phone: "a phone number",
  fax: "a fax number",
  email: "an email address",
  ssn: "a Social Security number",
  mrn: "a medical record or NHS number",
  account: "an account, card, member or policy number",
  address: "a street address or town",
  zip: "a ZIP code or postcode",
  url: "a web address",
  ip: "an IP address",
  licence: "a licence or certificate number",
  device: "a device or serial number",
  vehicle: "a vehicle plate or VIN",
  age: "an age over 89",
  other_id: "an identifying number or code",
};

/** One reason per redacted type, in order of first appearance. */
export function phiReasons(entities: readonly PhiEntity[]): Reason[] {
  const types = [...new Set(entities.map((entity) => entity.type))];
  return types.map((type) => ({
    ruleId: `input.phi.${type}`,
    text: `The message contained ${WHAT[type]}, replaced with ${placeholder(type)}.`,
  }));
}
