import type { Lang } from '../i18n.js';

/**
 * The payment page's texts: English as ordering/4.png (2026) shows them; Russian in BILLmanager
 * 6's own wording for the same page («Выберите способ оплаты», «К оплате», «Выбрать» …).
 */
export const PAYMENT_TEXTS = {
  ru: {
    title: 'Выберите способ оплаты',
    back: 'Назад',
    stepsLabel: 'Шаги оплаты',
    steps: ['1. Выбор способа оплаты', '2. Выбор плательщика', '3. Завершение оплаты'],
    methods: 'Способы оплаты',
    payable: 'К оплате',
    commission: 'Комиссия',
    balance: 'Баланс лицевого счета',
    description: 'Описание',
    amount: 'Сумма',
    from: 'от {amount}',
    select: 'Выбрать',
    cart: 'Ваша корзина',
    changeOrder: 'Изменить заказ',
    registering: 'Оформление {n} позиции на сумму',
    pieces: '{n} шт.',
    cancel: 'Отмена',
    unavailable: 'Этот способ оплаты недоступен в тестовом стенде. Оплатите с лицевого счета.',
    belowMinimum: 'Сумма платежа меньше минимальной для этого способа оплаты',
    badOrder: 'Заказ не найден или уже оплачен',
    names: {
      account: 'Лицевой счет',
      revolut: 'Revolut Pay',
      crypto: 'Криптовалюты',
      cards: 'Банковские карты (Visa, MasterCard, American Express)',
      sepa: 'Ручной банковский перевод (SEPA)',
      alipay: 'Alipay',
      wechat: 'WeChat Pay',
      ideal: 'iDEAL',
      p24: 'Przelewy24',
      amazon: 'Amazon Pay',
    },
    about: {
      crypto: [{ text: 'Платежи принимаются в Bitcoin, Ethereum, Litecoin, USDT, TON и многих других популярных валютах' }],
      sepa: [{ text: 'Платежи обычно зачисляются в течение ' }, { text: '1–3 рабочих дней', bold: true }, { text: ' в зависимости от сроков обработки в банке отправителя.' }],
    },
    disclaimer:
      'Платежи обрабатываются независимым платёжным партнёром, не связанным с Senko Digital Ltd и не подпадающим под её юрисдикцию. Senko Digital Ltd не принимает, не обрабатывает и не администрирует такие платежи и не несёт ответственности за их исполнение, обработку, подтверждение, возврат или техническую поддержку. Используя эти способы, вы признаёте и соглашаетесь, что все отношения регулируются исключительно между пользователем и сторонним платёжным оператором в соответствии с его политикой конфиденциальности и условиями использования.',
  },
  en: {
    title: 'Select a payment method',
    back: 'Back',
    stepsLabel: 'Payment steps',
    steps: ['1. Select a payment method', '2. Select a payer', '3. Completing the payment'],
    methods: 'Payment methods',
    payable: 'Payable',
    commission: 'Commission',
    balance: 'Account balance',
    description: 'Description',
    amount: 'Amount',
    from: 'from {amount}',
    select: 'Select',
    cart: 'Your cart',
    changeOrder: 'Change order',
    registering: 'Registering {n} position for',
    pieces: '{n} pcs',
    cancel: 'Cancel',
    unavailable: 'This payment method is not available in the stand-in. Pay from the personal account.',
    belowMinimum: 'The amount is below the minimum of this payment method',
    badOrder: 'The order was not found or is already paid',
    names: {
      account: 'Personal account',
      revolut: 'Revolut Pay',
      crypto: 'Cryptocurrencies',
      cards: 'Bank cards (Visa, MasterCard, American Express)',
      sepa: 'Manual bank transfer (SEPA)',
      alipay: 'Alipay',
      wechat: 'WeChat Pay',
      ideal: 'iDEAL',
      p24: 'Przelewy24',
      amazon: 'Amazon Pay',
    },
    about: {
      crypto: [{ text: 'Payments are accepted through Bitcoin, Ethereum, Litecoin, USDT, TON and many other popular currencies' }],
      sepa: [{ text: 'Payments are usually credited within ' }, { text: '1–3 business days', bold: true }, { text: ', depending on the processing time of the sender’s bank.' }],
    },
    disclaimer:
      'Payments are processed through an independent payment partner, not affiliated with Senko Digital Ltd and not subject to its jurisdiction. Such payments are not accepted, processed, or administered by Senko Digital Ltd. Senko Digital Ltd is not responsible for the execution, processing, confirmation, refund, or technical support related to such payments. By using these methods, you acknowledge and agree that all relations are governed solely between the user and the third-party payment operator in accordance with its privacy policy and terms of use.',
  },
} as const;

export type PaymentTexts = (typeof PAYMENT_TEXTS)[Lang];
