import { useId, useRef, useState } from 'react';
import { CHART_IDS, type ChartId } from '../../components/chart-ids';
import { cleanTitle, TITLE_MAX_LENGTH } from '../../components/embed-title';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages-en';
import { EMBED_SIZES, embedCode, embedUrl, type EmbedSize } from './embed-code';
import './embed-dialog.css';

const CHART_TITLES: Record<ChartId, MessageKey> = {
  'records-per-year': 'charts.perYear.title',
  activity: 'charts.activity.title',
  themes: 'charts.themes.title',
  'trained-per-year': 'charts.trained.title',
  'training-pairs': 'charts.pairs.title',
  funding: 'charts.funding.title',
};

type Target = 'map' | ChartId;
const SCHEMES = ['light', 'dark', 'auto'] as const;

/** The card of a country profile or a pair brief: what the dialog embeds on those pages. */
export interface EmbedCardTarget {
  kind: 'country' | 'pair';
  countries: readonly string[];
  /** The iframe's title, e.g. "Mine action cooperation: Cambodia and Ukraine". */
  title: string;
}

interface EmbedDialogProps {
  /** The filters (and, on the explore view, the map's position and selection) as a query string. */
  viewSearch: string;
  /** On a country or pair page, the page's card, which is then the only thing offered. */
  card?: EmbedCardTarget;
  /** The page shows a data file opened in this browser, which an embed cannot carry. */
  localData?: boolean;
}

/** "Embed": the iframe code for what is on screen, with a size, a live preview and a copy button. */
export function EmbedDialog({ viewSearch, card, localData = false }: EmbedDialogProps) {
  const { t, language } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const codeId = useId();
  const [target, setTarget] = useState<Target>('map');
  const [size, setSize] = useState<EmbedSize>('responsive');
  const [scheme, setScheme] = useState<(typeof SCHEMES)[number]>('light');
  const [interactive, setInteractive] = useState(true);
  const [fullMap, setFullMap] = useState(false);
  // What the maker typed; the code carries it cleaned (one line, at most TITLE_MAX_LENGTH characters).
  const [customTitle, setCustomTitle] = useState('');
  const [copied, setCopied] = useState('');
  // The preview exists only while the dialog is open: Chromium loads a hidden iframe at once,
  // lazy or not, and every visit would otherwise load a second copy of the app in the background.
  const [open, setOpen] = useState(false);
  // A fixed id per dialog: several embeds on one host page each get their own from their own dialogs.
  const [embedId] = useState(() => `macd-${Math.random().toString(36).slice(2, 8)}`);

  const base = document.baseURI;
  const src = embedUrl(
    base,
    viewSearch,
    card !== undefined
      ? { kind: card.kind, countries: card.countries, scheme, interactive: true, id: embedId, language }
      : {
          kind: target === 'map' ? 'map' : 'chart',
          ...(target === 'map' ? {} : { chart: target }),
          scheme,
          interactive,
          ...(target === 'map' && fullMap ? { layout: 'full' as const } : {}),
          title: customTitle,
          id: embedId,
          language,
        },
  );
  // A card is titled by its page; a map or chart by the maker's words when they gave some.
  const title =
    card !== undefined
      ? card.title
      : (cleanTitle(customTitle) ?? (target === 'map' ? t('embedDialog.titleMap') : t(CHART_TITLES[target])));
  const code = embedCode({ src, resizerSrc: new URL('embed-resizer.js', base).href, title, size });

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(t('embedDialog.copied'));
    } catch {
      // Clipboard refused (permissions, insecure context): the code is selected for Ctrl+C instead.
      const field = document.getElementById(codeId);
      if (field instanceof HTMLTextAreaElement) field.select();
      setCopied(t('embedDialog.copyManually'));
    }
  };

  return (
    <>
      <button
        type="button"
        className="embed-open"
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        {t('embedDialog.open')}
      </button>
      <dialog
        ref={dialog}
        className="embed-dialog"
        aria-labelledby={`${codeId}-title`}
        onClose={() => setOpen(false)}
      >
        <h2 id={`${codeId}-title`}>{t('embedDialog.heading')}</h2>
        {card !== undefined && <p>{t('embedDialog.card', { title: card.title })}</p>}
        {localData && <p className="embed-dialog-local">{t('embedDialog.localData')}</p>}
        <div className="embed-dialog-options">
          {card === undefined && (
            <label>
              {t('embedDialog.what')}
              <select value={target} onChange={(event) => setTarget(event.currentTarget.value as Target)}>
                <option value="map">{t('embedDialog.titleMap')}</option>
                {CHART_IDS.map((id) => (
                  <option key={id} value={id}>
                    {t(CHART_TITLES[id])}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label>
            {t('embedDialog.size')}
            <select value={size} onChange={(event) => setSize(event.currentTarget.value as EmbedSize)}>
              {(Object.keys(EMBED_SIZES) as EmbedSize[]).map((option) => (
                <option key={option} value={option}>
                  {t(`embedDialog.size.${option}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('embedDialog.scheme')}
            <select
              value={scheme}
              onChange={(event) => setScheme(event.currentTarget.value as (typeof SCHEMES)[number])}
            >
              {SCHEMES.map((option) => (
                <option key={option} value={option}>
                  {t(`embedDialog.scheme.${option}`)}
                </option>
              ))}
            </select>
          </label>
          {card === undefined && (
            <label>
              {t('embedDialog.title')}
              <input
                type="text"
                value={customTitle}
                maxLength={TITLE_MAX_LENGTH}
                onChange={(event) => setCustomTitle(event.currentTarget.value)}
              />
            </label>
          )}
          {card === undefined && target === 'map' && (
            <label className="embed-dialog-check">
              <input
                type="checkbox"
                checked={interactive}
                onChange={(event) => setInteractive(event.currentTarget.checked)}
              />
              {t('embedDialog.interactive')}
            </label>
          )}
          {card === undefined && target === 'map' && (
            <label className="embed-dialog-check">
              <input
                type="checkbox"
                checked={fullMap}
                onChange={(event) => setFullMap(event.currentTarget.checked)}
              />
              {t('embedDialog.fullMap')}
            </label>
          )}
        </div>
        <label htmlFor={codeId}>{t('embedDialog.code')}</label>
        <textarea
          id={codeId}
          readOnly
          value={code}
          rows={4}
          onFocus={(event) => event.currentTarget.select()}
        />
        <div className="embed-dialog-actions">
          <button type="button" onClick={() => void copy()}>
            {t('embedDialog.copy')}
          </button>
          <span role="status">{copied}</span>
          <button type="button" onClick={() => dialog.current?.close()}>
            {t('embedDialog.close')}
          </button>
        </div>
        <h3>{t('embedDialog.preview')}</h3>
        {open && (
          <iframe
            className="embed-dialog-preview"
            src={src}
            title={t('embedDialog.previewTitle', { title })}
            loading="lazy"
            width={size === 'responsive' ? undefined : EMBED_SIZES[size].width}
            height={EMBED_SIZES[size].height}
          />
        )}
      </dialog>
    </>
  );
}
