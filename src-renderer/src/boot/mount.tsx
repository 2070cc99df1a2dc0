import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import type { ApiClient } from '@shared/ipc/client';
import { ApiProvider } from '../api/ApiContext';
import { createQueryClient } from '../api/queryClient';
import { App } from '../features/app/App';
import { initI18n } from '../i18n';
import type { Translation } from '../i18n/en';
import type { UiLanguage } from '../i18n/language';
import { ThemeModeProvider } from '../theme/ThemeModeProvider';
import type { EarlyStatus } from './earlyStatus';
import { seedStatus } from './seedStatus';

/** Renders the app into #root, starting from the status the entry already asked for, in the language it loaded. */
export function mount(client: ApiClient, earlyStatus: EarlyStatus, ui: { language: UiLanguage; strings: Translation }): void {
  const queryClient = createQueryClient();
  seedStatus(queryClient, client, earlyStatus);
  const i18n = initI18n(ui.language, ui.strings);

  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element');

  createRoot(container).render(
    <StrictMode>
      <ApiProvider client={client}>
        <QueryClientProvider client={queryClient}>
          <I18nextProvider i18n={i18n}>
            <ThemeModeProvider>
              <App />
            </ThemeModeProvider>
          </I18nextProvider>
        </QueryClientProvider>
      </ApiProvider>
    </StrictMode>,
  );
}
