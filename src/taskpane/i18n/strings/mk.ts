import type { PaneStrings } from "./en";

/** The pane in Macedonian; our own translation. */
export const mk: PaneStrings = {
  "app.title": "WB-MIDEX",
  "app.dismiss": "Затвори",
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
};
