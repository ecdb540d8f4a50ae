// The explore view's parts that its first screen does not show: one chunk, loaded when one is opened
// (ExploreRoute) or when the URL opens on one (start-loading.ts).
export { RecordDetail } from '../../features/record-detail/RecordDetail';
export { RecordTable } from '../../features/table/RecordTable';
export { Timeline } from '../../features/timeline/Timeline';
