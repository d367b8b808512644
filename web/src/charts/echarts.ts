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
interface Feature { properties?: { kode?: string } }
interface FeatureCollection { type: string; features: Feature[] }
let geojson: Promise<FeatureCollection> | null = null
const registered = new Set<string>()

/** Loads the shipped kelurahan boundaries at run time (not bundled), once. */
function loadGeoJson(url: string): Promise<FeatureCollection> {
  if (!geojson) {
    geojson = fetch(url, { credentials: 'same-origin' })
      .then((res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}`)
        return res.json() as Promise<FeatureCollection>
      })
      .catch((e) => {
        geojson = null
        throw e
      })
  }
  return geojson
}

/**
 * Registers the kelurahan map and returns its name: the whole city, or only the kelurahan given
 * (a kecamatan or kelurahan operator sees their own area, not a grey city around it).
 */
export async function loadKelurahanMap(only: string[] = [], url = '/kota_jambi_kelurahan.geojson'): Promise<string> {
  const all = await loadGeoJson(url)
  const wanted = new Set(only)
  const features = only.length ? all.features.filter((f) => wanted.has(f.properties?.kode ?? '')) : all.features
  const partial = features.length > 0 && features.length < all.features.length
  const name = partial ? `${MAP_NAME}:${[...wanted].sort().join(',')}` : MAP_NAME
  if (!registered.has(name)) {
    registerMap(name, (partial ? { ...all, features } : all) as never)
    registered.add(name)
  }
  return name
}
