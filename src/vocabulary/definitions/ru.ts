import { Vocabulary } from '../define.js';
import { splitList } from '../parameters.js';
import { acceptTerms, checkRequired, expectAccountForm, expectLoggedIn, fillContacts, registerAndLand, reviewDocuments } from '../steps/registration.js';
import { clickNotification, confirmByLetter, confirmInDialog, expectLetter } from '../steps/email.js';
import { expectMainPage, openAndPress, pressLabel } from '../steps/navigation.js';

/** Russian sentences of the guides, and what each does. Quoted labels come from the guide. */
export const ru = new Vocabulary('ru')
  .narrative(/^Краткое руководство по .+\.$/u, 'introduces the guide; the steps below verify it')
  .action('Перейдите в {link} и нажмите кнопку/ссылку {label}.', openAndPress)
  .action('Нажмите кнопку/ссылку {label}.', pressLabel)
  .check('После этого вы будете перенаправлены на страницу создания аккаунта.', expectAccountForm)
  .check(/^(?:Вы|Вы будете) (?:попадёте|попадете|перенаправлены) на главную страницу\b.*\.$/u, expectMainPage)
  .action('Заполните все контактные данные.', fillContacts)
  .check(/^Обязательными требовани\p{L}+ явля\p{L}+ (.+?)(?: для .+)?\.$/u, (context, list: string) =>
    checkRequired(context, splitList(list)),
  )
  .check(/^Ознакомьтесь с приложенными документами в форме регистрации\s*[-–—]\s*(.+)\.$/u, (context, list: string) =>
    reviewDocuments(context, splitList(list)),
  )
  .action('Примите условия, если вы согласны с ними.', acceptTerms)
  .action(
    'После нажатия кнопки {label} вы автоматически будете перенаправлены на главную страницу личного кабинета.',
    registerAndLand,
  )
  .narrative('Поздравляем!', 'a greeting; the next sentence checks the account')
  .check('Аккаунт был успешно создан.', expectLoggedIn)
  .narrative(/^Мы настоятельно рекомендуем .+\.$/u, 'a recommendation; the steps that follow carry it out')
  .action('Сделать это можно щелкнув по тексту в уведомлении в верхней части сайта:', clickNotification)
  .action('В открывшемся окне подтвердите отправку письма нажав на кнопку {label}.', confirmInDialog)
  .check(
    'В течение {duration} на указанный вами при регистрации e-mail будет отправлено письмо для подтверждения e-mail.',
    expectLetter,
  )
  .action('После получения письма, откройте его и подтвердите e-mail с помощью соответствующей кнопки.', confirmByLetter)
  .narrative('Приятного использования!', 'a farewell');
