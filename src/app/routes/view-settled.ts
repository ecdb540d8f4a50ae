/**
 * The User Timing mark the explore view sets each time its open panel has committed a new list of
 * records: the map's layers and lists, or a chart, drawn for the current filters. The filters' count
 * answers first; the benchmark times both (scripts/bench/page-probes.ts).
 */
export const VIEW_SETTLED_MARK = 'explore-view-settled';
