import type { Map as MapLibreMap, SymbolLayerSpecification } from 'maplibre-gl';
import { useEffect, useLayoutEffect } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { defaultLang } from '../i18n/i18n';

// The offline style has no glyphs URL, so MapLibre draws labels' text with the browser's own
// fonts. A label's background is one stretchable image for all labels of its kind: a city's
// map asks for no image per count or zone.

const ratio = 2;

/** A canvas of `width` × `height` CSS pixels at twice the resolution. */
export function canvas(width: number, height: number) {
  const element = document.createElement('canvas');
  element.width = width * ratio;
  element.height = height * ratio;
  const context = element.getContext('2d');
  context?.scale(ratio, ratio);
  return { element, context };
}

type ImageOptions = Omit<NonNullable<Parameters<MapLibreMap['addImage']>[2]>, 'pixelRatio'>;

/** Adds the drawn canvas to the map as image `id`, once; `options` in CSS pixels. */
export function addCanvas(
  map: MapLibreMap,
  id: string,
  element: HTMLCanvasElement,
  options: ImageOptions = {},
) {
  const context = element.getContext('2d');
  if (!context || map.hasImage(id)) return;
  map.addImage(id, context.getImageData(0, 0, element.width, element.height), {
    ...scaled(options),
    pixelRatio: ratio,
  });
}

const scaled = ({ stretchX, stretchY, content, ...rest }: ImageOptions): ImageOptions => ({
  ...rest,
  ...(stretchX && { stretchX: stretchX.map(([a, b]) => [a * ratio, b * ratio]) }),
  ...(stretchY && { stretchY: stretchY.map(([a, b]) => [a * ratio, b * ratio]) }),
  ...(content && { content: content.map((x) => x * ratio) as typeof content }),
});

type Badge = { size: number; radius: number; inset: number; fill: string; stroke: string };

/** Round and dark for a count (a cell of remarks or projects); a white tag for a zone's symbol. */
const countBadge = 'plac-count-badge';
const count: Badge = { size: 20, radius: 9, inset: 5, fill: '#1f2933', stroke: '#ffffff' };
const tagBadge = 'plac-tag-badge';
const tag: Badge = { size: 12, radius: 3, inset: 2, fill: '#ffffff', stroke: '#1f2933' };

/**
 * A badge whose middle stretches around its label; the label's text fills the square `inset`
 * from its edges, so the badge is the text's size, plus that inset, plus the layer's padding.
 */
function addBadge(map: MapLibreMap, id: string, { size, radius, inset, fill, stroke }: Badge) {
  const { element, context: c } = canvas(size, size);
  if (!c) return;
  c.beginPath();
  c.roundRect(1, 1, size - 2, size - 2, radius);
  c.fillStyle = fill;
  c.fill();
  c.strokeStyle = stroke;
  c.lineWidth = 1.5;
  c.stroke();
  const middle: [number, number] = [size / 2 - 1, size / 2 + 1];
  addCanvas(map, id, element, {
    stretchX: [middle],
    stretchY: [middle],
    content: [inset, inset, size - inset, size - inset],
  });
}

/** Draws the labels' backgrounds (once per map). */
function addLabelBadges(map: MapLibreMap) {
  addBadge(map, countBadge, count);
  addBadge(map, tagBadge, tag);
}

const labelText: NonNullable<SymbolLayerSpecification['layout']> = {
  'text-font': ['Noto Sans Bold', 'system-ui'],
  'text-size': 12,
  'text-allow-overlap': true,
  'text-ignore-placement': true,
  'icon-allow-overlap': true,
  'icon-ignore-placement': true,
  'icon-text-fit': 'both',
};

/** The locale's short word after a compacted number: " tys.", "K". */
function compactWord(locale: string, n: number) {
  return new Intl.NumberFormat(locale, { notation: 'compact' })
    .formatToParts(n)
    .filter((part) => part.type === 'literal' || part.type === 'compact')
    .map((part) => part.value)
    .join('');
}

/**
 * A count as a label says it, as an expression: whole below a thousand, else two significant
 * digits and the locale's short word, as `Intl`'s compact notation does ("15 tys.", "1.2K").
 */
export function countText(count: unknown[], locale: string): unknown[] {
  const thousand = compactWord(locale, 1_000);
  const million = compactWord(locale, 1_000_000);
  const short = (step: number, unit: number, word: string) => [
    'concat',
    [
      'number-format',
      ['*', ['round', ['/', count, step]], step / unit],
      { locale, 'max-fraction-digits': 1 },
    ],
    word,
  ];
  return [
    'case',
    ['<', count, 1_000],
    ['to-string', count],
    ['<', count, 9_950],
    short(100, 1_000, thousand),
    ['<', count, 99_500],
    short(1_000, 1_000, thousand),
    ['<', count, 995_000],
    short(10_000, 1_000, thousand),
    ['<', count, 9_950_000],
    short(100_000, 1_000_000, million),
    short(1_000_000, 1_000_000, million),
  ];
}

const countProperty = ['get', 'count'];

/**
 * A cell's or cluster's label: `count` (its `count` property) on a dark disc, worded in the
 * default language until `useLabels` words it in the page's.
 */
export function countLabel(
  count: unknown[] = countProperty,
): Pick<SymbolLayerSpecification, 'layout' | 'paint'> {
  return {
    layout: {
      ...labelText,
      'icon-image': countBadge,
      'icon-text-fit-padding': [4, 7, 3, 7],
      'text-field': countText(count, defaultLang) as never,
    },
    paint: { 'text-color': '#ffffff' },
  };
}

/** A zone's label: its `symbol` property on a white tag. */
export const symbolLabel: Pick<SymbolLayerSpecification, 'layout' | 'paint'> = {
  layout: {
    ...labelText,
    'icon-image': tagBadge,
    'icon-text-fit-padding': [3, 5, 3, 5],
    'text-field': ['get', 'symbol'],
  },
  paint: { 'text-color': '#1f2933' },
};

/**
 * The labels of a component's layers: their badges drawn before the layers' effects name them,
 * and the counts of `countLayerIds` (labels of `countLabel`) worded in the page's language once
 * the layers are on the map and after each switch (children's effects run before the
 * caller's). The ids and the count are fixed for the component's life.
 */
export function useLabels(
  map: MapLibreMap,
  countLayerIds: readonly string[],
  count: unknown[] = countProperty,
) {
  useLayoutEffect(() => addLabelBadges(map), [map]);
  const { lang } = useI18n();
  useEffect(() => {
    for (const id of countLayerIds) {
      if (map.getLayer(id))
        map.setLayoutProperty(id, 'text-field', countText(count, lang) as never);
    }
  }, [map, lang, countLayerIds, count]);
}
