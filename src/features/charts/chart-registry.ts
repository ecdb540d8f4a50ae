import type { ComponentType } from 'react';
import { ActivityCard } from './cards/ActivityCard';
import type { CardProps } from './cards/card-props';
import type { ChartId } from '../../components/chart-ids';
import { FundingCard } from './cards/FundingCard';
import { RecordsPerYearCard } from './cards/RecordsPerYearCard';
import { ThemesCard } from './cards/ThemesCard';
import { TrainedPerYearCard } from './cards/TrainedPerYearCard';
import { TrainingPairsCard } from './cards/TrainingPairsCard';

/** Every chart by the id an embed URL names it with (`chart=themes`); CHART_IDS gives the gallery order. */
export const CHARTS: Record<ChartId, ComponentType<CardProps>> = {
  'records-per-year': RecordsPerYearCard,
  activity: ActivityCard,
  themes: ThemesCard,
  'trained-per-year': TrainedPerYearCard,
  'training-pairs': TrainingPairsCard,
  funding: FundingCard,
};
