import { Button, Field, Input, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { FormEvent, useMemo, useState } from "react";
import { Code, periodExample, ReportingPackage, Template } from "../core";
import { catalogueGroups, periodFor } from "./catalogue";
import { CatalogueList } from "./CatalogueList";
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
  const [query, setQuery] = useState("");
  const [chosenKey, setChosenKey] = useState<string>();
  const [country, setCountry] = useState("");
  const [periodText, setPeriodText] = useState("");

  const groups = useMemo(
    () => catalogueGroups(templates, packages, query, periodText),
    [templates, packages, query, periodText]
  );
  const all = useMemo(
    () => catalogueGroups(templates, packages, "", periodText).flatMap((g) => g.entries),
    [templates, packages, periodText]
  );
  const chosen = all.find((e) => e.key === chosenKey);
  const example = periodExample(chosen?.frequency ?? "M");
  const period = chosen ? periodFor(periodText, chosen.frequency) : undefined;
  const periodProblem =
    chosen && periodText.trim() !== "" && !period ? `Write the period like ${example}.` : undefined;
  const ready = Boolean(chosen && country && period) && !busy;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ready && chosen && period) onLoad({ choice: chosen.choice, country, period });
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-label="Load from the catalogue">
      <Field label="Search the catalogue" hint="Table id, title or dataset, e.g. asylum">
        <Input
          className={styles.fill}
          type="search"
          value={query}
          onChange={(_, data) => setQuery(data.value)}
        />
      </Field>
      <CatalogueList groups={groups} chosenKey={chosenKey} onChoose={setChosenKey} />
      <Field label="Reporting country">
        <Select
          className={styles.fill}
          select={{ className: styles.select }}
          value={country}
          onChange={(_, data) => setCountry(data.value)}
        >
          <option value="">Choose a country</option>
          <optgroup label="WB-MIDEX participants">
            {countries.slice(0, PARTICIPANTS).map((c) => (
              <option key={c.code} value={c.code}>
                {c.code} – {c.label}
              </option>
            ))}
          </optgroup>
          <optgroup label="Other countries">
            {countries.slice(PARTICIPANTS).map((c) => (
              <option key={c.code} value={c.code}>
                {c.code} – {c.label}
              </option>
            ))}
          </optgroup>
        </Select>
      </Field>
      <Field
        label="Reference period"
        hint={periodProblem ? undefined : `For example ${example}; deadlines appear in the list`}
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
            ? `${chosen.name}${period ? ` for ${period}` : ""}`
            : "Choose a table or a package above."}
        </Text>
        <Button appearance="primary" type="submit" disabled={!ready}>
          {busy ? "Loading…" : "Load"}
        </Button>
      </div>
    </form>
  );
}
