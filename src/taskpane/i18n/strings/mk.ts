import type { PaneStrings } from "./en";

/** The pane in Macedonian; our own translation. */
export const mk: PaneStrings = {
  "app.title": "WB-MIDEX",
  "app.dismiss": "Затвори",
  "app.preparing": "Се подготвуваат проверките…",
  "app.engineFailed":
    "Окното не можеше да ги вчита проверките. Проверете ја мрежната врска, потоа затворете го окното и отворете го повторно.",
  "marks.note":
    "Невообичаен податок: вообичаениот опсег за оваа ќелија е од {low} до {high}. Ако податокот е точен, при испраќањето ќе треба да го образложите.",
  "marks.noteNoRange":
    "Невообичаен податок за оваа ќелија. Ако е точен, при испраќањето ќе треба да го образложите.",
  "app.newSheets": "Нови листови",
  "app.addRow": "Додај ред",
  "app.check": "Проверка",
  "app.validating": "Се проверува…",
  "app.validateNow": "Провери сега",
  "app.submit": "Испраќање",
  "language.label": "Јазик",

  "load.form": "Вчитување од каталогот",
  "load.search": "Пребарај го каталогот",
  "load.searchHint": "Ознака на табела, наслов или збир на податоци, на пр. азил",
  "load.country": "Земја што известува",
  "load.chooseCountry": "Изберете земја",
  "load.participants": "Учесници во WB-MIDEX",
  "load.otherCountries": "Други земји",
  "load.period": "Референтен период",
  "load.periodHint": "На пример {example}; роковите се гледаат во листата",
  "load.periodProblem": "Напишете го периодот како {example}.",
  "load.chosenFor": "{name} за {period}",
  "load.chooseAbove": "Изберете табела или пакет погоре.",
  "load.loading": "Се вчитува…",
  "load.load": "Вчитај",

  "catalogue.label": "Каталог",
  "catalogue.nothing": "Ништо не одговара на пребарувањето.",
  "catalogue.due": "рок {date}",
  "catalogue.tables": { one: "{count} табела", other: "{count} табели" },
  "catalogue.packages": "Пакети за известување",
  "catalogue.otherTables": "Други табели",
  "catalogue.article": "Чл. {article}",
  "catalogue.articleParagraph": "Чл. {article}({paragraph})",
  "frequency.M": "Месечно",
  "frequency.Q": "Тромесечно",
  "frequency.A": "Годишно",

  "addRow.form": "Додавање ред во {sheet}",
  "addRow.intro":
    "Листот {sheet} ги прикажува редовите што им требаат на повеќето земји; додајте ред за која било друга шифра.",
  "addRow.toAdd": "{dimension} за додавање",
  "addRow.code": "Шифра",
  "addRow.placeholder": "Внесете шифра или назив",
  "addRow.noMatch": "Ниту една шифра не одговара",
  "addRow.adding": "Се додава…",
  "addRow.add": "Додај ред",

  "migrate.busy": "Се пренесува…",
  "migrate.button": "Пренеси во верзија {version}",
  "migrate.refused": {
    one: "Не е пренесено: {count} податок нема ќелија во верзијата {version}. Преместете го рачно или избришете го, па обидете се повторно.",
    other:
      "Не е пренесено: {count} податоци немаат ќелија во верзијата {version}. Преместете ги рачно или избришете ги, па обидете се повторно.",
  },

  "cover.missing": "Листот недостасува",
  "cover.unreadable": "Не може да се прочита",
  "cover.notTemplate": "Не е лист од образец",
  "cover.errors": { one: "{count} грешка", other: "{count} грешки" },
  "cover.ready": "Подготвено",

  "chart.title": "Историја на ќелијата {cell}",
  "chart.summary":
    "{cell}: {value} за {period}. Вообичаен опсег од {low} до {high}, според претходните периоди ({count}).",
  "chart.point": "{period}: {value}",
  "chart.current": "{period} (овој лист): {value}",
  "chart.band": "вообичаен опсег",
  "chart.period": "Период",
  "chart.value": "Податок",

  "signIn.address": "Адреса на платформата за размена",
  "signIn.token": "Токен за пристап",
  "signIn.encrypted":
    "Се чува шифрирано на овој компјутер додека не се одјавите; никогаш не се запишува во датотеката.",
  "signIn.session":
    "Се чува само додека е отворен овој панел; никогаш не се запишува во датотеката.",
  "signIn.signedIn": "Најавени сте на {endpoint}.",
  "signIn.signOut": "Одјави се",
  "signIn.needed": "Внесете ја адресата на платформата за размена и вашиот токен за пристап.",
  "submit.form": "Испраќање до платформата за размена",
  "submit.sheet": "Лист за испраќање",
  "submit.warnings": "Предупредувања што треба да се образложат",
  "submit.warningsHint":
    "Секој податок подолу изгледа невообичаено. Напишете зошто е точен; вашето образложение се испраќа заедно со податокот.",
  "submit.historyExchange":
    "Споредено со податоците што платформата за размена ги прифатила за претходните периоди.",
  "submit.historyWorkbook":
    "Платформата за размена моментално не е достапна: споредено со претходните листови од оваа работна книга.",
  "submit.goTo": "Оди до ќелијата {cell}",
  "submit.submit": "Испрати",
  "submit.submitting": "Се испраќа…",
  "submit.changed": {
    one: "{count} податок е променет од прифатената верзија {version}:",
    other: "{count} податоци се променети од прифатената верзија {version}:",
  },
  "submit.unchanged": "Ниеден податок не е променет од прифатената верзија {version}.",
  "submit.more": "… и уште {count}.",
  "submit.notAvailable": "не е достапно",
  "submit.send": "Испрати ја оваа верзија",
  "submit.cancel": "Откажи",
  "submit.blockerLoad": "Прво вчитајте образец.",
  "submit.blockerErrors": {
    one: "Прво поправете {count} грешка на листот {sheet}.",
    other: "Прво поправете {count} грешки на листот {sheet}.",
  },
  "submit.blockerWarnings": {
    one: "Напишете зошто е точен {count} податок со предупредување, во полето под Предупредувања што треба да се образложат.",
    other:
      "Напишете зошто е точен секој од {count} податоци со предупредување, во полињата под Предупредувања што треба да се образложат.",
  },
  "submit.notTemplate": "Листот {sheet} не може да се испрати во оваа форма; видете погоре.",
  "submit.errors": "Листот има грешки; прво поправете ги ќелиите наведени подолу.",
  "submit.unjustified": {
    one: "{count} податок со предупредување сè уште нема образложение; напишете зошто е точен.",
    other:
      "{count} податоци со предупредување сè уште немаат образложение; напишете зошто се точни.",
  },
  "submit.exchangeWarnings": {
    one: "Платформата за размена најде {count} податок на кој му треба образложение (наведен под Предупредувања што треба да се образложат). Напишете зошто е точен, па испратете повторно; ништо не е зачувано.",
    other:
      "Платформата за размена најде {count} податоци на кои им треба образложение (наведени под Предупредувања што треба да се образложат). Напишете зошто е точен секој, па испратете повторно; ништо не е зачувано.",
  },
  "submit.justificationMissing": "Напишете зошто овој податок е точен.",
  "submit.justificationTooLong":
    "Скратете го образложението на најмногу {max} знаци (сега има {count}).",
  "submit.justificationFormula":
    "Започнете го образложението со збор: она што почнува со =, +, - или @ табелата би го извршила како формула.",
  "submit.justificationOneLine":
    "Напишете го образложението во еден ред, без табулатори и нови редови.",
  "queue.waiting": "Чека на испраќање",
  "queue.entry":
    "{sheet} ({period}), се чува од {since}; се испраќа штом платформата за размена одговори.",
  "queue.queued":
    "Платформата за размена не е достапна. Податоците се чуваат на овој компјутер и се испраќаат штом платформата одговори; можете да го затворите панелот.",
  "queue.refused": "{sheet}: {reason}",
  "receipt.title": "Испратено: {template} за {country}, {period}",
  "receipt.id": "Ознака на испраќањето",
  "receipt.version": "Верзија",
  "receipt.receivedAt": "Примено",
  "receipt.observations": "Опсервации",
  "receipt.status": "Статус",
  "receipt.reviewComment": "Коментар на рецензентот",
  "receipt.sha256": "SHA-256",
  "receipt.received": "примено, сè уште непроверено",
  "receipt.validated": "проверено, чека преглед",
  "receipt.accepted": "прифатено",
  "receipt.returned": "вратено за поправка",
  "receipt.notWritten":
    "Платформата за размена ги зачува податоците (ознака {id}), но потврдата не можеше да се запише во работната книга: {reason}",

  "findings.region": "Наоди",
  "findings.selectedCell": "Избрана ќелија {sheet}!{address}",
  "findings.noneShown": "Ниеден наод не одговара на филтерот.",
  "findings.sheet": "Лист {sheet}",
  "findings.noProblems": "{sheet} — без проблеми",
  "findings.heading": "{sheet} — {errors}, {warnings}",
  "findings.errorCount": { one: "{count} грешка", other: "{count} грешки" },
  "findings.warningCount": { one: "{count} предупредување", other: "{count} предупредувања" },
  "findings.errorGroup": "Грешки ({count})",
  "findings.warningGroup": "Предупредувања ({count})",
  "findings.more": "…и уште {count}; ќе се појават тука штом ќе се поправат горните.",
  "findings.goTo": "Оди на {address}",
  "findings.migrated": {
    one: "Пренесен е {count} податок во верзијата {version}.",
    other: "Пренесени се {count} податоци во верзијата {version}.",
  },

  "summary.noTemplate": "Не е вчитан ниеден образец",
  "summary.ready": "Подготвено за испраќање",

  "filter.show": "Прикажи",
  "filter.allSeverities": "Грешки и предупредувања",
  "filter.errors": "Само грешки",
  "filter.warnings": "Само предупредувања",
  "filter.rule": "Правило",
  "filter.allRules": "Сите правила",

  "progress.load": "Се додаваат листовите…",
  "progress.validate": "Се проверуваат сите листови…",
  "progress.addRow": "Се додава редот…",
  "progress.migrate": "Податоците се пренесуваат во новата верзија…",
  "progress.submit": "Листот се проверува и се испраќа…",
};
