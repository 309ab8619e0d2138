/**
 * The English catalog: the source of every user-visible string. Keys are stable identifiers;
 * `{name}` marks a value filled in at run time; `.one` / `.other` are plural forms
 * (Intl.PluralRules). Every other language must have exactly these keys (see catalog.test.ts).
 */
export const en = {
  'app.title': 'Enrollment Assist',
  'app.skipToContent': 'Skip to main content',
  'app.language': 'Language',

  'status.online': 'Online',
  'status.offline': 'Offline',
  'status.waiting.one': '{count} application waiting to be sent',
  'status.waiting.other': '{count} applications waiting to be sent',
  'status.allSent': 'All applications sent',
  'status.sending': 'Sending now…',
  'status.retryAt': 'Next attempt at {time}',
  'status.offlineHint': 'Applications are kept on this device and sent when it is back online.',
  'status.pausedSignIn': 'Sending is paused until you sign in again.',
  'status.signInToSend': 'Sign in to send',

  'signIn.heading': 'Sign in',
  'signIn.intro':
    'Sign in with the account your organisation gave you. Signing in needs a connection; applications already on this device stay here and are sent once you are signed in.',
  'signIn.name': 'User name',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.signingIn': 'Signing in…',
  'signIn.error.failed': 'The user name or the password is not right. Check both and try again.',
  'signIn.error.locked':
    'Too many failed sign-ins: this account is locked until {time}. Your organisation can unlock it sooner.',
  'signIn.error.lockedLater':
    'Too many failed sign-ins: this account is locked for a while. Your organisation can unlock it sooner.',
  'signIn.error.rateLimited':
    'Too many sign-in attempts from this network. Wait a few minutes and try again.',
  'signIn.error.offline':
    'Signing in needs a connection to the exchange. Try again when this device is online.',
  'signIn.error.other':
    'The exchange could not sign you in (error {status}). Try again in a moment.',
  'signOut.button': 'Sign out ({name})',

  'reason.offline': 'no connection to the exchange',
  'reason.timeout': 'the exchange did not answer in time',
  'reason.server_error': 'the exchange had an error',
  'reason.rate_limited': 'the exchange asked us to wait',
  'reason.in_flight': 'the exchange is still processing it',
  'reason.bad_receipt': 'the answer was not a receipt (a Wi-Fi sign-in page?)',
  'reason.unauthorized': 'sign-in needed',
  'reason.refused': 'the exchange refused it',
  'reason.received': 'received',

  'list.heading': 'Applications',
  'list.empty': 'No applications on this device yet.',
  'list.new': 'Start a new application',
  'list.untitled': 'Untitled application',
  'list.started': 'Started {date}',

  'state.draft': 'Draft',
  'state.queued': 'Waiting to be sent',
  'state.sending': 'Sending',
  'state.submitted': 'Sent',
  'state.needs_attention': 'Needs attention',

  'form.heading': 'Application',
  'form.back': 'Back to all applications',
  'form.applicant': 'Applicant',
  'form.household': 'Household',
  'form.address': 'Address',
  'field.applicant.firstName': 'First name',
  'field.applicant.lastName': 'Last name',
  'field.applicant.dateOfBirth': 'Date of birth',
  'field.household.size': 'People in the household',
  'field.household.annualIncome': 'Yearly household income (US dollars)',
  'field.address.state': 'State',
  'field.address.zip': 'ZIP code',
  'form.chooseState': 'Choose a state',
  'form.savedOnDevice': 'Every change is saved on this device as you type.',
  'form.saving': 'Saving on this device…',
  'form.saved': 'All changes saved on this device.',
  'form.submit': 'Submit application',
  'form.submitting': 'Submitting…',
  'form.queuedNote':
    'This application is waiting to be sent. It will go to the exchange as soon as the device can reach it.',
  'form.sendingNote': 'Sending to the exchange now.',
  'form.readOnly': 'This application can no longer be changed.',
  'form.needsAttentionNote':
    'The exchange refused this application. Correct the fields marked below and submit it again.',
  'form.saveFailed':
    'This change could not be saved on the device: {reason}. What you typed is still on screen; do not close this page.',
  'form.lastAttempt': 'Last attempt: {time}, {reason}',
  'form.attempts.one': '{count} attempt',
  'form.attempts.other': '{count} attempts',

  'receipt.heading': 'Sent to the exchange',
  'receipt.confirmation': 'Confirmation number',
  'receipt.receivedAt': 'Received {time}',

  'errors.summary': 'Please correct these fields',
  'error.required': 'This field is required.',
  'error.not_a_number': 'Enter a number, like 52000.',
  'error.too_small': 'This number is too small.',
  'error.too_big': 'This is too long or too large.',
  'error.invalid_format': 'This is not in the expected format.',
  'error.invalid_date': 'Enter a real date.',
  'error.date_in_future': 'The date of birth cannot be after today.',
  'error.too_old': 'Check the year: that is more than 120 years ago.',
  'error.forbidden_characters': 'Remove the special or invisible characters.',
  'error.invalid_value': 'Choose one of the options.',
  'error.invalid_type': 'This value is not valid.',
  'error.too_precise': 'Use at most two decimal places.',
  'error.zip': 'A ZIP code has 5 digits.',
  'error.idempotency_key_reused':
    'The exchange already has a different application with this identifier. Start a new application.',
  'error.generic': 'The exchange did not accept this: {message}',
} as const;

export type MessageKey = keyof typeof en;
