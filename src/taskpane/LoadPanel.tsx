import { Button, Field, Input, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { FormEvent, useMemo, useState } from "react";
import { translatedCodeLabel } from "../core/i18n/labels";
import type { Language } from "../core/i18n/languages";
import { periodExample } from "../core/periods";
import type { CatalogueSummary } from "../core/templates/catalogue-summary";
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
  catalogue: CatalogueSummary;
  busy: boolean;
  /** False until the pane can write sheets (see engine.ts): choosing works, loading waits. */
  ready: boolean;
  onLoad: (request: LoadRequest) => void;
}

/** Chooses a template or a package from the catalogue, the country and the period, and loads. */
export function LoadPanel({ catalogue, busy, ready: canLoad, onLoad }: LoadPanelProps) {
  const styles = useStyles();
  const t = useText();
  const language = useLanguage();
  const words = useMemo(() => catalogueWords(t, language), [t, language]);
  const [query, setQuery] = useState("");
  const [chosenKey, setChosenKey] = useState<string>();
  const [country, setCountry] = useState("");
  const [periodText, setPeriodText] = useState("");

  const groups = useMemo(
    () => catalogueGroups(catalogue, query, periodText, words),
    [catalogue, query, periodText, words]
  );
  const all = useMemo(
    () => catalogueGroups(catalogue, "", periodText, words).flatMap((g) => g.entries),
    [catalogue, periodText, words]
  );
  const chosen = all.find((e) => e.key === chosenKey);
  const example = periodExample(chosen?.frequency ?? "M");
  const period = chosen ? periodFor(periodText, chosen.frequency) : undefined;
  const periodProblem =
    chosen && periodText.trim() !== "" && !period
      ? t("load.periodProblem", { example })
      : undefined;
  const ready = Boolean(chosen && country && period) && !busy && canLoad;
  const countries = catalogue.countries;
  const name = (code: string, english: string) =>
    translatedCodeLabel(language, "geo", code, english);

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
