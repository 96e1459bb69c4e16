import ageAsylum from "../../../templates/codelists/age-asylum.json";
import applicant from "../../../templates/codelists/applicant.json";
import citizen from "../../../templates/codelists/citizen.json";
import freq from "../../../templates/codelists/freq.json";
import geo from "../../../templates/codelists/geo.json";
import sex from "../../../templates/codelists/sex.json";
import unit from "../../../templates/codelists/unit.json";

/**
 * Every code list shipped with the product, imported as data so the task pane bundle, the CLI
 * and the server carry the same lists. Add a list here when a template needs a new one.
 */
export const shippedCodeLists: unknown[] = [ageAsylum, applicant, citizen, freq, geo, sex, unit];
