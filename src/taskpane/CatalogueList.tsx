import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import { CatalogueGroup } from "./catalogue";
import { useText } from "./i18n/LanguageContext";

const useStyles = makeStyles({
  box: {
    maxHeight: "280px",
    overflowY: "auto",
    ...shorthands.border("1px", "solid", tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalXS,
  },
  heading: {
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  entry: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  chosen: { backgroundColor: tokens.colorBrandBackground2 },
  radio: { marginTop: "3px", flexShrink: 0 },
  text: { display: "flex", flexDirection: "column", minWidth: 0 },
  name: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  meta: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  title: { fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  empty: { padding: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200 },
});

interface CatalogueListProps {
  groups: CatalogueGroup[];
  chosenKey: string | undefined;
  onChoose: (key: string) => void;
}

/**
 * The catalogue as one group of radio buttons: Tab reaches it, the arrow keys move through it
 * (the browser's own radio behaviour), and each entry states its frequency and deadline.
 */
export function CatalogueList({ groups, chosenKey, onChoose }: CatalogueListProps) {
  const styles = useStyles();
  const t = useText();
  return (
    <div role="radiogroup" aria-label={t("catalogue.label")} className={styles.box}>
      {groups.length === 0 && <div className={styles.empty}>{t("catalogue.nothing")}</div>}
      {groups.map((group) => (
        <div key={group.heading} role="group" aria-label={group.heading}>
          <h3 className={styles.heading}>{group.heading}</h3>
          {group.entries.map((entry) => {
            const chosen = entry.key === chosenKey;
            const due = entry.deadline ? ` · ${t("catalogue.due", { date: entry.deadline })}` : "";
            const tables = entry.tables
              ? ` · ${t("catalogue.tables", { count: entry.tables })}`
              : "";
            return (
              <label
                key={entry.key}
                className={mergeClasses(styles.entry, chosen && styles.chosen)}
              >
                <input
                  type="radio"
                  name="catalogue"
                  className={styles.radio}
                  value={entry.key}
                  checked={chosen}
                  onChange={() => onChoose(entry.key)}
                />
                <span className={styles.text}>
                  <span className={styles.name}>{entry.name}</span>
                  <span className={styles.meta}>
                    {t(`frequency.${entry.frequency}`)}
                    {tables}
                    {due}
                  </span>
                  <span className={styles.title}>{entry.title}</span>
                </span>
              </label>
            );
          })}
        </div>
      ))}
    </div>
  );
}
