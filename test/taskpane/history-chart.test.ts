import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { Language } from "../../src/core/i18n";
import { HistoryChart, HistoryChartProps } from "../../src/taskpane/HistoryChart";
import { LanguageProvider } from "../../src/taskpane/i18n/LanguageContext";
import { loadLanguage } from "../../src/taskpane/i18n/load-language";

const props: HistoryChartProps = {
  cell: "F14",
  points: [
    { period: "2025-06", value: 1200 },
    { period: "2025-07", value: 1340 },
    { period: "2025-08", value: 1280 },
  ],
  band: { low: 1100, high: 1450 },
  current: { period: "2026-06", value: 4800 },
};

function html(language: Language, chart: HistoryChartProps = props): string {
  return renderToStaticMarkup(
    createElement(
      LanguageProvider,
      { language, onLanguage: () => undefined },
      createElement(HistoryChart, chart)
    )
  );
}

function textOf(markup: string, tag: string): string {
  const match = new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`).exec(markup);
  return match ? match[1] : "";
}

describe("the history chart", () => {
  // The pane fetches a language's words before showing it (src/taskpane/index.tsx, PaneLanguage).
  beforeAll(() => Promise.all(["sr-Cyrl", "mk", "sq"].map((l) => loadLanguage(l as Language))));

  it("is one image for assistive technology, named by its title and described by its figures", () => {
    const markup = html("en");
    expect(markup).toMatch(/<svg[^>]*role="img"/);
    const labelledBy = /aria-labelledby="([^"]+)"/.exec(markup)![1].split(" ");
    expect(labelledBy).toHaveLength(2);
    for (const id of labelledBy) expect(markup).toContain(`id="${id}"`);
    expect(textOf(markup, "title")).toBe("History of F14");
    const desc = textOf(markup, "desc");
    for (const figure of ["1,200", "1,340", "1,280", "4,800", "1,100", "1,450"]) {
      expect(desc).toContain(figure);
    }
    expect(desc).toContain("2026-06 (this sheet): 4,800");
    expect(desc).toContain("from 3 earlier periods");
  });

  it("lists every period and figure in a table for screen readers", () => {
    const table = textOf(html("en"), "tbody");
    const rows = table.match(/<tr>/g) ?? [];
    expect(rows).toHaveLength(4);
    expect(table).toContain("<td>2025-07</td><td>1,340</td>");
  });

  it("draws the earlier figures as a line, the band as a rectangle and marks this period", () => {
    const markup = html("en");
    const line = /<polyline points="([^"]+)"/.exec(markup)![1].split(" ");
    expect(line).toHaveLength(3);
    const ys = line.map((p) => Number(p.split(",")[1]));
    // Higher figures are drawn higher up (smaller y): 1,340 above 1,200.
    expect(ys[1]).toBeLessThan(ys[0]);
    const current = /<circle[^>]*data-testid="history-current"[^>]*>/.exec(markup)![0];
    const cy = Number(/cy="([\d.]+)"/.exec(current)![1]);
    const band = /<rect[^>]*y="([\d.]+)"[^>]*height="([\d.]+)"/.exec(markup)!;
    // 4,800 is far above the band's top.
    expect(cy).toBeLessThan(Number(band[1]));
  });

  it("speaks the pane's language, with its digits and grouping", () => {
    const desc = textOf(html("sr-Cyrl"), "desc");
    expect(desc).toContain("Уобичајени распон");
    expect(desc).toContain("4.800");
    expect(textOf(html("mk"), "title")).toBe("Историја на ќелијата F14");
    expect(textOf(html("sq"), "title")).toBe("Historiku i F14");
  });

  it("draws a single earlier period and a flat history without dividing by zero", () => {
    const markup = html("en", {
      ...props,
      points: [{ period: "2025-06", value: 0 }],
      band: { low: 0, high: 0 },
      current: { period: "2026-06", value: 0 },
    });
    expect(markup).not.toContain("NaN");
    expect(markup).not.toContain("Infinity");
  });
});
