// ECharts, imported piece by piece (and only by dynamic import, so that it is a chunk of its own
// that loads after the dashboard's figures are on screen) so that only what the dashboard draws is shipped:
// the kelurahan choropleth (map + visualMap), the bar chart, tooltips, on canvas.
import { init, registerMap, use, type ComposeOption } from 'echarts/core'
import { BarChart, MapChart, type BarSeriesOption, type MapSeriesOption } from 'echarts/charts'
import {
  GridComponent, TooltipComponent, VisualMapPiecewiseComponent,
  type GridComponentOption, type TooltipComponentOption, type VisualMapComponentOption,
} from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

use([MapChart, BarChart, GridComponent, TooltipComponent, VisualMapPiecewiseComponent, CanvasRenderer])

export type ChartOption = ComposeOption<
  BarSeriesOption | MapSeriesOption | GridComponentOption | TooltipComponentOption | VisualMapComponentOption
>

export { init, registerMap }

import { MAP_NAME } from './options'
let mapPromise: Promise<void> | null = null

/** Loads the shipped kelurahan boundaries at run time (not bundled) and registers them once. */
export function loadKelurahanMap(url = '/kota_jambi_kelurahan.geojson'): Promise<void> {
  if (!mapPromise) {
    mapPromise = fetch(url, { credentials: 'same-origin' })
      .then((res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}`)
        return res.json()
      })
      .then((geojson) => {
        registerMap(MAP_NAME, geojson)
      })
      .catch((e) => {
        mapPromise = null
        throw e
      })
  }
  return mapPromise
}
