// The English message catalogue: every word the interface shows comes from here.
// Messages use ICU syntax (plurals, selects) through intl-messageformat; Khmer and
// Ukrainian catalogues will mirror these keys.
export const en = {
  'app.name': 'Mine Action Cooperation Dashboard',
  'app.tagline':
    'Who works with whom to clear landmines: funding, training and the meetings that tie them together.',
  'app.skipToContent': 'Skip to main content',
  'app.footer.dataset': 'Dataset: {title}, as of {asOf}.',
  'app.footer.licence': 'Licence:',
  'app.footer.syntheticWarning': 'Synthetic test data: not real records.',

  'state.loading': 'Loading the dataset…',
  'state.error.title': 'The dataset could not be loaded',
  'state.error.body': 'The request for the dataset failed: {reason}. Your view is kept; try again.',
  'state.error.retry': 'Retry',
  'state.error.retrying': 'Retrying…',
  'state.invalid.title': 'The dataset does not match the data contract',
  'state.invalid.body':
    '{count, plural, one {# problem was found} other {# problems were found}}. The dashboard shows nothing rather than something wrong. {shown, plural, =0 {} other {The first # are listed below.}}',
  'state.invalid.where': 'Where',
  'state.invalid.problem': 'Problem',
  'state.invalid.howToCheck': 'Check a dataset file on your own computer with:',
  'state.empty.title': 'This dataset has no records yet',
  'state.empty.body':
    'The file loaded and is valid, but it lists no partnerships, training exchanges or events.',

  'summary.heading': 'What the dataset holds',
  'summary.asOf': 'As of {date}',
  'summary.count.partnership': '{count, plural, one {# partnership} other {# partnerships}}',
  'summary.count.training': '{count, plural, one {# training exchange} other {# training exchanges}}',
  'summary.count.event': '{count, plural, one {# event} other {# events}}',
  'summary.count.countries': '{count, plural, one {# country} other {# countries}}',
  'summary.count.organisations': '{count, plural, one {# organisation} other {# organisations}}',
  'summary.count.sources': '{count, plural, one {# source} other {# sources}}',
  'summary.citation': 'How to cite',

  'records.heading': 'Records',
  'records.count': '{count, plural, one {# record} other {# records}}, newest first',
  'records.sources': 'Sources',
  'records.source.published': 'published {date}',
  'records.source.unsafeLink': '(link withheld: not a web address)',
  'records.parties': 'Who took part',
  'records.place': 'Place',
  'records.period': 'When',
  'records.confidence': 'Confidence',
  'records.participants': 'People trained',
  'records.amount': 'Amount',
  'records.opensInNewTab': '(opens in a new tab)',

  'figure.disputed': '{min}–{max} (disputed)',

  'period.range': '{start} – {end}',

  'type.partnership': 'Partnership',
  'type.training': 'Training exchange',
  'type.event': 'Event',

  'confidence.confirmed': 'Confirmed',
  'confidence.reported': 'Reported',
  'confidence.disputed': 'Disputed',
  'confidence.unverified': 'Unverified',

  'role.donor': 'donor',
  'role.implementer': 'implementer',
  'role.recipient': 'recipient',
  'role.trainer': 'trainer',
  'role.trainee': 'trainee',
  'role.host': 'host',
  'role.coordinator': 'coordinator',
  'role.organiser': 'organiser',
  'role.participant': 'participant',
  'role.signatory': 'signatory',

  'theme.clearance': 'Clearance',
  'theme.survey': 'Survey',
  'theme.risk-education': 'Explosive ordnance risk education',
  'theme.victim-assistance': 'Victim assistance',
  'theme.stockpile-destruction': 'Stockpile destruction',
  'theme.capacity-building': 'Capacity building',
  'theme.equipment': 'Equipment',
  'theme.policy-advocacy': 'Policy and advocacy',
  'theme.information-management': 'Information management',

  'explore.heading': 'Explore cooperation',
  'explore.panels': 'Views of the matching records',
  'explore.panelLoading': 'Loading this view…',
  'explore.tab.map': 'Map',
  'explore.tab.charts': 'Charts',
  'explore.tab.timeline': 'Timeline',
  'explore.tab.table': 'Records',

  // Map (src/features/map)
  'map.region': 'Map of cooperation between countries',
  'map.keyboardHelp':
    'Arrow keys move the map; plus and minus zoom. The lists beside the map hold every country and flow it shows.',
  'map.zoomIn': 'Zoom in',
  'map.zoomOut': 'Zoom out',
  'map.scrollHint':
    '{mac, select, yes {Use ⌘ + scroll to zoom the map} other {Use Ctrl + scroll to zoom the map}}',
  'map.summary.countries': '{count, plural, one {# country involved} other {# countries involved}}',
  'map.summary.largestFlow':
    '{countries}; the largest flow is {from} → {to} with {count, plural, one {# link} other {# links}}.',
  'map.summary.noFlows': '{countries}; no flows between countries.',
  'map.summary.none': 'No records match the filters, so the map shows no country.',
  'map.side': 'Countries and flows on the map',
  'map.legend.heading': 'Key',
  'map.legend.shading': 'Records involving the country',
  'map.legend.range': '{min}–{max}',
  'map.legend.noRecords': 'No records',
  'map.legend.flows':
    'Flow from provider to recipient (donor, trainer or implementer to recipient or trainee); the arrow points to the recipient.',
  'map.legend.flowWidth': 'Line width: number of links, from {min} to {max}.',
  'map.legend.places': 'Places of training exchanges and events; the number counts records.',
  'map.legend.leftOff':
    '{count, plural, one {# training exchange or event gives no coordinates and is} other {# training exchanges and events give no coordinates and are}} not on the map.',
  'map.legend.flowsNotDrawn':
    '{count, plural, one {# flow has an end} other {# flows have an end}} with no position on the map: listed, not drawn.',
  'map.legend.basemap': 'Basemap: Natural Earth.',
  'map.countries.heading': 'Countries with records',
  'map.countries.item': '{name}: {count, plural, one {# record} other {# records}}',
  'map.countries.empty': 'No country has records under the current filters.',
  'map.flows.heading': 'Flows between countries',
  'map.flows.hint': 'Select a flow to highlight it on the map.',
  'map.flows.item': '{from} → {to}: {count, plural, one {# link} other {# links}}',
  'map.flows.empty': 'No flows between countries under the current filters.',
  'map.selection.records': '{count, plural, one {# record} other {# records}} under the current filters',
  'map.selection.clear': 'Clear selection',
  'map.selection.roles': 'Roles',
  'map.selection.role': '{role}: {count, plural, one {# record} other {# records}}',
  'map.selection.noRoles': 'No records name it as a party.',
  'map.selection.partners': 'Partner countries',
  'map.selection.partner': '{name}: {count, plural, one {# shared record} other {# shared records}}',
  'map.selection.partnerRoles': '{name} as {roles}',
  'map.selection.noPartners': 'No partner countries in these records.',
  'map.selection.organisations': 'Organisations from {name}',
  'map.selection.international': 'International organisations working with {name}',
  'map.selection.organisation': '{name}: {count, plural, one {# record} other {# records}}',
  'map.selection.showAllPartners': 'Show all {count} partner countries',
  'map.selection.showAllOrganisations': 'Show all {count} organisations',
  'map.selection.showFewer': 'Show fewer',
  'map.place.label': '{name}: {count, plural, one {# record} other {# records}}',
  'map.cluster.label':
    '{count, plural, one {# record} other {# records}} at {places, plural, one {# place} other {# places}}; select to zoom in',
  'map.popup.fullRecord': 'Full record',
  'map.popup.fullRecordLabel': 'Full record: {title}',
  'map.popup.more': '{count, plural, one {# more record is} other {# more records are}} in the Records tab.',
  'map.popup.close': 'Close',

  'dev.scenario.label': 'Mock scenario (development only)',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;
