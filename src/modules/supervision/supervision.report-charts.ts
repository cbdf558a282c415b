import * as echarts from 'echarts';

/**
 * Charts for the printed report, drawn by ECharts' server-side SVG renderer in-process (no
 * browser, no canvas): the score ranking bars and the weekly score lines.
 */
function svg(width: number, height: number, option: echarts.EChartsCoreOption): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: 'cjk' }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Height of the ranking chart's SVG for this many bars (its width is 760). */
export function rankingChartHeight(bars: number): number {
  return Math.max(220, 26 * bars + 60);
}

export function rankingChart(rows: { name: string; score: number }[]): string {
  const ordered = [...rows].reverse();
  return svg(760, rankingChartHeight(rows.length), {
    grid: { left: 170, right: 50, top: 20, bottom: 30 },
    xAxis: { type: 'value', min: 0, max: 100 },
    yAxis: { type: 'category', data: ordered.map((r) => r.name), axisLabel: { fontSize: 11 } },
    series: [{ type: 'bar', data: ordered.map((r) => r.score), label: { show: true, position: 'right', fontSize: 10 }, itemStyle: { color: '#2f6fb0' } }],
  });
}

export function trendChart(weeks: string[], lines: { name: string; scores: (number | null)[] }[]): string {
  return svg(760, 360, {
    grid: { left: 50, right: 20, top: 60, bottom: 40 },
    legend: { type: 'plain', top: 0, textStyle: { fontSize: 10 } },
    xAxis: { type: 'category', data: weeks },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: lines.map((l) => ({ type: 'line', name: l.name, data: l.scores, connectNulls: false })),
  });
}
