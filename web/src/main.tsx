import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider as UrqlProvider } from 'urql';
import { App } from './app/App';
import { ClientConfigProvider } from './app/ClientConfig';
import { client } from './app/client';
import { I18nProvider } from './i18n/I18nProvider';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <ClientConfigProvider>
        <UrqlProvider value={client}>
          <App />
        </UrqlProvider>
      </ClientConfigProvider>
    </I18nProvider>
  </StrictMode>,
);
