import { useEffect, useRef } from 'react';
import {
  TerraDraw,
  TerraDrawLineStringMode,
  TerraDrawPointMode,
  TerraDrawPolygonMode,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import { useMapInstance } from '../../map/MapContext';
import type { CommentGeometry, Shape } from './locationInput';

const modeNames: Record<Shape, string> = {
  Point: 'point',
  LineString: 'linestring',
  Polygon: 'polygon',
};

/**
 * Draws one point, line or polygon on the map with terra-draw, in the given shape, and hands
 * it over when finished (a polygon closes on its first vertex, a line ends on its last).
 */
export function DrawControl({
  shape,
  onDrawn,
}: {
  shape: Shape;
  onDrawn: (geometry: CommentGeometry) => void;
}) {
  const map = useMapInstance();
  const onDrawnRef = useRef(onDrawn);
  onDrawnRef.current = onDrawn;

  useEffect(() => {
    const draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map }),
      modes: [new TerraDrawPointMode(), new TerraDrawLineStringMode(), new TerraDrawPolygonMode()],
    });
    draw.start();
    draw.setMode(modeNames[shape]);
    draw.on('finish', (id) => {
      const geometry = draw.getSnapshotFeature(id)?.geometry;
      if (geometry?.type === shape) onDrawnRef.current(geometry as CommentGeometry);
      // The page draws the chosen location itself; terra-draw's copy goes.
      queueMicrotask(() => {
        if (draw.enabled) draw.clear();
      });
    });
    map.getCanvas().style.cursor = 'crosshair';
    return () => {
      map.getCanvas().style.cursor = '';
      if (map.getStyle()) draw.stop();
    };
  }, [map, shape]);

  return null;
}
