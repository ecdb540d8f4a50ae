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

  'dev.scenario.label': 'Mock scenario (development only)',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;
