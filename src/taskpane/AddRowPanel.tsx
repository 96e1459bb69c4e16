import {
  Button,
  Combobox,
  Field,
  makeStyles,
  Option,
  Text,
  tokens,
} from "@fluentui/react-components";
import { FormEvent, useMemo, useState } from "react";
import type { SheetReport } from "../excel";
import { codeLabelIn, dimensionLabelIn } from "../core/i18n";
import { addableCodes, searchCodes } from "./addable-codes";
import { useLanguage, useText } from "./i18n/LanguageContext";

/** Enough to pick from; typing narrows the list. */
const SHOWN = 60;

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  fill: { width: "100%", minWidth: 0 },
});

interface AddRowPanelProps {
  target: Extract<SheetReport, { kind: "template" }>;
  busy: boolean;
  onAdd: (sheetId: string, code: string) => void;
}

/** Adds a row for a code the sheet does not show yet, picked from the full code list. */
export function AddRowPanel({ target, busy, onAdd }: AddRowPanelProps) {
  const styles = useStyles();
  const t = useText();
  const language = useLanguage();
  const [query, setQuery] = useState("");
  const [code, setCode] = useState<string>();
  const dimension = target.data.template.dimensions.find(
    (d) => d.id === target.data.layout.rowDims[0]
  );
  // Labels in the pane's language, so typing a name in that language finds the code.
  const codes = useMemo(
    () =>
      (addableCodes(target.data) ?? []).map((c) => ({
        ...c,
        label: (dimension && codeLabelIn(language, dimension.codeList, c.code)) ?? c.label,
      })),
    [target.data, dimension, language]
  );
  const shown = searchCodes(codes, query).slice(0, SHOWN);
  const label = t("addRow.toAdd", {
    dimension: dimension ? dimensionLabelIn(language, dimension.label) : t("addRow.code"),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!code || busy) return;
    onAdd(target.sheetId, code);
    setCode(undefined);
    setQuery("");
  };

  return (
    <form
      className={styles.form}
      onSubmit={submit}
      aria-label={t("addRow.form", { sheet: target.sheet })}
    >
      <Text size={200}>{t("addRow.intro", { sheet: target.sheet })}</Text>
      <Field label={label}>
        <Combobox
          className={styles.fill}
          freeform
          placeholder={t("addRow.placeholder")}
          value={query}
          selectedOptions={code ? [code] : []}
          onChange={(event) => {
            setQuery(event.target.value);
            setCode(undefined);
          }}
          onOptionSelect={(_, data) => {
            setCode(data.optionValue);
            setQuery(data.optionText ?? "");
          }}
        >
          {shown.map((c) => (
            <Option key={c.code} value={c.code} text={`${c.code} – ${c.label}`}>
              {c.code} – {c.label}
            </Option>
          ))}
          {shown.length === 0 && (
            <Option value="" text="" disabled>
              {t("addRow.noMatch")}
            </Option>
          )}
        </Combobox>
      </Field>
      <div>
        <Button type="submit" disabled={!code || busy}>
          {busy ? t("addRow.adding") : t("addRow.add")}
        </Button>
      </div>
    </form>
  );
}
