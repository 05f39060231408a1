import type { Config } from '../config.js';

/** What the web client needs to know of the server's configuration, at /config.json. */
export function clientConfig(config: Config) {
  return {
    mapStyleUrl: config.map.styleUrl ?? null,
    mapAttribution: config.map.attribution ?? null,
  };
}
