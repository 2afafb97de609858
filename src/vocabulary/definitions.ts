import type { LinkRef } from '../guide/types.js';
import { Vocabulary } from './define.js';
import { expectAmountShown, expectLinkWorks, expectRateShown, expectReadyWithin, expectStatusShown, expectValueAt, expectValueShown } from './steps/claims.js';
import { enterUsername, startBot } from './steps/messenger.js';
import { findSection, unfoldSection } from './steps/sections.js';
import { reviewDocuments } from './steps/documents.js';
import { acceptTerms, checkRequired, describeRequest, expectAccountForm, fillContacts, fillOrderForm, payOrder, registerAndLand, saveChanges, sendRequest } from './steps/forms.js';
import { expectList, expectMarkdownRendered } from './steps/lists.js';
import { confirmByLetter, expectAccessLetter, expectLetter } from './steps/mail.js';
import { chooseFromMenu, choosePlan, openGuideLink, expectMainPage, openAndPress, openMenuPage, openSection, pressLabel } from './steps/navigation.js';
import { clickNotification, confirmInDialog } from './steps/notifications.js';
import {
  chooseFromAccountMenu,
  enterCodeAndConfirm,
  expectCodeAtLogOn,
  expectCodeFormat,
  expectCodePeriod,
  expectTwoFactorSetup,
  pressInSection,
  saveKeyFile,
} from './steps/two-factor.js';
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
} from './steps/session.js';

/**
 * What the guides' sentences mean, and what each does, in every language at once: a definition
 * names concepts (press, a button, the ticket list…), and each locale says how its language words
 * them (src/locale/<lang>.ts, `words`). A reworded sentence that keeps its meaning keeps its step;
 * a new synonym is a word in a locale, not a definition. Grouped by what the sentences are about.
 */
export const definitions = new Vocabulary()
  // A page of the client area named by a heading: the reader is there from then on.
  .action('open-program-page', { heading: true, says: ['referralProgram'] }, openMenuPage, { needs: ['session'] })

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
  .action('open-and-press', { says: [['go', 'open'], 'press'], may: ['clientArea'], takes: [{ slot: 'link' }, { slot: 'label', element: 'pressable' }] }, openAndPress)
  .action('press', { says: ['press'], may: ['open'], takes: [{ slot: 'label', element: 'pressable' }] }, pressLabel)
  .action(
    'choose-from-menu',
    { says: ['menu'], may: ['find', 'go', 'choose', 'open', 'press'], takes: [{ slot: 'label', element: 'section' }, { slot: 'label', element: 'item' }] },
    chooseFromMenu,
  )
  .action(
    'open-section',
    { says: ['see'], may: ['income', 'order', 'list', 'client', 'pay'], takes: [{ slot: 'label', element: 'section' }] },
    openSection,
  )
  .check('ticket-list', { says: ['list', 'ticket'], may: ['see', 'open'] }, expectList)
  .check('main-page', { says: ['redirect', 'mainPage'], may: ['clientArea'] }, expectMainPage)

  // The account: registering, logging in, and what a guide needs before it starts.
  .precondition('need-account', { says: ['not', 'account', ['create', 'register']], may: ['if', 'have'], takes: [{ slot: 'link' }] }, needAccount)
  .action('open-and-log-in', { says: ['logIn'], may: ['go', 'open', 'clientArea'], takes: [{ slot: 'link' }] }, openAndLogIn)
  .check('account-form', { says: ['redirect', 'account', ['create', 'register']], may: ['page', 'form'] }, expectAccountForm)
  .action(
    'register-and-land',
    { says: ['press', 'redirect', 'mainPage'], may: ['clientArea'], takes: [{ slot: 'label', element: 'pressable' }] },
    registerAndLand,
  )
  .check('account-created', { says: ['account', 'create'] }, expectLoggedIn)
  .check('log-on-or-register', { says: ['logIn', ['register', 'create']], may: ['choose', 'plan', 'account', 'have', 'create'] }, expectLogOnOrRegister)
  .alternative(
    'if-account-log-in',
    { says: ['have', 'account', 'logIn'], may: ['if', 'already', 'letter', 'emailAddress', 'password'], takes: [{ slot: 'leadIn' }] },
    { unless: unlessAccount, run: logIn },
  )
  .alternative(
    'if-no-account-register',
    { says: ['not', 'account', 'register'], may: ['if', 'have', 'complete', 'create'], takes: [{ slot: 'leadIn' }, { slot: 'link', optional: true }] },
    { unless: unlessNoAccount, run: quickRegistration },
  )
  .alternative(
    'if-logged-in-let-through',
    { says: ['logIn', 'redirect', ['form', 'order']], may: ['if', 'already', 'account', 'order', 'form'], takes: [{ slot: 'leadIn' }] },
    { unless: unlessLoggedIn, run: expectLetThrough },
  )

  // Forms.
  .action('save-changes', { says: ['press', ['confirm', 'page']], may: ['confirm', 'page'], takes: [{ slot: 'label', element: 'pressable' }] }, saveChanges)
  .action('fill-contacts', { says: [['fill', 'enter'], 'contacts'] }, fillContacts)
  .check('required-fields', { says: ['required'], takes: [{ slot: 'list' }] }, checkRequired)
  .check('review-documents', { says: ['review', 'documents'], may: ['attach', 'register', 'form'], takes: [{ slot: 'list' }] }, reviewDocuments)
  .action('accept-terms', { says: ['accept', 'terms'], may: ['if'] }, acceptTerms)
  .action('describe-request', { says: ['subject', 'describe'], may: ['enter', 'ticket', 'attach', 'files', 'if'] }, describeRequest)
  .action('send-request', { says: ['send', 'ticket'], may: ['fill', 'field'] }, sendRequest)
  .check('markdown', { says: ['markdown'], may: ['ticket', 'support', 'send'] }, expectMarkdownRendered)

  // Ordering and paying.
  .action('choose-plan', { says: [['go', 'open'], 'choose', 'plan'], may: ['page'], takes: [{ slot: 'link' }] }, choosePlan)
  .action('fill-order-form', { says: [['fill', 'complete'], 'order', 'form'], may: ['logIn', 'enter', 'parameters'], takes: [{ slot: 'list' }] }, fillOrderForm)
  .action('pay-order', { says: ['pay'], may: ['choose', 'paymentMethod', 'complete', 'order'] }, payOrder)
  .check('ready-within', { says: ['server', 'setUp'], may: ['pay'], takes: [{ slot: 'duration' }] }, expectReadyWithin)

  // What the page states: rates, amounts, values to copy.
  .check('rate-shown', { says: ['receive'], may: ['order', 'pay', 'amount', 'client', 'conditions', 'income'], takes: [{ slot: 'leadIn', optional: true }, { slot: 'rate' }] }, (context, _leadIn: string, rate: string) =>
    expectRateShown(context, rate),
  )
  .check('amount-shown', { says: ['amount'], may: ['payout'], takes: [{ slot: 'leadIn' }, { slot: 'amount' }] }, expectAmountShown)
  .check('value-at-link', { says: ['referralLink'], may: ['receive', 'clientArea'], takes: [{ slot: 'leadIn', optional: true }, { slot: 'link' }, { slot: 'phrase', of: ['referralLink'] }] }, (context, _leadIn: string, link: LinkRef, words: string) =>
    expectValueAt(context, link, words),
  )
  .check(
    'promo-code-shown',
    { says: ['promoCode'], may: ['client', 'register', 'link', 'referralLink', 'enter', 'order'], takes: [{ slot: 'leadIn', optional: true }, { slot: 'phrase', of: ['promoCode'] }] },
    (context, _leadIn: string, words: string) => expectValueShown(context, words),
  )
  .check('link-works', { says: ['copy', 'share'], may: ['link', 'referralLink', 'receive', 'income', 'order'], takes: [{ slot: 'phrase', of: ['referralLink', 'link'] }] }, expectLinkWorks)

  // Notifications and mail.
  .action('click-notification', { says: ['press', 'notification'], may: ['site', 'page'] }, clickNotification)
  .action(
    'confirm-in-window',
    { says: ['window', 'press'], may: ['open', 'confirm', 'send', 'letter'], takes: [{ slot: 'label', element: 'pressable' }] },
    confirmInDialog,
  )
  .check('letter-within', { says: ['letter', 'send'], may: ['confirm', 'emailAddress', 'register', 'account'], takes: [{ slot: 'duration' }] }, expectLetter)
  .action('confirm-by-letter', { says: ['letter', 'confirm'], may: ['receive', 'open', 'emailAddress', 'button', 'press'] }, confirmByLetter)
  .check(
    'access-letter',
    { says: ['credentials', 'send'], may: ['controlPanel', 'server', 'logIn', 'letter', 'emailAddress', 'register'] },
    expectAccessLetter,
  )

  // Two-factor authentication: the engine plays the authenticator app (steps/two-factor.ts).
  .action(
    'open-client-area',
    { says: ['go', 'clientArea'], may: ['open', 'parameters', 'page', 'if', 'not'], takes: [{ slot: 'link' }, { slot: 'label', element: 'item', optional: true }] },
    (context, link: LinkRef) => openGuideLink(context, link),
    { needs: ['session'] },
  )
  .action(
    'choose-from-account-menu',
    { says: ['logIn', 'press', 'choose'], may: ['find', 'menu', 'section', 'open', 'clientArea'], takes: [{ slot: 'label', element: 'item' }] },
    chooseFromAccountMenu,
  )
  .action(
    'press-in-section',
    { says: ['find', 'press'], may: ['button', 'link', 'parameters', 'twoFactor', 'open', 'see'], takes: [{ slot: 'label', element: 'section' }, { slot: 'label', element: 'pressable' }] },
    pressInSection,
  )
  .check('two-factor-setup-shown', { says: ['see', 'page'], may: ['twoFactor', 'qrCode', 'secretKey', 'oneTimeCode', 'account', 'field'] }, expectTwoFactorSetup)
  .action(
    'save-key-file',
    { says: ['secretKey', 'press'], may: ['button', 'create', 'required'], takes: [{ slot: 'label', element: 'pressable' }, { slot: 'label', element: 'pressable' }] },
    saveKeyFile,
  )
  .action(
    'enter-code-and-confirm',
    { says: ['oneTimeCode', 'enter', 'confirm'], may: ['open', 'authenticator', 'create', 'account', 'guide', 'receive', 'site', 'press', 'field'], takes: [{ slot: 'label', element: 'field' }, { slot: 'label', element: 'pressable' }] },
    enterCodeAndConfirm,
  )
  .check('code-at-log-on', { says: ['oneTimeCode', 'twoFactor'], may: ['enter', 'setUp', 'account', 'complete'] }, expectCodeAtLogOn)
  .check('code-format', { says: ['twoFactor', 'secretKey'], may: ['choose', 'oneTimeCode', 'setUp', 'password'], takes: [{ slot: 'number' }] }, expectCodeFormat)
  .check('code-period', { says: ['oneTimeCode'], may: ['if', 'not', 'accept', 'authenticator'], takes: [{ slot: 'duration' }] }, expectCodePeriod)

  // Telegram notifications: sections of a long page, a username, a bot started in the persona's Telegram.
  .check('find-section', { says: ['find'], may: ['page', 'scroll', 'see', 'go', 'not'], takes: [{ slot: 'label', element: 'section' }] }, findSection)
  .action('unfold-section', { says: ['press', 'heading'], may: ['expand', 'section', 'if', 'have'] }, unfoldSection)
  .action(
    'enter-username',
    { says: ['enter', 'username'], may: ['field', 'if', 'not'], takes: [{ slot: 'label', element: 'field' }, { slot: 'label', element: 'item', optional: true }, { slot: 'label', element: 'item', optional: true }, { slot: 'label', element: 'item', optional: true }] },
    enterUsername,
  )
  .action(
    'start-bot',
    {
      says: [['go', 'open'], 'bot'],
      may: ['chat', 'press', 'button', 'send', 'notification'],
      takes: [{ slot: 'link' }, { slot: 'label', element: 'pressable' }, { slot: 'label', element: 'item', optional: true }, { slot: 'label', element: 'item', optional: true }, { slot: 'label', element: 'item', optional: true }],
    },
    startBot,
  )
  .check('status-shown', { says: ['status'], may: ['link', 'go', 'parameters', 'setUp', 'complete', 'if'], takes: [{ slot: 'label', element: 'item' }] }, expectStatusShown);
