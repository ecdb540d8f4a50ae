import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { usePrefersReducedMotion } from '../../components/use-prefers-reduced-motion';

const STEP_MS = 1500;

interface YearPlayerProps {
  bounds: { min: number; max: number };
  /** The year shown when the range is a single year; null otherwise. */
  currentYear: number | null;
  /** Shows one year; `playing` steps replace the history entry rather than add one per year. */
  onShowYear: (year: number, playing: boolean) => void;
}

/**
 * Plays the years forward, one at a time, so the map and charts change through time. Readers who
 * ask for reduced motion step through the years with the buttons instead of an automatic play.
 */
export function YearPlayer({ bounds, currentYear, onShowYear }: YearPlayerProps) {
  const { t, formatNumber } = useI18n();
  const reducedMotion = usePrefersReducedMotion();
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    // A reader who turns on reduced motion mid-play stops the play too, not only its button.
    if (!playing || reducedMotion) return undefined;
    const timer = window.setTimeout(() => {
      if (currentYear === null || currentYear >= bounds.max) {
        setPlaying(false);
        return;
      }
      onShowYear(currentYear + 1, true);
    }, STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing, reducedMotion, currentYear, bounds.max, onShowYear]);

  const play = () => {
    // Start from the first year unless a single year before the last is already showing.
    if (currentYear === null || currentYear >= bounds.max) onShowYear(bounds.min, false);
    setPlaying(true);
  };
  const step = (delta: number) => {
    const from = currentYear ?? (delta > 0 ? bounds.min - 1 : bounds.max + 1);
    onShowYear(Math.min(bounds.max, Math.max(bounds.min, from + delta)), false);
  };

  return (
    <div className="year-player" role="group" aria-label={t('filters.play.group')}>
      <button type="button" onClick={() => step(-1)} disabled={currentYear === bounds.min}>
        {t('filters.play.previous')}
      </button>
      {!reducedMotion && (
        <button type="button" aria-pressed={playing} onClick={() => (playing ? setPlaying(false) : play())}>
          {playing ? t('filters.play.pause') : t('filters.play.play')}
        </button>
      )}
      <button type="button" onClick={() => step(1)} disabled={currentYear === bounds.max}>
        {t('filters.play.next')}
      </button>
      {currentYear !== null && (
        <span className="year-player-current">
          {t('filters.play.showing', { year: formatNumber(currentYear, { useGrouping: false }) })}
        </span>
      )}
    </div>
  );
}
