import { HorizontalBarChart } from '@fluentui/react-charts';
import type { ChartProps } from '@fluentui/react-charts';
import { tokens } from '@fluentui/react-components';
import type { SectionScore } from '../../core/summary/table-summary';
import { useStrings } from '../i18n';
import { oneLine } from './IndicatorRow';

/** Numbers for the chart only (the figures themselves stay decimal strings everywhere else). */
const chartNumber = (text: string | null): number => {
  const n = Number(text);
  return Number.isFinite(n) ? n : 0;
};

/**
 * Score against weight by 一级指标: one bar per section, filled to its score
 * out of its weight. Loaded lazily, so the chart library is not part of the
 * pane's first load.
 */
export default function ScoreChart({ sections }: { sections: SectionScore[] }) {
  const s = useStrings().scores;
  const data: ChartProps[] = sections.map((section) => {
    const name = oneLine(section.name);
    const score = chartNumber(section.score);
    const weight = Math.max(chartNumber(section.weight), score);
    return {
      chartTitle: name,
      chartData: [
        {
          legend: s.scoreSeries,
          horizontalBarChartdata: { x: score, total: weight },
          color: score < weight ? tokens.colorPaletteMarigoldBackground3 : tokens.colorBrandBackground,
          xAxisCalloutData: name,
          yAxisCalloutData: `${s.scoreSeries} ${section.score ?? '—'} / ${s.weightSeries} ${section.weight ?? '—'}`,
        },
      ],
    };
  });
  return (
    <div role="img" aria-label={s.chartLabel} data-testid="score-chart">
      <HorizontalBarChart data={data} chartDataMode="fraction" barHeight={12} />
    </div>
  );
}
