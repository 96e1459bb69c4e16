import { makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { ReactNode } from "react";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  title: { margin: 0 },
});

/** One titled part of the pane: a region named by its heading, alike wherever it is drawn. */
export function PaneSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  const titleId = `${id}-title`;
  return (
    <section className={styles.section} aria-labelledby={titleId}>
      <Subtitle2 as="h2" id={titleId} className={styles.title}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}
