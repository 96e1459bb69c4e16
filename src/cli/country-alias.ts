/**
 * Codes people often type for a reporting country instead of its Eurostat geo code: the ISO
 * codes Eurostat does not use for Greece and the United Kingdom, ISO 3166 alpha-3 codes of the
 * WB-MIDEX participants, and the codes in use for Kosovo.
 */
const ALIASES: Record<string, string> = {
  GR: "EL",
  GRC: "EL",
  GB: "UK",
  GBR: "UK",
  ALB: "AL",
  BIH: "BA",
  MKD: "MK",
  MNE: "ME",
  SRB: "RS",
  KOS: "XK",
  XKX: "XK",
};

/** The Eurostat geo code meant by a code that is not one, if it is a common alias. */
export function geoAlias(code: string): string | undefined {
  return ALIASES[code.trim().toUpperCase()];
}
