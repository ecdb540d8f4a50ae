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

  // Charts (src/features/charts): titles, what each chart counts, and the notes that keep it honest.
  'charts.heading': 'Charts of the matching records',
  'charts.source':
    'Source: {title}, as of {asOf}; {count, plural, one {# record} other {# records}} under the current filters.',
  'charts.view.label': 'Chart or table',
  'charts.view.chart': 'Show chart',
  'charts.view.table': 'Show table',
  'charts.range': '{min}–{max}',
  'charts.topOf': 'Showing the {shown} largest of {total}.',
  'charts.measure.records': 'Records',
  'charts.actorKind.legend': 'Show',
  'charts.actorKind.country': 'Countries',
  'charts.actorKind.organisation': 'Organisations',
  'charts.actorKind.header': '{by, select, country {Country} other {Organisation}}',

  'charts.perYear.title': 'Records per year by kind',
  'charts.perYear.units':
    'Number of records, counted in the year each starts, stacked by kind: partnerships at the bottom, then training exchanges, then events.',
  'charts.perYear.year': 'Year',
  'charts.perYear.empty': 'No records under these filters.',
  'charts.kind.partnership': 'Partnerships',
  'charts.kind.training': 'Training exchanges',
  'charts.kind.event': 'Events',

  'charts.activity.title': 'Most active countries and organisations by role',
  'charts.activity.units':
    'Number of records in which each {by, select, country {country} other {organisation}} {group, select, giving {gives (as donor)} receiving {receives (as recipient or trainee)} training {trains others (as trainer)} other {hosts (as host)}}; a record counts once for each.',
  'charts.activity.roleLegend': 'Role',
  'charts.roleGroup.giving': 'Giving',
  'charts.roleGroup.receiving': 'Receiving',
  'charts.roleGroup.training': 'Training',
  'charts.roleGroup.hosting': 'Hosting',
  'charts.activity.empty':
    'No {by, select, country {countries} other {organisations}} in this role under these filters.',

  'charts.themes.title': 'Records per theme',
  'charts.themes.units':
    'Number of records per theme. A record with several themes counts in each, so the bars add up to more than the records.',
  'charts.themes.withoutTheme':
    '{count, plural, one {# record names no theme.} other {# records name no theme.}}',
  'charts.themes.theme': 'Theme',
  'charts.themes.empty': 'No records with themes under these filters.',

  'charts.trained.title': 'People trained per year',
  'charts.trained.units':
    'Number of people trained, in the year each training starts. Where sources disagree, the solid bar reaches the lowest count and the hatched part the highest.',
  'charts.trained.withoutCount':
    '{count, plural, one {# training gives no number of people and adds nothing to the bars.} other {# trainings give no number of people and add nothing to the bars.}}',
  'charts.trained.people': 'People trained',
  'charts.trained.low': 'People trained (lowest count)',
  'charts.trained.uncertain': 'Uncertain: up to the highest count',
  'charts.trained.trainings': 'Trainings',
  'charts.trained.trainingsWithoutCount': 'Without a number',
  'charts.trained.notStated': 'not stated',
  'charts.trained.empty': 'No trainings under these filters.',

  'charts.pairs.title': 'People trained by trainer and trainee country',
  'charts.pairs.units':
    'Number of people trained, per trainer country and trainee country. A training of several countries at once counts in full for each pair.',
  'charts.pairs.unpaired':
    '{count, plural, one {# training names no trainer or trainee country and is not shown.} other {# trainings name no trainer or trainee country and are not shown.}}',
  'charts.pairs.category': 'Trainer country → trainee country',
  // A no-break space keeps the arrow with the trainer's country when the pair wraps.
  'charts.pairs.pair': '{from}\u00a0→ {to}',
  'charts.pairs.empty': 'No trainings between countries under these filters.',

  'charts.funding.title': 'Funding by donor and recipient',
  'charts.funding.sideLegend': 'Side',
  'charts.funding.side.donor': 'Donors',
  'charts.funding.side.recipient': 'Recipients',
  'charts.funding.currencyLegend': 'Currency',
  'charts.funding.currencyOption': '{currency} ({count, plural, one {# record} other {# records}})',
  'charts.funding.units':
    'Amounts {side, select, donor {given by each} other {received by each}} {by, select, country {country} other {organisation}}, in one currency at a time: amounts in different currencies are never added together. Where sources disagree, the solid bar reaches the lowest amount and the hatched part the highest.',
  'charts.funding.shared':
    '{count, plural, one {# record has several {side, select, donor {donors} other {recipients}} and counts in full for each of them.} other {# records have several {side, select, donor {donors} other {recipients}} and count in full for each of them.}}',
  'charts.funding.withoutAmount':
    '{count, plural, one {# partnership with a {side, select, donor {donor} other {recipient}} gives no amount.} other {# partnerships with a {side, select, donor {donor} other {recipient}} give no amount.}}',
  'charts.funding.withoutActor':
    '{count, plural, one {# record with an amount names no {side, select, donor {donor} other {recipient}} {by, select, country {country} other {organisation}} and is not shown.} other {# records with an amount name no {side, select, donor {donor} other {recipient}} {by, select, country {country} other {organisation}} and are not shown.}}',
  'charts.funding.amount': 'Amount ({currency})',
  'charts.funding.low': 'Amount (lowest reported)',
  'charts.funding.uncertain': 'Uncertain: up to the highest reported',
  'charts.funding.records': 'Records',
  'charts.funding.empty': 'No records with amounts under these filters.',

  'dev.scenario.label': 'Mock scenario (development only)',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;
