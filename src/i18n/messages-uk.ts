// The Ukrainian (українська) message catalogue: mirrors messages-en.ts key for key (see that file for what each message is for).
import type { Catalogue } from './messages-en';

export const uk: Catalogue = {
  'app.name': 'Інформаційна панель співпраці в протимінній діяльності',
  'app.skipToContent': 'Перейти до основного вмісту',
  'app.footer.dataset': 'Набір даних: {title}, станом на {asOf}.',
  'app.footer.licence': 'Ліцензія:',
  'app.footer.syntheticWarning': 'Синтетичні тестові дані, а не справжні записи.',

  'language.switcher.label': 'Мова',
  'language.loadFailed':
    'Не вдалося завантажити переклад ({language}), тому сторінку показано англійською. Перезавантажте сторінку, щоб спробувати ще раз.',

  'state.loading': 'Завантаження набору даних…',
  'state.error.title': 'Не вдалося завантажити набір даних',
  'state.error.body':
    'Запит на набір даних не вдався: {reason}. Поточний вигляд збережено; спробуйте ще раз.',
  'state.error.retry': 'Повторити',
  'state.error.retrying': 'Повторна спроба…',
  'state.invalid.title': 'Набір даних не відповідає встановленому формату даних',
  'state.invalid.body':
    '{count, plural, one {Виявлено # проблему} few {Виявлено # проблеми} many {Виявлено # проблем} other {Виявлено # проблеми}}. Панель нічого не показує, щоб не показати хибних даних. {shown, plural, =0 {} other {Нижче наведено перші # із них.}}',
  'state.invalid.where': 'Де',
  'state.invalid.problem': 'Проблема',
  'state.invalid.howToCheck': 'Перевірте файл набору даних на власному компʼютері командою:',
  'state.empty.title': 'У цьому наборі даних ще немає записів',
  'state.empty.body':
    'Файл завантажено, і він коректний, але в ньому немає жодного партнерства, навчання чи заходу.',

  'summary.heading': 'Що містить набір даних',
  'summary.asOf': 'Станом на {date}',
  'summary.count.partnership':
    '{count, plural, one {# партнерство} few {# партнерства} many {# партнерств} other {# партнерства}}',
  'summary.count.training':
    '{count, plural, one {# навчання} few {# навчання} many {# навчань} other {# навчання}}',
  'summary.count.event': '{count, plural, one {# захід} few {# заходи} many {# заходів} other {# заходу}}',
  'summary.count.countries': '{count, plural, one {# країна} few {# країни} many {# країн} other {# країни}}',
  'summary.count.organisations':
    '{count, plural, one {# організація} few {# організації} many {# організацій} other {# організації}}',
  'summary.count.sources':
    '{count, plural, one {# джерело} few {# джерела} many {# джерел} other {# джерела}}',
  'summary.citation': 'Як цитувати',
  'summary.about': 'Про цей набір даних і як його цитувати',

  'link.unsafe': '(посилання приховано: це не вебадреса)',
  'link.opensInNewTab': '(відкривається в новій вкладці)',

  'figure.disputed': '{min}–{max} (спірні дані)',

  'type.partnership': 'Партнерство',
  'type.training': 'Навчання',
  'type.event': 'Захід',

  'confidence.confirmed': 'Підтверджено',
  'confidence.reported': 'За повідомленнями',
  'confidence.disputed': 'Спірні дані',
  'confidence.unverified': 'Не перевірено',

  'role.donor': 'донор',
  'role.implementer': 'виконавець',
  'role.recipient': 'отримувач',
  'role.trainer': 'тренер',
  'role.trainee': 'слухач',
  'role.host': 'приймаюча сторона',
  'role.coordinator': 'координатор',
  'role.organiser': 'організатор',
  'role.participant': 'учасник',
  'role.signatory': 'підписант',

  'theme.clearance': 'Розмінування',
  'theme.survey': 'Обстеження',
  'theme.risk-education': 'Навчання з ризиків ВНП',
  'theme.victim-assistance': 'Допомога постраждалим',
  'theme.stockpile-destruction': 'Знищення запасів',
  'theme.capacity-building': 'Розвиток спроможностей',
  'theme.equipment': 'Обладнання',
  'theme.policy-advocacy': 'Політика та адвокація',
  'theme.information-management': 'Управління інформацією',

  'partnershipKind.funding': 'Фінансування',
  'partnershipKind.technical-assistance': 'Технічна допомога',
  'partnershipKind.equipment-transfer': 'Передання обладнання',
  'partnershipKind.agreement': 'Угода',
  'partnershipKind.joint-operation': 'Спільна операція',

  'eventKind.meeting': 'Зустріч',
  'eventKind.visit': 'Візит',
  'eventKind.conference': 'Конференція',
  'eventKind.summit': 'Саміт',
  'eventKind.treaty-meeting': 'Засідання в рамках договору',
  'eventKind.signing': 'Підписання',
  'eventKind.workshop': 'Семінар',
  'eventKind.handover': 'Передання',
  'eventKind.launch': 'Запуск',
  'eventKind.announcement': 'Оголошення',

  'partnershipStatus.planned': 'Заплановано',
  'partnershipStatus.active': 'Триває',
  'partnershipStatus.completed': 'Завершено',
  'partnershipStatus.unknown': 'Невідомо',

  // The record table (src/features/table).
  'table.caption': 'Записи за поточними фільтрами',
  'table.scrollRegion': 'Таблиця записів; прокрутіть убік, щоб побачити всі стовпці',
  'table.scrollHint': 'Прокрутіть таблицю вбік, щоб побачити всі стовпці.',
  'table.showing':
    'Показано {first}–{last} із {total, plural, one {# запису} few {# записів} many {# записів} other {# запису}}',
  'table.empty': 'Жоден запис не відповідає поточним фільтрам.',
  'table.column.date': 'Дата',
  'table.column.title': 'Назва',
  'table.column.type': 'Тип',
  'table.column.countries': 'Залучені країни',
  'table.column.place': 'Місце',
  'table.column.confidence': 'Достовірність',
  'table.column.sources': 'Джерела',
  'table.noPlace': 'Не вказано',
  'table.pagination.label': 'Сторінки записів',
  'table.pagination.first': 'Перша сторінка',
  'table.pagination.previous': 'Попередня сторінка',
  'table.pagination.next': 'Наступна сторінка',
  'table.pagination.last': 'Остання сторінка',
  'table.pagination.status': 'Сторінка {page} з {count}',

  // The record detail dialog (src/features/record-detail).
  'recordDetail.close': 'Закрити',
  'recordDetail.typeAndKind': '{type} · {kind}',
  'recordDetail.period': 'Коли',
  'recordDetail.status': 'Статус',
  'recordDetail.place': 'Місце',
  'recordDetail.placeIn': '{place}, {country}',
  'recordDetail.coordinates': 'Координати',
  'recordDetail.coordinatesValue': '{lat}, {lon} (широта, довгота)',
  'recordDetail.amount': 'Сума',
  'recordDetail.participants': 'Кількість навчених',
  'recordDetail.figureBySource': '{value} за даними: {publisher}, «{title}» (джерело {number})',
  'recordDetail.figureBySourceId': '{value} за даними джерела «{source}»',
  'recordDetail.confidence': 'Достовірність',
  'recordDetail.themes': 'Напрями',
  'recordDetail.topics': 'Теми',
  'recordDetail.equipment': 'Обладнання',
  'recordDetail.outcomes': 'Результати',
  'recordDetail.parties': 'Хто брав участь',
  'recordDetail.partyWithCountry': '{name}, {country}',
  'recordDetail.partyRole': '{party} — {role}',
  'recordDetail.people': 'Особи',
  'recordDetail.sources': 'Джерела',
  'recordDetail.source.publishedBy': '{publisher}, опубліковано {date}',

  'explore.heading': 'Огляд співпраці',
  'explore.panels': 'Подання відібраних записів',
  'explore.panelLoading': 'Завантаження подання…',
  'explore.tab.map': 'Карта',
  'explore.tab.charts': 'Діаграми',
  'explore.tab.timeline': 'Хронологія',
  'explore.tab.table': 'Записи',

  'filters.heading': 'Фільтри',
  'filters.matching':
    '{matching, plural, one {Відібрано # запис} few {Відібрано # записи} many {Відібрано # записів} other {Відібрано # запису}} із {total, number}',
  'filters.active': 'Активні фільтри',
  'filters.show': 'Показати фільтри',
  'filters.hide': 'Сховати фільтри',
  'filters.clearAll': 'Скинути всі фільтри',
  'filters.chip.remove': 'Прибрати фільтр: {label}',
  'filters.chip.country': 'Країна: {name}',
  'filters.chip.organisation': 'Організація: {name}',
  'filters.chip.years': 'Роки: {from}–{to}',
  'filters.chip.text': 'Пошук: «{text}»',
  'filters.search.label': 'Пошук за назвами, місцями, організаціями та особами',
  'filters.search.placeholder': 'напр., Siem Reap, CMAC, Drapiaty',
  'filters.types.legend': 'Тип запису',
  'filters.themes.legend': 'Напрями',
  'filters.confidence.legend': 'Достовірність',
  'filters.countries.legend': 'Країни',
  'filters.organisations.legend': 'Організації',
  'filters.years.legend': 'Роки',
  'filters.years.value': '{from}–{to}',
  'filters.years.from': 'Перший рік',
  'filters.years.to': 'Останній рік',
  'filters.play.group': 'Перегляд рік за роком',
  'filters.play.play': 'Відтворити за роками',
  'filters.play.pause': 'Пауза',
  'filters.play.previous': 'Попередній рік',
  'filters.play.next': 'Наступний рік',
  'filters.play.showing': 'Показано: {year}',
  'filters.narrowList': 'Звузити список: {list}',
  'filters.narrowPlaceholder': 'Почніть вводити, щоб звузити список',
  'filters.noMatches': 'Нічого не знайдено.',
  'filters.moreMatches':
    '{count, plural, one {Ще #: звузьте список, щоб побачити} few {Ще #: звузьте список, щоб побачити} many {Ще #: звузьте список, щоб побачити} other {Ще #: звузьте список, щоб побачити}}',

  'urlNotice.intro':
    '{count, plural, one {Частину посилання не вдалося використати, її проігноровано:} few {Частини посилання не вдалося використати, їх проігноровано:} many {Частини посилання не вдалося використати, їх проігноровано:} other {Частини посилання не вдалося використати, їх проігноровано:}}',
  'urlNotice.malformed': '«{param}={value}»: панель не розпізнає це значення.',
  'urlNotice.unknown': '«{param}={value}»: такого немає в цьому наборі даних.',
  'urlNotice.dismiss': 'Закрити',

  'timeline.heading': 'Заходи та навчання за роками',
  'timeline.count': '({count, plural, one {# запис} few {# записи} many {# записів} other {# запису}})',
  'timeline.empty': 'Жоден захід чи навчання не відповідає цим фільтрам.',
  // Map (src/features/map)
  'map.region': 'Карта співпраці між країнами',
  'map.keyboardHelp':
    'Клавіші зі стрілками переміщують карту, плюс і мінус змінюють масштаб. У списках поруч із картою є всі країни та потоки, які вона показує.',
  'map.zoomIn': 'Збільшити',
  'map.zoomOut': 'Зменшити',
  'map.scrollHint':
    '{mac, select, yes {Щоб змінити масштаб карти, прокручуйте з натиснутою ⌘} other {Щоб змінити масштаб карти, прокручуйте з натиснутою Ctrl}}',
  'map.summary.countries':
    '{count, plural, one {Залучено # країну} few {Залучено # країни} many {Залучено # країн} other {Залучено # країни}}',
  'map.summary.largestFlow':
    '{countries}; найбільший потік: {from} → {to}, {count, plural, one {# звʼязок} few {# звʼязки} many {# звʼязків} other {# звʼязку}}.',
  'map.summary.noFlows': '{countries}; потоків між країнами немає.',
  'map.summary.none': 'Жоден запис не відповідає фільтрам, тому карта не показує жодної країни.',
  'map.side': 'Країни та потоки на карті',
  // Added with the map's table (accessibility branch): awaiting a native speaker's review.
  'map.table.show': 'Показати карту як таблицю',
  'map.table.hide': 'Сховати таблицю',
  'map.table.caption': 'Карта в числах: записи та звʼязки кожної країни за поточних фільтрів',
  'map.table.country': 'Країна',
  'map.table.records': 'Записи',
  'map.table.linksOut': 'Звʼязки як надавач (стрілки від країни)',
  'map.table.linksIn': 'Звʼязки як отримувач (стрілки до країни)',
  'map.legend.heading': 'Умовні позначення',
  'map.legend.shading': 'Записи за участю країни',
  'map.legend.range': '{min}–{max}',
  'map.legend.noRecords': 'Немає записів',
  'map.legend.flows':
    'Потік від надавача до отримувача (від донора, тренера чи виконавця до отримувача чи слухача); стрілка вказує на отримувача.',
  'map.legend.flowWidth': 'Товщина лінії: кількість звʼязків, від {min} до {max}.',
  'map.legend.approximatePlaces':
    'Пунктирні кола: записи, що називають лише країну, показано в цій країні (приблизне розташування).',
  'map.place.approximateLabel':
    '{name}, приблизне розташування: {count, plural, one {# запис називає лише країну} few {# записи називають лише країну} many {# записів називають лише країну} other {# запису називають лише країну}}',
  'map.popup.approximate': 'Приблизне розташування: ці записи називають лише країну, а не місце в ній.',
  'map.legend.places': 'Місця навчань і заходів; число показує кількість записів.',
  'map.legend.leftOff':
    'Не показано на карті, бо немає координат: {count, plural, one {# запис про навчання чи захід} few {# записи про навчання чи заходи} many {# записів про навчання чи заходи} other {# запису про навчання чи заходи}}.',
  'map.legend.flowsNotDrawn':
    'Наведено в списку, але не намальовано, бо один із кінців не має позиції на карті: {count, plural, one {# потік} few {# потоки} many {# потоків} other {# потоку}}.',
  'map.legend.weakerFlows':
    'Щоб карта лишалася читабельною, на ній показано {drawn} найсильніших потоків; {count, plural, one {# слабший потік є} few {# слабші потоки є} many {# слабших потоків є} other {# слабшого потоку є}} у списку потоків.',
  'map.legend.basemap': 'Базова карта: Natural Earth.',
  'map.basemap.failed': 'Не вдалося показати карту',
  'map.basemap.failedBody': 'Контури країн для карти не завантажилися: {reason}. Решта панелі працює.',
  'map.countries.heading': 'Країни із записами',
  'map.countries.item':
    '{name}: {count, plural, one {# запис} few {# записи} many {# записів} other {# запису}}',
  'map.countries.empty': 'За поточних фільтрів жодна країна не має записів.',
  'map.flows.heading': 'Потоки між країнами',
  'map.flows.hint': 'Виберіть потік, щоб виділити його на карті.',
  'map.flows.item':
    '{from} → {to}: {count, plural, one {# звʼязок} few {# звʼязки} many {# звʼязків} other {# звʼязку}}',
  'map.flows.empty': 'За поточних фільтрів потоків між країнами немає.',
  'map.flows.showAll': 'Показати всі потоки ({count})',
  'map.selection.records':
    '{count, plural, one {# запис} few {# записи} many {# записів} other {# запису}} за поточних фільтрів',
  'map.selection.clear': 'Скасувати вибір',
  'map.selection.roles': 'Ролі',
  'map.selection.role':
    '{role}: {count, plural, one {# запис} few {# записи} many {# записів} other {# запису}}',
  'map.selection.noRoles': 'Жоден запис не називає цю країну стороною.',
  'map.selection.partners': 'Країни-партнери',
  'map.selection.partner':
    '{name}: {count, plural, one {# спільний запис} few {# спільні записи} many {# спільних записів} other {# спільного запису}}',
  'map.selection.partnerRoles': '{name} як {roles}',
  'map.selection.noPartners': 'У цих записах немає країн-партнерів.',
  'map.selection.organisations': 'Організації з країни {name}',
  'map.selection.international': 'Міжнародні організації, що працюють із країною {name}',
  'map.selection.organisation':
    '{name}: {count, plural, one {# запис} few {# записи} many {# записів} other {# запису}}',
  'map.selection.showAllPartners': 'Показати всі країни-партнери ({count})',
  'map.selection.showAllOrganisations': 'Показати всі організації ({count})',
  'map.selection.showFewer': 'Показати менше',
  'map.place.label':
    '{name}: {count, plural, one {# запис} few {# записи} many {# записів} other {# запису}}',
  'map.cluster.label':
    '{count, plural, one {# запис} few {# записи} many {# записів} other {# запису}} у {places, plural, one {# місці} few {# місцях} many {# місцях} other {# місця}}; виберіть, щоб наблизити',
  'map.popup.fullRecord': 'Повний запис',
  'map.popup.fullRecordLabel': 'Повний запис: {title}',
  'map.popup.more':
    '{count, plural, one {Ще # запис — на вкладці «Записи».} few {Ще # записи — на вкладці «Записи».} many {Ще # записів — на вкладці «Записи».} other {Ще # запису — на вкладці «Записи».}}',
  'map.popup.close': 'Закрити',
  // Charts (src/features/charts): titles, what each chart counts, and the notes that keep it honest.
  'charts.source':
    'Джерело: {title}, станом на {asOf}; {count, plural, one {# запис} few {# записи} many {# записів} other {# запису}} за поточних фільтрів.',
  'charts.view.label': 'Діаграма чи таблиця',
  'charts.view.chart': 'Показати діаграму',
  'charts.view.table': 'Показати таблицю',
  'charts.range': '{min}–{max}',
  'charts.topOf': 'Показано {shown} найбільших із {total}.',
  'charts.measure.records': 'Записи',
  'charts.actorKind.legend': 'Показати',
  'charts.actorKind.country': 'Країни',
  'charts.actorKind.organisation': 'Організації',
  'charts.actorKind.header': '{by, select, country {Країна} other {Організація}}',

  'charts.perYear.title': 'Записи за роками й типами',
  'charts.perYear.units':
    'Кількість записів за роком початку кожного, стовпці складено за типами: унизу партнерства, далі навчання, далі заходи.',
  'charts.perYear.year': 'Рік',
  'charts.perYear.empty': 'За цих фільтрів записів немає.',
  'charts.kind.partnership': 'Партнерства',
  'charts.kind.training': 'Навчання',
  'charts.kind.event': 'Заходи',

  'charts.activity.title': 'Найактивніші країни та організації за ролями',
  'charts.activity.units':
    'Кількість записів, у яких кожна {by, select, country {країна} other {організація}} {group, select, giving {надає (як донор)} receiving {отримує (як отримувач чи слухач)} training {навчає інших (як тренер)} other {приймає (як приймаюча сторона)}}; запис зараховується один раз для кожної.',
  'charts.activity.roleLegend': 'Роль',
  'charts.roleGroup.giving': 'Надання',
  'charts.roleGroup.receiving': 'Отримання',
  'charts.roleGroup.training': 'Навчання інших',
  'charts.roleGroup.hosting': 'Приймання',
  'charts.activity.empty':
    'За цих фільтрів немає {by, select, country {країн} other {організацій}} у цій ролі.',

  'charts.themes.title': 'Записи за напрямами',
  'charts.themes.units':
    'Кількість записів за кожним напрямом. Запис із кількома напрямами зараховується до кожного з них, тож сума стовпців більша за кількість записів.',
  'charts.themes.withoutTheme':
    '{count, plural, one {# запис не вказує напряму.} few {# записи не вказують напряму.} many {# записів не вказують напряму.} other {# запису не вказують напряму.}}',
  'charts.themes.theme': 'Напрям',
  'charts.themes.empty': 'За цих фільтрів немає записів із напрямами.',

  'charts.trained.title': 'Кількість навчених за роками',
  'charts.trained.units':
    'Кількість навчених осіб за роком початку кожного навчання. Якщо джерела розходяться, суцільний стовпець сягає найменшого значення, а заштрихована частина — найбільшого.',
  'charts.trained.withoutCount':
    '{count, plural, one {# навчання без даних про кількість осіб до стовпців не враховано.} few {# навчання без даних про кількість осіб до стовпців не враховано.} many {# навчань без даних про кількість осіб до стовпців не враховано.} other {# навчання без даних про кількість осіб до стовпців не враховано.}}',
  'charts.trained.people': 'Кількість навчених',
  'charts.trained.low': 'Кількість навчених (найменше значення)',
  'charts.trained.uncertain': 'Невизначено: до найбільшого значення',
  'charts.trained.trainings': 'Навчання',
  'charts.trained.trainingsWithoutCount': 'Без кількості',
  'charts.trained.notStated': 'не вказано',
  'charts.trained.empty': 'За цих фільтрів навчань немає.',

  'charts.pairs.title': 'Кількість навчених за парами країн: хто навчає і кого',
  'charts.pairs.units':
    'Кількість навчених осіб для кожної пари: країна, що навчає, і країна, що навчається. Навчання для кількох країн одночасно зараховується повністю до кожної пари.',
  'charts.pairs.unpaired':
    '{count, plural, one {# навчання, де не вказано країни, що навчає, чи країни, що навчається, не показано.} few {# навчання, де не вказано країни, що навчає, чи країни, що навчається, не показано.} many {# навчань, де не вказано країни, що навчає, чи країни, що навчається, не показано.} other {# навчання, де не вказано країни, що навчає, чи країни, що навчається, не показано.}}',
  'charts.pairs.category': 'Країна, що навчає → країна, що навчається',
  // A no-break space keeps the arrow with the trainer's country when the pair wraps.
  'charts.pairs.pair': '{from}\u00a0→ {to}',
  'charts.pairs.empty': 'За цих фільтрів навчань між країнами немає.',

  'charts.funding.title': 'Фінансування за донорами й отримувачами',
  'charts.funding.sideLegend': 'Сторона',
  'charts.funding.side.donor': 'Донори',
  'charts.funding.side.recipient': 'Отримувачі',
  'charts.funding.currencyLegend': 'Валюта',
  'charts.funding.currencyOption':
    '{currency} ({count, plural, one {# запис} few {# записи} many {# записів} other {# запису}})',
  'charts.funding.units':
    'Суми, {side, select, donor {надані кожною} other {отримані кожною}} {by, select, country {країною} other {організацією}}, в одній валюті за раз: суми в різних валютах ніколи не додаються. Якщо джерела розходяться, суцільний стовпець сягає найменшої суми, а заштрихована частина — найбільшої.',
  'charts.funding.shared':
    '{count, plural, one {# запис має кількох {side, select, donor {донорів} other {отримувачів}} і зараховується повністю до кожного з них.} few {# записи мають кількох {side, select, donor {донорів} other {отримувачів}} і зараховуються повністю до кожного з них.} many {# записів мають кількох {side, select, donor {донорів} other {отримувачів}} і зараховуються повністю до кожного з них.} other {# запису мають кількох {side, select, donor {донорів} other {отримувачів}} і зараховуються повністю до кожного з них.}}',
  'charts.funding.withoutAmount':
    '{count, plural, one {# партнерство з {side, select, donor {донором} other {отримувачем}} не містить суми.} few {# партнерства з {side, select, donor {донором} other {отримувачем}} не містять суми.} many {# партнерств з {side, select, donor {донором} other {отримувачем}} не містять суми.} other {# партнерства з {side, select, donor {донором} other {отримувачем}} не містять суми.}}',
  'charts.funding.withoutActor':
    '{count, plural, one {# запис із сумою не вказує, яка {by, select, country {країна} other {організація}} є {side, select, donor {донором} other {отримувачем}}, тож його не показано.} few {# записи із сумою не вказують, яка {by, select, country {країна} other {організація}} є {side, select, donor {донором} other {отримувачем}}, тож їх не показано.} many {# записів із сумою не вказують, яка {by, select, country {країна} other {організація}} є {side, select, donor {донором} other {отримувачем}}, тож їх не показано.} other {# запису із сумою не вказують, яка {by, select, country {країна} other {організація}} є {side, select, donor {донором} other {отримувачем}}, тож їх не показано.}}',
  'charts.funding.amount': 'Сума ({currency})',
  'charts.funding.low': 'Сума (найменша з повідомлених)',
  'charts.funding.uncertain': 'Невизначено: до найбільшої з повідомлених',
  'charts.funding.records': 'Записи',
  'charts.funding.empty': 'За цих фільтрів немає записів із сумами.',

  'embed.footer.source': 'Джерело: {title}, станом на {asOf}.',
  'embed.footer.open': 'Відкрити це подання на повній панелі',
  'embed.unknownChart':
    'Цей вбудований елемент посилається на діаграму, якої на панелі немає. Перевірте код вбудовування.',
  'embed.card.country': 'Картка країни',
  'embed.card.pair': 'Картка двох країн',
  'embed.card.missing':
    '{kind, select, pair {У цій картці двох країн не вказано країн. Додайте до її адреси два коди країн, наприклад c=KHM,UKR.} other {У цій картці країни не вказано країну. Додайте до її адреси код країни, наприклад c=KHM.}}',
  'embed.card.malformed':
    '«{value}» не є кодом країни. Використовуйте трилітерні коди ISO, наприклад KHM. Перевірте код вбудовування.',
  'embed.card.count':
    '{kind, select, pair {Картці двох країн потрібні рівно два різні коди країн, наприклад c=KHM,UKR; тут указано «{value}».} other {Картці країни потрібен рівно один код країни, наприклад c=KHM; тут указано «{value}».}}',
  'embed.card.unknown': 'У наборі даних немає країни з кодом {value}. Перевірте код вбудовування.',

  // Exports (src/features/export): files and citations people take away from the explore view.
  'export.menu.button': 'Експорт',
  'export.menu.scope':
    '{count, plural, one {Буде експортовано # запис} few {Буде експортовано # записи} many {Буде експортовано # записів} other {Буде експортовано # запису}} за поточних фільтрів.',
  'export.csv.button': 'Завантажити CSV',
  'export.json.button': 'Завантажити JSON',
  'export.citation.button': 'Копіювати цитування',
  'export.citation.label': 'Цитування',
  'export.citation.text': '{citation} Дата звернення: {date}. Подання: {link}',
  'export.citation.close': 'Закрити',
  'export.status.downloaded': 'Завантажено {fileName}',
  'export.status.copied': 'Цитування скопійовано',
  'export.status.copyUnavailable':
    'Буфер обміну тут недоступний: цитування виділено нижче, скопіюйте його клавішами Ctrl+C або ⌘C.',
  'export.status.failed': 'Не вдалося експортувати: {reason}',
  'export.json.note':
    'Цей файл експортовано з Інформаційної панелі співпраці в протимінній діяльності {date}: {count, plural, one {# запис} few {# записи} many {# записів} other {# запису}} із {total, number}, {filters}. Подання: {link}',
  'export.filters.none': 'без фільтрів',
  'export.filters.some': 'за фільтрами: {filters}',
  'export.filters.text': 'пошук «{text}»',
  'export.filters.countries': 'країни: {list}',
  'export.filters.organisations': 'організації: {list}',
  'export.filters.types': 'типи записів: {list}',
  'export.filters.themes': 'напрями: {list}',
  'export.filters.years': 'роки {from}–{to}',
  'export.filters.yearsFrom': 'роки від {from}',
  'export.filters.yearsTo': 'роки до {to} включно',
  'export.filters.confidence': 'достовірність: {list}',
  'export.column.id': 'ID',
  'export.column.type': 'Тип',
  'export.column.kind': 'Вид',
  'export.column.title': 'Назва',
  'export.column.start': 'Початок',
  'export.column.end': 'Кінець',
  'export.column.countries': 'Країни (ISO3)',
  'export.column.organisations': 'Організації',
  'export.column.roles': 'Ролі',
  'export.column.themes': 'Напрями',
  'export.column.place': 'Місце',
  'export.column.placeCountry': 'Країна місця (ISO3)',
  'export.column.latitude': 'Широта',
  'export.column.longitude': 'Довгота',
  'export.column.participantsMin': 'Учасники (мін.)',
  'export.column.participantsMax': 'Учасники (макс.)',
  'export.column.participantsDisputed': 'Кількість учасників спірна',
  'export.column.amountMin': 'Сума (мін.)',
  'export.column.amountMax': 'Сума (макс.)',
  'export.column.amountDisputed': 'Сума спірна',
  'export.column.currency': 'Валюта',
  'export.column.confidence': 'Достовірність',
  'export.column.confidenceNote': 'Примітка щодо достовірності',
  'export.column.sourceTitles': 'Назви джерел',
  'export.column.sourceUrls': 'URL джерел',
  'export.value.yes': 'так',
  'export.value.no': 'ні',
  'export.value.role': '{actor}: {role}',
  'export.chart.group': 'Експорт діаграми',
  'export.chart.groupNamed': 'Експорт діаграми: {title}',
  'export.chart.png': 'Завантажити PNG',
  'export.chart.svg': 'Завантажити SVG',
  'export.chart.noChart': 'Щоб експортувати зображення, покажіть діаграму, а не таблицю.',

  'embedDialog.open': 'Вбудувати',
  'embedDialog.heading': 'Вбудувати це подання на інший вебсайт',
  'embedDialog.what': 'Що вбудувати',
  'embedDialog.titleMap': 'Карта співпраці в протимінній діяльності',
  'embedDialog.titleCountry': 'Співпраця в протимінній діяльності: {country}',
  'embedDialog.titlePair': 'Співпраця в протимінній діяльності: {a} і {b}',
  'embedDialog.card':
    'Що вбудовується: картка цієї сторінки, «{title}». Для карти чи діаграми скористайтеся кнопкою «Вбудувати» на сторінці огляду.',
  'embedDialog.size': 'Розмір',
  'embedDialog.size.responsive': 'Адаптивний (на всю ширину колонки)',
  'embedDialog.size.small': 'Малий (400 пкс)',
  'embedDialog.size.medium': 'Середній (640 пкс)',
  'embedDialog.size.large': 'Великий (960 пкс)',
  'embedDialog.scheme': 'Кольори',
  'embedDialog.scheme.light': 'Світлі',
  'embedDialog.scheme.dark': 'Темні',
  'embedDialog.scheme.auto': 'Як у системі читача',
  'embedDialog.interactive': 'Читачі можуть переміщувати й масштабувати карту',
  'embedDialog.code':
    'Код для вставлення на вашу сторінку (рядок script необовʼязковий: він підлаштовує розмір фрейму під вміст)',
  'embedDialog.copy': 'Копіювати код',
  'embedDialog.copied': 'Код скопійовано.',
  'embedDialog.copyManually': 'Код виділено: натисніть Ctrl+C (⌘+C на Mac), щоб його скопіювати.',
  'embedDialog.close': 'Закрити',
  'embedDialog.preview': 'Попередній перегляд',
  'embedDialog.previewTitle': 'Попередній перегляд: {title}',

  // Briefing pages: country profiles, two-country relationship briefs and their printed form.
  'briefing.toolbar': 'Інструменти довідки',
  'briefing.backToExplore': 'Назад до огляду',
  'briefing.print': 'Друк / зберегти як PDF',
  'briefing.picker.country.legend': 'Інша країна',
  'briefing.picker.country.label': 'Країна',
  'briefing.picker.country.submit': 'Відкрити профіль',
  'briefing.picker.pair.legend': 'Дві країни',
  'briefing.picker.pair.first': 'Перша країна',
  'briefing.picker.pair.second': 'Друга країна',
  'briefing.picker.pair.submit': 'Порівняти',
  'briefing.picker.pair.same': 'Виберіть дві різні країни.',
  'briefing.country.kicker': 'Профіль країни',
  'briefing.pair.kicker': 'Довідка про співпрацю двох країн',
  'briefing.pair.title': '{a} і {b}',
  'briefing.filters.none': 'Усі записи набору даних, без фільтрів.',
  'briefing.filters.intro': 'Застосовані фільтри:',
  'briefing.filters.years': 'роки {from}–{to}',
  'briefing.filters.yearsFrom': 'від {from}',
  'briefing.filters.yearsTo': 'до {to} включно',
  'briefing.filters.types': 'типи записів: {list}',
  'briefing.filters.themes': 'напрями: {list}',
  'briefing.filters.confidence': 'достовірність: {list}',
  'briefing.filters.countries': 'записи за участю: {list}',
  'briefing.filters.organisations': 'записи за участю: {list}',
  'briefing.filters.text': 'пошук: «{text}»',
  'briefing.print.made': 'Створено {date}',
  'briefing.print.localData':
    'Створено з файлу даних, відкритого локально: посилання показує опублікований набір даних, а не цей файл.',
  'briefing.print.permalink': 'Інтерактивна версія:',
  'briefing.print.qr': 'QR-код адреси інтерактивної версії',
  'briefing.print.omitted':
    'Інтерактивну карту й діаграми не включено до друкованої довідки; відкрийте інтерактивну версію, щоб їх переглянути.',
  'briefing.dataset': 'Дані: {title}, станом на {asOf}. {publisher}, ліцензія {licence}.',
  'briefing.note.ref': 'Джерело {number}',
  'briefing.notes.heading': 'Джерела',
  'briefing.notes.intro': 'Числа у квадратних дужках відсилають до цих джерел.',
  'briefing.notes.show':
    '{count, plural, one {Показати # джерело} few {Показати всі # джерела} many {Показати всі # джерел} other {Показати всі # джерела}}',
  'briefing.notes.none': 'За цих фільтрів записів немає, тож немає й джерел.',
  'briefing.notes.entry': '{title}. {publisher}, {date}. {url}',
  'briefing.notes.published': 'опубліковано {date}',
  'briefing.notes.undated': 'дату публікації не вказано',
  'briefing.figures.heading': 'Ключові показники',
  'briefing.figure.partners': 'Країни-партнери',
  'briefing.figure.partnerships': 'Партнерства',
  'briefing.figure.partnershipsByRole': 'Партнерства за роллю країни {country}',
  'briefing.figure.roleCount': '{role}: {count, number}',
  'briefing.figure.trainingsProvided': 'Проведені навчання (як тренер)',
  'briefing.figure.trainingsReceived': 'Отримані навчання (як слухач)',
  'briefing.figure.peopleTrained':
    'Навчено {people} {max, plural, one {особу} few {особи} many {осіб} other {особи}}{disputed, select, yes { (спірні дані: джерела розходяться)} other {}}',
  'briefing.figure.disputed': 'спірні дані: джерела розходяться',
  'briefing.range': '{min}–{max}',
  'briefing.figure.withoutCount':
    '{count, plural, one {# навчання без даних про кількість осіб} few {# навчання без даних про кількість осіб} many {# навчань без даних про кількість осіб} other {# навчання без даних про кількість осіб}}',
  'briefing.figure.eventsHosted': 'Проведені заходи (як приймаюча сторона чи організатор)',
  'briefing.figure.eventsAttended': 'Участь у заходах',
  'briefing.funding.heading': 'Фінансування з відомими сумами',
  'briefing.funding.given': 'Надано (як донор)',
  'briefing.funding.received': 'Отримано (як отримувач чи виконавець)',
  'briefing.funding.records':
    'у {count, plural, one {# партнерстві} few {# партнерствах} many {# партнерствах} other {# партнерства}}',
  'briefing.funding.jointSeparator': ', ',
  'briefing.funding.joint':
    'з них {count, plural, one {# — загальна сума, спільна з іншими сторонами} few {# — загальні суми, спільні з іншими сторонами} many {# — загальні суми, спільні з іншими сторонами} other {# — загальні суми, спільні з іншими сторонами}}',
  'briefing.funding.withoutAmount':
    '{count, plural, one {Ще # партнерство з фінансування не містить суми} few {Ще # партнерства з фінансування не містять суми} many {Ще # партнерств з фінансування не містять суми} other {Ще # партнерства з фінансування не містять суми}}',
  'briefing.funding.none': 'Суми не зафіксовано.',
  'briefing.funding.caveat':
    'Підсумки додають повну суму кожного запису й ніколи не змішують валюти. Суми наведено так, як їх подають джерела (часто «понад» або наростальним підсумком), і записи можуть перетинатися.',
  'briefing.partners.heading': 'Партнери та ролі',
  'briefing.partners.partner': 'Партнер',
  'briefing.partners.theirRoles': 'Їхні ролі',
  'briefing.partners.ownRoles': 'Ролі країни {country}',
  'briefing.partners.records': 'Спільні записи',
  'briefing.partners.pairLink': '{a} і {b}',
  'briefing.partners.none': 'За цих фільтрів країн-партнерів немає.',
  'briefing.timeline.heading': 'Хронологія заходів і навчань',
  'briefing.timeline.empty': 'За цих фільтрів заходів чи навчань немає.',
  'briefing.map.heading': 'Карта потоків',
  'briefing.charts.heading': 'Діаграми',
  'briefing.pair.summary.heading': 'Підсумок',
  'briefing.pair.summary.none': 'За цих фільтрів немає записів за участю обох країн: {a} і {b}.',
  'briefing.pair.summary.training':
    'Країна {trainer} провела для країни {trainee} {count, plural, one {# навчання} few {# навчання} many {# навчань} other {# навчання}}{countNotes} {span, select, single {у {first} році} other {у {first}–{last} роках}}{people, select, none {} other {, навчено {people} {max, plural, one {особу} few {особи} many {осіб} other {особи}}{peopleNotes}}}{disputed, select, yes { ({disputedLabel}{disputeNotes})} other {}}{unknown, plural, =0 {} one {; для # навчання кількість осіб не вказано{unknownNotes}} few {; для # навчань кількість осіб не вказано{unknownNotes}} many {; для # навчань кількість осіб не вказано{unknownNotes}} other {; для # навчання кількість осіб не вказано{unknownNotes}}}{funded, select, yes {; фінансування: {funders}} other {}}.',
  'briefing.pair.summary.otherTrainings':
    'Обидві країни беруть участь у {count, plural, one {# навчанні} few {# навчаннях} many {# навчаннях} other {# навчання}}{notes}, де жодна з них не навчає іншу.',
  'briefing.pair.summary.funderGroup': '{country} ({organisations}){notes}',
  'briefing.pair.summary.funderCountry': '{country}{notes}',
  'briefing.pair.summary.events':
    'Дві країни зустрічалися на {count, plural, one {# заході} few {# заходах} many {# заходах} other {# заходу}}{notes} {span, select, single {у {first} році} other {у {first}–{last} роках}}{places, select, none {} other {{placeCount, plural, =1 {, місце проведення: {places}} other {; місця проведення: {places}}}}}.',
  'briefing.pair.summary.eventPlace':
    '{placeCount, plural, =1 {{place}} other {{place} — {count, number}}}{notes}',
  'briefing.pair.summary.partnerships':
    'Країни є партнерами в {count, plural, one {# партнерстві} few {# партнерствах} many {# партнерствах} other {# партнерства}}{notes}.',
  'briefing.pair.summary.thirdParties': 'Інші учасники: {list}.',
  'briefing.pair.summary.thirdCountry':
    '{international, select, yes {{organisations}} other {{country}{organisations, select, none {} other { ({organisations})}}}} як {roles}{notes}',
  'briefing.pair.figure.records': 'Записи за участю обох',
  'briefing.pair.figure.byType': '{type}: {count, number}',
  'briefing.pair.figure.flow': 'Навчання: {trainer} → {trainee}',
  'briefing.pair.figure.flowTrainings':
    '{count, plural, one {# навчання} few {# навчання} many {# навчань} other {# навчання}}',
  'briefing.pair.figure.events': 'Заходи та місця їх проведення',
  'briefing.pair.figure.eventPlace': '{place}: {count, number}',
  'briefing.pair.figure.thirdParties': 'Треті сторони',
  'briefing.pair.figure.thirdPartiesNone': 'Немає',
  'briefing.pair.figure.thirdCountry': '{country}: {parties}',
  'briefing.pair.figure.international': 'Міжнародні організації',
  'briefing.pair.figure.thirdParty': '{name} ({roles})',
  'briefing.pair.figure.noFlow': 'Навчання однієї країни іншою',
  'briefing.pair.figure.otherTrainings':
    '{count, plural, one {# навчання за участю обох країн в інших ролях} few {# навчання за участю обох країн в інших ролях} many {# навчань за участю обох країн в інших ролях} other {# навчання за участю обох країн в інших ролях}}',
  'briefing.pair.figure.wholeCountry': 'країна загалом',
  'briefing.pair.records.heading': 'Записи за участю обох країн',
  'briefing.pair.records.count':
    '{count, plural, one {# запис} few {# записи} many {# записів} other {# запису}}, за типом і датою',
  'briefing.pair.records.participants':
    '{disputed, select, yes {{min}–{max} слухачів (спірні дані)} other {{count, plural, one {# слухач} few {# слухачі} many {# слухачів} other {# слухача}}}}',
  'briefing.record.confidence': 'достовірність: {confidence}',
  'briefing.record.party': '{name}{country, select, none {} other { ({country})}}: {role}',

  // Opening a data file in the browser (src/app/local-data).
  'localData.open': 'Відкрити файл даних',
  'localData.dialog.heading': 'Відкрити файл даних',
  'localData.dialog.intro':
    'Покажіть власні дані в усіх поданнях (мапа, діаграми, таблиця, довідки й експорт): файл діяльності IATI (XML), файл потоків OCHA FTS (JSON) або файл набору даних у форматі цієї панелі (JSON).',
  'localData.dialog.private':
    'Файл залишається на цьому комп’ютері: його читає цей браузер і нікуди не надсилає. Після перезавантаження сторінки його вже не буде.',
  'localData.dialog.choose': 'Виберіть файл (XML або JSON)',
  'localData.dialog.drop': 'або перетягніть його сюди.',
  'localData.dialog.close': 'Закрити',
  'localData.step.reading': 'Читання файлу…',
  'localData.step.importing': 'Імпорт записів…',
  'localData.step.indexing': 'Підготовка мапи, діаграм і таблиці…',
  'localData.error.heading': 'Не вдалося відкрити файл',
  'localData.error.tooLarge':
    '«{file}» має розмір {size} МБ; найбільший файл, який може відкрити панель, — {limit} МБ.',
  'localData.error.readerFailed': 'Імпорт несподівано зупинився: {detail}',
  'localData.error.more':
    '{count, plural, one {Ще # проблему не показано.} few {Ще # проблеми не показано.} many {Ще # проблем не показано.} other {Ще # проблеми не показано.}}',
  'localData.error.kept': 'Нічого не змінилося: панель і далі показує ті самі дані, що й раніше.',
  'localData.problem.item': 'елемент {item}',
  'localData.problem.line': 'рядок {line}',
  'localData.banner.heading': 'Показано файл, відкритий на цьому комп’ютері: {files}',
  'localData.banner.counts':
    '{taken, plural, one {Узято # запис} few {Узято # записи} many {Узято # записів} other {Узято # запису}}; {leftOut, plural, =0 {нічого не пропущено} one {пропущено # елемент} few {пропущено # елементи} many {пропущено # елементів} other {пропущено # елемента}}.',
  'localData.banner.private':
    'Файл не залишав цього браузера. Посилання, цитування й довідки, які ви зараз копіюєте, позначено як створені з локальним файлом; хто їх відкриє, побачить опублікований набір даних.',
  'localData.banner.details': 'Що пропущено або виправлено і чому',
  'localData.banner.leftOutHeading':
    '{count, plural, one {Пропущено (# елемент):} few {Пропущено (# елементи):} many {Пропущено (# елементів):} other {Пропущено (# елемента):}}',
  'localData.banner.repairsHeading':
    '{count, plural, one {Виправлено (# значення):} few {Виправлено (# значення):} many {Виправлено (# значень):} other {Виправлено (# значення):}}',
  'localData.banner.more': '{count, plural, one {…і ще #.} few {…і ще #.} many {…і ще #.} other {…і ще #.}}',
  'localData.banner.back': 'Повернутися до опублікованого набору даних',
  'urlNotice.localData':
    'Це посилання створено з файлом даних, відкритим локально, а посилання не може його передати; показано опублікований набір даних.',
  'embedDialog.localData':
    'Ця сторінка показує файл даних, відкритий на цьому комп’ютері, а вбудований фрагмент не може його передати: код нижче показує опублікований набір даних із тими самими фільтрами.',
  'export.menu.localData':
    'Це записи з файлу даних, відкритого на цьому комп’ютері. Скопійоване посилання чи цитування позначено як створене з локальними даними: інші побачать опублікований набір даних.',

  'dev.scenario.label': 'Тестовий сценарій (лише для розробки)',
};
