import { makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { formatNumber } from "../core/i18n";
import { useLanguage, useText } from "./i18n/LanguageContext";

export interface HistoryPoint {
  period: string;
  value: number;
}

export interface HistoryChartProps {
  /** The cell the chart is about, e.g. "F14". */
  cell: string;
  /** Earlier periods' figures, oldest first. */
  points: HistoryPoint[];
  /** The usual range the plausibility rule derived from them. */
  band: { low: number; high: number };
  current: HistoryPoint;
}

// Drawing units; the SVG scales to the pane's width through its viewBox.
const WIDTH = 300;
const HEIGHT = 120;
const PAD = { left: 8, right: 8, top: 10, bottom: 22 };

const useStyles = makeStyles({
  figure: { margin: 0, minWidth: 0 },
  svg: { display: "block", width: "100%", height: "auto", overflow: "visible" },
  caption: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  // Read by screen readers, not shown: the figures as a table.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

/** Where each value and point sits in drawing units. */
function scales(values: number[], count: number) {
  const lowest = Math.min(...values);
  const highest = Math.max(...values);
  const span = highest - lowest || Math.max(1, Math.abs(highest));
  const bottom = lowest - span * 0.1;
  const top = highest + span * 0.1;
  const y = (v: number) =>
    PAD.top + (HEIGHT - PAD.top - PAD.bottom) * (1 - (v - bottom) / (top - bottom));
  const step = count > 1 ? (WIDTH - PAD.left - PAD.right) / (count - 1) : 0;
  const x = (i: number) => (count > 1 ? PAD.left + i * step : WIDTH / 2);
  return { x, y };
}

/**
 * A cell's earlier figures as a line, the usual range as a shaded band, and this period's figure
 * as a marked point: a warning "far outside this cell's history" understood at a glance. The
 * figures are also given as text (title, description and a hidden table) for screen readers.
 */
export function HistoryChart({ cell, points, band, current }: HistoryChartProps) {
  const styles = useStyles();
  const t = useText();
  const language = useLanguage();
  const id = useId();
  const n = (v: number) => formatNumber(language, v);

  const all = [...points, current];
  const { x, y } = scales([...all.map((p) => p.value), band.low, band.high], all.length);
  const line = points.map((p, i) => `${x(i)},${y(p.value)}`).join(" ");
  const outside = current.value < band.low || current.value > band.high;
  const summary = t("chart.summary", {
    cell,
    value: n(current.value),
    period: current.period,
    low: n(band.low),
    high: n(band.high),
    count: points.length,
  });
  const listing = [
    ...points.map((p) => t("chart.point", { period: p.period, value: n(p.value) })),
    t("chart.current", { period: current.period, value: n(current.value) }),
  ].join("; ");

  return (
    <figure className={styles.figure} data-testid="history-chart">
      <svg
        className={styles.svg}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{t("chart.title", { cell })}</title>
        <desc id={`${id}-desc`}>{`${summary} ${listing}.`}</desc>
        <rect
          x={PAD.left}
          y={y(band.high)}
          width={WIDTH - PAD.left - PAD.right}
          height={Math.max(1, y(band.low) - y(band.high))}
          style={{ fill: tokens.colorPaletteGreenBackground2 }}
        />
        <polyline
          points={line}
          fill="none"
          style={{ stroke: tokens.colorNeutralForeground2 }}
          strokeWidth={1.5}
        />
        {points.map((p, i) => (
          <circle
            key={p.period}
            cx={x(i)}
            cy={y(p.value)}
            r={2.5}
            style={{ fill: tokens.colorNeutralForeground2 }}
          />
        ))}
        <circle
          cx={x(points.length)}
          cy={y(current.value)}
          r={4.5}
          style={{
            fill: outside ? tokens.colorPaletteRedBackground3 : tokens.colorBrandBackground,
            stroke: tokens.colorNeutralBackground1,
          }}
          strokeWidth={1.5}
          data-testid="history-current"
        />
        <text
          x={PAD.left}
          y={HEIGHT - 6}
          fontSize={10}
          style={{ fill: tokens.colorNeutralForeground2 }}
        >
          {all[0].period}
        </text>
        <text
          x={WIDTH - PAD.right}
          y={HEIGHT - 6}
          fontSize={10}
          textAnchor="end"
          style={{ fill: tokens.colorNeutralForeground2 }}
        >
          {current.period}
        </text>
      </svg>
      <figcaption className={styles.caption} aria-hidden="true">
        {summary}
      </figcaption>
      <table className={styles.hidden}>
        <caption>{t("chart.title", { cell })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("chart.period")}</th>
            <th scope="col">{t("chart.value")}</th>
          </tr>
        </thead>
        <tbody>
          {all.map((p) => (
            <tr key={p.period}>
              <td>{p.period}</td>
              <td>{n(p.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
