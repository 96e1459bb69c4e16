import ageAsylum from "../../../templates/codelists/age-asylum.json";
import ageGroups from "../../../templates/codelists/age-groups.json";
import ageMinors from "../../../templates/codelists/age-minors.json";
import agePermits from "../../../templates/codelists/age-permits.json";
import agedef from "../../../templates/codelists/agedef.json";
import applicant from "../../../templates/codelists/applicant.json";
import applicantMinor from "../../../templates/codelists/applicant-minor.json";
import apprehen from "../../../templates/codelists/apprehen.json";
import border from "../../../templates/codelists/border.json";
import cDest from "../../../templates/codelists/c_dest.json";
import citizen from "../../../templates/codelists/citizen.json";
import decisionAsylum from "../../../templates/codelists/decision-asylum.json";
import decisionDublin from "../../../templates/codelists/decision-dublin.json";
import decisionStatus from "../../../templates/codelists/decision-status.json";
import duration from "../../../templates/codelists/duration.json";
import freq from "../../../templates/codelists/freq.json";
import geo from "../../../templates/codelists/geo.json";
import legFram from "../../../templates/codelists/leg_fram.json";
import legProv from "../../../templates/codelists/leg_prov.json";
import partnerDublin from "../../../templates/codelists/partner-dublin.json";
import reasonApprehension from "../../../templates/codelists/reason-apprehension.json";
import reasonChange from "../../../templates/codelists/reason-change.json";
import reasonPermit from "../../../templates/codelists/reason-permit.json";
import reasonRefusal from "../../../templates/codelists/reason-refusal.json";
import reasonWithdrawal from "../../../templates/codelists/reason-withdrawal.json";
import request from "../../../templates/codelists/request.json";
import returnType from "../../../templates/codelists/return.json";
import sex from "../../../templates/codelists/sex.json";
import unit from "../../../templates/codelists/unit.json";
import unitNumber from "../../../templates/codelists/unit-number.json";
import withdraw from "../../../templates/codelists/withdraw.json";

/**
 * Every code list shipped with the product, imported as data so the task pane bundle, the CLI
 * and the server carry the same lists. Add a list here when a template needs a new one.
 */
export const shippedCodeLists: unknown[] = [
  ageAsylum,
  ageGroups,
  ageMinors,
  agePermits,
  agedef,
  applicant,
  applicantMinor,
  apprehen,
  border,
  cDest,
  citizen,
  decisionAsylum,
  decisionDublin,
  decisionStatus,
  duration,
  freq,
  geo,
  legFram,
  legProv,
  partnerDublin,
  reasonApprehension,
  reasonChange,
  reasonPermit,
  reasonRefusal,
  reasonWithdrawal,
  request,
  returnType,
  sex,
  unit,
  unitNumber,
  withdraw,
];
