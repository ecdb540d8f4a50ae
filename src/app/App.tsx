import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { chooseLanguage, readerPreferences } from '../i18n/languages';
import { LanguageProvider } from '../i18n/LanguageProvider';
import { useLocationSearch } from '../view-state/location-store';
import { parseViewState } from '../view-state/url-codec';
import { AppShell } from './AppShell';
import { LocalDataProvider } from './local-data/LocalDataProvider';
import { createQueryClient } from './query-client';

interface AppProps {
  /** Tests pass their own client so that no cache leaks between them. */
  queryClient?: QueryClient;
}

export function App({ queryClient }: AppProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const search = useLocationSearch();
  const language = useMemo(
    () => chooseLanguage(parseViewState(search).state.language, readerPreferences()),
    [search],
  );
  return (
    <QueryClientProvider client={client}>
      <LanguageProvider language={language}>
        <LocalDataProvider>
          <AppShell />
        </LocalDataProvider>
      </LanguageProvider>
    </QueryClientProvider>
  );
}
