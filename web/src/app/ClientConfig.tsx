import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';

/** The server's settings for the client (API: /config.json). */
export type ClientConfig = { mapStyleUrl: string | null; mapAttribution: string | null };

const ownStyle: ClientConfig = { mapStyleUrl: null, mapAttribution: null };
const ClientConfigContext = createContext<ClientConfig | null>(null);

/**
 * Reads /config.json once. Until it answers the map waits (null); if it cannot be read the
 * product's own offline style is used.
 */
export function ClientConfigProvider({ children }: { children: ReactNode }) {
  const [config, setConfig] = useState<ClientConfig | null>(null);
  useEffect(() => {
    let current = true;
    fetch('/config.json')
      .then((response) => (response.ok ? response.json() : ownStyle))
      .catch(() => ownStyle)
      .then((value: ClientConfig) => current && setConfig(value));
    return () => {
      current = false;
    };
  }, []);
  return <ClientConfigContext.Provider value={config}>{children}</ClientConfigContext.Provider>;
}

/** The client configuration, or null while it loads. */
export function useClientConfig(): ClientConfig | null {
  return useContext(ClientConfigContext);
}
