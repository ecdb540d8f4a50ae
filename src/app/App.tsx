import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { I18nContext } from '../i18n/i18n-context';
import { createTranslator } from '../i18n/translator';
import { AppShell } from './AppShell';
import { createQueryClient } from './query-client';

interface AppProps {
  /** Tests pass their own client so that no cache leaks between them. */
  queryClient?: QueryClient;
}

export function App({ queryClient }: AppProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const [translator] = useState(() => createTranslator('en'));
  return (
    <QueryClientProvider client={client}>
      <I18nContext value={translator}>
        <AppShell />
      </I18nContext>
    </QueryClientProvider>
  );
}
