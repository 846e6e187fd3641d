// A line or step chart drawn with uPlot, with its data always readable as a table (a <details> below it).
// uPlot: ~50 KB, canvas-drawn and fast with thousands of points, actively maintained, no dependencies; the
// heavier chart libraries (Chart.js, ECharts) add hundreds of KB for features these charts do not use.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { t } from '../../i18n';
import { NO_FIGURE } from './format-figures';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  color: string;
  /** Draw as steps (staffing) rather than a line (trends). */
  stepped?: boolean;
}

export interface TimeSeriesChartProps {
  /** Names the chart for screen readers and titles its table. */
  title: string;
  /** Epoch milliseconds of each point. */
  x: number[];
  /** Each point's label in the table (a date, an hour). */
  xLabels: string[];
  xHeading: string;
  series: ChartSeries[];
  /** How a value reads in the table and the chart's axis. */
  format: (value: number) => string;
  /** The team zone: the chart's time axis reads its clocks. */
  zone: string;
  height?: number;
  /** The steps the value axis may tick at (whole numbers, round durations), so ticks read cleanly. */
  ticks?: number[];
}

/** Tick steps for counts: whole numbers only. */
export const WHOLE_TICKS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000];
/** Tick steps for durations in milliseconds: 15 min up to 2 days. */
export const DURATION_TICKS = [0.25, 0.5, 1, 2, 3, 6, 12, 24, 48].map((hours) => hours * 3_600_000);

/** uPlot draws on a 2D canvas; where there is none (a test DOM), the chart is skipped and the table remains. */
export function canDrawCharts(): boolean {
  try {
    return document.createElement('canvas').getContext('2d') !== null;
  } catch {
    return false;
  }
}

export function TimeSeriesChart({ title, x, xLabels, xHeading, series, format, zone, height = 220, ticks }: TimeSeriesChartProps) {
  const target = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = target.current;
    if (!element || !canDrawCharts() || x.length === 0) return;
    const options: uPlot.Options = {
      width: Math.max(320, element.clientWidth || 640),
      height,
      tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), zone),
      scales: { x: { time: true } },
      axes: [{}, { values: (_chart, values) => values.map((value) => format(value)), size: 70, ...(ticks ? { incrs: ticks } : {}) }],
      series: [
        {},
        ...series.map((s) => ({
          label: s.label,
          stroke: s.color,
          width: 2,
          value: (_chart: uPlot, value: number | null) => (value === null ? NO_FIGURE : format(value)),
          ...(s.stepped ? { paths: uPlot.paths.stepped?.({ align: 1 }) } : {}),
        })),
      ],
    };
    const data = [x.map((at) => at / 1000), ...series.map((s) => s.values)] as uPlot.AlignedData;
    const chart = new uPlot(options, data, element);
    return () => chart.destroy();
  }, [x, series, format, zone, height, ticks]);
  return (
    <figure className="chart">
      <div ref={target} className="chart__canvas" role="img" aria-label={title} />
      <details className="chart__table">
        <summary>{t('analyticsChartAsTable', title)}</summary>
        <table className="data-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{xHeading}</th>
              {series.map((s) => (
                <th key={s.label} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {xLabels.map((label, i) => (
              <tr key={`${label}-${i}`}>
                <th scope="row">{label}</th>
                {series.map((s) => {
                  const value = s.values[i];
                  return <td key={s.label}>{value === null || value === undefined ? NO_FIGURE : format(value)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
