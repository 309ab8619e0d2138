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

  // Sync track (issue 4): estado del dispositivo, conciliación, correcciones, almacenamiento lleno.
  'health.heading': 'Este dispositivo',
  'health.safeToClose': 'Todo enviado: puede cerrar la aplicación.',
  'health.oldest': 'La más antigua espera desde el {time}.',
  'health.needsAttention.one': '{count} solicitud requiere atención.',
  'health.needsAttention.other': '{count} solicitudes requieren atención.',
  'health.persisted': 'Almacenamiento: se conserva hasta que alguien lo borre (persistente).',
  'health.notPersisted':
    'Almacenamiento: el navegador puede borrarlo si falta espacio. Envíe o exporte las solicitudes en espera antes de borrar los datos del navegador.',
  'health.persistUnknown': 'Almacenamiento: el navegador no indica si conserva estos datos.',
  'health.usage': 'En uso: {used} de {quota} ({percent}).',
  'health.usageUnknown': 'Uso del almacenamiento: desconocido.',
  'health.lastCheck': 'Última verificación con el mercado de seguros: {time}.',
  'health.neverChecked': 'Todavía no se ha verificado con el mercado de seguros.',
  'health.recovered.one':
    '{count} número de confirmación obtenido del mercado de seguros (la solicitud había llegado; no se envió dos veces).',
  'health.recovered.other':
    '{count} números de confirmación obtenidos del mercado de seguros (las solicitudes habían llegado; ninguna se envió dos veces).',
  'health.resent.one':
    '{count} solicitud enviada de nuevo: el mercado de seguros no tenía registro de ella.',
  'health.resent.other':
    '{count} solicitudes enviadas de nuevo: el mercado de seguros no tenía registro de ellas.',
  'health.sendNow': 'Enviar ahora',
  'health.export': 'Exportar las solicitudes en espera',
  'health.exported':
    'Se guardó {file}. Guárdelo en un lugar seguro: contiene información personal.',
  'health.exportFailed': 'La exportación falló: {reason}',
  'notice.receipt_recovered':
    'El mercado de seguros había recibido esta solicitud, pero su respuesta se perdió en el camino. El número de confirmación se obtuvo después; la solicitud no se envió dos veces.',
  'notice.resent_missing_on_server':
    'El mercado de seguros no tenía registro de esta solicitud (número de confirmación anterior {number}), así que se envió de nuevo con el mismo identificador.',
  'correction.start': 'Corregir esta solicitud',
  'correction.open': 'Abrir la corrección',
  'correction.of': 'Esta solicitud corrige una anterior.',
  'correction.viewOriginal': 'Ver la solicitud anterior',
  'form.alreadySubmitted':
    'Esta solicitud ya se envió desde otra pestaña o ventana. No se envió dos veces.',
  'form.storageFull':
    'El almacenamiento de este dispositivo está lleno, así que el último cambio no se guardó. Lo que escribió sigue en pantalla y no se afectó nada de lo guardado antes. Exporte las solicitudes en espera y este formulario, libere espacio y vuelva a intentarlo.',
  'form.retrySave': 'Intentar guardar de nuevo',
  'form.exportUnsaved': 'Exportar las solicitudes en espera y este formulario',
  'app.upgradedElsewhere':
    'Una versión más nueva de esta aplicación, abierta en otra pestaña, actualizó el almacenamiento de este dispositivo. Vuelva a cargar esta página para continuar; todo lo guardado se conserva.',
  'app.reload': 'Volver a cargar',
  'list.lastAttempt': 'Último intento {time}: {reason}',
};
