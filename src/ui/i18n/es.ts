import type { Catalog } from './catalog';

/** Catálogo en español. Mismas claves que en.ts; lo comprueba catalog.test.ts. */
export const es: Catalog = {
  'app.title': 'Enrollment Assist',
  'app.skipToContent': 'Saltar al contenido principal',
  'app.language': 'Idioma',

  'status.online': 'En línea',
  'status.offline': 'Sin conexión',
  'status.waiting.one': '{count} solicitud en espera de envío',
  'status.waiting.other': '{count} solicitudes en espera de envío',
  'status.allSent': 'Todas las solicitudes enviadas',
  'status.sending': 'Enviando…',
  'status.retryAt': 'Próximo intento a las {time}',
  'status.offlineHint':
    'Las solicitudes se guardan en este dispositivo y se envían cuando vuelva la conexión.',
  'status.pausedSignIn': 'El envío está en pausa hasta que vuelva a iniciar sesión.',
  'status.signInToSend': 'Iniciar sesión para enviar',

  'signIn.heading': 'Iniciar sesión',
  'signIn.intro':
    'Inicie sesión con la cuenta que le dio su organización. Iniciar sesión requiere conexión; las solicitudes que ya están en este dispositivo se quedan aquí y se envían cuando haya iniciado sesión.',
  'signIn.name': 'Nombre de usuario',
  'signIn.password': 'Contraseña',
  'signIn.submit': 'Iniciar sesión',
  'signIn.signingIn': 'Iniciando sesión…',
  'signIn.error.failed':
    'El nombre de usuario o la contraseña no son correctos. Revise ambos e inténtelo de nuevo.',
  'signIn.error.locked':
    'Demasiados intentos fallidos: esta cuenta está bloqueada hasta las {time}. Su organización puede desbloquearla antes.',
  'signIn.error.lockedLater':
    'Demasiados intentos fallidos: esta cuenta está bloqueada por un tiempo. Su organización puede desbloquearla antes.',
  'signIn.error.rateLimited':
    'Demasiados intentos de inicio de sesión desde esta red. Espere unos minutos e inténtelo de nuevo.',
  'signIn.error.offline':
    'Para iniciar sesión se necesita conexión con el mercado de seguros. Inténtelo cuando este dispositivo tenga conexión.',
  'signIn.error.other':
    'El mercado de seguros no pudo iniciar su sesión (error {status}). Inténtelo de nuevo en un momento.',
  'signOut.button': 'Cerrar sesión ({name})',

  'reason.offline': 'no hay conexión con el mercado de seguros',
  'reason.timeout': 'el mercado de seguros no respondió a tiempo',
  'reason.server_error': 'el mercado de seguros tuvo un error',
  'reason.rate_limited': 'el mercado de seguros pidió esperar',
  'reason.in_flight': 'el mercado de seguros todavía la está procesando',
  'reason.bad_receipt': 'la respuesta no era un comprobante (¿una página de acceso a wifi?)',
  'reason.unauthorized': 'hay que iniciar sesión',
  'reason.refused': 'el mercado de seguros la rechazó',
  'reason.received': 'recibida',

  'list.heading': 'Solicitudes',
  'list.empty': 'Todavía no hay solicitudes en este dispositivo.',
  'list.new': 'Comenzar una solicitud nueva',
  'list.untitled': 'Solicitud sin nombre',
  'list.started': 'Comenzada el {date}',

  'state.draft': 'Borrador',
  'state.queued': 'En espera de envío',
  'state.sending': 'Enviando',
  'state.submitted': 'Enviada',
  'state.needs_attention': 'Requiere atención',

  'form.heading': 'Solicitud',
  'form.back': 'Volver a todas las solicitudes',
  'form.applicant': 'Solicitante',
  'form.household': 'Hogar',
  'form.address': 'Dirección',
  'field.applicant.firstName': 'Nombre',
  'field.applicant.lastName': 'Apellido',
  'field.applicant.dateOfBirth': 'Fecha de nacimiento',
  'field.household.size': 'Personas en el hogar',
  'field.household.annualIncome': 'Ingreso anual del hogar (dólares)',
  'field.address.state': 'Estado',
  'field.address.zip': 'Código postal (ZIP)',
  'form.chooseState': 'Elija un estado',
  'form.savedOnDevice': 'Cada cambio se guarda en este dispositivo mientras escribe.',
  'form.saving': 'Guardando en este dispositivo…',
  'form.saved': 'Todos los cambios están guardados en este dispositivo.',
  'form.submit': 'Enviar solicitud',
  'form.submitting': 'Enviando…',
  'form.queuedNote':
    'Esta solicitud está en espera. Se enviará al mercado de seguros en cuanto el dispositivo pueda conectarse.',
  'form.sendingNote': 'Enviando al mercado de seguros.',
  'form.readOnly': 'Esta solicitud ya no se puede cambiar.',
  'form.needsAttentionNote':
    'El mercado de seguros rechazó esta solicitud. Corrija los campos marcados y envíela de nuevo.',
  'form.saveFailed':
    'Este cambio no se pudo guardar en el dispositivo: {reason}. Lo que escribió sigue en pantalla; no cierre esta página.',
  'form.lastAttempt': 'Último intento: {time}, {reason}',
  'form.attempts.one': '{count} intento',
  'form.attempts.other': '{count} intentos',

  'receipt.heading': 'Enviada al mercado de seguros',
  'receipt.confirmation': 'Número de confirmación',
  'receipt.receivedAt': 'Recibida el {time}',

  'errors.summary': 'Corrija estos campos',
  'error.required': 'Este campo es obligatorio.',
  'error.not_a_number': 'Escriba un número, por ejemplo 52000.',
  'error.too_small': 'Este número es demasiado pequeño.',
  'error.too_big': 'Es demasiado largo o demasiado grande.',
  'error.invalid_format': 'No tiene el formato esperado.',
  'error.invalid_date': 'Escriba una fecha real.',
  'error.date_in_future': 'La fecha de nacimiento no puede ser posterior a hoy.',
  'error.too_old': 'Revise el año: son más de 120 años.',
  'error.forbidden_characters': 'Quite los caracteres especiales o invisibles.',
  'error.invalid_value': 'Elija una de las opciones.',
  'error.invalid_type': 'Este valor no es válido.',
  'error.too_precise': 'Use como máximo dos decimales.',
  'error.zip': 'El código postal tiene 5 dígitos.',
  'error.idempotency_key_reused':
    'El mercado de seguros ya tiene otra solicitud con este identificador. Comience una solicitud nueva.',
  'error.generic': 'El mercado de seguros no aceptó esto: {message}',
};
