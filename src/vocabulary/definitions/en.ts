import { Vocabulary } from '../define.js';
import { splitList } from '../parameters.js';
import { acceptTerms, checkRequired, expectAccountForm, expectLoggedIn, fillContacts, registerAndLand, reviewDocuments } from '../steps/registration.js';
import { clickNotification, confirmByLetter, confirmInDialog, expectLetter } from '../steps/email.js';
import { expectMainPage, openAndPress, pressLabel } from '../steps/navigation.js';

/** English sentences of the guides, and what each does. Quoted labels come from the guide. */
export const en = new Vocabulary('en')
  .narrative(/^Quick guide on .+\.$/u, 'introduces the guide; the steps below verify it')
  .action('Go to the {link} and click the {label} button.', openAndPress)
  .action('Click the {label} button.', pressLabel)
  .check('After that, you will be redirected to the account creation page.', expectAccountForm)
  .check(/^You will (?:be redirected|land) (?:to|on) the main page\b.*\.$/u, expectMainPage)
  .action('Fill in all contact information.', fillContacts)
  .check(/^The mandatory requirements are (.+?)(?: for .+)?\.$/u, (context, list: string) => checkRequired(context, splitList(list)))
  .check(/^Review the attached documents in the registration form\s*[-–—]\s*(.+)\.$/u, (context, list: string) =>
    reviewDocuments(context, splitList(list)),
  )
  .action('Accept the terms if you agree with them.', acceptTerms)
  .action(
    'After clicking the {label} button, you will be automatically redirected to the main page of your personal area.',
    registerAndLand,
  )
  .narrative('Congratulations!', 'a greeting; the next sentence checks the account')
  .check('Your account has been successfully created.', expectLoggedIn)
  .narrative(/^We strongly recommend .+\.$/u, 'a recommendation; the steps that follow carry it out')
  .action('You can do this by clicking on the text in the notification at the top of the site:', clickNotification)
  .action('In the opened window, confirm sending the email by clicking the {label} button.', confirmInDialog)
  .check(
    'Within {duration}, a confirmation email will be sent to the email address you provided during registration.',
    expectLetter,
  )
  .action('After receiving the email, open it and confirm your email address using the corresponding button.', confirmByLetter)
  .narrative('Enjoy using our services!', 'a farewell');
