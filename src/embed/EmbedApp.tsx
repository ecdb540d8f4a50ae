import { QueryClientProvider, useQuery, type QueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, useState } from 'react';
import { PanelFallback } from '../app/routes/PanelFallback';
import { createQueryClient } from '../app/query-client';
import { DatasetGate } from '../components/DatasetGate';
import { datasetQueryOptions } from '../data/api/dataset-query';
import { chooseLanguage, readerPreferences } from '../i18n/languages';
import { LanguageProvider } from '../i18n/LanguageProvider';
import { parseEmbed, type ParsedEmbed } from './embed-params';
import { EmbedFooter } from './EmbedFooter';
import { EmbedMapFrame } from './EmbedMapFrame';
import { MapAreaFrame } from '../app/first-paint/MapAreaFrame';
import { EmbedView } from './EmbedView';
import { EMBED_HEADING_ID } from './landmarks';
import { useReportHeight } from './use-report-height';

interface EmbedAppProps {
  /** main.tsx passes the client it started loading with; tests let the app make its own. */
  queryClient?: QueryClient;
  /** The embed as main.tsx read it from the URL; read here when absent. */
  embed?: ParsedEmbed;
}

/**
 * An embedded view: one map, chart or card and a footer, no app navigation. It reads its URL once;
 * a host page cannot change it afterwards except by loading another URL.
 */
export function EmbedApp(props: EmbedAppProps) {
  const [client] = useState(() => props.queryClient ?? createQueryClient());
  const [embed] = useState(() => props.embed ?? parseEmbed(window.location.search));
  // The embed code carries the language it was made in; without one, the reader's browser decides.
  const language = chooseLanguage(embed.view.language, readerPreferences());
  useReportHeight(embed.options.embedId);
  useEffect(() => {
    document.documentElement.dataset.scheme = embed.options.theme;
  }, [embed.options.theme]);
  return (
    <QueryClientProvider client={client}>
      <LanguageProvider language={language}>
        <EmbedContent embed={embed} />
      </LanguageProvider>
    </QueryClientProvider>
  );
}

function EmbedContent({ embed }: { embed: ParsedEmbed }) {
  const dataset = useQuery(datasetQueryOptions());
  const isCard = embed.options.kind === 'country' || embed.options.kind === 'pair';
  // A map embed keeps the frame embed.html painted until its map is drawn (scripts/prerender-frame.ts).
  const isMap = embed.options.kind === 'map';
  return (
    <div className="embed" data-embed={embed.options.kind}>
      {/* The footer waits with the view for the view's code: shown first beside the loading panel, it
          was pushed down when the map or chart arrived (layout shift). */}
      <Suspense fallback={isMap ? <EmbedMapFrame /> : <PanelFallback />}>
        {/* Named after the frame's own heading (a card's title, the host's title or the dataset's), so
            two embeds on one partner's page offer screen readers two different main landmarks. */}
        <main aria-labelledby={`${EMBED_HEADING_ID} briefing-title`}>
          <DatasetGate query={dataset} loading={isMap ? <MapAreaFrame compact announce /> : undefined}>
            {(model) => (
              <>
                {/* One heading names the frame's content: the host's title when it gave one (shown, as
                    text), else the dataset's (for screen readers); the view's own titles follow.
                    A card's title (the country, the pair) is its own h1. */}
                {!isCard &&
                  (embed.options.title !== null ? (
                    <h1 id={EMBED_HEADING_ID} className="embed-title">
                      {embed.options.title}
                    </h1>
                  ) : (
                    <h1 id={EMBED_HEADING_ID} className="visually-hidden">
                      {model.dataset.meta.title}
                    </h1>
                  ))}
                <EmbedView model={model} embed={embed} />
              </>
            )}
          </DatasetGate>
        </main>
        {dataset.data && (
          <EmbedFooter
            meta={dataset.data.dataset.meta}
            view={embed.view}
            withSource={embed.options.kind !== 'chart'}
          />
        )}
      </Suspense>
    </div>
  );
}
