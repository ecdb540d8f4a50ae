import { LoadingSkeleton } from '../../components/states/LoadingSkeleton';
import { useViewState } from '../../view-state/use-view-state';
import { ExploreFrame } from './ExploreFrame';

/**
 * What a page shows while the dataset loads: the explore page keeps the frame its static HTML
 * painted (so the app's first render changes nothing on screen), with the tab the URL asks for;
 * the briefs keep their outline.
 */
export function LoadingFrame() {
  const { state, update } = useViewState();
  if (state.route.name !== 'explore') return <LoadingSkeleton />;
  return <ExploreFrame tab={state.tab} onSelectTab={(tab) => update((s) => ({ ...s, tab }))} />;
}
