/**
 * How docs writers reword the guides' sentences week to week, as pairs of Markdown: the text as
 * the guide has it, and the same instruction said otherwise. A rewording keeps the meaning: it must
 * be understood as the same step with the same labels, links and waits, and still hold on the
 * stand-in. A meaning change must be refused at planning or reach the step as what it now says.
 */
export interface Edit {
  guide: string;
  from: string;
  to: string;
  /** What the edit changes, for the report. */
  says: string;
}

export const REWORDINGS: readonly Edit[] = [
  // English registration.
  { guide: 'src/en/client-area/register.md', from: 'Go to the [Client Area](https://my.senko.digital/billmgr) and click the "Register" button.', to: 'Navigate to the [Client Area](https://my.senko.digital/billmgr) and hit the "Register" button.', says: 'synonyms of both verbs' },
  { guide: 'src/en/client-area/register.md', from: 'After that, you will be redirected to the account creation page.', to: 'You will then land on the page for creating an account.', says: 'another verb, the nouns turned round' },
  { guide: 'src/en/client-area/register.md', from: 'Fill in all contact information.', to: 'Fill out your contact details.', says: 'a synonym of the noun' },
  { guide: 'src/en/client-area/register.md', from: 'Review the attached documents in the registration form - terms of use and privacy policy.', to: 'Read the documents attached to the registration form: terms of use and privacy policy.', says: 'another verb, a colon for the dash' },
  { guide: 'src/en/client-area/register.md', from: 'Accept the terms if you agree with them.', to: 'If you agree with the terms, accept them.', says: 'the condition first' },
  { guide: 'src/en/client-area/register.md', from: 'After clicking the "Register" button, you will be automatically redirected to the main page of your Client Area.', to: 'Once you press "Register", you are taken to the home page of your Client Area.', says: 'synonyms, no element named' },
  { guide: 'src/en/client-area/register.md', from: 'Your account has been successfully created.', to: 'Your new account is now created.', says: 'filler changed' },
  { guide: 'src/en/client-area/register.md', from: 'You can do this by clicking on the text in the notification at the top of the site:', to: 'To do so, click the text of the banner at the top of the page:', says: 'a purpose clause, a synonym of the element' },
  { guide: 'src/en/client-area/register.md', from: 'In the opened window, confirm sending the email by clicking the "Ok" button.', to: 'A dialog opens: click "Ok" to confirm sending the email.', says: 'the window opens first, the purpose last' },
  { guide: 'src/en/client-area/register.md', from: 'Within a few minutes, a confirmation email will be sent to the email address you provided during registration.', to: 'A confirmation email is sent to your registration email address within a few minutes.', says: 'the wait moved to the end' },
  { guide: 'src/en/client-area/register.md', from: 'After receiving the email, open it and confirm your email address using the corresponding button.', to: 'Open the email once it arrives and confirm your address with the button in it.', says: 'reordered' },
  // English support ticket.
  { guide: 'src/en/client-area/new-ticket.md', from: 'In the side menu, find the **Support** section and go to **Support tickets**.', to: 'Go to **Support tickets** in the **Support** section of the side menu.', says: 'the item before its section' },
  { guide: 'src/en/client-area/new-ticket.md', from: 'You will see a list of your tickets.', to: 'A list of your tickets is shown.', says: 'passive' },
  { guide: 'src/en/client-area/new-ticket.md', from: 'To create a new ticket, click the **Add** button.', to: 'To open a new ticket, press the **Add** button.', says: 'another purpose, another verb' },
  { guide: 'src/en/client-area/new-ticket.md', from: 'Specify the subject of your request, describe the situation in detail, and attach necessary files if needed.', to: 'Enter a subject, describe your problem in detail and attach any files you need.', says: 'synonyms' },
  { guide: 'src/en/client-area/new-ticket.md', from: 'After filling in all fields, send the request.', to: 'Once every field is filled in, submit the ticket.', says: 'synonyms of the verb and the noun' },
  { guide: 'src/en/client-area/new-ticket.md', from: 'Go to your [personal account](https://my.senko.digital/billmgr) and log in to the system.', to: 'Sign in to your [personal account](https://my.senko.digital/billmgr).', says: 'one verb for two' },
  { guide: 'src/en/client-area/new-ticket.md', from: 'The ticketing system supports text formatting using Markdown.', to: 'You can format the text of a ticket with Markdown.', says: 'the reader as subject' },
  // English server order.
  { guide: 'src/en/client-area/vps-order.md', from: 'Go to the [plans page](https://senko.digital/virtual-servers) and select the plan that suits you.', to: 'Open the [plans page](https://senko.digital/virtual-servers) and pick a plan that fits your needs.', says: 'synonyms' },
  { guide: 'src/en/client-area/vps-order.md', from: "After selecting a plan, you'll be prompted to log in to an existing account or register a new one.", to: 'Once you have chosen a plan, you are asked to log in or to register a new account.', says: 'reworded throughout' },
  { guide: 'src/en/client-area/vps-order.md', from: 'After authorization, fill out the order form, specifying the necessary parameters such as the operating system and PTR record (optional).', to: 'Once logged in, complete the order form and specify parameters such as the operating system and PTR record (optional).', says: 'another verb, the same list' },
  { guide: 'src/en/client-area/vps-order.md', from: 'Choose a convenient payment method, make the payment, and complete your order.', to: 'Pick a payment method, pay, and finish the order.', says: 'shorter' },
  { guide: 'src/en/client-area/vps-order.md', from: 'After successful payment, your VPS server will be set up within 120 seconds.', to: 'Once paid, your server is ready within 120 seconds.', says: 'another verb' },
  { guide: 'src/en/client-area/vps-order.md', from: 'Access to the control panel and server login credentials will be sent to the email you have provided during registration.', to: 'Your login credentials and access to the control panel are sent to your registration email.', says: 'reordered' },
  // English referral program.
  { guide: 'src/en/client-area/referral.md', from: 'In the **"Statistics"** section, you can see a list of all referred clients.', to: 'The **"Statistics"** section shows a list of the clients you referred.', says: 'the section as subject' },
  { guide: 'src/en/client-area/referral.md', from: 'Simply copy the link, share it, and receive income from each order.', to: 'Copy the link and share it to earn income from every order.', says: 'a purpose for the last verb' },
  { guide: 'src/en/client-area/referral.md', from: 'You receive **5% from each of their orders**, and this payment remains yours forever.', to: 'You get **5% of each of their orders**, and this payment stays yours forever.', says: 'synonyms around the rate' },
  // Russian registration.
  { guide: 'src/ru/client-area/register.md', from: 'Перейдите в [личный кабинет](https://my.senko.digital/billmgr) и нажмите кнопку «Зарегистрируйтесь».', to: 'Зайдите в [личный кабинет](https://my.senko.digital/billmgr) и щёлкните по ссылке «Зарегистрируйтесь».', says: 'synonyms, a link for the button' },
  { guide: 'src/ru/client-area/register.md', from: 'После этого вы будете перенаправлены на страницу создания аккаунта.', to: 'Затем вы попадёте на страницу создания аккаунта.', says: 'another verb' },
  { guide: 'src/ru/client-area/register.md', from: 'Заполните все контактные данные.', to: 'Укажите все контактные данные.', says: 'another verb' },
  { guide: 'src/ru/client-area/register.md', from: 'Примите условия, если вы согласны с ними.', to: 'Если вы согласны с условиями, примите их.', says: 'the condition first' },
  { guide: 'src/ru/client-area/register.md', from: 'После нажатия кнопки «Зарегистрироваться» вы автоматически будете перенаправлены на главную страницу личного кабинета.', to: 'Нажав «Зарегистрироваться», вы попадёте на главную страницу личного кабинета.', says: 'a participle, another verb' },
  { guide: 'src/ru/client-area/register.md', from: 'Аккаунт был успешно создан.', to: 'Ваш аккаунт создан.', says: 'shorter' },
  { guide: 'src/ru/client-area/register.md', from: 'В открывшемся окне подтвердите отправку письма нажав на кнопку «Ok».', to: 'Откроется окно: нажмите «Ok», чтобы подтвердить отправку письма.', says: 'the purpose last' },
  { guide: 'src/ru/client-area/register.md', from: 'После получения письма, откройте его и подтвердите e-mail с помощью соответствующей кнопки.', to: 'Когда письмо придёт, откройте его и нажмите в нём кнопку подтверждения e-mail.', says: 'reworded throughout' },
  // Russian support ticket.
  { guide: 'src/ru/client-area/new-ticket.md', from: 'Перед вами откроется список ваших обращений.', to: 'Откроется список ваших запросов.', says: 'a synonym of the noun' },
  { guide: 'src/ru/client-area/new-ticket.md', from: 'Чтобы отправить новый запрос, нажмите на кнопку **«Создать»**.', to: 'Нажмите кнопку **«Создать»**, чтобы отправить новый запрос.', says: 'the purpose last' },
  { guide: 'src/ru/client-area/new-ticket.md', from: 'Укажите тему обращения, подробно опишите ситуацию и приложите необходимые файлы, если это нужно.', to: 'Введите тему запроса, опишите проблему и при необходимости приложите файлы.', says: 'synonyms' },
  { guide: 'src/ru/client-area/new-ticket.md', from: 'После заполнения всех полей отправьте запрос.', to: 'Заполнив все поля, отправьте обращение.', says: 'a participle' },
  { guide: 'src/ru/client-area/new-ticket.md', from: 'В боковом меню найдите раздел **«Поддержка»** и выберите **«Запросы»**.', to: 'В боковом меню откройте раздел **«Поддержка»** и перейдите в **«Запросы»**.', says: 'other verbs' },
  // Russian server order.
  { guide: 'src/ru/client-area/vps-order.md', from: 'Перейдите на страницу [тарифов](https://senko.digital/virtual-servers) и выберите подходящий для вас тариф.', to: 'Откройте страницу [тарифов](https://senko.digital/virtual-servers) и выберите тариф.', says: 'another verb, shorter' },
  { guide: 'src/ru/client-area/vps-order.md', from: 'Выберите удобный способ оплаты, оплатите и завершите заказ.', to: 'Выберите способ оплаты, оплатите заказ и завершите его.', says: 'reordered' },
  { guide: 'src/ru/client-area/vps-order.md', from: 'После успешной оплаты ваш виртуальный сервер будет установлен в течение 120 секунд.', to: 'Сервер будет готов в течение 120 секунд после оплаты.', says: 'the payment last' },
  { guide: 'src/ru/client-area/vps-order.md', from: 'Доступ к панели управления и данные для входа на сервер будут отправлены на указанный вами email.', to: 'Данные для входа на сервер и доступ к панели управления будут отправлены вам на email.', says: 'reordered' },
  // Russian referral program.
  { guide: 'src/ru/client-area/referral.md', from: 'В разделе **«Доход»** можно посмотреть начисления с заказов.', to: 'Начисления с заказов видны в разделе **«Доход»**.', says: 'the section last' },
  { guide: 'src/ru/client-area/referral.md', from: 'Просто скопируйте ссылку, поделитесь ею и получайте доход с каждого заказа.', to: 'Скопируйте ссылку и поделитесь ею, чтобы получать доход с каждого заказа.', says: 'a purpose for the last verb' },
  // English Telegram notifications.
  { guide: 'src/en/client-area/telegram-notifications.md', from: 'On the page, scroll down a bit until you find the **"Configuring operation via Telegram"** section.', to: 'Scroll down the page to find the **"Configuring operation via Telegram"** section.', says: 'the purpose as the verb' },
  { guide: 'src/en/client-area/telegram-notifications.md', from: 'In some cases you may need to click the heading to expand the whole section.', to: 'Sometimes you have to press the heading to unfold the section.', says: 'synonyms of both verbs' },
  { guide: 'src/en/client-area/telegram-notifications.md', from: 'Click **"Ok"** at the bottom of the page to save and confirm the changes.', to: 'To save and confirm your changes, press **"Ok"** at the bottom of the page.', says: 'the purpose first' },
  { guide: 'src/en/client-area/telegram-notifications.md', from: 'After a successful setup, the link status should change to **"Confirmed"**.', to: 'Once everything is set up, the status reads **"Confirmed"**.', says: 'reworded throughout' },
  // English two-factor authentication.
  { guide: 'src/en/client-area/two-factor-authentication.md', from: 'In the settings, find the "Two-factor authentication" section and click the "Enable two-factor authentication" button', to: 'Locate the "Two-factor authentication" section in the settings and press "Enable two-factor authentication"', says: 'synonyms, no element named' },
  // Russian Telegram notifications.
  { guide: 'src/ru/client-area/telegram-notifications.md', from: 'В некоторых случаях на этот заголовок нужно нажать, чтобы развернуть весь раздел.', to: 'Иногда раздел свёрнут: щёлкните по его заголовку.', says: 'another verb, the reason first' },
  { guide: 'src/ru/client-area/telegram-notifications.md', from: 'Нажмите **"Ok"** в нижней части страницы для сохранения и подтверждения изменений.', to: 'Чтобы сохранить и подтвердить изменения, нажмите **"Ok"** внизу страницы.', says: 'the purpose first' },
  { guide: 'src/ru/client-area/telegram-notifications.md', from: 'После успешной настройки статус привязки должен перейти в "**Подтверждено**".', to: 'Если всё сделано верно, статус сменится на "**Подтверждено**".', says: 'reworded throughout' },
  // Russian two-factor authentication.
  { guide: 'src/ru/client-area/two-factor-authentication.md', from: 'В открывшихся настройках найдите раздел «Двухэтапная аутентификация» и нажмите кнопку «Включить двухэтапную аутентификацию»', to: 'Отыщите в настройках раздел «Двухэтапная аутентификация» и щёлкните «Включить двухэтапную аутентификацию»', says: 'synonyms, no element named' },
];

export const MEANING_CHANGES: readonly Edit[] = [
  { guide: 'src/en/client-area/register.md', from: 'click the "Register" button.', to: 'click the "Register" menu.', says: 'another kind of element' },
  { guide: 'src/en/client-area/new-ticket.md', from: 'To create a new ticket, click the **Add** button.', to: 'To create a new ticket, do not click the **Add** button.', says: 'a negation' },
  { guide: 'src/en/client-area/register.md', from: 'Accept the terms if you agree with them.', to: 'Decline the terms if you agree with them.', says: 'the opposite verb' },
  { guide: 'src/en/client-area/new-ticket.md', from: 'click the **Add** button.', to: 'click the **Archive** button.', says: 'another label' },
  { guide: 'src/en/client-area/vps-order.md', from: 'within 120 seconds', to: 'within 10 seconds', says: 'another duration' },
  { guide: 'src/en/client-area/referral.md', from: '**5% from each of their orders**', to: '**3% from each of their orders**', says: 'another number' },
  { guide: 'src/en/client-area/referral.md', from: '– 50€.', to: '– 20€.', says: 'another amount' },
  { guide: 'src/en/client-area/register.md', from: 'redirected to the account creation page.', to: 'redirected to the main page.', says: 'another page' },
  { guide: 'src/en/client-area/new-ticket.md', from: 'You will see a list of your tickets.', to: 'You will not see a list of your tickets.', says: 'a negation' },
  { guide: 'src/en/client-area/vps-order.md', from: '[plans page](https://senko.digital/virtual-servers)', to: '[plans page](https://senko.digital/dedicated-servers)', says: 'another link' },
  { guide: 'src/ru/client-area/register.md', from: 'и нажмите кнопку «Зарегистрируйтесь».', to: 'и не нажимайте кнопку «Зарегистрируйтесь».', says: 'a negation' },
  { guide: 'src/ru/client-area/new-ticket.md', from: 'найдите раздел **«Поддержка»**', to: 'найдите вкладку **«Поддержка»**', says: 'another kind of element' },
  { guide: 'src/ru/client-area/register.md', from: 'Примите условия, если вы согласны с ними.', to: 'Отклоните условия, если вы согласны с ними.', says: 'the opposite verb' },
  { guide: 'src/ru/client-area/new-ticket.md', from: 'После заполнения всех полей отправьте запрос.', to: 'После заполнения всех полей удалите запрос.', says: 'the opposite verb' },
  { guide: 'src/ru/client-area/register.md', from: 'В течение пары минут', to: 'В течение 30 минут', says: 'another duration' },
  { guide: 'src/ru/client-area/referral.md', from: '**«Доход»**', to: '**«Расход»**', says: 'another label' },
  { guide: 'src/ru/client-area/vps-order.md', from: 'выберите подходящий для вас тариф.', to: 'отмените подходящий для вас тариф.', says: 'the opposite verb' },
  { guide: 'src/en/client-area/telegram-notifications.md', from: 'In some cases you may need to click the heading to expand the whole section.', to: 'In some cases you may need to click the menu to expand the whole section.', says: 'another kind of element' },
  { guide: 'src/ru/client-area/telegram-notifications.md', from: 'После успешной настройки статус привязки должен перейти в "**Подтверждено**".', to: 'После успешной настройки статус привязки должен перейти в "**Отклонено**".', says: 'another status' },
];
