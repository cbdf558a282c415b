/**
 * The dashboard's charts: ECharts, only the parts used (bars, lines, the SVG renderer), in a
 * chunk of its own that the leadership screen loads when it first draws a chart; the desk and
 * unit screens never download it.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use, type EChartsCoreOption, type ECharts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

const charts = new WeakMap<HTMLElement, ECharts>();

export function draw(element: HTMLElement, option: EChartsCoreOption): void {
  let chart = charts.get(element);
  if (!chart) {
    chart = init(element, null, { renderer: 'svg' });
    charts.set(element, chart);
  }
  chart.setOption({ animation: false, ...option }, true);
}

export function dispose(element: HTMLElement): void {
  charts.get(element)?.dispose();
  charts.delete(element);
}
