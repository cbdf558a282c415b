import turfBbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';

/** A boundary as stored: a GeoJSON Polygon or MultiPolygon in WGS-84 longitude, latitude order. */
export type AreaBoundary = Polygon | MultiPolygon;

/** Longitude and latitude bounds of a boundary, the SQL prefilter (`box` column, GiST index). */
export interface BoundingBox {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

/** A generous ceiling: a grid cell's outline has tens of points, a township's a few thousand. */
export const MAX_BOUNDARY_POSITIONS = 20_000;

/**
 * What is wrong with a GeoJSON boundary, in words an administrator can act on (Chinese then
 * English), or undefined when it is a Polygon or MultiPolygon of closed rings of at least four
 * WGS-84 positions. The geometry itself is tested with turf (RFC 7946 semantics, holes
 * included); this only makes sure what turf is handed is what RFC 7946 calls a polygon.
 */
export function boundaryProblem(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return '边界须为GeoJSON对象 the boundary must be a GeoJSON object {"type": "Polygon", "coordinates": [...]}';
  }
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (type !== 'Polygon' && type !== 'MultiPolygon') {
    return `边界类型须为Polygon或MultiPolygon the boundary type must be Polygon or MultiPolygon (got ${JSON.stringify(type ?? null)})`;
  }
  if (!Array.isArray(coordinates) || coordinates.length === 0) {
    return '边界缺少坐标 the boundary has no coordinates';
  }
  const polygons = type === 'Polygon' ? [coordinates] : coordinates;
  let positions = 0;
  for (const [p, rings] of polygons.entries()) {
    const where = type === 'MultiPolygon' ? `polygon ${p + 1}, ` : '';
    if (!Array.isArray(rings) || rings.length === 0) return `${where}多边形没有环 the polygon has no ring`;
    for (const [r, ring] of (rings as unknown[]).entries()) {
      const at = `${where}ring ${r + 1}`;
      if (!Array.isArray(ring) || ring.length < 4) {
        return `${at}: 环至少需要4个坐标点 a ring needs at least 4 positions, the last equal to the first`;
      }
      for (const [i, position] of (ring as unknown[]).entries()) {
        if (
          !Array.isArray(position) ||
          position.length < 2 ||
          !position.every((n) => typeof n === 'number' && Number.isFinite(n))
        ) {
          return `${at}, position ${i + 1}: 坐标须为[经度, 纬度] each position must be [longitude, latitude] numbers`;
        }
        const [lng, lat] = position as number[];
        if (lng < -180 || lng > 180 || lat < -90 || lat > 90) {
          return `${at}, position ${i + 1}: 经纬度超出范围 [${lng}, ${lat}] is outside longitude -180..180, latitude -90..90 (GeoJSON puts longitude first)`;
        }
      }
      const first = ring[0] as number[];
      const last = ring[ring.length - 1] as number[];
      if (first[0] !== last[0] || first[1] !== last[1]) {
        return `${at}: 环未闭合 the ring is not closed: its last position must equal its first`;
      }
      positions += ring.length;
    }
  }
  if (positions > MAX_BOUNDARY_POSITIONS) {
    return `边界坐标点过多 the boundary has ${positions} positions; at most ${MAX_BOUNDARY_POSITIONS}: simplify it`;
  }
  return undefined;
}

/** Only the members RFC 7946 defines for the geometry are kept; nothing else a client sent is stored. */
export function cleanBoundary(value: AreaBoundary): AreaBoundary {
  return { type: value.type, coordinates: value.coordinates } as AreaBoundary;
}

export function boundingBox(boundary: AreaBoundary): BoundingBox {
  const [minLng, minLat, maxLng, maxLat] = turfBbox(boundary);
  return { minLng, minLat, maxLng, maxLat };
}

/** PostgreSQL's `box` literal for the bounds: x is longitude, y latitude. */
export function boxLiteral(box: BoundingBox): string {
  return `(${box.maxLng},${box.maxLat}),(${box.minLng},${box.minLat})`;
}

/** Whether the point lies inside the boundary (on its edge counts as inside). */
export function boundaryContains(boundary: AreaBoundary, longitude: number, latitude: number): boolean {
  return booleanPointInPolygon([longitude, latitude], boundary);
}
