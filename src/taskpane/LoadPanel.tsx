import { Button, Field, Input, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { FormEvent, useMemo, useState } from "react";
import { Code, periodExample, ReportingPackage, Template } from "../core";
import { codeLabelIn, Language } from "../core/i18n";
import { catalogueGroups, catalogueWords, periodFor } from "./catalogue";
import { CatalogueList } from "./CatalogueList";
import { useLanguage, useText } from "./i18n/LanguageContext";
import type { LoadRequest } from "./use-workbook";

/** How many codes at the top of the geo list are WB-MIDEX participants. */
const PARTICIPANTS = 6;

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: "4px" },
  // A native select is as wide as its longest option; the pane may be 320 px wide.
  fill: { width: "100%", minWidth: 0 },
  select: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
});

interface LoadPanelProps {
  templates: Template[];
  packages: ReportingPackage[];
  countries: Code[];
  busy: boolean;
  onLoad: (request: LoadRequest) => void;
}

/** Chooses a template or a package from the catalogue, the country and the period, and loads. */
export function LoadPanel({ templates, packages, countries, busy, onLoad }: LoadPanelProps) {
  const styles = useStyles();
  const t = useText();
  const language = useLanguage();
  const words = useMemo(() => catalogueWords(t, language), [t, language]);
  const [query, setQuery] = useState("");
  const [chosenKey, setChosenKey] = useState<string>();
  const [country, setCountry] = useState("");
  const [periodText, setPeriodText] = useState("");

  const groups = useMemo(
    () => catalogueGroups(templates, packages, query, periodText, words),
    [templates, packages, query, periodText, words]
  );
  const all = useMemo(
    () => catalogueGroups(templates, packages, "", periodText, words).flatMap((g) => g.entries),
    [templates, packages, periodText, words]
  );
  const chosen = all.find((e) => e.key === chosenKey);
  const example = periodExample(chosen?.frequency ?? "M");
  const period = chosen ? periodFor(periodText, chosen.frequency) : undefined;
  const periodProblem =
    chosen && periodText.trim() !== "" && !period
      ? t("load.periodProblem", { example })
      : undefined;
  const ready = Boolean(chosen && country && period) && !busy;
  const name = (code: string, english: string) => codeLabelIn(language, "geo", code) ?? english;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready || !chosen || !period) return;
    // The new sheets' titles and labels follow the pane's language (codes are the same in all);
    // the loader reads `language` once use-workbook hands it on (TemplateChoice.language).
    const request: LoadRequest & { language: Language } = {
      choice: chosen.choice,
      country,
      period,
      language,
    };
    onLoad(request);
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-label={t("load.form")}>
      <Field label={t("load.search")} hint={t("load.searchHint")}>
        <Input
          className={styles.fill}
          type="search"
          value={query}
          onChange={(_, data) => setQuery(data.value)}
        />
      </Field>
      <CatalogueList groups={groups} chosenKey={chosenKey} onChoose={setChosenKey} />
      <Field label={t("load.country")}>
        <Select
          className={styles.fill}
          select={{ className: styles.select }}
          value={country}
          onChange={(_, data) => setCountry(data.value)}
        >
          <option value="">{t("load.chooseCountry")}</option>
          <optgroup label={t("load.participants")}>
            {countries.slice(0, PARTICIPANTS).map((c) => (
              <option key={c.code} value={c.code}>
                {c.code} – {name(c.code, c.label)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t("load.otherCountries")}>
            {countries.slice(PARTICIPANTS).map((c) => (
              <option key={c.code} value={c.code}>
                {c.code} – {name(c.code, c.label)}
              </option>
            ))}
          </optgroup>
        </Select>
      </Field>
      <Field
        label={t("load.period")}
        hint={periodProblem ? undefined : t("load.periodHint", { example })}
        validationMessage={periodProblem}
        validationState={periodProblem ? "error" : "none"}
      >
        <Input
          className={styles.fill}
          value={periodText}
          placeholder={example}
          onChange={(_, data) => setPeriodText(data.value)}
        />
      </Field>
      <div className={styles.actions}>
        <Text size={200} aria-live="polite">
          {chosen
            ? period
              ? t("load.chosenFor", { name: chosen.name, period })
              : chosen.name
            : t("load.chooseAbove")}
        </Text>
        <Button appearance="primary" type="submit" disabled={!ready}>
          {busy ? t("load.loading") : t("load.load")}
        </Button>
      </div>
    </form>
  );
}
