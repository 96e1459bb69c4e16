import { Label, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from "../../core/i18n/languages";
import { useLanguage, useSetLanguage, useText } from "./LanguageContext";

const useStyles = makeStyles({
  // Label and list side by side, kept whole: in a narrow pane the header wraps the picker onto
  // its own line instead of squeezing the label.
  picker: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    flexShrink: 0,
    maxWidth: "100%",
  },
  label: { whiteSpace: "nowrap" },
  select: { minWidth: 0 },
});

/** The pane's language, named in itself; the pseudo-locale is offered only when already on. */
export function LanguagePicker() {
  const styles = useStyles();
  const t = useText();
  const id = useId();
  const language = useLanguage();
  const setLanguage = useSetLanguage();
  const offered = language === "qps" ? [...LANGUAGES, "qps" as const] : LANGUAGES;
  return (
    <div className={styles.picker}>
      <Label htmlFor={id} size="small" className={styles.label}>
        {t("language.label")}
      </Label>
      <Select
        id={id}
        size="small"
        className={styles.select}
        value={language}
        onChange={(_, data) => isLanguage(data.value) && setLanguage(data.value)}
      >
        {offered.map((l) => (
          <option key={l} value={l} lang={l === "qps" ? "en" : l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </Select>
    </div>
  );
}
