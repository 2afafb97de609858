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
 * English sentences of the guides, and what each does. Quoted labels come from the guide; grouped
 * by what the sentences are about, not by guide.
 */
export const en = new Vocabulary('en')
  // Titles and section headings: each written out, so a new heading is never skipped unseen.
  .headings(
    [
      'Registration in Personal Area',
      'Account Registration',
      'Email Confirmation',
      'How to Create a Support Request',
      'How to order a Virtual (VPS/VDS) Server',
      'How to order a server?',
      'How it works?',
      'Where to track your income?',
      'Payouts and limitations',
      'Start earning',
    ],
    "a title or a section's name; the sentences under it are the steps",
  )
  .headings(
    ['Log in to your account', 'Open the support section', 'Create a new ticket', 'Describe the problem'],
    'an instructing heading that sums up the sentences under it, which carry it out',
  )
  .headings(
    ['Step 1: Choose a plan', 'Step 2: Authorization', 'Step 3: Complete the order form', 'Step 4: Payment'],
    'a numbered step whose sentences below carry it out',
  )
  .action('Referral Program', openMenuPage, { heading: true, needs: ['session'] })

  // Introductions, greetings, promises and policies: nothing on the page to do or check.
  .narrative(/^Quick guide (?:on|for) .+\.$/u, 'introduces the guide; the steps below verify it')
  .narrative('Instructions for creating a support ticket with Senko Digital technical support.', 'introduces the guide; the steps below verify it')
  .narrative('If you have questions or problems, you can always contact Senko Digital support.', 'introduces the guide; the steps below verify it')
  .narrative('Follow these simple steps.', 'announces the steps that follow')
  .narrative('To order a Virtual server, follow this simple instruction:', 'announces the steps that follow')
  .narrative('Congratulations!', 'a greeting; the next sentence checks the account')
  .narrative(/^We strongly recommend .+\.$/u, 'a recommendation; the steps that follow carry it out')
  .narrative('Enjoy using our services!', 'a farewell')
  .narrative('Our specialists will review your ticket and respond as soon as possible.', 'a promise of the support team: people answer, the UI shows nothing of it')
  .narrative('Senko Digital offers you the opportunity to earn by referring clients.', 'marketing: the sentences below check what the program offers')
  .narrative('«Share the link» — place it on your website, social media, and forums.', 'sharing happens outside the client area')
  .narrative(
    'If a client registers without using your link, they can still enter your promo code during their first order, and the system will assign them to you.',
    "a rule applied to another client's order; the promo code it relies on is checked above",
  )
  .narrative('«Available payout methods»: cryptocurrency, bank cards, PayPal.', 'a payout policy: payouts are arranged with support, the client area lists no methods')
  .narrative('«Self-referrals, spam, and client deception are prohibited».', 'a rule of the program, enforced by people, not by the UI')
  .narrative(
    'The program operates without hidden conditions — your share remains yours as long as the client stays active.',
    'marketing: a promise about the future, nothing on the page to check',
  )

  // Navigation: links, buttons, menus and sections.
  .action('Go to the {link} and click the {label} button.', openAndPress)
  .action('Click the {label} button.', pressLabel)
  .action('To send a new request, click the {label} button.', pressLabel)
  .action('In the side menu, find the {label} section and select {label}.', chooseFromMenu)
  .action('In the {label} section, you can view earnings from orders.', openSection)
  .action('In the {label} section, you can see a list of all referred clients.', openSection)
  .check('You will see a list of your requests.', expectList)
  .check(/^You will (?:be redirected|land) (?:to|on) the main page\b.*\.$/u, expectMainPage)

  // The account: registering, logging in, and what a guide needs before it starts.
  .precondition("If you don't have an account yet, {link}.", needAccount)
  .action('Go to your {link} and log in to the system.', openAndLogIn)
  .check('After that, you will be redirected to the account creation page.', expectAccountForm)
  .action(
    'After clicking the {label} button, you will be automatically redirected to the main page of your personal area.',
    registerAndLand,
  )
  .check('Your account has been successfully created.', expectLoggedIn)
  .check("After selecting a plan, you'll be prompted to log in to an existing account or register a new one.", expectLogOnOrRegister)
  .alternative('«If you already have an account»: Log in using your email and password', { unless: unlessAccount, run: logIn })
  .alternative("«If you don't have an account»: Complete the quick registration", { unless: unlessNoAccount, run: quickRegistration })
  .alternative("«If you're already logged in»: The system will automatically take you to the order form", { unless: unlessLoggedIn, run: expectLetThrough })

  // Forms.
  .action('Fill in all contact information.', fillContacts)
  .check(/^The mandatory requirements are (.+?)(?: for .+)?\.$/u, (context, list: string) => checkRequired(context, splitList(list)))
  .check(/^Review the attached documents in the registration form\s*[-–—]\s*(.+)\.$/u, (context, list: string) =>
    reviewDocuments(context, splitList(list)),
  )
  .action('Accept the terms if you agree with them.', acceptTerms)
  .action('Specify the subject of your request, describe the situation in detail, and attach necessary files if needed.', describeRequest)
  .action('After filling in all fields, send the request.', sendRequest)
  .check('The request system supports text formatting using Markdown.', expectMarkdownRendered)
  .check(
    'We provide our clients with the ability to choose the priority of the request - select the one that suits your question best.',
    (context) => expectChoiceKept(context, 'priority'),
  )

  // Ordering and paying.
  .action('Go to the {link} and select the plan that suits you.', choosePlan)
  .action(/^After authorization, fill out the order form, specifying the necessary parameters such as (.+)\.$/u, (context, list: string) =>
    fillOrderForm(context, splitList(list)),
  )
  .action('Choose a convenient payment method, make the payment, and complete your order.', payOrder)
  .check('After successful payment, your VPS server will be set up within {duration}.', expectReadyWithin)

  // What the page states: rates, amounts, values to copy.
  .check(/^You receive «(\d+(?:[.,]\d+)?\s?% [^»]+)», .+\.$/u, expectRateShown)
  .check(/^«(You receive \d+(?:[.,]\d+)?\s?% [^»]+)» — .+\.$/u, expectRateShown)
  .check(/^«([^»]+)» [–—-] (\d+(?:[.,]\d+)?\s?[€$₽₴])\.$/u, expectAmountShown)
  .check('«Get your referral link» in your {link}.', (context, link: LinkRef) => expectValueAt(context, link, 'referral link'))
  .check('«The client registers» via your link or enters your promo code when ordering.', (context) => expectValueShown(context, 'promo code'))
  .check('Simply copy the link, share it, and receive income from each order.', (context) => expectLinkWorks(context, 'referral link'))

  // Notifications and mail.
  .action('You can do this by clicking on the text in the notification at the top of the site:', clickNotification)
  .action('In the opened window, confirm sending the email by clicking the {label} button.', confirmInDialog)
  .check(
    'Within {duration}, a confirmation email will be sent to the email address you provided during registration.',
    expectLetter,
  )
  .action('After receiving the email, open it and confirm your email address using the corresponding button.', confirmByLetter)
  .check('Access to the control panel and server login credentials will be sent to the email you provided.', expectAccessLetter)

  // The 2026 wiki's wording (guides/src/en/client-area/): the same steps, said anew.
  .action('After clicking the {label} button, you will be automatically redirected to the main page of your Client Area.', registerAndLand)
  .action('In the side menu, find the {label} section and go to {label}.', chooseFromMenu)
  .check('You will see a list of your tickets.', expectList)
  .action('To create a new ticket, click the {label} button.', pressLabel)
  .check('The ticketing system supports text formatting using Markdown.', expectMarkdownRendered)
  .check('Access to the control panel and server login credentials will be sent to the email you have provided during registration.', expectAccessLetter);
