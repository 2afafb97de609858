import type { LinkRef } from '../guide/types.js';
import { Vocabulary } from './define.js';

const vocabulary = new Vocabulary();
// Loaded when a step first runs: a plan is made from meanings alone, without a page's tools.
const claims = vocabulary.steps(() => import('./steps/claims.js'));
const documents = vocabulary.steps(() => import('./steps/documents.js'));
const forms = vocabulary.steps(() => import('./steps/forms.js'));
const lists = vocabulary.steps(() => import('./steps/lists.js'));
const mail = vocabulary.steps(() => import('./steps/mail.js'));
const messenger = vocabulary.steps(() => import('./steps/messenger.js'));
const navigation = vocabulary.steps(() => import('./steps/navigation.js'));
const notifications = vocabulary.steps(() => import('./steps/notifications.js'));
const sections = vocabulary.steps(() => import('./steps/sections.js'));
const session = vocabulary.steps(() => import('./steps/session.js'));
const twoFactor = vocabulary.steps(() => import('./steps/two-factor.js'));

/**
 * What the guides' sentences mean, and what each does, in every language at once: a definition
 * names concepts (press, a button, the ticket list…), and each locale says how its language words
 * them (src/locale/<lang>.ts, `words`). A reworded sentence that keeps its meaning keeps its step;
 * a new synonym is a word in a locale, not a definition. Grouped by what the sentences are about.
 */
export const definitions = vocabulary
  // A page of the client area named by a heading: the reader is there from then on.
  .action('open-program-page', { heading: true, says: ['referralProgram'] }, navigation('openMenuPage'), { needs: ['session'] })

  // Introductions, promises and policies: they name the UI, yet ask nothing of it.
  .narrative('introduces-guide', { says: ['guide'], anythingElse: true }, 'introduces the guide or announces its steps; the steps below verify it')
  .narrative('support-is-there', { says: ['contact', 'support'], anythingElse: true }, 'introduces the guide; the steps below verify it')
  .narrative('recommendation', { says: ['recommend'], anythingElse: true }, 'a recommendation; the steps that follow carry it out')
  .narrative('support-will-answer', { says: ['specialists'], anythingElse: true }, 'a promise of the support team: people answer, the UI shows nothing of it')
  .narrative('program-offer', { says: ['earn'], anythingElse: true }, 'marketing: the sentences below check what the program offers')
  .narrative('share-outside', { says: ['share', 'site'], takes: [{ slot: 'leadIn', optional: true }], anythingElse: true }, 'sharing happens outside the client area')
  .narrative(
    'promo-code-rule',
    { says: ['if', 'promoCode'], anythingElse: true },
    "a rule applied to another client's order; the promo code it relies on is checked where the guide shows it",
  )
  .narrative('payout-policy', { says: ['payout'], takes: [{ slot: 'leadIn', optional: true }], anythingElse: true }, 'a payout policy: payouts are arranged with support, the client area lists no methods')
  .narrative('program-rule', { says: ['prohibited'], takes: [{ slot: 'leadIn', optional: true }], anythingElse: true }, 'a rule of the program, enforced by people, not by the UI')
  .narrative('program-promise', { says: ['conditions'], may: ['client', 'not', 'share'], anythingElse: true }, 'marketing: a promise about the future, nothing on the page to check')

  // Navigation: links, buttons, menus and sections.
  .action('open-and-press', { says: [['go', 'open'], 'press'], may: ['clientArea'], takes: [{ slot: 'link' }, { slot: 'label', element: 'pressable' }] }, navigation('openAndPress'))
  .action('press', { says: ['press'], may: ['open'], takes: [{ slot: 'label', element: 'pressable' }] }, navigation('pressLabel'))
  .action(
    'choose-from-menu',
    { says: ['menu'], may: ['find', 'go', 'choose', 'open', 'press'], takes: [{ slot: 'label', element: 'section' }, { slot: 'label', element: 'item' }] },
    navigation('chooseFromMenu'),
  )
  .action(
    'open-section',
    { says: ['see'], may: ['income', 'order', 'list', 'client', 'pay'], takes: [{ slot: 'label', element: 'section' }] },
    navigation('openSection'),
  )
  .check('ticket-list', { says: ['list', 'ticket'], may: ['see', 'open'] }, lists('expectList'))
  .check('main-page', { says: ['redirect', 'mainPage'], may: ['clientArea'] }, navigation('expectMainPage'))

  // The account: registering, logging in, and what a guide needs before it starts.
  .precondition('need-account', { says: ['not', 'account', ['create', 'register']], may: ['if', 'have'], takes: [{ slot: 'link' }] }, session('needAccount'))
  .action('open-and-log-in', { says: ['logIn'], may: ['go', 'open', 'clientArea'], takes: [{ slot: 'link' }] }, session('openAndLogIn'))
  .check('account-form', { says: ['redirect', 'account', ['create', 'register']], may: ['page', 'form'] }, forms('expectAccountForm'))
  .action(
    'register-and-land',
    { says: ['press', 'redirect', 'mainPage'], may: ['clientArea'], takes: [{ slot: 'label', element: 'pressable' }] },
    forms('registerAndLand'),
  )
  .check('account-created', { says: ['account', 'create'] }, session('expectLoggedIn'))
  .check('log-on-or-register', { says: ['logIn', ['register', 'create']], may: ['choose', 'plan', 'account', 'have', 'create'] }, session('expectLogOnOrRegister'))
  .alternative(
    'if-account-log-in',
    { says: ['have', 'account', 'logIn'], may: ['if', 'already', 'letter', 'emailAddress', 'password'], takes: [{ slot: 'leadIn' }] },
    { unless: session('unlessAccount'), run: session('logIn') },
  )
  .alternative(
    'if-no-account-register',
    { says: ['not', 'account', 'register'], may: ['if', 'have', 'complete', 'create'], takes: [{ slot: 'leadIn' }, { slot: 'link', optional: true }] },
    { unless: session('unlessNoAccount'), run: session('quickRegistration') },
  )
  .alternative(
    'if-logged-in-let-through',
    { says: ['logIn', 'redirect', ['form', 'order']], may: ['if', 'already', 'account', 'order', 'form'], takes: [{ slot: 'leadIn' }] },
    { unless: session('unlessLoggedIn'), run: session('expectLetThrough') },
  )

  // Forms.
  .action('save-changes', { says: ['press', ['confirm', 'page']], may: ['confirm', 'page'], takes: [{ slot: 'label', element: 'pressable' }] }, forms('saveChanges'))
  .action('fill-contacts', { says: [['fill', 'enter'], 'contacts'] }, forms('fillContacts'))
  .check('required-fields', { says: ['required'], takes: [{ slot: 'list' }] }, forms('checkRequired'))
  .check('review-documents', { says: ['review', 'documents'], may: ['attach', 'register', 'form'], takes: [{ slot: 'list' }] }, documents('reviewDocuments'))
  .action('accept-terms', { says: ['accept', 'terms'], may: ['if'] }, forms('acceptTerms'))
  .action('describe-request', { says: ['subject', 'describe'], may: ['enter', 'ticket', 'attach', 'files', 'if'] }, forms('describeRequest'))
  .action('send-request', { says: ['send', 'ticket'], may: ['fill', 'field'] }, forms('sendRequest'))
  .check('markdown', { says: ['markdown'], may: ['ticket', 'support', 'send'] }, lists('expectMarkdownRendered'))

  // Ordering and paying.
  .action('choose-plan', { says: [['go', 'open'], 'choose', 'plan'], may: ['page'], takes: [{ slot: 'link' }] }, navigation('choosePlan'))
  .action('fill-order-form', { says: [['fill', 'complete'], 'order', 'form'], may: ['logIn', 'enter', 'parameters'], takes: [{ slot: 'list' }] }, forms('fillOrderForm'))
  .action('pay-order', { says: ['pay'], may: ['choose', 'paymentMethod', 'complete', 'order'] }, forms('payOrder'))
  .check('ready-within', { says: ['server', 'setUp'], may: ['pay'], takes: [{ slot: 'duration' }] }, claims('expectReadyWithin'))

  // What the page states: rates, amounts, values to copy.
  .check('rate-shown', { says: ['receive'], may: ['order', 'pay', 'amount', 'client', 'conditions', 'income'], takes: [{ slot: 'leadIn', optional: true }, { slot: 'rate' }] }, (context, _leadIn: string, rate: string) =>
    claims('expectRateShown')(context, rate),
  )
  .check('amount-shown', { says: ['amount'], may: ['payout'], takes: [{ slot: 'leadIn' }, { slot: 'amount' }] }, claims('expectAmountShown'))
  .check('value-at-link', { says: ['referralLink'], may: ['receive', 'clientArea'], takes: [{ slot: 'leadIn', optional: true }, { slot: 'link' }, { slot: 'phrase', of: ['referralLink'] }] }, (context, _leadIn: string, link: LinkRef, words: string) =>
    claims('expectValueAt')(context, link, words),
  )
  .check(
    'promo-code-shown',
    { says: ['promoCode'], may: ['client', 'register', 'link', 'referralLink', 'enter', 'order'], takes: [{ slot: 'leadIn', optional: true }, { slot: 'phrase', of: ['promoCode'] }] },
    (context, _leadIn: string, words: string) => claims('expectValueShown')(context, words),
  )
  .check('link-works', { says: ['copy', 'share'], may: ['link', 'referralLink', 'receive', 'income', 'order'], takes: [{ slot: 'phrase', of: ['referralLink', 'link'] }] }, claims('expectLinkWorks'))

  // Notifications and mail.
  .action('click-notification', { says: ['press', 'notification'], may: ['site', 'page'] }, notifications('clickNotification'))
  .action(
    'confirm-in-window',
    { says: ['window', 'press'], may: ['open', 'confirm', 'send', 'letter'], takes: [{ slot: 'label', element: 'pressable' }] },
    notifications('confirmInDialog'),
  )
  .check('letter-within', { says: ['letter', 'send'], may: ['confirm', 'emailAddress', 'register', 'account'], takes: [{ slot: 'duration' }] }, mail('expectLetter'))
  .action('confirm-by-letter', { says: ['letter', 'confirm'], may: ['receive', 'open', 'emailAddress', 'button', 'press'] }, mail('confirmByLetter'))
  .check(
    'access-letter',
    { says: ['credentials', 'send'], may: ['controlPanel', 'server', 'logIn', 'letter', 'emailAddress', 'register'] },
    mail('expectAccessLetter'),
  )

  // Two-factor authentication: the engine plays the authenticator app (steps/two-factor.ts).
  .action(
    'open-client-area',
    { says: ['go', 'clientArea'], may: ['open', 'parameters', 'page', 'if', 'not'], takes: [{ slot: 'link' }, { slot: 'label', element: 'item', optional: true }] },
    (context, link: LinkRef) => navigation('openGuideLink')(context, link),
    { needs: ['session'] },
  )
  .action(
    'choose-from-account-menu',
    { says: ['logIn', 'press', 'choose'], may: ['find', 'menu', 'section', 'open', 'clientArea'], takes: [{ slot: 'label', element: 'item' }] },
    twoFactor('chooseFromAccountMenu'),
  )
  .action(
    'press-in-section',
    { says: ['find', 'press'], may: ['button', 'link', 'parameters', 'twoFactor', 'open', 'see'], takes: [{ slot: 'label', element: 'section' }, { slot: 'label', element: 'pressable' }] },
    twoFactor('pressInSection'),
  )
  .check('two-factor-setup-shown', { says: ['see', 'page'], may: ['twoFactor', 'qrCode', 'secretKey', 'oneTimeCode', 'account', 'field'] }, twoFactor('expectTwoFactorSetup'))
  .action(
    'save-key-file',
    { says: ['secretKey', 'press'], may: ['button', 'create', 'required'], takes: [{ slot: 'label', element: 'pressable' }, { slot: 'label', element: 'pressable' }] },
    twoFactor('saveKeyFile'),
  )
  .action(
    'enter-code-and-confirm',
    { says: ['oneTimeCode', 'enter', 'confirm'], may: ['open', 'authenticator', 'create', 'account', 'guide', 'receive', 'site', 'press', 'field'], takes: [{ slot: 'label', element: 'field' }, { slot: 'label', element: 'pressable' }] },
    twoFactor('enterCodeAndConfirm'),
  )
  .check('code-at-log-on', { says: ['oneTimeCode', 'twoFactor'], may: ['enter', 'setUp', 'account', 'complete'] }, twoFactor('expectCodeAtLogOn'))
  .check('code-format', { says: ['twoFactor', 'secretKey'], may: ['choose', 'oneTimeCode', 'setUp', 'password'], takes: [{ slot: 'number' }] }, twoFactor('expectCodeFormat'))
  .check('code-period', { says: ['oneTimeCode'], may: ['if', 'not', 'accept', 'authenticator'], takes: [{ slot: 'duration' }] }, twoFactor('expectCodePeriod'))

  // Telegram notifications: sections of a long page, a username, a bot started in the persona's Telegram.
  .check('find-section', { says: ['find'], may: ['page', 'scroll', 'see', 'go', 'not'], takes: [{ slot: 'label', element: 'section' }] }, sections('findSection'))
  .action('unfold-section', { says: ['press', 'heading'], may: ['expand', 'section', 'if', 'have'] }, sections('unfoldSection'))
  .action(
    'enter-username',
    { says: ['enter', 'username'], may: ['field', 'if', 'not'], takes: [{ slot: 'label', element: 'field' }, { slot: 'label', element: 'item', optional: true }, { slot: 'label', element: 'item', optional: true }, { slot: 'label', element: 'item', optional: true }] },
    messenger('enterUsername'),
  )
  .action(
    'start-bot',
    {
      says: [['go', 'open'], 'bot'],
      may: ['chat', 'press', 'button', 'send', 'notification'],
      takes: [{ slot: 'link' }, { slot: 'label', element: 'pressable' }, { slot: 'label', element: 'item', optional: true }, { slot: 'label', element: 'item', optional: true }, { slot: 'label', element: 'item', optional: true }],
    },
    messenger('startBot'),
  )
  .check('status-shown', { says: ['status'], may: ['link', 'go', 'parameters', 'setUp', 'complete', 'if'], takes: [{ slot: 'label', element: 'item' }] }, claims('expectStatusShown'));
