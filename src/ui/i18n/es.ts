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
  'signIn.checkInstead': '¿Solo quiere ver qué cobertura podría obtener? No necesita una cuenta:',
  'signOut.button': 'Cerrar sesión ({name})',

  'lock.button': 'Bloquear',
  'lock.autoLocked': 'La aplicación se bloqueó sola tras un tiempo sin actividad.',
  'pin.create.heading': 'Elija un PIN para este dispositivo',
  'pin.create.intro':
    'Con este PIN desbloquea la aplicación en este dispositivo, incluso sin conexión. Use 6 o más dígitos difíciles de adivinar. Si lo olvida, inicie sesión de nuevo: no se pierde nada.',
  'pin.reset.heading': 'Elija un PIN nuevo',
  'pin.reset.intro':
    'Inició sesión de nuevo, así que las solicitudes de este dispositivo están a salvo. Elija un PIN nuevo para desbloquearlas a partir de ahora.',
  'pin.label': 'PIN (6 o más dígitos)',
  'pin.confirm': 'Escriba el PIN otra vez',
  'pin.save': 'Guardar el PIN',
  'pin.saving': 'Guardando…',
  'pin.mismatch': 'Los dos PIN no son iguales. Escríbalos otra vez.',
  'pinProblem.too-short': 'Use al menos 6 dígitos.',
  'pinProblem.too-long': 'Este PIN es demasiado largo.',
  'pinProblem.not-digits': 'Use solo dígitos.',
  'pinProblem.same-digit': 'No repita un mismo dígito.',
  'pinProblem.sequence': 'No use una secuencia como 123456.',
  'pinProblem.repeated-pattern': 'No repita un patrón como 121212.',
  'pinProblem.mirrored': 'No use un PIN en espejo como 123321.',
  'pinProblem.date-of-birth': 'No use una fecha de nacimiento.',
  'pinProblem.common': 'Este PIN es de los primeros que la gente prueba.',
  'recovery.stale':
    'Su inicio de sesión es demasiado antiguo para fijar un PIN. Inicie sesión de nuevo.',
  'recovery.unauthorized': 'Su sesión terminó. Inicie sesión de nuevo.',
  'recovery.offline':
    'Para fijar un PIN hace falta conexión con el mercado de seguros. Inicie sesión de nuevo cuando este dispositivo tenga conexión.',
  'recovery.error':
    'El mercado de seguros no pudo preparar este dispositivo. Inicie sesión de nuevo en un momento.',
  'unlock.heading': 'La aplicación está bloqueada',
  'unlock.intro':
    'Escriba su PIN para continuar. Mientras la aplicación está bloqueada no se muestra nada personal.',
  'unlock.who': 'Asistente',
  'unlock.pin': 'PIN',
  'unlock.submit': 'Desbloquear',
  'unlock.checking': 'Comprobando…',
  'unlock.wrong.one':
    'Ese PIN no es correcto. Queda {count} intento antes de que el PIN se desactive.',
  'unlock.wrong.other':
    'Ese PIN no es correcto. Quedan {count} intentos antes de que el PIN se desactive.',
  'unlock.wait': 'Demasiados PIN incorrectos. Puede volver a intentarlo a las {time}.',
  'unlock.disabled':
    'Este PIN está desactivado tras 10 intentos incorrectos. Inicie sesión en línea para elegir uno nuevo: las solicitudes se quedan en este dispositivo, bloqueadas.',
  'unlock.forgot': 'Olvidé mi PIN',
  'unlock.other': 'Iniciar sesión como otro asistente',

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
  'retention.removed.one':
    'Datos borrados después de {count} día: las respuestas de la persona solicitante se borraron de este dispositivo {count} día después del recibo del mercado de seguros. El número de confirmación y la fecha se conservan.',
  'retention.removed.other':
    'Datos borrados después de {count} días: las respuestas de la persona solicitante se borraron de este dispositivo {count} días después del recibo del mercado de seguros. El número de confirmación y la fecha se conservan.',
  'retention.noCorrection':
    'No se puede empezar una corrección aquí, porque no quedan respuestas que copiar. Para corregirla, comuníquese con el mercado de seguros con el número de confirmación.',
  'retention.listName': 'Datos borrados',
  'form.alreadySubmitted':
    'Esta solicitud ya se envió desde otra pestaña o ventana. No se envió dos veces.',
  'form.storageFull':
    'El almacenamiento de este dispositivo está lleno, así que el último cambio no se guardó. Lo que escribió sigue en pantalla y no se afectó nada de lo guardado antes. Exporte las solicitudes en espera y este formulario, libere espacio y vuelva a intentarlo.',
  'form.retrySave': 'Intentar guardar de nuevo',
  'form.exportUnsaved': 'Exportar las solicitudes en espera y este formulario',
  'app.upgradedElsewhere':
    'Una versión más nueva de esta aplicación, abierta en otra pestaña, actualizó el almacenamiento de este dispositivo. Vuelva a cargar esta página para continuar; todo lo guardado se conserva.',
  'app.reload': 'Volver a cargar',
  'app.storageReadFailed':
    'No se pudo leer el almacenamiento de este dispositivo en este momento. No se perdió nada de lo guardado. Vuelva a cargar la página; si sigue pasando, reinicie el navegador.',
  'app.loadFailed':
    'Una parte de esta aplicación no terminó de cargar. Todo lo guardado en este dispositivo está a salvo. Revise la conexión y vuelva a cargar.',
  'list.lastAttempt': 'Último intento {time}: {reason}',
  'nav.home': 'Solicitudes',
  'nav.languages': 'Ayuda en su idioma',
  'nav.main': 'Principal',
  'firstRun.heading': 'Elija un idioma',
  'firstRun.intro': 'Puede cambiarlo después desde la parte de arriba de cada página.',

  'list.search': 'Buscar por nombre',
  'list.noMatch': 'Ninguna solicitud coincide con “{query}”.',
  'list.today': 'Hoy',
  'list.earlier': 'Antes',
  'list.viewReceipt': 'Comprobante',
  'list.showing': 'Se muestran las {shown} más recientes de {total}.',
  'list.more': 'Mostrar más',

  'update.ready': 'Hay una versión nueva de esta aplicación.',
  'update.reload': 'Recargar para actualizar',

  'wizard.progress': 'Paso {n} de {total}',
  'wizard.back': 'Atrás',
  'wizard.continue': 'Guardar y continuar',
  'step.authorization': 'Permiso para ayudar',
  'step.household': 'Hogar',
  'step.identity': 'Números de Seguro Social',
  'step.citizenship': 'Ciudadanía e inmigración',
  'step.contact': 'Dirección y contacto',
  'step.income': 'Ingresos y deducciones',
  'step.coverage': 'Salud y cobertura',
  'step.tax': 'Declaración de impuestos',
  'step.signature': 'Firmar la solicitud',
  'step.review': 'Revisar y enviar',

  'answer.choose': 'Elija una opción',
  'answer.yes': 'Sí',
  'answer.no': 'No',

  'auth.noticeHeading': 'Aviso de privacidad: léalo o muéstrelo primero a la persona solicitante',
  'auth.notice1':
    'Soy un asistente capacitado. Puedo ayudarle a solicitar cobertura de salud. Le pediré información personal sobre usted y su hogar, como nombres, fechas de nacimiento, ingresos y, para quienes quieren cobertura, números de Seguro Social y documentos de inmigración.',
  'auth.notice2':
    'Su información se usa solo para ayudarle a presentar la solicitud y se envía solo al mercado de seguros. Se guarda en este dispositivo, bajo llave, hasta que el mercado de seguros confirme que la recibió.',
  'auth.notice3':
    'No tiene que dar permiso. Puede limitar en qué le ayudo y puede retirar su permiso en cualquier momento. Decir que no, no le impide recibir ayuda de otra manera.',
  'auth.notice4':
    'Nunca pedimos el número de Seguro Social ni la situación migratoria de un familiar que no pide cobertura.',
  'auth.method': '¿Cómo dio permiso la persona solicitante?',
  'authMethod.oral': 'Lo dijo en voz alta (oral)',
  'authMethod.signed': 'Firmó en esta pantalla',
  'auth.givenBy': 'Nombre de la persona que da permiso',
  'auth.representative':
    '¿Es esta persona un representante autorizado que actúa por la persona solicitante?',
  'auth.date': 'Fecha en que se dio el permiso',
  'auth.assisterName': 'Su nombre (asistente)',
  'auth.assisterId': 'Su número de asistente',
  'auth.limits': 'Límites de la ayuda (opcional)',
  'auth.limitsHint': 'Por ejemplo: no llamar a mi teléfono. Déjelo vacío si no hay ninguno.',
  'auth.signature': 'Firma: la persona que da permiso escribe su nombre completo',
  'auth.revoke': 'La persona solicitante retira su permiso',
  'auth.revokeConfirm': 'Confirmar: retirar el permiso y borrar las respuestas',
  'auth.revokeHint':
    'Esto borra del dispositivo todas las respuestas de esta solicitud. Solo se guarda el registro del permiso y de su retiro.',
  'auth.revoked': 'El permiso se retiró el {date}. Las respuestas se borraron de este dispositivo.',

  'household.intro':
    'Anote a todas las personas del hogar: primero la persona solicitante, luego su cónyuge, hijos y cualquier otra persona en la misma declaración de impuestos o que viva con ella.',
  'household.person': 'Persona {n}',
  'household.add': 'Agregar una persona',
  'household.remove': 'Quitar a {name}',
  'member.firstName': 'Nombre',
  'member.lastName': 'Apellido',
  'member.dateOfBirth': 'Fecha de nacimiento',
  'member.sex': 'Sexo',
  'member.relationship': '¿Qué parentesco tiene esta persona con {first}?',
  'member.applying': '¿Pide {name} cobertura de salud?',
  'member.applyingHint':
    'Si no, no le pedimos su número de Seguro Social ni su situación migratoria.',
  'member.taxDependent':
    '¿Declarará {first} a {name} como dependiente en su declaración de impuestos?',
  'member.thisPerson': 'esta persona',
  'sex.female': 'Femenino',
  'sex.male': 'Masculino',
  'relationship.self': 'Usted (la persona solicitante)',
  'relationship.spouse': 'Cónyuge',
  'relationship.child': 'Hijo o hija',
  'relationship.stepchild': 'Hijastro o hijastra',
  'relationship.parent': 'Padre o madre',
  'relationship.sibling': 'Hermano o hermana',
  'relationship.other_relative': 'Otro pariente',
  'relationship.other': 'Sin parentesco',

  'identity.intro':
    'Solo para las personas que piden cobertura. El número es opcional: si no hay, diga por qué.',
  'member.ssn': 'Número de Seguro Social de {name} (opcional)',
  'member.ssnMasked': 'Dado: el número que termina en {last4}',
  'member.ssnChange': 'Cambiar el número de {name}',
  'member.ssnHint': '9 dígitos, por ejemplo 123-45-6789.',
  'member.ssnAbsentReason': '¿Por qué {name} no tiene número de Seguro Social?',
  'ssnReason.applied_waiting': 'Lo solicitó y lo está esperando',
  'ssnReason.not_eligible': 'No tiene derecho a uno',
  'ssnReason.religious_exception': 'Excepción religiosa',
  'ssnReason.other': 'Otro motivo',

  'member.usCitizen': '¿Es {name} ciudadano o nacional de los EE. UU.?',
  'member.eligibleImmigrationStatus': '¿Tiene {name} una situación migratoria elegible?',
  'member.eligibleHint':
    'Por ejemplo, tarjeta de residente, condición de refugiado o asilado, o permiso de trabajo. Responder que no está bien: otras personas del hogar pueden recibir cobertura.',
  'member.document.type': '¿Qué documento tiene {name}?',
  'documentKind.permanent_resident_card': 'Tarjeta de residente permanente, “green card” (I-551)',
  'documentKind.reentry_permit': 'Permiso de reingreso (I-327)',
  'documentKind.refugee_travel_document': 'Documento de viaje de refugiado (I-571)',
  'documentKind.employment_authorization': 'Tarjeta de autorización de empleo (I-766)',
  'documentKind.arrival_departure_record': 'Registro de entrada y salida (I-94)',
  'documentKind.foreign_passport': 'Pasaporte extranjero con visa de EE. UU. o I-94',
  'documentKind.other': 'Otro documento',
  'member.document.aNumber': 'Número de extranjero (número A)',
  'member.document.aNumberHint': 'De 7 a 9 dígitos después de la letra A.',
  'member.document.cardNumber': 'Número de tarjeta',
  'member.document.cardNumberHint': '3 letras y 10 dígitos, por ejemplo EAC1234567890.',
  'member.document.i94Number': 'Número de I-94',
  'member.document.i94NumberHint': '11 caracteres.',
  'member.document.passportNumber': 'Número de pasaporte',
  'member.document.passportCountry': 'País que emitió el pasaporte',
  'member.document.passportCountryHint':
    'El código de 3 letras impreso en el pasaporte, por ejemplo MEX.',
  'member.document.description': 'Nombre y número del documento',

  'address.street': 'Dirección',
  'address.unit': 'Apartamento o unidad (opcional)',
  'address.city': 'Ciudad o pueblo',
  'address.state': 'Estado',
  'address.zip': 'Código postal (ZIP)',
  'contact.phone': 'Número de teléfono (opcional)',
  'contact.email': 'Correo electrónico (opcional)',
  'contact.preferredLanguage': 'Idioma de las cartas del mercado de seguros',

  'income.intro':
    'Para cada persona, anote el dinero que recibe antes de impuestos. Déjelo vacío si alguien no tiene ingresos.',
  'income.heading': 'Ingresos de {name}',
  'income.add': 'Agregar ingresos de {name}',
  'income.remove': 'Quitar este ingreso',
  'income.none': 'No hay ingresos anotados.',
  'income.kind': 'Tipo de ingreso',
  'income.amount': 'Cantidad antes de impuestos (dólares)',
  'income.frequency': 'Con qué frecuencia',
  'incomeKind.job': 'Trabajo (salario, propinas)',
  'incomeKind.self_employment': 'Trabajo por cuenta propia (neto)',
  'incomeKind.unemployment': 'Desempleo',
  'incomeKind.social_security': 'Seguro Social',
  'incomeKind.retirement': 'Jubilación o pensión',
  'incomeKind.other': 'Otro ingreso',
  'frequency.weekly': 'Cada semana',
  'frequency.every_two_weeks': 'Cada dos semanas',
  'frequency.twice_a_month': 'Dos veces al mes',
  'frequency.monthly': 'Cada mes',
  'frequency.yearly': 'Cada año',
  'frequency.one_time': 'Una sola vez',
  'deduction.heading': 'Deducciones de {name}',
  'deduction.add': 'Agregar una deducción de {name}',
  'deduction.remove': 'Quitar esta deducción',
  'deduction.kind': 'Tipo de deducción',
  'deductionKind.alimony_paid': 'Pensión alimenticia pagada al excónyuge',
  'deductionKind.student_loan_interest': 'Intereses de préstamos estudiantiles',
  'deductionKind.other': 'Otra deducción',
  'item.number': 'Elemento {n}',

  'member.currentCoverage': '¿Qué cobertura tiene {name} ahora?',
  'member.currentCoverageHint': 'No marque nada si no tiene ninguna.',
  'coverageKind.medicaid': 'Medicaid (MassHealth)',
  'coverageKind.chip': 'CHIP',
  'coverageKind.medicare': 'Medicare',
  'coverageKind.employer': 'Un plan de un trabajo',
  'coverageKind.va': 'Atención médica de VA',
  'coverageKind.other': 'Otra cobertura',
  'member.offer': '¿Le ofrece un trabajo cobertura de salud a {name}, aunque no esté inscrito?',
  'member.offer.employerName': 'Nombre del empleador',
  'member.offer.selfOnlyMonthlyPremium':
    'Lo que pagaría el empleado cada mes por el plan más barato solo para sí mismo (dólares)',
  'member.offer.meetsMinimumValue': '¿Cumple ese plan con el estándar de valor mínimo?',
  'member.offer.meetsMinimumValueHint': 'Lo dice el formulario de cobertura del empleador.',
  'member.pregnant': '¿Está embarazada {name}?',
  'member.expectedChildren': '¿Cuántos bebés espera?',

  'taxFiling.plansToFile':
    '¿Presentará {name} una declaración federal de impuestos para el año de la cobertura?',
  'taxFiling.filingStatus': 'Estado civil para la declaración',
  'filingStatus.single': 'Soltero o soltera',
  'filingStatus.married_joint': 'Casado, declaración conjunta',
  'filingStatus.married_separate': 'Casado, declaración por separado',
  'filingStatus.head_of_household': 'Cabeza de familia',

  'sign.intro':
    'Lea esto a la persona solicitante. Al firmar, confirma que las respuestas son verdaderas según su leal saber y entender, y que entiende que el mercado de seguros las comparará con otros registros.',
  'signature.attestsTrue': 'La persona solicitante confirma que las respuestas son verdaderas',
  'signature.typedName': 'La persona solicitante escribe su nombre completo como firma',
  'signature.date': 'Fecha de la firma',
  'signature.assisterId': 'Número de asistente',

  'review.intro':
    'Revise cada respuesta con la persona solicitante. Use “Cambiar” para corregir una.',
  'review.change': 'Cambiar {section}',
  'review.none': 'Ninguno',
  'review.hidden': 'Dado (no se muestra)',

  'receipt.print': 'Imprimir o guardar esta página',
  'receipt.date': 'Fecha de recepción',
  'receipt.applicant': 'Persona solicitante',
  'receipt.notSent':
    'El mercado de seguros todavía no la ha recibido. Esta página mostrará el número de confirmación en cuanto el mercado de seguros confirme que recibió la solicitud.',
  'receipt.nextHeading': 'Qué pasa ahora',
  'receipt.next1':
    'El mercado de seguros revisa la solicitud y envía una carta con la decisión, en el idioma elegido.',
  'receipt.next2':
    'Si el mercado de seguros pide documentos, envíelos antes de la fecha de la carta para que la cobertura no se detenga.',
  'receipt.next3':
    'Guarde este número de confirmación. Menciónelo si llama al mercado de seguros o vuelve por ayuda.',
  'receipt.checklistHeading': 'Documentos que debe tener a mano',
  'receipt.checklistNone': 'Según las respuestas, no se esperan documentos.',
  'checklist.income':
    'Comprobante de ingresos de {name}: talones de pago recientes o una carta del empleador',
  'checklist.selfEmployment':
    'Comprobante de ingresos por cuenta propia de {name}: una declaración de impuestos o un libro de cuentas',
  'checklist.benefits': 'Cartas de beneficios de {name} (Seguro Social, desempleo, pensión)',
  'checklist.immigration': 'Documento de inmigración de {name}: {document}',
  'checklist.ssnPending': 'El número de Seguro Social de {name} cuando llegue',
  'checklist.employer':
    'El formulario de cobertura del empleador (Employer Coverage Tool) de {name}',
  'receipt.screeningHeading': 'Ayuda estimada con los costos',
  'receipt.screeningPending':
    'No se guardó ninguna verificación de elegibilidad con esta solicitud. Una solicitud empezada desde “Verificar elegibilidad” muestra aquí su cálculo.',
  'receipt.backToList': 'Volver a todas las solicitudes',

  'languages.heading': 'Ayuda en su idioma',
  'languages.intro':
    'Hay asistencia gratuita con el idioma. Estos avisos lo dicen en los idiomas más hablados en Massachusetts por personas con dominio limitado del inglés.',
  'languages.source':
    'Avisos: Departamento de Salud y Servicios Humanos de EE. UU., Oficina de Derechos Civiles, avisos de muestra (Sección 1557). Idiomas: los 15 idiomas principales de Massachusetts según esa Oficina.',

  'format.ssn': 'El número de Seguro Social tiene 9 dígitos, por ejemplo 123-45-6789.',
  'format.aNumber': 'El número A tiene de 7 a 9 dígitos.',
  'format.cardNumber':
    'El número de tarjeta tiene 3 letras y 10 dígitos, por ejemplo EAC1234567890.',
  'format.i94Number': 'El número de I-94 tiene 11 caracteres.',
  'format.passportNumber': 'El número de pasaporte tiene de 6 a 12 letras y dígitos.',
  'format.passportCountry': 'Use el código de 3 letras impreso en el pasaporte, por ejemplo MEX.',
  'format.zip': 'El código postal tiene 5 dígitos.',
  'format.phone': 'El número de teléfono tiene 10 dígitos, por ejemplo 617-555-0142.',
  'format.email': 'Revise el correo electrónico: se parece a nombre@ejemplo.com.',
  'error.ssn_area': 'Ningún número de Seguro Social empieza con 000, 666 o 9. Revise el número.',
  'error.ssn_group_serial': 'Este no es un número de Seguro Social válido. Revise los dígitos.',
  'error.ssn_advertised':
    'Este número se publicó como ejemplo y no pertenece a nadie. Revise la tarjeta.',
  'error.not_asked_of_non_applicant': 'Esto no se pregunta a quien no pide cobertura. Quítelo.',
  'error.not_applicable': 'Esto no corresponde con las demás respuestas. Quítelo.',
  'error.self_first': 'Solo la primera persona es “Usted (la persona solicitante)”.',
  'error.one_spouse': 'Solo una persona puede ser el cónyuge.',
  'error.nobody_applying': 'Al menos una persona debe pedir cobertura.',
  'error.expected_children_missing': 'Diga cuántos bebés espera.',
  'error.authorization_revoked':
    'La persona solicitante retiró su permiso: esta solicitud termina aquí.',

  'nav.check': 'Verificar elegibilidad',
  'check.heading': 'Verificar elegibilidad',
  'check.intro':
    'Vea para qué programas podría calificar un hogar y un cálculo del crédito fiscal. No se necesita cuenta y no se guarda nada en este dispositivo.',
  'check.estimate':
    'Esto es un cálculo aproximado, no una decisión: el mercado de seguros decide después de recibir una solicitud.',
  'check.loadingPacks': 'Cargando las reglas…',
  'check.packsFailed':
    'No se pudieron cargar las reglas de elegibilidad. Vuelva a cargar la página; si vuelve a pasar, este dispositivo necesita conectarse una vez para obtenerlas.',
  'check.whereHeading': 'Año de cobertura y lugar',
  'check.planYear': 'Año de cobertura',
  'check.planYearHint': 'La inscripción abierta para la cobertura de 2027 está en curso.',
  'check.zip': 'Código postal (opcional)',
  'check.county': 'Condado (opcional)',
  'check.membersHeading': 'Personas en la declaración de impuestos',
  'check.membersIntro':
    'La persona que declara impuestos, su cónyuge y los dependientes que declara. Para cada una, anote el dinero que recibe antes de impuestos.',
  'check.role': 'Papel en la declaración de impuestos',
  'check.age': 'Edad',
  'check.status': 'Ciudadanía o estatus migratorio',
  'check.yearsInStatus': 'Años con este estatus (opcional)',
  'check.yearsInStatusHint':
    'Medicaid y CHIP esperan cinco años para la mayoría de quienes tienen green card. Déjelo vacío si no lo sabe.',
  'error.one_filer': 'Elija “Declara los impuestos” para una sola persona.',
  'error.negative_income': 'Solo los ingresos por cuenta propia pueden ser menores que cero.',
  'error.no_spouse':
    'Nadie en el hogar es el cónyuge: agregue al cónyuge o vuelva a elegir de quién es el empleo.',
  'check.situation': 'Marque lo que corresponda a {person}',
  'check.pregnant': 'Embarazada',
  'check.medicare': 'Tiene Medicare',
  'check.incarcerated': 'En la cárcel o prisión, cumpliendo una condena',
  'check.removeIncome': 'Quitar el elemento {n} de {person}',
  'check.costsHeading': 'Costos (opcional)',
  'check.benchmark':
    'Prima mensual del segundo plan plata más barato (dólares estadounidenses, opcional)',
  'check.benchmarkHint':
    'De la vista previa de planes en HealthCare.gov o en el mercado de seguros del estado, para las personas que se inscribirían. Sin ella, no se puede calcular el monto del crédito fiscal.',
  'check.hasOffer':
    'Un empleo ofrece cobertura de salud a la persona que declara impuestos o a su cónyuge',
  'check.offeredTo': '¿El empleo de quién la ofrece?',
  'check.offerFamily':
    'Lo que el empleado pagaría cada mes por el plan familiar más barato (dólares estadounidenses, opcional)',
  'check.offerMinimumValue': 'El plan cumple el estándar de valor mínimo',
  'check.submit': 'Verificar elegibilidad',
  'check.resultsHeading': 'Resultados',
  'check.householdResult': 'Para el hogar',
  'check.fpl': 'Ingresos en relación con la guía federal de pobreza',
  'check.aptc': 'Crédito fiscal (cálculo aproximado)',
  'check.contribution': 'Contribución esperada para el plan de referencia',
  'check.csr': 'Ahorros adicionales en deducibles y copagos',
  'check.perMonth': '{amount} al mes',
  'check.aptcNone': '{amount}: nadie en el hogar califica para el crédito fiscal',
  'check.aptcNeedsBenchmark':
    'No calculado: anote la prima del segundo plan plata más barato para ver el monto.',
  'check.aptcMissingFigures':
    'Todavía no disponible: el IRS no ha publicado las cifras de {year} de las que depende el monto. Se muestra quién califica; el monto llegará cuando se publiquen las cifras.',
  'check.notComputed': 'Todavía no disponible (vea el crédito fiscal)',
  'check.notApplicable': 'No corresponde',
  'check.memberHeading': '{person}: {role}, {age} años',
  'check.stateProgram': 'Programa estatal: {program}.',
  'check.statePremium': '{amount} al mes en el programa estatal.',
  'check.why': 'Por qué, para {person}',
  'check.whyHousehold': 'Cómo se calcularon las cifras del hogar',
  'check.reasonsInEnglish': 'Estas explicaciones y sus fuentes están en inglés.',
  'check.source': 'Fuente:',
  'check.packs': 'Reglas usadas: {packs}',
  'check.startHeading': 'Solicitar con este hogar',
  'check.startHint':
    'Las respuestas de arriba se copian en una solicitud nueva, con este resultado. Los nombres, las fechas de nacimiento y todo lo demás se preguntan allí.',
  'check.start': 'Empezar una solicitud con esta verificación',
  'role.filer': 'Declara los impuestos',
  'role.spouse': 'Cónyuge',
  'role.dependent': 'Dependiente (en la declaración)',
  'immigrationStatus.citizen': 'Ciudadano o nacional de EE. UU.',
  'immigrationStatus.lpr': 'Residente permanente (green card)',
  'immigrationStatus.refugee': 'Refugiado',
  'immigrationStatus.asylee': 'Asilado',
  'immigrationStatus.lawfully_present_other':
    'Otro estatus legal (por ejemplo, un permiso de trabajo o una visa)',
  'immigrationStatus.undocumented': 'Sin estatus migratorio legal',
  'incomeType.wages': 'Empleo (salario, propinas)',
  'incomeType.self_employment': 'Trabajo por cuenta propia (neto; puede ser una pérdida)',
  'incomeType.unemployment': 'Desempleo',
  'incomeType.social_security': 'Seguro Social (parte que paga impuestos)',
  'incomeType.social_security_nontaxable': 'Seguro Social (parte que no paga impuestos)',
  'incomeType.retirement': 'Jubilación o pensión',
  'incomeType.tax_exempt_interest': 'Intereses exentos de impuestos',
  'incomeType.alimony': 'Pensión alimenticia recibida (divorcio antes de 2019)',
  'incomeType.other': 'Otros ingresos que pagan impuestos',
  'incomeType.child_support_received': 'Manutención de hijos recibida',
  'incomeType.ssi': 'Seguridad de Ingreso Suplementario (SSI)',
  'incomeType.veterans_benefits': 'Beneficios para veteranos',
  'incomeType.gifts': 'Regalos',
  'program.medicaid': 'Medicaid: cobertura gratis o de bajo costo del estado',
  'program.chip': 'CHIP: cobertura de bajo costo para niños',
  'program.marketplace_aptc': 'Un plan del Mercado, con un crédito fiscal que baja la prima',
  'program.marketplace_no_aptc': 'Un plan del Mercado a precio completo (sin crédito fiscal)',
  'program.employer_coverage':
    'Cobertura del empleo: su oferta es asequible, así que no hay crédito fiscal para un plan del Mercado',
  'program.coverage_gap':
    'En la brecha de cobertura: los ingresos están por debajo del crédito fiscal y este estado no amplió Medicaid',
  'program.not_eligible':
    'No puede comprar un plan del Mercado (Medicare, prisión o estatus migratorio). Vea el porqué para lo que queda.',
  'csr.94': 'Sí: un plan plata paga cerca del 94% de los costos',
  'csr.87': 'Sí: un plan plata paga cerca del 87% de los costos',
  'csr.73': 'Sí: un plan plata paga cerca del 73% de los costos',
  'csr.none': 'Ninguno',
  'chart.heading': '¿Y si cambian los ingresos?',
  'chart.caption':
    'El gráfico muestra el crédito fiscal mensual y la contribución esperada para ingresos anuales del hogar de {from} a {to}.',
  'chart.atIncome': 'Con los ingresos anotados, {income} al año, el crédito es de {credit} al mes.',
  'chart.creditEnds': 'El crédito termina cerca de {income} al año.',
  'chart.credit': 'Crédito fiscal al mes',
  'chart.contribution': 'Contribución esperada al mes',
  'chart.current': 'Ingresos anotados',
  'chart.income': 'Ingresos del hogar al año',
  'chart.showTable': 'Mostrar los números en una tabla',
  'chart.tableCaption': 'Crédito fiscal y contribución esperada según los ingresos del hogar',
  'chart.notAvailable': 'No disponible',
  'chart.noCurve':
    'El gráfico necesita montos: con la prima del plan plata (y, para 2027, las cifras del IRS) muestra cómo cambia el crédito con los ingresos.',
  'receipt.screeningFrom':
    'De la verificación de elegibilidad del {date}: un cálculo aproximado, no una decisión. Reglas usadas: {packs}.',
};
