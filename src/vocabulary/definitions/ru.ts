import type { LinkRef } from '../../guide/types.js';
import { Vocabulary } from '../define.js';
import { splitList } from '../parameters.js';
import { expectAmountShown, expectLinkWorks, expectRateShown, expectReadyWithin, expectValueAt, expectValueShown } from '../steps/claims.js';
import { reviewDocuments } from '../steps/documents.js';
import { acceptTerms, checkRequired, describeRequest, expectAccountForm, fillContacts, fillOrderForm, payOrder, registerAndLand, sendRequest } from '../steps/forms.js';
import { expectChoiceKept, expectList, expectMarkdownRendered } from '../steps/lists.js';
import { confirmByLetter, expectAccessLetter, expectLetter } from '../steps/mail.js';
import { chooseFromMenu, choosePlan, expectMainPage, openAndPress, openMenuPage, openSection, pressLabel } from '../steps/navigation.js';
import { clickNotification, confirmInDialog } from '../steps/notifications.js';
import {
  expectLetThrough,
  expectLoggedIn,
  expectLogOnOrRegister,
  logIn,
  needAccount,
  openAndLogIn,
  quickRegistration,
  unlessAccount,
  unlessLoggedIn,
  unlessNoAccount,
} from '../steps/session.js';

/**
 * Russian sentences of the guides, and what each does. Quoted labels come from the guide; grouped
 * by what the sentences are about, not by guide.
 */
export const ru = new Vocabulary('ru')
  // Titles and section headings: each written out, so a new heading is never skipped unseen.
  .headings(
    [
      'Регистрация в личном кабинете',
      'Регистрация аккаунта',
      'Подтверждение e-mail адреса',
      'Как создать запрос в поддержку',
      'Как заказать виртуальный (VPS/VDS) сервер',
      'Как заказать сервер?',
      'Как это работает?',
      'Где отслеживать доход?',
      'Выплаты и ограничения',
      'Начните зарабатывать',
    ],
    "a title or a section's name; the sentences under it are the steps",
  )
  .headings(
    ['Войдите в личный кабинет', 'Откройте раздел поддержки', 'Создайте новый тикет', 'Опишите проблему'],
    'an instructing heading that sums up the sentences under it, which carry it out',
  )
  .headings(
    ['Шаг 1: Выбор тарифа', 'Шаг 2: Авторизация', 'Шаг 3: Заполнение формы заказа', 'Шаг 4: Оплата'],
    'a numbered step whose sentences below carry it out',
  )
  .action('Реферальная программа', openMenuPage, { heading: true, needs: ['session'] })

  // Introductions, greetings, promises and policies: nothing on the page to do or check.
  .narrative(/^Краткое руководство по .+\.$/u, 'introduces the guide; the steps below verify it')
  .narrative('Инструкция по созданию обращения в техническую поддержку Senko Digital.', 'introduces the guide; the steps below verify it')
  .narrative(
    'Если у вас возникли вопросы или проблемы, вы всегда можете обратиться в службу поддержки Senko Digital.',
    'introduces the guide; the steps below verify it',
  )
  .narrative('Для этого выполните несколько простых шагов.', 'announces the steps that follow')
  .narrative('Для того чтобы заказать виртуальный сервер, следуйте этой простой инструкции:', 'announces the steps that follow')
  .narrative('Поздравляем!', 'a greeting; the next sentence checks the account')
  .narrative(/^Мы настоятельно рекомендуем .+\.$/u, 'a recommendation; the steps that follow carry it out')
  .narrative('Приятного использования!', 'a farewell')
  .narrative('Наши специалисты рассмотрят ваш тикет и дадут ответ в ближайшее время.', 'a promise of the support team: people answer, the UI shows nothing of it')
  .narrative('Senko Digital предлагает вам зарабатывать на привлечении клиентов.', 'marketing: the sentences below check what the program offers')
  .narrative('«Поделитесь ссылкой» — разместите её на сайте, в соцсетях и форумах.', 'sharing happens outside the client area')
  .narrative(
    'Если клиент зарегистрировался без ссылки, он всё равно может ввести ваш промокод при первом заказе, и система закрепит его за вами.',
    'a rule applied to another client\'s order; the promo code it relies on is checked above',
  )
  .narrative('«Доступные способы выплат»: криптовалюта, банковские карты, PayPal.', 'a payout policy: payouts are arranged with support, the client area lists no methods')
  .narrative('«Запрещены саморефералы, спам и обман клиентов».', 'a rule of the program, enforced by people, not by the UI')
  .narrative(
    'Программа действует без скрытых условий — ваша доля сохраняется за вами, пока клиент остаётся активным.',
    'marketing: a promise about the future, nothing on the page to check',
  )

  // Navigation: links, buttons, menus and sections.
  .action('Перейдите в {link} и нажмите кнопку/ссылку {label}.', openAndPress)
  .action('Нажмите кнопку/ссылку {label}.', pressLabel)
  .action('Чтобы отправить новый запрос, нажмите на кнопку {label}.', pressLabel)
  .action('В боковом меню найдите раздел {label} и выберите {label}.', chooseFromMenu)
  .action('В разделе {label} можно посмотреть начисления с заказов.', openSection)
  .action('В разделе {label} доступен список всех привлечённых клиентов.', openSection)
  .check('Перед вами откроется список ваших обращений.', expectList)
  .check(/^(?:Вы|Вы будете) (?:попадёте|попадете|перенаправлены) на главную страницу\b.*\.$/u, expectMainPage)

  // The account: registering, logging in, and what a guide needs before it starts.
  .precondition('Если у вас ещё нет аккаунта, {link}.', needAccount)
  .action('Перейдите в {link} и авторизуйтесь в системе.', openAndLogIn)
  .check('После этого вы будете перенаправлены на страницу создания аккаунта.', expectAccountForm)
  .action(
    'После нажатия кнопки {label} вы автоматически будете перенаправлены на главную страницу личного кабинета.',
    registerAndLand,
  )
  .check('Аккаунт был успешно создан.', expectLoggedIn)
  .check('После выбора тарифа вам будет предложено войти в существующий аккаунт или зарегистрировать новый.', expectLogOnOrRegister)
  .alternative('«Если у вас уже есть аккаунт»: Войдите, используя ваш email и пароль', { unless: unlessAccount, run: logIn })
  .alternative('«Если у вас нет аккаунта»: Пройдите быструю регистрацию', { unless: unlessNoAccount, run: quickRegistration })
  .alternative('«Если вы уже вошли в аккаунт»: Система автоматически переведет вас к форме заказа', { unless: unlessLoggedIn, run: expectLetThrough })

  // Forms.
  .action('Заполните все контактные данные.', fillContacts)
  .check(/^Обязательными требовани\p{L}+ явля\p{L}+ (.+?)(?: для .+)?\.$/u, (context, list: string) => checkRequired(context, splitList(list)))
  .check(/^Ознакомьтесь с приложенными документами в форме регистрации\s*[-–—]\s*(.+)\.$/u, (context, list: string) =>
    reviewDocuments(context, splitList(list)),
  )
  .action('Примите условия, если вы согласны с ними.', acceptTerms)
  .action('Укажите тему обращения, подробно опишите ситуацию и приложите необходимые файлы, если это нужно.', describeRequest)
  .action('После заполнения всех полей отправьте запрос.', sendRequest)
  .check('Система запросов поддерживает разметку текста с помощью Markdown.', expectMarkdownRendered)
  .check(
    'Мы предоставляем нашим клиентам возможность выбрать приоритет запроса - выберите тот, который больше всего подходит под ваш вопрос.',
    (context) => expectChoiceKept(context, 'priority'),
  )

  // Ordering and paying.
  .action('Перейдите на страницу {link} и выберите подходящий вам тариф.', choosePlan)
  .action(/^После авторизации заполните форму заказа, указав необходимые параметры, такие как (.+)\.$/u, (context, list: string) =>
    fillOrderForm(context, splitList(list)),
  )
  .action('Выберите удобный способ оплаты, оплатите и завершите заказ.', payOrder)
  .check('После успешной оплаты ваш виртуальный сервер будет установлен в течение {duration}.', expectReadyWithin)

  // What the page states: rates, amounts, values to copy.
  .check(/^Вы получаете «(\d+(?:[.,]\d+)?\s?% [^»]+)», .+\.$/u, expectRateShown)
  .check(/^«(Вы получаете \d+(?:[.,]\d+)?\s?% [^»]+)» — .+\.$/u, expectRateShown)
  .check(/^«([^»]+)» [–—-] (\d+(?:[.,]\d+)?\s?[€$₽₴])\.$/u, expectAmountShown)
  .check('«Получите реферальную ссылку» в {link}.', (context, link: LinkRef) => expectValueAt(context, link, 'реферальную ссылку'))
  .check('«Клиент регистрируется» по ссылке или вводит ваш промокод при заказе.', (context) => expectValueShown(context, 'промокод'))
  .check('Просто скопируйте ссылку, поделитесь ею и получайте доход с каждого заказа.', (context) => expectLinkWorks(context, 'реферальную ссылку'))

  // Notifications and mail.
  .action('Сделать это можно щелкнув по тексту в уведомлении в верхней части сайта:', clickNotification)
  .action('В открывшемся окне подтвердите отправку письма нажав на кнопку {label}.', confirmInDialog)
  .check(
    'В течение {duration} на указанный вами при регистрации e-mail будет отправлено письмо для подтверждения e-mail.',
    expectLetter,
  )
  .action('После получения письма, откройте его и подтвердите e-mail с помощью соответствующей кнопки.', confirmByLetter)
  .check('Доступ к панели управления и данные для входа на сервер будут отправлены на указанный вами email.', expectAccessLetter)

  // The 2026 wiki's wording (guides/src/ru/client-area/): the same steps, said anew.
  .headings(['Выбор тарифа', 'Авторизация', 'Заполнение формы заказа', 'Оплата'], 'a step of the order whose sentences below carry it out')
  .action('Перейдите на страницу {link} и выберите подходящий для вас тариф.', choosePlan);
