import { toCyrillic } from "../i18n/serbian-script";
import { derivedCatalogue } from "./derived";
import { srLatn } from "./sr-Latn";

/**
 * Serbian Cyrillic: the Latin wording letter for letter, so the two scripts never differ in
 * what they say. Cell addresses, codes and the values a user typed stay as they are.
 */
export const srCyrl = derivedCatalogue(srLatn, toCyrillic);
