import { Button, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { FormEvent, useState } from "react";
import { Code, normalisePeriod, periodExample, Template } from "../core";
import type { TemplateChoice } from "../excel";

/** How many codes at the top of the geo list are WB-MIDEX participants. */
const PARTICIPANTS = 6;

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex" },
  // A native select is as wide as its longest option; the pane may be 320 px wide.
  fill: { width: "100%", minWidth: 0 },
  select: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
});

interface TemplatePickerProps {
  templates: Template[];
  countries: Code[];
  busy: boolean;
  onLoad: (choice: TemplateChoice) => void;
}

/** Chooses a template, the reporting country and the reference period, and loads the sheet. */
export function TemplatePicker({ templates, countries, busy, onLoad }: TemplatePickerProps) {
  const styles = useStyles();
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? "");
  const [country, setCountry] = useState("");
  const [periodText, setPeriodText] = useState("");
  const template = templates.find((t) => t.id === templateId);
  const example = template ? periodExample(template.frequency) : "";
  const period = template ? normalisePeriod(periodText, template.frequency) : undefined;
  const periodProblem =
    periodText.trim() !== "" && !period ? `Write the period like ${example}.` : undefined;
  const ready = Boolean(template && country && period) && !busy;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ready && period) onLoad({ templateId, country, period });
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-label="Load a template">
      <Field label="Template">
        <Select
          className={styles.fill}
          select={{ className: styles.select }}
          value={templateId}
          onChange={(_, data) => setTemplateId(data.value)}
        >
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.id} – {t.title}
            </option>
          ))}
        </Select>
      </Field>
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
        hint={periodProblem ? undefined : `For example ${example}`}
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
        <Button appearance="primary" type="submit" disabled={!ready}>
          {busy ? "Loading…" : "Load"}
        </Button>
      </div>
    </form>
  );
}
