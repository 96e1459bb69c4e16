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
import { addableCodes, searchCodes } from "./addable-codes";

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
  const [query, setQuery] = useState("");
  const [code, setCode] = useState<string>();
  const codes = useMemo(() => addableCodes(target.data) ?? [], [target.data]);
  const shown = searchCodes(codes, query).slice(0, SHOWN);
  const dimension = target.data.template.dimensions.find(
    (d) => d.id === target.data.layout.rowDims[0]
  );
  const label = `${dimension?.label ?? "Code"} to add`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!code || busy) return;
    onAdd(target.sheetId, code);
    setCode(undefined);
    setQuery("");
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-label={`Add a row to ${target.sheet}`}>
      <Text size={200}>
        Sheet {target.sheet} shows the rows most countries need; add a row for any other code.
      </Text>
      <Field label={label}>
        <Combobox
          className={styles.fill}
          freeform
          placeholder="Type a code or a name"
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
              No code matches
            </Option>
          )}
        </Combobox>
      </Field>
      <div>
        <Button type="submit" disabled={!code || busy}>
          {busy ? "Adding…" : "Add row"}
        </Button>
      </div>
    </form>
  );
}
